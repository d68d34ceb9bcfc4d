"""Images in a package: Anki's `media` index (entry number -> file name) and the files.

Anki imports a package's media by the index's names, so the name carries a
hash of the file's content (`cards.media` gives it): two different
`image.png` never collide and an unchanged image keeps its name across
builds. Entries follow the names' order, so the same images give the same
bytes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cards.anki.zipout import ZipWriter


@dataclass(frozen=True, slots=True)
class Packed:
    """One image to pack."""

    name: str
    """Name inside the package and in Anki's media folder."""
    source: Path


def add_media(out: ZipWriter, media: Sequence[Packed]) -> None:
    """The `media` index, then each file as the entry its number names."""
    files = sorted(media, key=lambda m: m.name)
    index = {str(n): m.name for n, m in enumerate(files)}
    out.add_bytes("media", json.dumps(index, sort_keys=True).encode("utf-8"))
    for n, packed in enumerate(files):
        with packed.source.open("rb") as src:
            out.add(str(n), src)
