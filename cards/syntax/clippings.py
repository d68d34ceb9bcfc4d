"""E-reader highlight headers: the line an export puts above each highlight.

    Highlight (yellow) | Location 245                 <- Kindle notebook, Markdown exports
    - Your Highlight on page 45 | Location 680-682 | Added on Sunday, ...   <- My Clippings
    Emotional isolation is a danger cue for the human brain.

The header says where the highlight sits in the book, nothing the reader
wants to learn, so a paragraph that opens with one starts after it.
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
