"""Since the last build: which notes changed, and what that does to their cards.

`cards check` and `cards diff` after an edit must cost what the edit costs,
not what the vault costs. The last build's record says, per note, the key of
the bytes it was built from, and where in the manifest its cards' lines are.
So only the notes whose key changed (edited, added, deleted, or embedding an
image that changed) are made into cards again, and matched against their own
manifest lines alone: a card can only continue a card of its own note, or of
a note that left (deleted, or whose cards are all tombstones), so every other
note's cards are kept as they are. No package is built and nothing is
written. Without a usable record, the caller plans the whole vault instead.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cards import partners
from cards.cardspecs import CardSpec
from cards.errors import Problem
from cards.identity import Reserved, Resolution, resolve
from cards.incremental import Store, default_jobs, file_digest, keys_now, map_notes
from cards.manifest import Entry, Manifest, entry_line, manifest_path
from cards.media import Media, Probe
from cards.notecards import NoteCards
from cards.plan import Job, build_time, earlier_content
from cards.report import note_record, owned
from cards.sharing import fact_hash, share


@dataclass(frozen=True, slots=True)
class Delta:
    """The changed notes' cards matched against their part of the last manifest."""

    resolution: Resolution
    before: tuple[Entry, ...]
    """The manifest's lines of the notes looked at again."""
    looked_at: frozenset[str]
    """The notes whose manifest lines `resolution` replaces: changed, new, deleted, or whose
    cards are all tombstones (a card may move to a new note from these alone)."""
    notes: dict[str, dict[str, Any]]
    """Every note's record (`note_record`) as a build now would keep it, in vault order."""
    live: int
    """Cards of the whole deck, tombstones not counted."""
    parsed: int
    media_changed: bool
    kept: tuple[Entry, ...] = ()
    """Manifest lines of looked-at notes that stay as they are: a note sharing a text with
    the changed ones is looked at for that text's card alone (`partners.py`)."""

    @property
    def counts(self) -> dict[str, int]:
        counts = self.resolution.counts()
        touched = sum(1 for e in self.before if not e.orphaned)
        return counts | {"kept": counts["kept"] + self.live - touched}

    @property
    def problems(self) -> tuple[Problem, ...]:
        rows = itertools.chain.from_iterable(
            [*n["warnings"], *([n["error"]] if n["error"] else [])] for n in self.notes.values()
        )
        return tuple(Problem(str(p), int(line), str(m)) for p, line, m in rows)

    @property
    def outputs_change(self) -> bool:
        """Whether a build would write another deck or manifest than the last one."""
        after = Counter(map(entry_line, self.resolution.manifest.entries))
        return self.media_changed or after != Counter(map(entry_line, self.before))


PATCH_FROM = 50
"""Up to this many changed notes (or a tenth of the vault) are looked at on their own."""
PARTNERS_FROM = 500
"""Up to this many notes sharing a text with them (or half the vault) come along: their
cards come from the cache, and only those of the shared texts are matched again."""


def manifest_ranges(path: Path, entries: Sequence[Entry]) -> dict[str, list[int]]:
    """Per note, the byte range of its lines in the manifest just written (one line per
    entry after the header, in the entries' order): where `delta` finds them again."""
    with path.open("rb") as fh:
        at = len(fh.readline())
        ranges: dict[str, list[int]] = {}
        for note, group in itertools.groupby(entries, key=lambda e: e.note):
            start = at
            for _ in group:
                at += len(fh.readline())
            ranges[note] = [start, at]
    return ranges


@dataclass(frozen=True, slots=True)
class Since:
    """What changed since the last build, as its record and the vault now tell."""

    last: dict[str, Any]
    """The last build's record, its outputs checked intact."""
    now: dict[str, str]
    """Every note's key now (`!` and why, for a note that cannot be read), in vault order."""
    changed: frozenset[str]
    """Notes edited, added, deleted, or embedding an image that changed."""


def since(job: Job, cache: Store) -> Since | None:
    """What changed since the last build, or None when there is no record to say (none, or
    one whose outputs were since replaced or damaged)."""
    last = cache.last()
    if last is None:
        return None
    notes, ranges, live = last.get("notes"), last.get("ranges"), last.get("live")
    if not isinstance(notes, dict) or not isinstance(ranges, dict) or not isinstance(live, int):
        return None
    target, manifest = job.target, manifest_path(job.target)
    if file_digest(target) != last.get("apkg") or file_digest(manifest) != last.get("manifest"):
        return None
    now = {e.path: f"!{Problem.of(e)}" for e in job.unreadable} | keys_now(job.notes(), cache)
    media = Media(job.vault, job.scan.files_by_name)
    try:
        changed = {rel for rel in now.keys() | notes.keys() if _stale(rel, now, notes, media)}
    except (TypeError, ValueError, AttributeError):
        return None
    return Since(last, now, frozenset(changed))


def delta(job: Job, cache: Store, seen: Since, reserved: Reserved | None = None) -> Delta | None:
    """The changed notes against the last build, or None when so many changed that looking
    at every note costs no more. `reserved`: the GUIDs of the cards left as they are, which a
    new card may not take (a build needs them)."""
    last, now, changed = seen.last, seen.now, seen.changed
    notes, ranges, live = last["notes"], last["ranges"], last["live"]
    manifest, target = manifest_path(job.target), job.target
    if len(changed) > max(PATCH_FROM, len(now) // 10):
        return None
    left = {note for note in ranges if note not in now or not notes.get(note, {}).get("live")}
    fresh: dict[str, dict[str, Any]] = {}
    specs, parsed = _made(job, cache, changed, fresh)
    for error in job.unreadable:
        if error.path in changed:
            fresh[error.path] = note_record(now[error.path], NoteCards.failed(error))
    now_records = [fresh.get(rel) or notes.get(rel) for rel in now]
    facts, _ = partners.unsettled(notes, now_records, partners.wanted(notes, fresh, changed))
    sharing = partners.sharing(notes, changed, facts)
    if len(sharing) > max(PARTNERS_FROM, len(now) // 2):
        return None
    theirs: list[CardSpec] = []
    if sharing:
        theirs, _ = _made(job, cache, sharing, {}, lambda s: partners.shares(s, facts))
        ordered = {p.relative_to(job.vault).as_posix(): n for n, p in enumerate(job.paths)}
        specs = sorted([*specs, *theirs], key=lambda s: ordered[s.path])  # stable: note order
    media_changed = any(
        notes.get(rel, {}).get("media") != fresh.get(rel, {}).get("media") for rel in changed
    )
    whole = changed | left
    before_whole = list(_entries(manifest, ranges, sorted(whole)))
    touched, kept = partners.split(_entries(manifest, ranges, sorted(sharing - whole)), facts)
    before = (*before_whole, *touched)
    held = partners.holders(now_records, {fact_hash(s.fact) for s in specs})
    specs, _ = share(specs, lambda at: specs[at].fields, before, lambda f: held[fact_hash(f)])
    owned({rel: r for rel, r in fresh.items() if rel in now}, specs)
    for rel in sharing:
        mine = [s for s in specs if s.path == rel]
        fresh[rel] = partners.recount(
            notes[rel], [s for s in theirs if s.path == rel], before, mine
        )
    records = {rel: fresh.get(rel) or notes[rel] for rel in now}
    looked_at = frozenset(whole | sharing)
    earlier = functools.partial(earlier_content, target, cache)
    resolution = resolve(
        specs,
        Manifest(job.naming.deck, before),
        job.naming.deck,
        build_time(),
        False,
        earlier,
        reserved,
    )
    return Delta(resolution, before, looked_at, records, live, parsed, media_changed, tuple(kept))


def _made(
    job: Job,
    cache: Store,
    which: frozenset[str] | set[str],
    records: dict[str, dict[str, Any]],
    keep: Callable[[CardSpec], bool] | None = None,
) -> tuple[list[CardSpec], int]:
    """The cards of these notes (those `keep` keeps), in vault order, their records put in
    `records`; and how many notes were parsed (the others came from the cache)."""
    paths = tuple(p for p in job.paths if p.relative_to(job.vault).as_posix() in which)
    specs: list[CardSpec] = []
    parsed = 0
    for got in map_notes(replace(job.notes(), paths=paths), cache, default_jobs()):
        specs += filter(keep, got.cards.specs) if keep else got.cards.specs
        records[got.cards.path] = note_record(got.key or f"!{got.cards.error}", got.cards)
        parsed += got.parsed
    return specs, parsed


def _stale(rel: str, now: dict[str, str], notes: dict[str, Any], media: Media) -> bool:
    was = notes.get(rel)
    if not isinstance(was, dict) or now.get(rel) != was.get("key"):
        return True
    probes = [Probe(*p) for p in was.get("probes", [])]
    return bool(probes) and not media.still_valid(rel, probes)


def _entries(manifest: Path, ranges: dict[str, Any], notes: Iterable[str]) -> Iterable[Entry]:
    memo: dict[Any, Any] = {}
    with manifest.open("rb") as fh:
        for note in notes:
            if note not in ranges:
                continue
            start, end = ranges[note]
            fh.seek(start)
            for line in fh.read(end - start).splitlines():
                yield Entry.from_json(json.loads(line.rstrip(b",")), memo)
