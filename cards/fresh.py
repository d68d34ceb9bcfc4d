"""A first build (no manifest yet): every card is new, so each note is resolved as it comes.

With no earlier cards to continue, a card's identity depends on its own note
alone, and the only thing notes share is that no two cards take one GUID. So
each note's cards are matched (to nothing), numbered and stamped as soon as
the note is made; its fields wait on disk, its manifest lines in a temporary
file, and only a small row per card (GUID, deck, tags) stays in memory until
the package is written. The deck and the manifest are byte for byte those of
`plan.make_plan`, which holds every card of the vault at once; a large
vault's first build needs a fraction of its memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from array import array
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from cards.anki import Card, write_apkg
from cards.cardspecs import CardSpec
from cards.identity import resolve
from cards.incremental import KEPT, FieldStore, Progress, Store, map_notes
from cards.manifest import (
    Entry,
    Manifest,
    content_digest,
    entry_line,
    manifest_lines,
    manifest_path,
)
from cards.patch import write_manifest
from cards.plan import Job, build_time
from cards.report import BuildReport, Tally, deck_share
from cards.sharing import boilerplate, merge


def first_build(
    job: Job, cache: Store | None, progress: Progress | None, jobs: int, keep: Path | None
) -> tuple[BuildReport, dict[str, Any]]:
    """Write the deck and manifest of a vault built for the first time; the report, and the
    record the cache keeps (as `build` keeps it)."""
    fields, used, stamp = FieldStore(), set[str](), build_time()
    cards: list[Card] = []
    parked = array("q")
    lines = _Lines()
    tally = Tally(job.unreadable)
    owners = _Owners()
    for got in map_notes(job.notes(), cache, jobs, progress):
        tally.add(got.key, got.cards, got.parsed)
        mine, theirs = _first_seen(got.cards.specs, owners)
        tally.notes[got.cards.path].update(deck_share(mine))
        specs, numbers = fields.park(mine)
        deck = job.naming.deck
        resolution = resolve(specs, Manifest(deck), deck, stamp, False, None, lambda: used)
        for j, at in enumerate(resolution.sources):
            owners.add(specs[at], len(cards) + j)
        cards += resolution.cards
        parked.extend(numbers[at] for at in resolution.sources)
        lines.add(got.cards.path, resolution.manifest)
        for spec in theirs:
            owners.other(spec)
    dropped = _drop_boilerplate(owners, cards, tally, lines)
    _merge_shared(owners, cards, parked, fields, lines)
    if dropped:
        cards = [card for at, card in enumerate(cards) if at not in dropped]
        parked = array("q", (n for at, n in enumerate(parked) if at not in dropped))
    live = sum(n["live"] for n in tally.notes.values())
    counts = {"added": live, "changed": 0, "kept": 0, "gone": 0}
    report = tally.report(job.target, len(job.paths), counts, 0)
    write_apkg(cards, job.target, report.media, lambda at: fields.joined(parked[at]), keep)
    manifest = manifest_path(job.target)
    header = next(iter(manifest_lines(Manifest(job.naming.deck)))).encode("utf-8")
    ranges = write_manifest(manifest, header, lines.in_order())
    return report, {"notes": tally.notes, "ranges": ranges, "live": live}


class _Owners:
    """Per text, the card the first note that has it made; and the other notes' cards of it.

    A first build may make a few hundred thousand cards: a text is held as a 64-bit hash (two
    texts of one hash would be one card, about once in 10^9 vaults of that size), and each
    card's note and line in two arrays, not as an object per card."""

    def __init__(self) -> None:
        self.at: dict[int, int] = {}
        self.paths: list[str] = []
        self.note = array("l")
        self.line = array("l")
        self.others: dict[int, list[CardSpec]] = {}
        self.extractor: list[str] = []
        self.cards = array("l")

    def has(self, fact: str) -> bool:
        return _hash(fact) in self.at

    def add(self, spec: CardSpec, at: int) -> None:
        """`spec`'s card is card `at`, its text's own."""
        if not self.paths or self.paths[-1] != spec.path:
            self.paths.append(spec.path)
        self.at[_hash(spec.fact)] = at
        self.note.append(len(self.paths) - 1)
        self.line.append(spec.line)
        self.extractor.append(spec.extractor)
        self.cards.append(spec.cards)

    def other(self, spec: CardSpec) -> None:
        """Another note's card of a text already held: it only cites that note."""
        self.others.setdefault(self.at[_hash(spec.fact)], []).append(spec)


def _drop_boilerplate(owners: _Owners, cards: list[Card], tally: Tally, lines: _Lines) -> set[int]:
    """The cards of texts in `BOILERPLATE_NOTES` notes or more (`sharing.py`), taken out of
    their notes' manifest lines and share of the report, and out of `owners`."""
    dropped = {
        at
        for at, others in owners.others.items()
        if boilerplate(len({owners.paths[owners.note[at]], *(o.path for o in others)}))
    }
    gone: dict[str, set[str]] = {}
    for at in sorted(dropped):
        del owners.others[at]
        path = owners.paths[owners.note[at]]
        gone.setdefault(path, set()).add(cards[at].guid)
        record = tally.notes[path]
        extractor = owners.extractor[at]
        record["live"] -= 1
        for key, less in (("anki_notes", 1), ("cards", owners.cards[at])):
            counts = dict(record[key])
            counts[extractor] -= less
            record[key] = {k: n for k, n in counts.items() if n}
    for path, guids in gone.items():
        lines.drop(path, guids)
    return dropped


def _hash(fact: str) -> int:
    return int.from_bytes(hashlib.blake2b(fact.encode("utf-8"), digest_size=8).digest(), "big")


def _first_seen(
    specs: Sequence[CardSpec], owners: _Owners
) -> tuple[list[CardSpec], list[CardSpec]]:
    """A note's cards whose text no earlier card has, and the others (kept whole, with
    their fields: few, and their Source lines are wanted)."""
    mine: list[CardSpec] = []
    theirs: list[CardSpec] = []
    seen: set[str] = set()
    for spec in specs:
        if spec.fact in seen or owners.has(spec.fact):
            theirs.append(spec)
        else:
            seen.add(spec.fact)
            mine.append(spec)
    return mine, theirs


def _merge_shared(
    owners: _Owners, cards: list[Card], parked: array[int], fields: FieldStore, lines: _Lines
) -> None:
    """Each shared text's card made to cite every note that has it (`sharing.merge`), as a
    build of every note at once makes it: its fields, tags and manifest line."""
    digests: dict[str, dict[str, str]] = {}
    for at, others in sorted(owners.others.items()):
        card = cards[at]
        own = card.fields or fields.fields(parked[at])
        path = owners.paths[owners.note[at]]
        spec = CardSpec("", "", path, owners.line[at], "", card.notetype, own, card.tags, card.deck)
        merged = merge(spec, [(spec, own), *((o, o.fields) for o in others)])
        cards[at] = card._replace(fields=merged.fields, tags=merged.tags)
        parked[at] = KEPT
        digest = content_digest(card.notetype, merged.fields, merged.tags, card.deck)
        digests.setdefault(path, {})[card.guid] = digest
    for path, changed in digests.items():
        lines.amend(path, changed)


class _Lines:
    """Each note's manifest lines, parked in an anonymous file until every note is made and
    they can be written in the manifest's order (by note path, not the vault's order)."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by in_order)
        self._at: dict[str, tuple[int, int]] = {}
        self._end = 0

    def add(self, note: str, manifest: Manifest) -> None:
        if manifest.entries:
            data = ",\n".join(map(entry_line, manifest.entries)).encode("utf-8")
            self._file.write(data)
            self._at[note] = (self._end, len(data))
            self._end += len(data)

    def amend(self, note: str, digests: dict[str, str]) -> None:
        """A note's lines again, with these cards' (GUID -> digest) content digests."""
        entries = self._entries(note)
        self.add(
            note,
            Manifest("", tuple(e._replace(digest=digests.get(e.guid, e.digest)) for e in entries)),
        )

    def drop(self, note: str, guids: set[str]) -> None:
        """A note's lines again, without these cards'."""
        entries = self._entries(note)
        del self._at[note]
        self.add(note, Manifest("", tuple(e for e in entries if e.guid not in guids)))

    def _entries(self, note: str) -> list[Entry]:
        start, size = self._at[note]
        self._file.flush()
        block = os.pread(self._file.fileno(), size, start).decode("utf-8")
        return [Entry.from_json(json.loads(line)) for line in block.split(",\n")]

    def in_order(self) -> Iterator[tuple[str, bytes]]:
        self._file.flush()
        try:
            for note in sorted(self._at):
                start, size = self._at[note]
                yield note, os.pread(self._file.fileno(), size, start)
        finally:
            self._file.close()
