"""Making notes' cards on several cores, in worker processes that never outlive the build.

Each note is read, keyed and made into cards on its own (`compute`), so notes
go to a pool of worker processes in chunks and come back in the order given:
a build with one process and with several writes the same bytes. A worker
stores each note's cache entry itself, so the main process is not the
bottleneck of a cold build. Every worker watches its parent: a build killed
outright (SIGKILL, the OOM killer) takes its workers with it within a
fraction of a second, instead of leaving them parsing for nobody.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from cards.errors import NoteError
from cards.incremental import gcpause
from cards.incremental.store import Stat, note_key, store_entry
from cards.notecards import CardContext, NoteCards, note_cards
from cards.vault import read_bytes, read_note

PARALLEL_FROM = 64
"""Fewer notes than this are read in this process: starting workers would cost more."""
WATCH_SECONDS = 0.2
Computed = tuple[str | None, Stat | None, NoteCards]
"""A note's key (None: it could not be read), its size and time if they held while it was
read (for the stat index), and its cards."""
_worker: dict[str, Any] = {}


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def compute(
    vault: Path, path: Path, context: CardContext, max_bytes: int, cache_dir: Path | None
) -> Computed:
    """One note from scratch: its bounded bytes, their key, the cards made from those very
    bytes (an edit while the build runs cannot file new cards under the old text's key),
    and the entry stored under that key."""
    rel = path.relative_to(vault).as_posix()
    before = Stat.of(path)
    try:
        raw = read_bytes(vault, path, max_bytes)
    except NoteError as exc:
        return None, None, NoteCards.failed(exc)
    key = note_key(rel, raw)
    try:
        source = read_note(vault, path, max_bytes, raw=raw)
    except NoteError as exc:
        cards = NoteCards.failed(exc)
    else:
        with gcpause.collecting():
            cards = note_cards(source, context)
    if cache_dir is not None:
        store_entry(cache_dir, key, cards)
    return key, before if before == Stat.of(path) else None, cards


def compute_all(
    vault: Path,
    paths: Sequence[Path],
    make_context: Callable[[], CardContext],
    max_bytes: int,
    cache_dir: Path | None,
    jobs: int,
) -> Iterator[Computed]:
    """`compute` for each path, in the order of `paths`, on up to `jobs` processes."""
    if jobs <= 1 or len(paths) < PARALLEL_FROM:
        context = make_context()
        for path in paths:
            yield compute(vault, path, context, max_bytes, cache_dir)
        return
    chunk = max(4, len(paths) // (jobs * 16))
    with ProcessPoolExecutor(
        max_workers=jobs,
        initializer=_start,
        initargs=(os.getpid(), vault, make_context, max_bytes, cache_dir),
    ) as pool:
        yield from pool.map(_one, paths, chunksize=chunk)


def _start(
    parent: int,
    vault: Path,
    make_context: Callable[[], CardContext],
    max_bytes: int,
    cache_dir: Path | None,
) -> None:
    gc.enable()  # forked from a build that paused it (see `gcpause`); parsing makes cycles
    threading.Thread(target=_watch, args=(parent,), daemon=True).start()
    _worker.update(vault=vault, context=make_context(), max_bytes=max_bytes, cache_dir=cache_dir)


def _watch(parent: int) -> None:
    """End this worker as soon as the build that started it is gone (it is then adopted by
    another process). No cleanup is owed: entries are written atomically."""
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)


def _one(path: Path) -> Computed:
    w = _worker
    return compute(w["vault"], path, w["context"], w["max_bytes"], w["cache_dir"])
