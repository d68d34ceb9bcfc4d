"""Reference markers pasted with an article: `caregivers.[1]`, `Bowlby[2]`, `[citation needed]`.

Wikipedia and many web pages number their sources inline. Pasted into a note,
the marker sticks to the word or full stop before it: it hides the end of a
sentence from the sentence splitter, and on a card it points at a reference
list the card does not have. A marker is dropped only where it is glued to
the text before it, so `see [1]` in a note's own words stays.
"""

from __future__ import annotations

import re

_MARKER = re.compile(
    r"(?<=[^\s\[(])\[(?:\d{1,3}(?:[,–-]\d{1,3})*|[a-z]|note \d{1,3}|citation needed|"
    r"clarification needed|according to whom\?|by whom\?|when\?|who\?|dubious|"
    r"better source needed|failed verification|page needed)\]",
    re.IGNORECASE,
)


def without_citations(text: str) -> str:
    """The text without the reference markers glued to its words."""
    if "[" not in text:
        return text  # most text: no pattern to run
    return _MARKER.sub("", text)
