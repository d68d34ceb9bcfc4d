"""The one call the build makes: every note's cards, memoised, on every core, in order.

For each note the stat index or a bounded read gives the key of its bytes;
an entry under that key whose every image probe still holds is the note's
cards. The other notes go to the workers, which key the bytes they parse
themselves and store what they made. A damaged entry is a miss: the note is
made again, here, with one line on stderr.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cards.errors import NoteError, Problem
from cards.incremental.store import Stat, Store, note_key
from cards.incremental.workers import compute, compute_all
from cards.media import Media
from cards.notecards import CardContext, NoteCards
from cards.vault import read_bytes

Progress = Callable[[int, int], None]
"""(notes done so far - 1, all notes): called once per note."""


@dataclass(frozen=True, slots=True)
class Notes:
    """The notes of one vault to map, and what making their cards needs."""

    vault: Path
    paths: tuple[Path, ...]
    files_by_name: dict[str, list[str]]
    max_bytes: int
    make_context: Callable[[], CardContext]
    """Builds the context in whichever process makes cards (workers build their own)."""


@dataclass(frozen=True, slots=True)
class Mapped:
    """One note's cards and the key of the bytes they were made from."""

    key: str | None
    """None: the note could not be read, so nothing can be cached for it."""
    cards: NoteCards
    parsed: bool
    """Made this time, not taken from the cache."""


def map_notes(
    notes: Notes, store: Store | None, jobs: int, progress: Progress | None = None
) -> Iterator[Mapped]:
    """`note_cards` over every note, in the order of `notes.paths`."""
    rels = [p.relative_to(notes.vault).as_posix() for p in notes.paths]
    keys = [_key(notes, store, p, rel) for p, rel in zip(notes.paths, rels, strict=True)]
    cached = [bool(store and isinstance(key, str) and store.has(key)) for key in keys]
    misses = [p for p, hit in zip(notes.paths, cached, strict=True) if not hit]
    cache_dir = store.dir if store and store.writable else None
    fresh = compute_all(notes.vault, misses, notes.make_context, notes.max_bytes, cache_dir, jobs)
    media = Media(notes.vault, notes.files_by_name)
    context: CardContext | None = None
    total = len(notes.paths)
    for at, (path, rel, key, hit) in enumerate(zip(notes.paths, rels, keys, cached, strict=True)):
        if hit and store and isinstance(key, str):
            cards = store.load(key, rel)
            if cards is not None and media.still_valid(rel, list(cards.probes)):
                yield Mapped(key, cards, parsed=False)
            else:  # damaged, or an image changed: made again here, in order
                context = context or notes.make_context()
                key, stat, made = compute(notes.vault, path, context, notes.max_bytes, cache_dir)
                yield _made(store, rel, key, stat, made)
        else:
            key, stat, made = next(fresh)
            yield _made(store, rel, key, stat, made)
        if progress:
            progress(at, total)
    if store:
        store.flush()


def _made(
    store: Store | None, rel: str, key: str | None, stat: Stat | None, cards: NoteCards
) -> Mapped:
    if store and key:
        store.index(rel, stat, key)
    return Mapped(key, cards, parsed=True)


def _key(notes: Notes, store: Store | None, path: Path, rel: str) -> str | NoteError | None:
    """The key of the note's bytes now: from the stat index, else by reading them; the
    reason it cannot be read; None without a cache."""
    if store is None:
        return None
    stat = Stat.of(path)
    known = store.known_key(rel, stat)
    if known is not None:
        return known
    try:
        raw = read_bytes(notes.vault, path, notes.max_bytes)
    except NoteError as exc:
        return exc
    key = note_key(rel, raw)
    if stat == Stat.of(path):
        store.index(rel, stat, key)
    return key


def keys_now(notes: Notes, store: Store) -> dict[str, str]:
    """Every note's key as `map_notes` would find it (`!` and the reason for a note that
    cannot be read), without making any cards."""
    marks: dict[str, str] = {}
    for path in notes.paths:
        rel = path.relative_to(notes.vault).as_posix()
        key = _key(notes, store, path, rel)
        marks[rel] = f"!{Problem.of(key)}" if isinstance(key, NoteError) else str(key)
    return marks
