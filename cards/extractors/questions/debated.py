"""A question the note reports from a debate, not one it answers.

    Q: "If the river is one, who is it that bathes in it"?      <- someone's words, asked
    A: "The bather is the river too"                                and answered in quotes:
                                                                    an exchange reported
    - **Who may vote in the guild?**
      - Claim: only masters who paid the fee                    <- each side's position,
      - Claim: every journeyman of two years                       not the answer

Notes that argue a point quote the exchange they argue with, or list the positions taken,
and then say what they make of it: the card would teach one side's words as the answer.
"""

from __future__ import annotations

import re

from cards.items import Item
from cards.parse import Block

_QUOTES = "\"“”'‘’"
_POSITION = re.compile(
    r"(?:(?:counter-?)?claim|counter-?argument|objection|rebuttal)\s*\d*\s*:", re.I
)
"""A point labelled as one side's position: "Claim:", "Objection 2:", "Counterargument:". A
bare "Argument 1:" is as often what a function takes, in a note on code, as a side taken."""


def debated(item: Item) -> bool:
    """Whether the question and its answer are both quoted speech, or the answer is a
    list of positions every one of which is labelled as such."""
    said = item.answer.text.strip() if item.answer else ""
    if _quoted(item.plain.strip()) and _quoted(said):
        return True
    lists = [b for b in item.answer_blocks if b.kind == "list"]
    return len(lists) == 1 and _positions(lists[0])


def _quoted(text: str) -> bool:
    """Whether the whole text is in quotation marks: someone's words, not the writer's. A
    question that only opens on a quoted phrase ("'Veni, vidi, vici': who wrote it?") is
    the writer's own, and so is an answer that opens by saying the phrase again."""
    return text[:1] in _QUOTES and text.rstrip("?!. ")[-1:] in _QUOTES


def _positions(block: Block) -> bool:
    """Two items or more, each opening on a position's label."""
    items = block.children
    return len(items) > 1 and all(_POSITION.match(_first_text(i)) for i in items)


def _first_text(item: Block) -> str:
    first = item.children[0] if item.children else item
    return first.text.text.lstrip()
