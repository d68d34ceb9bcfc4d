"""Cards -> the `.apkg` file Anki imports, written atomically; and reading an earlier one back.

A package is a zip of the collection (`collection.py`), Anki's media index and
the images (`media.py`), with fixed dates and entry order (`zipout.py`): the
same cards always give the same bytes.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

from cards.anki.collection import Joined, Rows, rows_of, write_collection
from cards.anki.deck import Card
from cards.anki.media import Packed, add_media
from cards.anki.notetypes import FIELD_SEP
from cards.anki.zipout import ZipTooLargeError, ZipWriter
from cards.errors import CardsError

CHUNK = 1 << 20


def write_apkg(
    cards: Sequence[Card],
    path: Path,
    media: Sequence[Packed] = (),
    joined: Joined | None = None,
    keep: Path | None = None,
) -> None:
    """Write these cards' package atomically. `joined` gives the fields of the cards whose
    fields the caller keeps elsewhere."""
    write_package(rows_of(cards, joined or _nowhere), path, media, keep)


def write_package(rows: Rows, path: Path, media: Sequence[Packed], keep: Path | None) -> None:
    """Write the package atomically: a temporary folder beside `path`, then a rename.

    `keep`: where to move the collection once it is zipped (the build cache), so a later
    build can take its rows as they are instead of making them again.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=path.parent, prefix=".cards-") as tmp:
            db = Path(tmp) / "collection.anki2"
            conn = sqlite3.connect(db)
            write_collection(conn, rows)
            conn.close()
            staged = Path(tmp) / path.name
            with staged.open("wb") as fh:
                out = ZipWriter(fh, os.cpu_count() or 1)
                with db.open("rb") as src:
                    out.add("collection.anki2", src)
                add_media(out, media)
                out.close()
                fh.flush()
                os.fsync(fh.fileno())
            staged.replace(path)
            if keep is not None:
                with contextlib.suppress(OSError):  # a cache not kept only costs speed
                    keep.parent.mkdir(parents=True, exist_ok=True)
                    db.replace(keep)
    except ZipTooLargeError as exc:
        raise CardsError(f"{path}: cannot write the deck: {exc}") from exc
    except (OSError, sqlite3.Error) as exc:  # a full disk shows as either
        reason = getattr(exc, "strerror", None) or f"{exc} (is the disk full?)"
        raise CardsError(f"{path}: cannot write the deck: {reason}") from exc


def _nowhere(at: int) -> str:
    raise ValueError(f"card {at} has no fields and no store to read them from")


def collection_crc(path: Path) -> int | None:
    """The CRC-32 the package records for its collection: what a kept copy must match."""
    try:
        with zipfile.ZipFile(path) as package:
            return package.getinfo("collection.anki2").CRC
    except (OSError, KeyError, zipfile.BadZipFile):
        return None


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
