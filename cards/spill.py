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

_SEP = "\x1f"
"""Anki's own field separator: no field written to a package can hold it either."""


class FieldStore:
    def __init__(self) -> None:
        # Unbuffered: a full disk shows at once, in `park`, and closing never has to flush.
        self._file = tempfile.TemporaryFile(buffering=0)  # noqa: SIM115 (lives with the report)
        weakref.finalize(self, self._file.close)  # closed with the store, never left open
        self._offsets = array("q", [0])
        self._broken = False

    def park(self, spec: CardSpec) -> CardSpec:
        """The spec with its fields stored here, when they are final (no trait numbers)."""
        if self._broken or spec.clozes or not spec.digest or any(_SEP in f for f in spec.fields):
            return spec
        data = _SEP.join(spec.fields).encode("utf-8")
        try:
            written = self._file.write(data)
        except OSError:
            written = -1
        if written != len(data):  # a full disk: the rest of the fields stay in memory
            self._broken = True
            return spec
        self._offsets.append(self._offsets[-1] + len(data))
        return spec._replace(fields=(), stored=len(self._offsets) - 2)

    def fields(self, card: Card) -> tuple[str, ...]:
        if card.stored < 0:
            return card.fields
        start, end = self._offsets[card.stored], self._offsets[card.stored + 1]
        return tuple(os.pread(self._file.fileno(), end - start, start).decode("utf-8").split(_SEP))
