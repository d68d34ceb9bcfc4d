"""Whether what follows a question says anything back: not a picture alone, not more
questions.

    #### Which shapes tile the plane?
    ![](tiling.png)                        <- a picture alone: nothing a card can recall

    ## Are you ready to adopt a dog?
    - Can you walk it twice a day?         <- questions put to the reader: a checklist,
    - Who minds it when you travel?           not an answer
    - Budget for the vet.

A back a user recalls is words, code or a formula: a picture the writer pasted under a
heading that asks is a slide kept for later, and a list of questions is the writer
prompting themself or the reader.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cards.inline import InlineText
from cards.parse import Block

_IMG = re.compile(r"<img\b[^>]*>|!\[[^\]]*\]\([^)]*\)", re.I)


def pictured(text: InlineText, blocks: Sequence[Block]) -> bool:
    """Whether the answer shows only pictures: no words once images are set aside, and no
    code or formula."""
    if any(_shown(b) for b in blocks):
        return False
    plain = text.text
    for mark in sorted(text.marks, key=lambda m: -m.start):
        if mark.kind in ("image", "embed"):
            plain = plain[: mark.start] + plain[mark.end :]
    if "<" in plain or "!" in plain:
        plain = _IMG.sub("", plain)
    return not any(c.isalpha() for c in plain)


def _shown(block: Block) -> bool:
    return block.kind in ("code", "math") or any(_shown(c) for c in block.children)


def prompts(blocks: Sequence[Block]) -> bool:
    """Whether half or more of the answer's lines (list items, sentences of paragraphs),
    two at least, are questions: the reader is asked, not answered."""
    asked = said = 0
    for line in _lines(blocks):
        said += 1
        asked += line.endswith("?")
    return asked >= 2 and 2 * asked >= said


def _lines(blocks: Sequence[Block], nested: bool = False) -> list[str]:
    """The answer's own lines: what a list nests under an item elaborates it ("Geology
    studies rock" over "How old is the oldest?"), and is not counted."""
    out: list[str] = []
    for block in blocks:
        if block.kind == "paragraph":
            out += [s for s in re.split(r"(?<=[.!?])\s+", block.text.text.strip()) if s]
        elif block.kind == "list" and not nested:
            out += _lines(block.children, nested=True)
        elif block.kind in ("item", "blockquote"):
            out += _lines(block.children, nested)
    return out
