"""vault -> notes -> items -> cards -> .apkg + manifest, and the report of what happened.

`plan` does everything but write, so `cards diff` and `cards check` see
exactly what `cards build` would do. Notes come from the build cache when
their content (and every image they embed) is unchanged; when nothing at all
changed since the last build and its outputs are intact, `build` rewrites
nothing.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from cards import gcpause
from cards.cache import BuildCache, CachedNote, file_digest
from cards.config import Config, load_config
from cards.deck import Card, CardSpec, Naming
from cards.errors import CardsError, NoteError
from cards.identity import STATUSES, Change, Content, Resolution, resolve
from cards.manifest import load_manifest, manifest_path, manifest_text, readable, save_manifest
from cards.media import Media, Packed, Probe
from cards.notetypes import FIELD_SEP
from cards.package import read_package, write_apkg
from cards.preview import preview_page
from cards.spill import FieldStore
from cards.vault import scan_vault
from cards.workers import default_jobs, read_notes

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build read, made and wrote."""

    output: Path
    notes_read: int
    notes_skipped: tuple[str, ...]
    """One `path:line: reason` per note that could not be used."""
    warnings: tuple[str, ...] = ()
    """Notes used, but read or parsed with a problem."""
    items: Counter[str] = field(default_factory=Counter)
    cards: Counter[str] = field(default_factory=Counter)
    """Cards per `extractor:notetype`, tombstones not counted."""
    counts: dict[str, int] = field(default_factory=dict)
    """Cards added, changed, kept and gone since the last build."""
    tombstones: int = 0
    media: tuple[Packed, ...] = ()
    """Images to pack with the deck."""
    parsed: int = 0
    """Notes parsed this time."""
    cached: int = 0
    """Notes whose cards came from the cache."""
    up_to_date: bool = False
    """Nothing changed since the last build: its deck and manifest were kept as they are."""
    resolution: Resolution | None = None
    probes: dict[str, list[Probe]] = field(default_factory=dict)
    """Per note, the images it embeds as the file system saw them."""
    store: FieldStore | None = None
    """Where the cards' fields wait for the package (see `spill`)."""

    def fields(self, card: Card) -> tuple[str, ...]:
        return self.store.fields(card) if self.store else card.fields

    def joined(self, card: Card) -> str:
        """The fields as the package holds them (`FieldStore.joined`)."""
        return self.store.joined(card) if self.store else FIELD_SEP.join(card.fields)

    def as_dict(self) -> dict[str, Any]:
        return {
            "output": str(self.output),
            "manifest": str(manifest_path(self.output)),
            "notes_read": self.notes_read,
            "notes_parsed": self.parsed,
            "notes_from_cache": self.cached,
            "notes_skipped": list(self.notes_skipped),
            "warnings": list(self.warnings),
            "items": dict(sorted(self.items.items())),
            "cards": dict(sorted(self.cards.items())),
            "since_last_build": self.counts,
            "orphaned": self.tombstones,
            "media": len(self.media),
            "up_to_date": self.up_to_date,
        }


@dataclass
class _Prepared:
    """The vault as this run sees it: configuration, naming, notes and their cache keys."""

    vault: Path
    config: Config
    naming: Naming
    target: Path
    scan_files: dict[str, list[str]]
    entries: list[Path | NoteError]
    cache: BuildCache | None
    keys: list[str | None]

    def fingerprint(self) -> str:
        digest = hashlib.sha256()
        for entry, key in zip(self.entries, self.keys, strict=True):
            mark = (
                str(entry) if isinstance(entry, NoteError) else f"{_rel(self.vault, entry)}:{key}"
            )
            digest.update(mark.encode() + b"\n")
        return digest.hexdigest()


def build_time() -> int:
    """When changed cards are stamped: SOURCE_DATE_EPOCH if set (reproducible builds), else now."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return int(time.time())
    try:
        return int(value)
    except ValueError as exc:
        raise CardsError(f"SOURCE_DATE_EPOCH={value!r} is not a whole number of seconds") from exc


def output_path(vault: Path, out_dir: Path) -> Path:
    """`OUT/<vault name>.apkg`, refusing any place inside the vault: notes are never written to."""
    vault_abs, out_abs = vault.resolve(), out_dir.resolve()
    if out_abs == vault_abs or vault_abs in out_abs.parents:
        raise CardsError(f"{out_dir}: output folder is inside the vault; choose one outside it")
    return out_dir / f"{vault_name(vault)}.apkg"


def vault_name(vault: Path) -> str:
    return vault.resolve().name or "vault"


def _prepare(vault: Path, out_dir: Path, config: Config | None, use_cache: bool) -> _Prepared:
    config = config or load_config(vault)
    target = output_path(vault, out_dir)
    name = vault_name(vault)
    naming = Naming(config.deck or name, config.obsidian_vault or name, config.tag_prefix)
    scan = scan_vault(vault)
    entries = [e for e in scan.notes if config.selects(_rel(vault, e))]
    cache = None
    if use_cache:
        cache = BuildCache(
            out_dir, config.digest, naming.deck, naming.vault, naming.tag_prefix, name
        )
    keys = [
        cache.note_key(vault, e) if cache and not isinstance(e, NoteError) else None
        for e in entries
    ]
    return _Prepared(vault, config, naming, target, scan.files_by_name, entries, cache, keys)


@gcpause.paused()
def plan(
    vault: Path,
    out_dir: Path,
    prune: bool = False,
    config: Config | None = None,
    use_cache: bool = True,
    progress: Progress | None = None,
    jobs: int | None = None,
) -> BuildReport:
    """Everything a build does except writing: read, extract, match against the manifest."""
    return _plan(_prepare(vault, out_dir, config, use_cache), prune, progress, jobs)


def _plan(p: _Prepared, prune: bool, progress: Progress | None, jobs: int | None) -> BuildReport:
    media = Media(p.vault, p.scan_files)
    store = FieldStore()
    hits: list[CachedNote | None] = []
    misses: list[tuple[Path, str | None]] = []
    for entry, key in zip(p.entries, p.keys, strict=True):
        hit = p.cache.load(key) if p.cache and key and isinstance(entry, Path) else None
        if hit is not None and not media.still_valid(_rel(p.vault, entry), hit.probes):
            hit = None
        if hit is not None:  # fields stored at once: all notes' fields never wait in memory
            _store_fields(hit, store)
        hits.append(hit)
        if hit is None and isinstance(entry, Path):
            misses.append((entry, key))
    counter = _Counter(progress, len(p.entries), len(p.entries) - len(misses))
    fresh = read_notes(
        p.vault,
        misses,
        p.config,
        p.naming,
        p.scan_files,
        jobs or default_jobs(),
        counter,
        p.cache.dir if p.cache else None,
    )
    specs: list[CardSpec] = []
    items: Counter[str] = Counter()
    skipped: list[str] = []
    warnings: list[str] = []
    parsed = cached = 0
    for at, (entry, hit) in enumerate(zip(p.entries, hits, strict=True)):
        hits[at] = None  # merged notes go as they are read: only their specs stay
        if isinstance(entry, NoteError):
            log.warning("%s", entry)
            skipped.append(str(entry))
            continue
        if hit is None:
            note = _store_fields(next(fresh), store)
            parsed += 1
        else:
            note = hit
            cached += 1
        media.restore(_rel(p.vault, entry), note.probes, note.packed, note.media_warnings)
        error = note.note_error
        for problem in (*note.warnings, *note.media_warnings, *([str(error)] if error else [])):
            log.warning("%s", problem)
        warnings += [*note.warnings, *note.media_warnings]
        if error:
            skipped.append(str(error))
        items.update(note.items)
        specs += note.specs
    if p.cache:
        p.cache.flush()
    previous = load_manifest(manifest_path(p.target), p.naming.deck, (s.match for s in specs))
    resolution = resolve(
        specs,
        previous,
        p.naming.deck,
        build_time(),
        prune,
        earlier=lambda guids: _earlier(p, guids),
    )
    counted: Counter[str] = Counter(f"{s.extractor}:{s.notetype}" for s in specs)
    return BuildReport(
        output=p.target,
        notes_read=len(p.entries),
        notes_skipped=tuple(skipped),
        warnings=tuple(warnings),
        items=items,
        cards=counted,
        counts=resolution.counts(),
        tombstones=resolution.tombstones,
        media=tuple(media.packed[k] for k in sorted(media.packed)),
        parsed=parsed,
        cached=cached,
        resolution=resolution,
        probes={note: prs for note, prs in sorted(media.probes.items()) if prs},
        store=store,
    )


def _earlier(p: _Prepared, guids: set[str]) -> dict[str, Content]:
    """What the previous package holds for these cards: tombstones the last build wrote from
    the cache (while the package is the one it wrote), anything else from the package."""
    found: dict[str, Content] = {}
    known = p.cache.tombstones(file_digest(p.target)) if p.cache else {}
    for guid in guids:
        row = known.get(guid)
        if isinstance(row, list) and len(row) == 3 and all(isinstance(r, list) for r in row[:2]):
            fields, tags, deck = row
            found[guid] = (tuple(map(str, fields)), tuple(map(str, tags)), str(deck))
    rest = guids - found.keys()
    return found | read_package(p.target, rest) if rest else found


def _store_fields(note: CachedNote, store: FieldStore) -> CachedNote:
    """The note with its packed fields (`spill.pack`) written to the build's field store."""
    note.specs = store.take(note.specs, note.block, note.lengths)
    note.block, note.lengths = b"", []
    return note


class _Counter:
    """Progress in notes: cached ones count at once, read ones as they come back."""

    def __init__(self, progress: Progress | None, total: int, already: int) -> None:
        self.progress, self.total, self.done = progress, total, already
        if progress and already:
            progress(already - 1, total)

    def __call__(self) -> None:
        if self.progress:
            self.progress(self.done, self.total)
        self.done += 1


@gcpause.paused()
def build(
    vault: Path,
    out_dir: Path,
    prune: bool = False,
    config: Config | None = None,
    use_cache: bool = True,
    progress: Progress | None = None,
    jobs: int | None = None,
) -> BuildReport:
    """Build the vault's deck and manifest into `out_dir`. A bad note is skipped and reported.

    The deck is written first, then the manifest, each atomically: a build
    stopped between the two leaves a deck the old manifest still describes
    well enough (the next build re-stamps what changed).
    """
    prepared = _prepare(vault, out_dir, config, use_cache)
    if not prune:
        replay = _unchanged(prepared)
        if replay is not None:
            return replay
    report = _plan(prepared, prune, progress, jobs)
    assert report.resolution is not None
    write_apkg(report.resolution.cards, report.output, report.media, report.joined)
    save_manifest(report.resolution.manifest, manifest_path(report.output))
    if prepared.cache:
        record = _record(prepared, report)
        prepared.cache.remember(record)
        prepared.cache.sweep({k for k in prepared.keys if k})
        prepared.cache.remember_tombstones(record["apkg"], _tombstone_content(report))
    return report


def _tombstone_content(report: BuildReport) -> dict[str, list[Any]]:
    """Each tombstone card as `read_package` would read it back: fields split on Anki's
    separator, tags on spaces."""
    assert report.resolution is not None
    live = len(report.resolution.specs)
    return {
        card.guid: [
            FIELD_SEP.join(card.fields).split(FIELD_SEP),
            " ".join(card.tags).split(),
            card.deck,
        ]
        for card in report.resolution.cards[live:]
    }


def _record(p: _Prepared, report: BuildReport) -> dict[str, Any]:
    """What the next build needs to know that nothing changed: every input and output hash."""
    summary = report.as_dict()
    summary["since_last_build"] = dict.fromkeys(STATUSES, 0) | {"kept": sum(report.cards.values())}
    summary["notes_parsed"] = 0
    summary["notes_from_cache"] = report.notes_read - len(report.notes_skipped)
    return {
        "fingerprint": p.fingerprint(),
        "apkg": file_digest(report.output),
        "manifest": file_digest(manifest_path(report.output)),
        "probes": {note: [asdict(pr) for pr in prs] for note, prs in report.probes.items()},
        "report": summary,
        "tombstones": report.tombstones,
    }


def _unchanged(p: _Prepared) -> BuildReport | None:
    """The last build's report when no input changed and its outputs are intact, else None."""
    readable = (k for e, k in zip(p.entries, p.keys, strict=True) if not isinstance(e, NoteError))
    if p.cache is None or any(k is None for k in readable):
        return None
    last = p.cache.last()
    if not last or last.get("fingerprint") != p.fingerprint():
        return None
    if file_digest(p.target) != last.get("apkg"):
        return None
    if file_digest(manifest_path(p.target)) != last.get("manifest"):
        return None
    media = Media(p.vault, p.scan_files)
    for note, probes in last.get("probes", {}).items():
        if not media.still_valid(note, [Probe(**pr) for pr in probes]):
            return None
    data = last["report"]
    for problem in (*data["notes_skipped"], *data["warnings"]):
        log.warning("%s", problem)
    return BuildReport(
        output=p.target,
        notes_read=int(data["notes_read"]),
        notes_skipped=tuple(data["notes_skipped"]),
        warnings=tuple(data["warnings"]),
        items=Counter(data["items"]),
        cards=Counter(data["cards"]),
        counts=dict(data["since_last_build"]),
        tombstones=int(last.get("tombstones", 0)),
        up_to_date=True,
    )


@dataclass(frozen=True, slots=True)
class CheckResult:
    up_to_date: bool
    reasons: tuple[str, ...]
    changes: tuple[Change, ...] = ()


@gcpause.paused()
def check(vault: Path, out_dir: Path, config: Config | None = None) -> CheckResult:
    """Whether `out_dir` holds exactly what a build of the vault would write now."""
    prepared = _prepare(vault, out_dir, config, use_cache=True)
    if _unchanged(prepared) is not None:
        return CheckResult(True, ())
    report = _plan(prepared, False, None, None)
    assert report.resolution is not None
    reasons: list[str] = []
    changes = tuple(c for c in report.resolution.changes if c.status != "kept")
    if changes:
        counts = report.resolution.counts()
        reasons.append(", ".join(f"{n} {s}" for s, n in counts.items() if s != "kept" and n))
    manifest = manifest_path(report.output)
    expected = manifest_text(report.resolution.manifest)
    current = manifest.read_text(encoding="utf-8") if manifest.exists() else None
    if current != expected:
        reasons.append(f"{manifest.name} would change" if current else f"no {manifest.name} yet")
    if not report.output.exists():
        reasons.append(f"no {report.output.name} yet")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / report.output.name
            write_apkg(report.resolution.cards, fresh, report.media, report.joined)
            if file_digest(fresh) != file_digest(report.output):
                reasons.append(f"{report.output.name} would change")
    return CheckResult(not reasons, tuple(dict.fromkeys(reasons)), changes)


def _rel(vault: Path, entry: Path | NoteError) -> str:
    return entry.path if isinstance(entry, NoteError) else entry.relative_to(vault).as_posix()


@gcpause.paused()
def write_preview(vault: Path, decks: Path, output: Path) -> tuple[Path, int]:
    """The preview page of what a build would make now; (its path, how many cards it shows)."""
    out_abs, vault_abs = output.resolve(), vault.resolve()
    if vault_abs in out_abs.parents:
        raise CardsError(f"{output}: the preview may not be written inside the vault")
    prepared = _prepare(vault, decks, None, use_cache=True)
    report = _plan(prepared, False, None, None)
    assert report.resolution is not None
    pairs = [
        (spec, card._replace(fields=report.fields(card)))
        for spec, card in zip(report.resolution.specs, report.resolution.cards, strict=False)
    ]
    page = preview_page(
        pairs, report.media, f"{prepared.naming.deck}: cards", prepared.naming.vault
    )
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=output.parent, suffix=".tmp", delete=False
        ) as tmp:
            tmp.write(page)
        readable(Path(tmp.name)).replace(output)
    except OSError as exc:
        raise CardsError(f"{output}: cannot write the preview: {exc.strerror or exc}") from exc
    return output, page.count('<article class="preview"')
