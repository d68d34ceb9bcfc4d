"""Block ids: the `^abc-123` that Obsidian puts at the end of a block a link points at.

    Anxious partners often protest when ignored. ^protest

Obsidian hides the id in reading view; it names the paragraph or list item
for `[[note#^protest]]` links and says nothing itself. Left in, it would end
a claim, a trait or a quote on every card made from that block.
"""

from __future__ import annotations

import re

_ID = re.compile(r"(?:^|\s)\^[A-Za-z0-9-]+\s*\Z")


def block_id_start(text: str) -> int:
    """Where a block id at the end of the text starts (white space before it included),
    else the text's length."""
    if "^" not in text[-80:]:
        return len(text)  # most blocks: no pattern to run
    found = _ID.search(text)
    return found.start() if found else len(text)
