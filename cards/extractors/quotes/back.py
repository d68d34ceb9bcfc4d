"""Whether a quote opens by counting things a passage before it named.

    > One way to read these three harbour lights is by ...   <- which three? the note's last quote
    > These two, born of the river folk, keep the ferries.   <- the verse before named them
    > And now these three remain: patience, salt and rope.   <- named after the colon: stays

Notes quote passages in a row, and a later one often goes on from an earlier one: "these
three centres", "those two castes". Judges marked such a card as one to fix: the card
shows the one passage, and what it counts is not on it. A count the same sentence names
right after it (a colon or a dash within a few words) points forward, and stays.
"""

from __future__ import annotations

import re

from cards.language import sentences

_COUNTED = re.compile(
    r"\b(?:these|those)\s+(?:two|three|four|five|six|seven|eight|nine|ten|twelve)\b",
    re.IGNORECASE,
)


def refers_back(text: str) -> bool:
    """Whether the first sentence of `text` counts things it does not name ("these three
    centres ..."), as a passage that goes on from the one before it does."""
    lowered = text[:200].lower()
    if "these " not in lowered and "those " not in lowered:
        return False  # a substring first: most quotes count nothing
    spans = sentences(text)
    first = text[spans[0][0] : spans[0][1]] if spans else text
    found = _COUNTED.search(first)
    named = found is not None and any(c in first[found.end() : found.end() + _NEAR] for c in ":—–")
    return found is not None and not named


_NEAR = 30
"""Characters after the count in which a colon or a dash names what it counts."""
