"""Card fields parked in an anonymous temporary file until the package is written.

A 10,000-note vault makes about 180,000 cards whose field HTML, held as
Python strings from reading to writing, was most of the build's memory.
Identity resolution needs only each card's identity and content digest, so
the fields wait on disk (the operating system's page cache, in practice) and
are read back one card at a time when the package, a check or the preview
needs them. The file has no name and vanishes when closed or when the
process ends. Which card's fields are where is the store's business alone:
the specs only lose their fields, and the caller keeps the number `park` gave.
"""

from __future__ import annotations

import os
import tempfile
import weakref
from array import array
from collections.abc import Sequence

from cards.anki.notetypes import FIELD_SEP
from cards.cardspecs import CardSpec

KEPT = -1
"""The number of a spec whose fields stayed in it."""


class FieldStore:
    def __init__(self) -> None:
        # Unbuffered: a full disk shows at once, in `park`, and closing never has to flush.
        self._file = tempfile.TemporaryFile(buffering=0)  # noqa: SIM115 (lives with the store)
        weakref.finalize(self, self._file.close)  # closed with the store, never left open
        self._offsets = array("q", [0])
        self._broken = False

    def park(self, specs: Sequence[CardSpec]) -> tuple[list[CardSpec], list[int]]:
        """One note's specs, their final fields written here in one go: the specs without
        them, and per spec its number for `joined` (`KEPT`: trait lists are numbered later,
        and a field holding the separator could not be split back). On a full disk every
        spec keeps its fields, in memory, for the rest of the build."""
        parked = [bool(s.digest) and not s.clozes and not _holds_sep(s) for s in specs]
        if self._broken or not any(parked):
            return list(specs), [KEPT] * len(specs)
        data = [
            FIELD_SEP.join(s.fields).encode("utf-8") if p else b""
            for s, p in zip(specs, parked, strict=True)
        ]
        block = b"".join(data)
        try:
            written = self._file.write(block)
        except OSError:
            written = -1
        if written != len(block):
            self._broken = True  # a partial block is never pointed to
            return list(specs), [KEPT] * len(specs)
        out: list[CardSpec] = []
        numbers: list[int] = []
        offsets = self._offsets
        for spec, is_parked, bytes_ in zip(specs, parked, data, strict=True):
            if is_parked:
                offsets.append(offsets[-1] + len(bytes_))
                numbers.append(len(offsets) - 2)
                out.append(spec._replace(fields=()))
            else:
                numbers.append(KEPT)
                out.append(spec)
        return out, numbers

    def joined(self, number: int) -> str:
        """The fields as Anki stores them, joined by its separator: as they were parked, so
        the package writer takes them without splitting and joining again."""
        start, end = self._offsets[number], self._offsets[number + 1]
        return os.pread(self._file.fileno(), end - start, start).decode("utf-8")

    def fields(self, number: int) -> tuple[str, ...]:
        return tuple(self.joined(number).split(FIELD_SEP))


def _holds_sep(spec: CardSpec) -> bool:
    return any(FIELD_SEP in f for f in spec.fields)
