"""Block ids: the `^abc-123` that Obsidian puts at the end of a block a link points at.

    Anxious partners often protest when ignored. ^protest

Obsidian hides the id in reading view; it names the paragraph or list item
for `[[note#^protest]]` links and says nothing itself. Left in, it would end
a claim, a trait or a quote on every card made from that block.
"""

from __future__ import annotations

_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


def block_id_start(text: str) -> int:
    """Where a block id at the end of the text starts (white space before it included),
    else the text's length. Asked of every paragraph, so no pattern: one search from the end
    for the last `^`."""
    end = len(text.rstrip())
    at = text.rfind("^", max(0, end - 80), end)
    if at < 0 or at + 1 == end or (at and not text[at - 1].isspace()):
        return len(text)
    if not _ID_CHARS.issuperset(text[at + 1 : end]):
        return len(text)
    return len(text[:at].rstrip())
