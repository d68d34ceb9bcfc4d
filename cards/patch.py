"""A build after a few edits: the changed notes' cards patched into the last build's outputs.

A vault stays one package, and rewriting it is the one cost a rebuild cannot
avoid; everything else here is proportional to the edit. `delta` makes the
changed notes' cards and matches them against their own manifest lines. The
other notes' cards are taken as they are: their package rows from the last
build's collection (kept in the cache, and used only while its CRC is the one
the deck records), their manifest lines as bytes, their share of the report
from the cache's record. The result is byte for byte what a build of every
note writes (`tests/test_patch.py` holds it to that).
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import json
import mmap
import os
import sqlite3
import tempfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cards.anki import FIELD_SEP, Card, Packed
from cards.anki.collection import Row, Rows, rows_of
from cards.anki.notetypes import CLOZE
from cards.anki.package import collection_crc, write_package
from cards.deckcounts import deck_counts
from cards.delta import Delta, Since, delta
from cards.errors import CardsError, Problem
from cards.incremental import Store
from cards.manifest import ORDER, entry_line, manifest_path, readable
from cards.plan import Job
from cards.report import BuildReport

KEPT_COLLECTION = "collection.anki2"


def kept_collection(cache: Store) -> Path:
    return cache.dir / KEPT_COLLECTION


def patch(job: Job, cache: Store, seen: Since) -> Patched | None:
    """Write the deck and manifest for the notes changed since the last build; None when its
    outputs cannot be patched (the caller then builds every note)."""
    last = seen.last
    kept = kept_collection(cache)
    if not _intact(kept, job.target):
        return None
    tombstones = cache.tombstones(last.get("apkg"))
    with contextlib.closing(sqlite3.connect(f"file:{kept}?mode=ro", uri=True)) as old:
        found = delta(job, cache, seen, reserved=lambda: _guids(old))
        if found is None:
            return None
        media = _media(found)
        gone = {e.guid for e in found.before}
        write_package(merged_rows(old, gone, found.resolution.cards), job.target, media, kept)
    manifest = manifest_path(job.target)
    ranges = _splice_manifest(manifest, last["ranges"], found)
    report = _report(job, found, media, last)
    gone = {e.guid for e in found.before}
    live = len(found.resolution.specs)
    tombstones = {g: row for g, row in tombstones.items() if g not in gone} | {
        card.guid: [
            FIELD_SEP.join(card.fields).split(FIELD_SEP),
            " ".join(card.tags).split(),
            card.deck,
        ]
        for card in found.resolution.cards[live:]
    }
    record = {"notes": found.notes, "ranges": ranges, "live": live + found.live - _touched(found)}
    return Patched(report, record, tombstones)


@dataclass(frozen=True, slots=True)
class Patched:
    report: BuildReport
    record: dict[str, Any]
    """What the build cache keeps for the next build of the notes (`build` adds the rest)."""
    tombstones: dict[str, list[Any]]


def _intact(kept: Path, target: Path) -> bool:
    """The kept collection is the one zipped into the deck: its CRC is what the deck says."""
    expected = collection_crc(target)
    if expected is None:
        return False
    crc = 0
    try:
        with kept.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                crc = zlib.crc32(chunk, crc)
    except OSError:
        return False
    return crc == expected


def _guids(old: sqlite3.Connection) -> set[str]:
    return {str(g) for (g,) in old.execute("SELECT guid FROM notes")}


def merged_rows(old: sqlite3.Connection, gone: set[str], cards: Sequence[Card]) -> Rows:
    """A deck's rows in collection order: the old collection's, but for the `gone` ones,
    merged with `cards` (whose fields are all in memory). The old rows are counted and
    filtered by SQLite, and streamed: never all in memory."""
    old.execute("CREATE TEMP TABLE IF NOT EXISTS gone (guid TEXT PRIMARY KEY)")
    old.executemany("INSERT OR IGNORE INTO temp.gone VALUES (?)", ((g,) for g in gone))
    (decks_json,) = old.execute("SELECT decks FROM col").fetchone()
    names = {int(k): str(v["name"]) for k, v in json.loads(decks_json).items()}
    count, newest = old.execute(
        f"SELECT COUNT(*), COALESCE(MAX(mod), 0) FROM notes n {_KEPT}"
    ).fetchone()
    dids = old.execute(f"SELECT DISTINCT c.did FROM cards c JOIN notes n ON c.nid = n.id {_KEPT}")
    decks = {names[did] for (did,) in dids}
    fresh = rows_of(cards, _no_store)
    types = {CLOZE.id: "cloze"}

    def kept_rows() -> Iterator[Row]:
        for guid, mid, mod, tags, flds, did in old.execute(_OLD_ROWS):
            first = flds.partition(FIELD_SEP)[0]
            yield Row(names[did], guid, types.get(mid, "qa"), mod, tags, flds, first)

    merged = heapq.merge(kept_rows(), fresh.rows, key=lambda r: (r.deck, r.guid))
    return Rows(
        merged, count + fresh.count, max(newest, fresh.newest), frozenset(decks | fresh.decks)
    )


_KEPT = "WHERE n.guid NOT IN (SELECT guid FROM temp.gone)"
_OLD_ROWS = (
    "SELECT n.guid, n.mid, n.mod, n.tags, n.flds, (SELECT did FROM cards c WHERE c.nid = n.id "
    f"LIMIT 1) FROM notes n {_KEPT} ORDER BY n.id"
)


def _no_store(at: int) -> str:
    raise ValueError(f"card {at}: a patched note's fields are all in memory")


def _media(found: Delta) -> list[Packed]:
    named = {name: source for n in found.notes.values() for name, source in n["media"]}
    return [Packed(name, Path(source)) for name, source in sorted(named.items())]


def _touched(found: Delta) -> int:
    return sum(1 for e in found.before if not e.orphaned)


def _splice_manifest(
    path: Path, ranges: dict[str, list[int]], found: Delta
) -> dict[str, list[int]]:
    """The manifest with the lines of the notes looked at replaced by theirs now, the other
    notes' lines copied as bytes (from a map of the file: a large manifest is never read into
    memory). Returns where each note's lines now are."""
    fresh: dict[str, bytes] = {}
    entries = (*found.resolution.manifest.entries, *found.kept)
    for note, group in itertools.groupby(sorted(entries, key=ORDER), key=lambda e: e.note):
        fresh[note] = ",\n".join(map(entry_line, group)).encode("utf-8")
    try:
        with path.open("rb") as src, mmap.mmap(src.fileno(), 0, access=mmap.ACCESS_READ) as old:
            view = memoryview(old)

            def lines(note: str) -> bytes | memoryview:
                if note in found.looked_at:
                    return fresh[note]
                start, end = ranges[note]
                return view[start : end - (2 if old[end - 2 : end] == b",\n" else 1)]

            notes = sorted(ranges.keys() - found.looked_at | fresh.keys())
            header = old[: old.find(b"\n") + 1]
            spliced = write_manifest(path, header, ((n, lines(n)) for n in notes))
            view.release()
    except OSError as exc:
        raise CardsError(f"{path}: cannot write the manifest: {exc.strerror or exc}") from exc
    return spliced


def write_manifest(
    path: Path, header: bytes, notes: Iterable[tuple[str, bytes | memoryview]]
) -> dict[str, list[int]]:
    """A manifest from its first line and, in note order, each note's lines (joined by the
    separator the format puts between cards): as `save_manifest` writes it, atomically.
    Returns where each note's lines are."""
    ranges: dict[str, list[int]] = {}
    try:
        with tempfile.NamedTemporaryFile(
            "wb", dir=path.parent, prefix=".cards-", suffix=".json", delete=False
        ) as tmp:
            at = tmp.write(header)
            last: str | None = None
            for note, lines in notes:
                if last is not None:
                    at += tmp.write(b",\n")
                    ranges[last][1] = at
                ranges[note] = [at, 0]
                at += tmp.write(lines)
                last = note
            if last is not None:
                at += tmp.write(b"\n")
                ranges[last][1] = at
            tmp.write(b"]}\n")
            tmp.flush()
            os.fsync(tmp.fileno())
        readable(Path(tmp.name)).replace(path)
    except OSError as exc:
        raise CardsError(f"{path}: cannot write the manifest: {exc.strerror or exc}") from exc
    return ranges


def _report(job: Job, found: Delta, media: list[Packed], last: dict[str, Any]) -> BuildReport:
    """The report a build of every note would give, from the records of the notes."""
    made = deck_counts(found.notes)
    skipped = tuple(Problem(*n["error"]) for n in found.notes.values() if n["error"])
    warnings = tuple(Problem(*w) for n in found.notes.values() for w in n["warnings"])
    was = sum(1 for e in found.before if e.orphaned)
    now = sum(1 for e in found.resolution.manifest.entries if e.orphaned)
    return BuildReport(
        output=job.target,
        notes_read=len(job.paths) + len(job.unreadable),
        notes_skipped=skipped,
        warnings=warnings,
        items=made.items,
        anki_notes=made.anki_notes,
        cards=made.cards,
        folders=made.folders,
        capped=made.capped,
        boilerplate=made.boilerplate,
        read_as=made.read_as,
        counts=found.counts,
        tombstones=int(last["report"]["tombstones"]) - was + now,
        media=tuple(media),
        parsed=found.parsed,
        cached=len(job.paths) - found.parsed,
        problems=found.problems,
    )
