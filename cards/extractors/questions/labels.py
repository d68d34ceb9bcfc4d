"""Items that only head what was nested under them: a label ("What it stores"), a line that
announces a list ("A heap has the following uses"), a condition ("If the key is cold").
Cut from their sub-list, they say nothing on a card, and go with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cards.language import WH, words
from cards.parse import Block

LABEL_WORDS = 4
"""Words under which an item cut from its sub-list is only its label ("What it stores")."""


def label(item: Block) -> bool:
    """An item whose own words only head what was nested under it, now cut: a label, or a
    line that announces a list ("A heap has the following uses")."""
    return len(_own(item).split()) < LABEL_WORDS or _announces(item)


ANNOUNCES = re.compile(
    r"\b(?:following(?:\s+\w+)?|as follows|include|includes|including|such as|namely|"
    r"for (?:example|instance)|e\.g\.?|(?<!\bi )(?<!you )(?<!we )(?<!they )like)$",
    re.I,
)
"""Words that end a line only when what they announce follows it: "a pattern like", "in
places such as". A line that likes something ("what you like") ends on its verb."""


def unlabelled(shown: Sequence[Block], items: Sequence[Block]) -> tuple[Block, ...]:
    """The shown items without a label cut from all its sub-list ("- Corrections it
    needs"), which heads nothing on the card, and without a line that announces a list
    ("has the following uses") cut from part of it, or a condition cut from what it
    conditions; but when every item heads a sub-list, the labels are the answer's points
    ("- Cheap", "- Quiet")."""
    grouped = all(len(i.children) > 1 for i in items[: len(shown)])
    out: list[Block] = []
    for s, i in zip(shown, items, strict=False):
        bare = len(s.children) == 1 < len(i.children)
        if s is i or not (
            (bare and not grouped and label(s)) or _announces(s) or (bare and _clause(s))
        ):
            out.append(s)
    return tuple(out)


_OPENS_CLAUSE = ("if ", "when ", "whenever ", "because ", "since ", "although ", "unless ")


def _clause(item: Block) -> bool:
    """An item that only sets a condition for what was nested under it ("If the data is
    cached"): without its sub-list it says nothing."""
    text = _own(item)
    return text.lower().startswith(_OPENS_CLAUSE) and "," not in text


def _announces(item: Block) -> bool:
    text = _own(item)
    last = text.rsplit(None, 1)[-1].lower() if text else ""
    return (
        text.endswith(":")
        or last in DANGLING
        or ANNOUNCES.search(text[-40:]) is not None
        or (last in _COPULAS and _unasked(text))
    )


_COPULAS = frozenset("is are".split())
_ASKING = WH | frozenset("whatever whichever whoever however wherever".split())


def _unasked(text: str) -> bool:
    """Whether a line that ends on "is" or "are" holds no clause that asks ("what its size
    is", "whatever the value is"): "The usual workflow is" goes on in its sub-list."""
    return _ASKING.isdisjoint(words(text))


def _own(item: Block) -> str:
    """An item's own words, before what is nested under it."""
    return item.children[0].text.text.strip() if item.children else ""


DANGLING = frozenset(
    "a an the my your his their our its i we they he she and or nor of to for with from into "
    "onto than between among via per toward towards upon whose".split()
)
"""Words a sentence cannot end on: an item that stops on one ("... is that they") goes on in
its sub-list. Not a word that can end one as an object or a particle ("it", "them", "in")."""
