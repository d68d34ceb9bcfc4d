"""Reading notes on several cores.

Each note is read, parsed, extracted and made into cards on its own, so notes
can go to a pool of worker processes in chunks. Workers return what a note
gave (a `CachedNote`: cards, image probes, warnings) and the main process
takes the results in vault order: a build with one process and with several
writes the same bytes.
"""

from __future__ import annotations

import gc
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from cards import gcpause
from cards.cache import CachedNote, store_entry
from cards.config import Config
from cards.deck import Naming, make_specs
from cards.errors import NoteError
from cards.extract import extract_note
from cards.extractors import Registry
from cards.media import Media
from cards.spill import pack

PARALLEL_FROM = 64
"""Fewer notes than this are read in this process: starting workers would cost more."""
_worker: dict[str, Any] = {}


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def note_cards(
    vault: Path, path: Path, registry: Registry, naming: Naming, media: Media, max_bytes: int
) -> CachedNote:
    """One note from scratch: read, parse, extract, make its cards."""
    result = extract_note(vault, path, registry, max_bytes)
    if result.excluded:
        return CachedNote(excluded=True)
    if result.error or result.note is None:
        error = result.error or NoteError(result.path, 1, "could not be read")
        return CachedNote(error=(error.path, error.line, error.message))
    seen = len(media.warnings)
    specs = make_specs(result.note, result.items, naming, media)
    return CachedNote(
        warnings=list(result.warnings),
        items=dict(Counter(i.kind for i in result.items)),
        specs=specs,
        probes=media.probes.get(result.path, []),
        packed=media.packed_for(result.path),
        media_warnings=media.warnings[seen:],
    )


def read_notes(
    vault: Path,
    paths: Sequence[tuple[Path, str | None]],
    config: Config,
    naming: Naming,
    files_by_name: dict[str, list[str]],
    jobs: int,
    done: Callable[[], None] | None = None,
    cache_dir: Path | None = None,
) -> Iterator[CachedNote]:
    """What each note gives, in the order of `paths`, on up to `jobs` processes.

    Each (path, cache key) with a key is also stored in the build cache at
    `cache_dir`, by the process that read it.
    """
    if jobs <= 1 or len(paths) < PARALLEL_FROM:
        registry, media = config.registry(), Media(vault, files_by_name)
        for path, key in paths:
            with gcpause.collecting():
                note = note_cards(vault, path, registry, naming, media, config.max_note_bytes)
            yield _stored(note, key, cache_dir)
            if done:
                done()
        return
    chunk = max(4, len(paths) // (jobs * 16))
    with ProcessPoolExecutor(
        max_workers=jobs,
        initializer=_start,
        initargs=(vault, config, naming, files_by_name, cache_dir),
    ) as pool:
        for note in pool.map(_one, paths, chunksize=chunk):
            yield note
            if done:
                done()


def _start(
    vault: Path,
    config: Config,
    naming: Naming,
    files: dict[str, list[str]],
    cache_dir: Path | None,
) -> None:
    gc.enable()  # forked from a build that paused it (see `gcpause`); parsing makes cycles
    _worker.update(
        vault=vault,
        config=config,
        naming=naming,
        registry=config.registry(),
        files=files,
        cache_dir=cache_dir,
    )


def _one(job: tuple[Path, str | None]) -> CachedNote:
    path, key = job
    w = _worker
    media = Media(w["vault"], w["files"])  # per note: nothing leaks from one note to the next
    note = note_cards(
        w["vault"], path, w["registry"], w["naming"], media, w["config"].max_note_bytes
    )
    return _stored(note, key, w["cache_dir"])


def _stored(note: CachedNote, key: str | None, cache_dir: Path | None) -> CachedNote:
    """The note with its fields packed (`spill.pack`), after its cache entry is written by
    the process that read it."""
    note.specs, note.block, note.lengths = pack(note.specs)
    if cache_dir and key:
        store_entry(cache_dir, key, note)
    return note
