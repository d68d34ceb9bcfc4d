"""Cards -> the `.apkg` file Anki imports, and reading an earlier one back.

The collection inside is what genanki writes (its schema, deck and note type
JSON), with notes and cards inserted as rows in two batches; the zip has
fixed dates and entry order. Everything that knows the package format lives
here; everything that knows what a card says lives in `deck.py`.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

from cards.deck import Card
from cards.errors import CardsError
from cards.media import Packed
from cards.notetypes import CLOZE, CSS, FIELD_SEP, QA, NoteType, stable_id
from cards.zipout import ZipTooLargeError, ZipWriter

CHUNK = 1 << 20
_NEW_CARD = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "")
"""type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data of a new card."""
_CLOZE_NUMBER = re.compile(r"\{\{c(\d+)::")
_INDEX = re.compile(r"^CREATE INDEX [^;]*;\n?", re.MULTILINE)
_TABLES = _INDEX.sub("", APKG_SCHEMA)
_INDEXES = "".join(found.group() for found in _INDEX.finditer(APKG_SCHEMA))
"""genanki's schema, its indexes made after the rows: SQLite then builds each from one sorted
pass instead of updating it row by row (writing 177,626 notes: 3.3 -> 2.75 s)."""


def write_apkg(
    cards: Sequence[Card],
    path: Path,
    media: Sequence[Packed] = (),
    joined: Callable[[Card], str] | None = None,
) -> None:
    """Write the package atomically: a temporary file beside `path`, then a rename.

    Each note and card carries its own modification time; the collection's
    own times are the newest of them. The zip has fixed dates and entry
    order, so the same cards always give the same bytes. `joined` gives a
    card's fields joined by Anki's separator, when they were parked outside it
    (`spill.FieldStore.joined`).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=path.parent, prefix=".cards-") as tmp:
            db = Path(tmp) / "collection.anki2"
            conn = sqlite3.connect(db)
            _write_collection(conn, cards, joined or _own_fields)
            conn.close()
            staged = Path(tmp) / path.name
            with staged.open("wb") as fh:
                out = ZipWriter(fh, os.cpu_count() or 1)
                with db.open("rb") as src:
                    out.add("collection.anki2", src)
                files = sorted(media, key=lambda m: m.name)
                index = {str(n): m.name for n, m in enumerate(files)}
                out.add_bytes("media", json.dumps(index, sort_keys=True).encode("utf-8"))
                for n, packed in enumerate(files):
                    with packed.source.open("rb") as src:
                        out.add(str(n), src)
                out.close()
                fh.flush()
                os.fsync(fh.fileno())
            staged.replace(path)
    except ZipTooLargeError as exc:
        raise CardsError(f"{path}: cannot write the deck: {exc}") from exc
    except (OSError, sqlite3.Error) as exc:  # a full disk shows as either
        reason = getattr(exc, "strerror", None) or f"{exc} (is the disk full?)"
        raise CardsError(f"{path}: cannot write the deck: {reason}") from exc


def _own_fields(card: Card) -> str:
    return FIELD_SEP.join(card.fields)


def _write_collection(
    conn: sqlite3.Connection, cards: Sequence[Card], joined: Callable[[Card], str]
) -> None:
    """The collection genanki would write, with rows inserted in two batches.

    genanki's schema, deck and note type JSON are used as they are; its
    per-note objects (and one decks-JSON rewrite per deck) cost more than
    everything else in a large build, so notes and cards are written as rows,
    exactly as `genanki.Note.write_to_db` lays them out. Rows are generated as
    they are inserted, so the fields are never copied into one big list.
    """
    timestamp = max((c.mod for c in cards), default=0)
    ordered = sorted(cards, key=lambda c: (c.deck, c.guid))
    deck_ids = {n: stable_id(f"vault-cards deck: {n}") for n in sorted({c.deck for c in cards})}
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
    card_ids = itertools.count(first_note + len(ordered))  # note ids first, then card ids

    ords: list[tuple[int, ...]] = []

    type_ids = {"cloze": CLOZE.id, "qa": QA.id}
    tag_texts: dict[tuple[str, ...], str] = {}  # a note's cards share one tags tuple

    def notes() -> Iterator[tuple[object, ...]]:
        for nid, card in enumerate(ordered, start=first_note):
            tags = tag_texts.get(card.tags)
            if tags is None:
                tags = tag_texts[card.tags] = " " + " ".join(card.tags) + " "
            fields = joined(card)
            # A stored card's fields never hold the separator (`spill.pack` keeps those).
            first = fields.partition(FIELD_SEP)[0] if card.stored >= 0 else card.fields[0]
            ords.append(_ords(card.notetype, first))
            type_id = type_ids.get(card.notetype, QA.id)
            yield (nid, card.guid, type_id, card.mod, -1, tags, fields, first, 0, 0, "")

    def rows() -> Iterator[tuple[object, ...]]:
        for (nid, card), numbers in zip(enumerate(ordered, start=first_note), ords, strict=True):
            did = deck_ids[card.deck]
            for ord_ in numbers:
                yield (next(card_ids), nid, did, ord_, card.mod, -1, *_NEW_CARD)

    conn.executemany("INSERT INTO notes VALUES (?,?,?,?,?,?,?,?,?,?,?)", notes())
    conn.executemany("INSERT INTO cards VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows())
    conn.executescript(_INDEXES)  # commits the rows first, then builds each index in one pass
    conn.commit()


def read_package(
    path: Path, guids: set[str]
) -> dict[str, tuple[tuple[str, ...], tuple[str, ...], str]]:
    """Fields, tags and deck of the given notes in an earlier package: what a tombstone shows.

    An unreadable or missing package gives nothing (the caller falls back).
    """
    if not guids or not path.is_file():
        return {}
    try:
        with zipfile.ZipFile(path) as package, tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "collection.anki2"
            with package.open("collection.anki2") as src, db.open("wb") as dst:
                shutil.copyfileobj(src, dst, CHUNK)
            conn = sqlite3.connect(db)
            try:
                (decks_json,) = conn.execute("SELECT decks FROM col").fetchone()
                names = {int(k): str(v["name"]) for k, v in json.loads(decks_json).items()}
                conn.execute("CREATE TEMP TABLE wanted (guid TEXT PRIMARY KEY)")
                conn.executemany("INSERT INTO wanted VALUES (?)", [(g,) for g in sorted(guids)])
                rows = conn.execute(
                    "SELECT n.guid, n.flds, n.tags, MIN(c.did) FROM notes n "
                    "JOIN wanted w ON w.guid = n.guid JOIN cards c ON c.nid = n.id GROUP BY n.id"
                ).fetchall()
            finally:
                conn.close()
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, sqlite3.Error):
        return {}
    return {
        str(guid): (tuple(flds.split(FIELD_SEP)), tuple(tags.split()), names.get(did, ""))
        for guid, flds, tags, did in rows
    }


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
