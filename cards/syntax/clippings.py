"""E-reader exports: the header above each highlight, the location marker after one.

    Highlight (yellow) | Location 245                 <- Kindle notebook, Markdown exports
    - Your Highlight on page 45 | Location 680-682 | Added on Sunday, ...   <- My Clippings
    Emotional isolation is a danger cue for the human brain.

    - Anxious people have a sensitive system. (Location 890)   <- Readwise, a trailing marker

A header or marker says where the highlight sits in the book, nothing the
reader wants to learn: a paragraph that opens with a header starts after it,
and a trait drops the marker.
"""

from __future__ import annotations

import re

_HEADER = re.compile(
    r"(?:[-–—•*]\s*)?(?:your\s+)?(?:highlight|note|bookmark)(?:\s*\([\w -]{1,20}\))?\s*"
    r"(?:[|·:–—-]|on|at)?\s*\[?(?:page|location|loc\.?)\s*[\dxivlc,–-]+\]?"
    r"\s*(?:[|·–—-][^\n]*)?",
    re.IGNORECASE,
)
_FIRST = frozenset("-–—•*YyHhNnBb")


def header_end(text: str) -> int:
    """Where the text after a highlight header on the first line starts, else 0."""
    if text[:1] not in _FIRST:
        return 0  # most paragraphs: no pattern to run
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    found = _HEADER.match(text, 0, line_end)
    if found is None or found.end() != line_end:
        return 0
    return min(line_end + 1, len(text))


PLACE = (
    r"(?:(?:pp?|pages?|loc|locations?|kindle location|ch|chapter|§)\.?\s*\d[\d,–-]*"
    r"|\d{1,2}:\d{2}(?::\d{2})?)"
)
"""Where in a work a passage stands: `p. 28`, `pp. 12-14`, `Location 412`, `ch. 3`, `12:04`.
One pattern (case-insensitive) for every reader of places: a trait's trailing marker here,
a quote's page-only attribution in the quotes extractor."""
_LOCATION = re.compile(rf"\s*\((?:{PLACE})\)\W*$", re.IGNORECASE)


def without_location(text: str) -> str:
    """The text without a trailing `(Location 890)` or `(p. 12)`."""
    return _LOCATION.sub("", text)
