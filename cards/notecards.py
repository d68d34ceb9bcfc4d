"""One note -> its cards: the pure function the whole build is a map of.

`note_cards(source, context)` depends on the note's text and on the context
alone (the vault's naming, the extractors, where the vault's images are), so
the build cache, the worker processes and a plain loop all call it the same
way, and a cached result is as good as a fresh one. What it returns is a
frozen `NoteCards`: the card specs, how many items of each kind, the problems
as records, and the images the cards show, each with a probe of the file as
it was seen (a cached result is used only while every probe still holds).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from cards.anki.media import Packed
from cards.cardspecs import CardSpec, Naming, make_specs
from cards.errors import NoteError, Problem
from cards.extract import extract_source, internal_error
from cards.extractors import Registry
from cards.extractors.notespans import Dropped
from cards.media import Media, Probe
from cards.ranking import capped
from cards.vault import SourceNote


@dataclass(frozen=True, slots=True)
class NoteCards:
    """What one note gives the deck."""

    path: str
    specs: tuple[CardSpec, ...] = ()
    items: tuple[tuple[str, int], ...] = ()
    """Items found per kind, in kind order."""
    warnings: tuple[Problem, ...] = ()
    """The note was used, but read or rendered with these problems."""
    error: Problem | None = None
    """Why the note could not be used (it gives no cards)."""
    excluded: bool = False
    """Left out on purpose: front matter `cards: false`, or a plugin's own file."""
    media: tuple[Packed, ...] = ()
    """The images its cards show."""
    probes: tuple[Probe, ...] = ()
    """Every image it embeds, as the file system saw it."""
    capped: int = 0
    """Cards left out by the per-note cap (`ranking.py`)."""
    read_as: tuple[Dropped, ...] = ()
    """Parts (or all) of the note read as not knowledge, and the items each left out."""

    @classmethod
    def failed(cls, error: NoteError) -> NoteCards:
        return cls(error.path, error=Problem.of(error))


@dataclass(frozen=True, slots=True)
class CardContext:
    """Everything besides the note that its cards depend on."""

    vault: Path
    naming: Naming
    registry: Registry
    files_by_name: dict[str, list[str]]
    """Lower-case file name -> vault-relative paths: where `![[image.png]]` may be."""
    max_cards: int = 0
    """Cards one note may give at most (0: no cap)."""


def note_cards(source: SourceNote, context: CardContext) -> NoteCards:
    """Parse, extract and make the cards of one note. Never raises: a note that fails gives
    a `NoteCards` whose `error` says why, and the rest of the vault goes on."""
    try:
        return _note_cards(source, context)
    except Exception as exc:  # a bug of ours on one note must not stop a vault of thousands
        return NoteCards.failed(internal_error(source.path, exc))


def _note_cards(source: SourceNote, context: CardContext) -> NoteCards:
    result = extract_source(source, context.registry)
    if result.excluded:
        return NoteCards(source.path, excluded=True)
    if result.error or result.note is None:
        return NoteCards.failed(result.error or NoteError(source.path, 1, "could not be read"))
    media = Media(context.vault, context.files_by_name)  # per note: nothing leaks between notes
    made = make_specs(result.note, result.items, context.naming, media)
    specs, left_out = capped(made, result.note.title, context.max_cards)
    counts = Counter(item.kind for item in result.items)
    return NoteCards(
        source.path,
        specs=tuple(specs),
        capped=left_out,
        read_as=result.read_as,
        items=tuple(counts.items()),
        warnings=(*(Problem.parse(source.path, w) for w in result.warnings), *media.warnings),
        media=tuple(media.packed_for(source.path)),
        probes=tuple(media.probes.get(source.path, ())),
    )
