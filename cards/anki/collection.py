"""Cards -> the SQLite collection inside a package, row by row as genanki lays it out.

genanki's schema, deck and note type JSON are used as they are; its per-note
objects (and one decks-JSON rewrite per deck) cost more than everything else
in a large build, so notes and cards are inserted as rows in two batches,
exactly as `genanki.Note.write_to_db` lays them out. The indexes are made
after the rows: SQLite then builds each from one sorted pass instead of
updating it row by row (writing 177,626 notes: 3.3 -> 2.75 s).
"""

from __future__ import annotations

import itertools
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

from cards.anki.deck import Card
from cards.anki.notetypes import CLOZE, CSS, FIELD_SEP, QA, NoteType, stable_id

Joined = Callable[[int], str]
"""The fields of `cards[i]`, joined by Anki's separator, for cards whose fields the caller
keeps elsewhere (their `fields` are empty)."""


class Row(NamedTuple):
    """One Anki note as the collection holds it."""

    deck: str
    guid: str
    notetype: str
    mod: int
    tags: str
    """Space-separated, with a space before and after, as Anki stores them."""
    fields: str
    """Joined by Anki's separator."""
    first: str
    """The first field: the sort field, and where a cloze note's deletions are."""


@dataclass(frozen=True, slots=True)
class Rows:
    """Every note of a collection, in its order (deck, then GUID), with what must be known
    before the first is written: how many, the newest time, the decks."""

    rows: Iterable[Row]
    count: int
    newest: int
    decks: frozenset[str]


_NEW_CARD = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "")
"""type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data of a new card."""
_CLOZE_NUMBER = re.compile(r"\{\{c(\d+)::")
_INDEX = re.compile(r"^CREATE INDEX [^;]*;\n?", re.MULTILINE)
_TABLES = _INDEX.sub("", APKG_SCHEMA)
_INDEXES = "".join(found.group() for found in _INDEX.finditer(APKG_SCHEMA))


def rows_of(cards: Sequence[Card], joined: Joined) -> Rows:
    """The rows of these cards, in collection order; fields are fetched as rows are written,
    so they are never copied into one big list."""
    ordered = sorted(range(len(cards)), key=lambda i: (cards[i].deck, cards[i].guid))
    tag_texts: dict[tuple[str, ...], str] = {}  # a note's cards share one tags tuple

    def rows() -> Iterator[Row]:
        for at in ordered:
            card = cards[at]
            tags = tag_texts.get(card.tags)
            if tags is None:
                tags = tag_texts[card.tags] = " " + " ".join(card.tags) + " "
            if card.fields:
                fields, first = FIELD_SEP.join(card.fields), card.fields[0]
            else:  # kept elsewhere: never holding the separator inside a field
                fields = joined(at)
                first = fields.partition(FIELD_SEP)[0]
            yield Row(card.deck, card.guid, card.notetype, card.mod, tags, fields, first)

    newest = max((c.mod for c in cards), default=0)
    return Rows(rows(), len(cards), newest, frozenset(c.deck for c in cards))


def write_collection(conn: sqlite3.Connection, rows: Rows) -> None:
    """The collection genanki would write. Each note and card carries its own time; the
    collection's own times are the newest of them."""
    timestamp = rows.newest
    deck_ids = {n: stable_id(f"vault-cards deck: {n}") for n in sorted(rows.decks)}
    conn.executescript(_TABLES)
    conn.executescript(APKG_COL)
    (decks_json,) = conn.execute("SELECT decks FROM col").fetchone()
    decks = json.loads(decks_json)
    decks.update({str(i): genanki.Deck(i, name).to_json() for name, i in deck_ids.items()})
    last_deck = list(deck_ids.values())[-1] if deck_ids else 1
    (models_json,) = conn.execute("SELECT models FROM col").fetchone()
    models = json.loads(models_json)
    models.update({nt.id: _model(nt).to_json(timestamp, last_deck) for nt in (CLOZE, QA)})
    conn.execute("UPDATE col SET decks = ?, models = ?", (json.dumps(decks), json.dumps(models)))
    first_note = timestamp * 1000
    card_ids = itertools.count(first_note + rows.count)  # note ids first, then card ids
    type_ids = {"cloze": CLOZE.id, "qa": QA.id}
    cards: list[tuple[int, int, tuple[int, ...]]] = []
    """Per note: its deck, time and card ords, for the cards written after every note."""

    def notes() -> Iterator[tuple[object, ...]]:
        for nid, row in enumerate(rows.rows, start=first_note):
            cards.append((deck_ids[row.deck], row.mod, _ords(row.notetype, row.first)))
            type_id = type_ids.get(row.notetype, QA.id)
            yield (nid, row.guid, type_id, row.mod, -1, row.tags, row.fields, row.first, 0, 0, "")

    def card_rows() -> Iterator[tuple[object, ...]]:
        for nid, (did, mod, numbers) in enumerate(cards, start=first_note):
            for ord_ in numbers:
                yield (next(card_ids), nid, did, ord_, mod, -1, *_NEW_CARD)

    conn.executemany("INSERT INTO notes VALUES (?,?,?,?,?,?,?,?,?,?,?)", notes())
    if len(cards) != rows.count:
        raise ValueError(f"{len(cards)} notes written where {rows.count} were announced")
    conn.executemany("INSERT INTO cards VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", card_rows())
    conn.executescript(_INDEXES)  # commits the rows first, then builds each index in one pass
    conn.commit()


_ONE = (0,)
_SHAPES: dict[tuple[int, ...], tuple[int, ...]] = {_ONE: _ONE}


def _ords(notetype: str, first: str) -> tuple[int, ...]:
    """A cloze note has a card per deletion number (ord = number - 1); a Q/A note has one.
    Equal answers are one shared tuple: a large deck has a few shapes, many times over."""
    if notetype != "cloze":
        return _ONE
    found = tuple(sorted({int(n) - 1 for n in _CLOZE_NUMBER.findall(first)}))
    return _SHAPES.setdefault(found, found)


def _model(nt: NoteType) -> genanki.Model:
    return genanki.Model(
        nt.id,
        nt.name,
        fields=[{"name": f} for f in nt.fields],
        templates=[{"name": "Cloze" if nt.cloze else "Card 1", "qfmt": nt.front, "afmt": nt.back}],
        css=CSS,
        model_type=genanki.Model.CLOZE if nt.cloze else genanki.Model.FRONT_BACK,
        sort_field_index=0,
    )
