"""claim.key-points: every sentence of a passage the writer set their points in.

    ## Key takeaways
    Sleep consolidates memory. Naps help less than a full night.

    Main points from the talk:
    - Habits compound over years.

    > [!summary]
    > Most diets fail because they end.

Under a "Key points" or "Takeaways" heading, in a list that such a line introduces, and
in an `[!important]`, `[!summary]` or `[!tldr]` callout, the writer has said that each
sentence is one they assert, emphasised or not: each is a claim, its predicate the cloze.
A line ending in a colon between the heading and the text introduces something else, and
ends the passage; a sentence about the page itself is small print (`shared.claim_like`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from cards.extractors.claims.labelled import ASSERTING
from cards.extractors.claims.reading import ClaimRule, Passage
from cards.extractors.claims.shared import leans_back, predicate
from cards.extractors.walk import Visit
from cards.items import Item
from cards.language import finite_verb
from cards.parse import Block

_ASSERTING_HEADING = re.compile(rf"(?:the\s+|my\s+)?{ASSERTING}\s*:?", re.IGNORECASE)
_ASSERTING_CALLOUTS = frozenset("important abstract summary tldr key".split())


def key_points(passage: Passage) -> Sequence[Item] | None:
    """A sentence with a verb in an asserting passage, its predicate hidden."""
    if not passage.ok:
        return None
    visit = passage.visit
    point = id(visit.block) in passage.reading.points or _asserting(visit.parent)
    if not point and not (visit.headings and _asserting_heading(visit.headings[-1])):
        return None
    plain = passage.plain
    if leans_back(plain) or _introduced(visit) or finite_verb(plain) is None:
        return None  # "This means the balance stays positive": its subject is elsewhere
    return (Item("claim", passage.ref, passage.sentence, key=predicate(plain), rule=_NAME),)


_NAME = "claim.key-points"


def points(visit: Visit) -> list[int]:
    """The first paragraphs of a list's items, when the list is one of points: under a line
    that introduces them, or first in an asserting callout."""
    block = visit.block
    if _points_intro(visit.previous()) or (not visit.index and _asserting(visit.parent)):
        return [id(i.children[0]) for i in block.children if i.children]
    return []


def _introduced(visit: Visit) -> bool:
    """Whether a paragraph ending in a colon stands between the block and its heading."""
    for block in reversed(visit.siblings[: visit.index]):
        if block.kind == "heading":
            return False
        if block.kind == "paragraph" and block.text.text.rstrip().endswith(":"):
            return True
    return False


@lru_cache(maxsize=256)
def _points_intro(block: Block | None) -> bool:
    """A line that introduces a list of what the note asserts: "Key points from the
    interview:", "Main takeaways:", or a label alone such as "KEY TAKEAWAYS"."""
    if block is None or block.kind != "paragraph" or block.text.breaks:
        return False
    text = block.text.text.strip()
    if text.endswith(":"):
        return _ASSERTING_HEADING.match(text) is not None
    return _ASSERTING_HEADING.fullmatch(text) is not None  # "KEY TAKEAWAYS" over its bullets


def _asserting(parent: Block | None) -> bool:
    """A callout the writer set their point in: `> [!important]`, `> [!summary]`, or one
    titled as a heading of key points would be (`> [!info] Core idea`)."""
    if parent is None or parent.kind != "blockquote" or not parent.callout:
        return False
    if parent.callout in _ASSERTING_CALLOUTS:
        return True
    return parent.title is not None and _asserting_heading(parent.title.text)


@lru_cache(maxsize=256)
def _asserting_heading(title: str) -> bool:
    """A section such as "Key points" or "Takeaways". Asked once per heading."""
    return _ASSERTING_HEADING.fullmatch(title.strip()) is not None


RULE = ClaimRule(sentence=key_points)
