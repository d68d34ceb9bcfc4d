"""One note's cached `NoteCards` as bytes, and back: checksummed, and strict on the way in.

An entry is a first line `CARDS<format> <sha256 of the rest>`, then the
note's JSON on one line, then its fields as UTF-8 text, one card after the
other. JSON, never pickle: a cache committed by mistake to a shared
repository must not be able to run code. The checksum is checked before
anything is decoded, and decoding accepts only the exact shapes written here:
a flipped bit, a truncated file or a hand edit makes the entry `DamagedEntryError`,
which the build treats as a miss (the note is parsed again), never as cards.
The checksum guards against damage, not forgery: the cache is trusted as much
as the deck beside it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from cards.anki.media import Packed
from cards.anki.notetypes import FIELD_SEP
from cards.cardspecs import CardSpec
from cards.deckcounts import read_as_record, read_as_rows
from cards.errors import Problem
from cards.media import Probe
from cards.notecards import NoteCards

FORMAT = 7
"""4: a note's repeated values (path, deck, kinds, tag lists) written once, specs point to them.
5: a checksum line first; the whole `NoteCards` (problems as records). 6: each spec's count of
Anki cards and its fact (when not its identity text). 7: what `notekind` left out."""
_MAGIC = f"CARDS{FORMAT} ".encode()
_SHARED = (0, 1, 2, 5, 7, 8)
"""Positions in a spec of the values a note's cards repeat: kind, extractor, path, note type,
tags, deck. Written once per note, each spec holds their indexes."""


class DamagedEntryError(ValueError):
    """An entry that fails its checksum or does not decode: a miss, and said once on stderr."""


def encode(cards: NoteCards) -> bytes:
    """The entry's bytes. Each card's fields go after the JSON as one block (the JSON holds
    their lengths): decoding them is one UTF-8 pass, not a JSON string per field."""
    index: dict[Any, int] = {}
    rows, parts = [], []
    for s in cards.specs:
        at = [index.setdefault(s[i], len(index)) for i in _SHARED]
        data = FIELD_SEP.join(s.fields).encode("utf-8")
        parts.append(data)
        fact = "" if s.fact == s.match else s.fact
        rows.append(
            [*at, s.line, s.match, len(s.fields), len(data), s.clozes, s.digest, s.cards, fact]
        )
    head = {
        "path": cards.path,
        "shared": list(index),
        "specs": rows,
        "items": [list(pair) for pair in cards.items],
        "warnings": [[w.path, w.line, w.message] for w in cards.warnings],
        "error": [cards.error.path, cards.error.line, cards.error.message] if cards.error else None,
        "excluded": cards.excluded,
        "capped": cards.capped,
        "read_as": read_as_record(cards.read_as),
        "media": [[p.name, str(p.source)] for p in cards.media],
        "probes": [[p.target, p.wiki, p.real, p.size, p.mtime] for p in cards.probes],
    }
    text = json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    payload = text + b"\n" + b"".join(parts)
    return _MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload


def decode(raw: bytes, path: str) -> NoteCards:
    """The `NoteCards` an entry holds for the note at `path`; else `DamagedEntryError`."""
    first, _, payload = raw.partition(b"\n")
    if not first.startswith(_MAGIC) or first[len(_MAGIC) :] != _digest(payload):
        raise DamagedEntryError("checksum does not match")
    text, _, block = payload.partition(b"\n")
    try:
        head = json.loads(text)
        cards = _from_json(head, block)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        raise DamagedEntryError(f"{type(exc).__name__}: {exc}") from exc
    if cards.path != path:
        raise DamagedEntryError(f"holds {cards.path!r}")
    return cards


def _digest(payload: bytes) -> bytes:
    return hashlib.sha256(payload).hexdigest().encode()


def _from_json(head: dict[str, Any], block: bytes) -> NoteCards:
    shared = [_value(v) for v in _list(head["shared"])]
    specs: list[CardSpec] = []
    at = 0
    for row in _list(head["specs"]):
        kind, extractor, path, notetype, tags, deck, line, match, count, size, clozes, digest = row[
            :12
        ]
        n_cards, fact = row[12:]
        fields = block[at : at + _int(size)].decode("utf-8").split(FIELD_SEP)
        at += size
        if len(fields) != _int(count):
            raise ValueError("fields do not match their count")
        specs.append(
            CardSpec(
                _str(shared[kind]),
                _str(shared[extractor]),
                _str(shared[path]),
                _int(line),
                _str(match),
                _str(shared[notetype]),
                tuple(fields),
                _tags(shared[tags]),
                _str(shared[deck]),
                tuple((_str(k), _str(h)) for k, h in _list(clozes)),
                _str(digest),
                _int(n_cards),
                _str(fact) or _str(match),
            )
        )
    if at != len(block):
        raise ValueError("fields block of the wrong length")
    error = head["error"]
    return NoteCards(
        _str(head["path"]),
        specs=tuple(specs),
        items=tuple((_str(k), _int(n)) for k, n in _list(head["items"])),
        warnings=tuple(_problem(w) for w in _list(head["warnings"])),
        error=_problem(error) if error is not None else None,
        excluded=_bool(head["excluded"]),
        capped=_int(head["capped"]),
        read_as=read_as_rows(_list(head["read_as"])),
        media=tuple(Packed(_str(n), _path(s)) for n, s in _list(head["media"])),
        probes=tuple(
            Probe(_str(t), _bool(w), _str(r), _int(z), _int(m))
            for t, w, r, z, m in _list(head["probes"])
        ),
    )


def _value(value: Any) -> str | tuple[str, ...]:
    return _strs(value) if isinstance(value, list) else _str(value)


def _tags(value: str | tuple[str, ...]) -> tuple[str, ...]:
    if not isinstance(value, tuple):
        raise TypeError("expected a list of tags")
    return value


def _problem(value: Any) -> Problem:
    path, line, message = _list(value)
    return Problem(_str(path), _int(line), _str(message))


def _path(value: Any) -> Path:
    return Path(_str(value))


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, not {type(value).__name__}")
    return value


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, not {type(value).__name__}")
    return value


def _strs(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        raise TypeError("expected a list of text")
    return tuple(_str(v) for v in _list(value))


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected a whole number, not {type(value).__name__}")
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, not {type(value).__name__}")
    return value
