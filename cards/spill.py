"""Card fields parked in an anonymous temporary file until the package is written.

A 10,000-note vault makes about 180,000 cards whose field HTML, held as
Python strings from reading to writing, was most of the build's memory.
Identity resolution needs only each card's identity and content digest, so
the fields wait on disk (the operating system's page cache, in practice) and
are read back one card at a time when the package, a check or the preview
needs them. The file has no name and vanishes when closed or when the
process ends.
"""

from __future__ import annotations

import os
import tempfile
import weakref
from array import array

from cards.deck import Card, CardSpec
from cards.notetypes import FIELD_SEP


def pack(specs: list[CardSpec]) -> tuple[list[CardSpec], bytes, list[int]]:
    """One note's final fields, moved out of its specs into one block of bytes.

    Returns the specs (fields emptied where moved), the block, and per spec
    the byte length of its fields in the block (-1: kept its fields; trait
    lists are numbered later, and a field holding the separator cannot be
    split back). A worker packs, so one bytes object is pickled and cached
    instead of every field string, and the main process stores the block
    without decoding it (`FieldStore.take`).
    """
    out: list[CardSpec] = []
    parts: list[bytes] = []
    lengths: list[int] = []
    for spec in specs:
        if spec.clozes or not spec.digest or any(FIELD_SEP in f for f in spec.fields):
            out.append(spec)
            lengths.append(-1)
            continue
        data = FIELD_SEP.join(spec.fields).encode("utf-8")
        parts.append(data)
        lengths.append(len(data))
        out.append(spec._replace(fields=()))
    return out, b"".join(parts), lengths


def unpack(specs: list[CardSpec], block: bytes, lengths: list[int]) -> list[CardSpec]:
    """The specs with their fields back from the block: when no store can hold them."""
    out: list[CardSpec] = []
    at = 0
    for spec, n in zip(specs, lengths, strict=True):
        if n >= 0:
            spec = spec._replace(fields=tuple(block[at : at + n].decode("utf-8").split(FIELD_SEP)))
            at += n
        out.append(spec)
    return out


class FieldStore:
    def __init__(self) -> None:
        # Unbuffered: a full disk shows at once, in `take`, and closing never has to flush.
        self._file = tempfile.TemporaryFile(buffering=0)  # noqa: SIM115 (lives with the report)
        weakref.finalize(self, self._file.close)  # closed with the store, never left open
        self._offsets = array("q", [0])
        self._broken = False

    def take(self, specs: list[CardSpec], block: bytes, lengths: list[int]) -> list[CardSpec]:
        """One note's specs as `pack` left them, their block written here in one go; on a
        full disk the fields go back into the specs (memory) for the rest of the build."""
        if not block:
            return unpack(specs, block, lengths)
        if not self._broken:
            try:
                written = self._file.write(block)
            except OSError:
                written = -1
            if written == len(block):
                out: list[CardSpec] = []
                offsets = self._offsets
                for spec, n in zip(specs, lengths, strict=True):
                    if n >= 0:
                        offsets.append(offsets[-1] + n)
                        spec = spec._replace(stored=len(offsets) - 2)
                    out.append(spec)
                return out
            self._broken = True  # a partial block is never pointed to
        return unpack(specs, block, lengths)

    def fields(self, card: Card) -> tuple[str, ...]:
        return tuple(self.joined(card).split(FIELD_SEP)) if card.stored >= 0 else card.fields

    def joined(self, card: Card) -> str:
        """The fields as Anki stores them, joined by its separator: as they were stored, so
        the package writer takes them without splitting and joining again."""
        if card.stored < 0:
            return FIELD_SEP.join(card.fields)
        start, end = self._offsets[card.stored], self._offsets[card.stored + 1]
        return os.pread(self._file.fileno(), end - start, start).decode("utf-8")
