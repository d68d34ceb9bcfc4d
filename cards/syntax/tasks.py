"""Task list boxes: `- [ ] to do`, `- [x] done`, and the Tasks plugin's `[/]`, `[-]`, `[>]`.

The box says whether the item is done, not what it says: a checklist of
signs ("- [ ] needs constant reassurance") lists traits whatever is ticked.
Left in, `[x]` stands where an item's first word should be, and an
instruction ("[ ] Read chapter 4") no longer starts with its verb.
"""

from __future__ import annotations

import re

_BOX = re.compile(r"\[[ xX/<>!?*-]\][ \t]+(?=\S)")


def box_end(text: str) -> int:
    """Where an item's text after its task box begins, else 0."""
    if text[:1] != "[":
        return 0
    found = _BOX.match(text)
    return found.end() if found else 0
