"""A list item that leads into its nested items: what it says is in them.

    - A fraction has two parts                <- a count of what the nested items name
      - a numerator over the line
      - a denominator under it
    - In geology, we have                     <- a verb that waits for its object
      - igneous rocks
      - sedimentary rocks

Read alone, the lead-in is a promise ("two parts": which?) or a fragment ("we have":
what?), and a card of it hides words of the promise. No claim rule reads it; the nested
items are read as they always are.
"""

from __future__ import annotations

import re

from cards.extractors.walk import Visit

_COUNTED = re.compile(
    r"\b(?:with|has|have|in)\s+(?:at least\s+)?(?:two|three|four|five|six|seven|several|\d)"
    r"(?:\s+[a-z-]+)?\s+[a-z-]+s$",
    re.IGNORECASE,
)
"""What a thing has a count of, ending the text: "with two parts", "in three main ways";
"divided into two sets" or "a blend of several crafts" says what it is."""
_WAITING = frozenset(
    "have has include includes including are is like as of following into with contain "
    "contains consist consists namely".split()
)
"""Last words that wait for what follows them: a verb or a preposition with no object."""


def lead_in(visit: Visit) -> bool:
    """Whether the block is a list item's text that its nested list completes."""
    if visit.index or visit.parent_kind != "item" or visit.block.kind != "paragraph":
        return False
    nested = visit.next()
    if nested is None or nested.kind != "list":
        return False
    text = visit.block.text.text.rstrip()
    if not text[-1:].isalpha() or ". " in text:
        return False  # a sentence that ends, or more than one: read as any other
    return text.rsplit(None, 1)[-1].lower() in _WAITING or _COUNTED.search(text) is not None
