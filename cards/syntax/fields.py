"""Dataview's inline fields inside a sentence: `[rating:: 4]` and `(source:: [[Attached]])`.

    Secure adults **trust their partners** (source:: [[Attached]]).

A bracketed field is metadata set into the text: Dataview reads it, and in
reading view the round-bracket form shows only its value. On a card it is
noise, and its `::` made the sentence read as a field line. A field on a
line of its own (`Status:: done`) is left to the extractors, which take it
for metadata or a definition.
"""

from __future__ import annotations

import re

_FIELD = re.compile(
    r"[ \t]?(?:(?<!\[)\[(?!\[)[\w-][\w -]{0,40}(?<=[\w-])::(?:\[\[[^\]\n]*\]\]|[^\]\n])*\]"
    r"|\([\w-][\w -]{0,40}(?<=[\w-])::(?:\[\[[^\]\n]*\]\]|[^)\n])*\))"
)


def without_fields(text: str) -> str:
    """The text without the bracketed inline fields in it."""
    if "::" not in text:
        return text  # most notes: no pattern to run
    return _FIELD.sub("", text)
