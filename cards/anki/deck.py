"""How Anki names and identifies what a deck holds: the note record, GUIDs, deck and tag names.

A card's GUID is a hash of stable facts only (vault-relative path, card kind,
normalised text), so rebuilding from the same notes gives the same GUIDs and
Anki updates cards in place instead of adding duplicates. genanki's own
default would hash every field, and a fixed typo would then be a new card.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import NamedTuple

import genanki


class Card(NamedTuple):
    """One Anki note to write (a cloze note may hold several cards).

    A named tuple: a large deck has hundreds of thousands, and tuples are
    several times cheaper to make than frozen dataclasses.
    """

    guid: str
    notetype: str
    fields: tuple[str, ...]
    """Every field; empty when the build keeps them elsewhere until the package is written."""
    tags: tuple[str, ...]
    deck: str
    mod: int
    """Modification time: Anki updates an imported note only when this is newer."""


def guid(*parts: str) -> str:
    """Anki GUID from stable facts only."""
    return str(genanki.guid_for(*parts))


def deck_name(vault_name: str, path: str) -> str:
    """The vault's deck, with a subdeck per subfolder."""
    folders = PurePosixPath(path).parent.parts
    return "::".join((vault_name, *folders))


def tag_for(tag: str) -> str:
    """A note's tag in Anki's form: `a/b` -> `a::b`, spaces -> `_`."""
    parts = [re.sub(r"\s+", "_", p.strip()) for p in tag.strip("#").split("/")]
    return "::".join(p for p in parts if p)


def slug(text: str) -> str:
    parts = (re.sub(r"[^\w]+", "-", p.lower()).strip("-") for p in text.split("/"))
    return "::".join(p for p in parts if p) or "note"
