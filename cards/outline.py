"""The line a nested list item hangs from: the context its card needs.

    * `git log --stat`
      * `+` and `-` count the lines each commit adds and removes      <- counts of what?
    * RAID 5 = striping with distributed parity
      * Rebuild time: hours per terabyte of disk                       <- time of what?

Outliners write a subject once and its facts as items under it, so a fact from a nested
item often names its subject only in the item above it. Judges of whole vaults marked
such cards to fix (the rebuild time of what?) when the breadcrumb gave only the note's title
and heading. So a card of a nested item shows the words of the nearest item above it that
names a subject, as an outliner's own breadcrumb does: the nearest of at most `LEAD_WORDS`
words. A longer one is a fact of its own, too long for a breadcrumb, and seldom the
subject (`Survives one failed disk, but a second during the rebuild loses it all` over
`Rebuild time`, under `RAID 5`).
"""

from __future__ import annotations

from collections.abc import Sequence

from cards.language import words
from cards.parse import Block

LEAD_WORDS = 8


def parent_leads(blocks: Sequence[Block]) -> dict[int, str]:
    """Per line of a nested item's first paragraph, the words of the nearest item above it
    that are short enough (a trailing colon left out); lines of other blocks are not in it.
    One walk of the note."""
    found: dict[int, str] = {}

    def visit(seq: Sequence[Block], lead: str) -> None:
        for block in seq:
            if block.kind == "list":
                visit(block.children, lead)
            elif block.kind == "item":
                first = block.children[0] if block.children else None
                paragraph = first if first is not None and first.kind == "paragraph" else None
                if paragraph is not None and lead:
                    lines = paragraph.line + len(paragraph.text.breaks) + 1
                    found.update(dict.fromkeys(range(paragraph.line, lines), lead))
                own = _lead(paragraph) if paragraph is not None else ""
                visit([c for c in block.children if c.kind == "list"], own or lead)
                visit([c for c in block.children if c.kind not in ("list", "paragraph")], "")
            elif block.children:
                visit(block.children, "")

    visit(blocks, "")
    return found


def _lead(paragraph: Block) -> str:
    text = " ".join(paragraph.text.text.split()).rstrip(" :")
    return text if 0 < len(words(text)) <= LEAD_WORDS else ""
