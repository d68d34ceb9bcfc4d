"""An answer's points before their detail, and a back that shows fewer than it announces.

    ## When does a cache pay off?
    - When the same keys are read again and again      <- every point: kept
      - A hot key may be read a thousand times a second  <- its detail, while it fits
    - When the store behind it is slow or far away     <- kept
      - A round trip across an ocean takes ...           <- past the budget: cut
    - When stale answers are acceptable for a while    <- kept, though the detail above
                                                          was cut

A list whose first item carries a long sub-list would otherwise give its whole budget to
that item, and the card would hold one point of several: a partial answer read as whole.
A writer's points are the answer; what is nested under them explains it. And a back that
says "three reasons" over one of them is wrong on its face: it makes no card.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from cards.language import words
from cards.parse import Block

_DEFINES = re.compile(r"\bwh(?:at|o)(?:['’]s|\s+is|\s+was|\s+are(?!\s+(?:the|some)\b))\b", re.I)


def asks_points(asked: str) -> bool:
    """Whether a question asks for several points (why, when, how, "what are the ..."), not
    what one thing is ("What is a heap?"): a definition's first item is the answer, and what
    is nested under it explains that, while later items drift to its uses and history."""
    return _DEFINES.search(asked) is None or _ALSO.search(asked) is not None


_ALSO = re.compile(r"(?:\band|&)\s+(?:how|why|when|where|what)\b", re.I)
"""A second question joined to a definition's ("What is a heap and how is it stored?"): it
asks for more than what the thing is, and the points after the first answer it."""


def size(block: Block) -> int:
    """Words a block shows: its text's, its code's, and its children's."""
    if block.kind in ("code", "math"):
        return len(block.source.split())
    return len(block.text.text.split()) + sum(size(c) for c in block.children)


def detailed(items: Sequence[Block], budget: int) -> tuple[Block, ...]:
    """The items' own words, in order while they fit `budget`, then what is nested under
    each, in order, while it lasts; or () when fewer than two items' own words fit, or none
    of those has anything nested to leave out (the items are then cut as they come)."""
    out: list[Block] = []
    used = 0
    for item in items:
        if not item.children or item.children[0].kind != "paragraph":
            return ()  # an item that opens on a list or code has no own words to show alone
        own = replace(item, children=item.children[:1])
        if used + size(own) > budget:
            break  # a long point after them is cut, as prose would be
        out.append(own)
        used += size(own)
    if len(out) < 2 or all(len(i.children) == 1 for i in items[: len(out)]):
        return ()
    for at, item in enumerate(items[: len(out)]):
        if len(item.children) == 1:
            out[at] = item
            continue
        grown = _grown(item, budget - used)
        used += size(grown) - size(out[at])
        out[at] = grown
        if grown is not item:
            break  # the detail of a later point would read as this one's
    return tuple(out)


def _grown(item: Block, room: int) -> Block:
    """The item with the blocks nested under it that fit `room`: a sub-list that does not
    fit is cut as the answer's own list is, its points first ("- Handshake" over "- Hello",
    "- Key exchange", each over its steps)."""
    kept = [item.children[0]]
    for child in item.children[1:]:
        n = size(child)
        if n <= room:
            kept.append(child)
            room -= n
            continue
        if child.kind == "list":
            subs = detailed(child.children, room) or _leading(child.children, room)
            if subs:
                kept.append(replace(child, children=subs))
        return replace(item, children=tuple(kept))
    return item


def _leading(items: Sequence[Block], room: int) -> tuple[Block, ...]:
    """The first items that fit `room` whole."""
    out: list[Block] = []
    for item in items:
        room -= size(item)
        if room < 0:
            break
        out.append(item)
    return tuple(out)


_NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
"""The counts in words a line announces things with, in order: "two" is 2 (`_number`)."""
_NUMBER = "(" + "|".join(_NUMBERS) + ")"
_COUNT = re.compile(
    rf"(?<![\w-])(?<!, )(?<!and )(?<!or ){_NUMBER}\s+"
    r"(?:[a-z-]+\s+){0,2}?([a-z-]{2,}[^s\W]s)(?:\s+(?!and\b|or\b)\w[\w-]*){0,5}\s*:?\s*$",
    re.I,
)
"""A count of things a line ends on, announcing them: "the charter lists four duties of a
warden", "three kinds of knot in a net:". Not one that goes on to name them ("two
parts, the stick and the hair", "two teams - sales and support"), one in a series ("two,
three and two beats"), or one in digits: "the top 3 shelves", "Grade 4 pupils" count
nothing below."""
_MEASURES = frozenset(
    "years months weeks days hours minutes seconds times decades centuries degrees miles "
    "metres meters kilometres feet inches pounds kilos grams dollars euros percent".split()
)
"""Nouns a count measures with ("three years late"), not things listed after it."""


def short_of_count(blocks: Sequence[Block]) -> bool:
    """Whether a line ends on a count of things ("the charter lists three duties") and
    the back shows fewer after it: the items of the list below it, or the items that follow
    it in its own list (a writer who lists them level with the line)."""
    for at, block in enumerate(blocks):
        after = blocks[at + 1] if at + 1 < len(blocks) else None
        below = len(after.children) if after is not None and after.kind == "list" else 0
        if after is None or below:
            if block.kind == "paragraph" and _short(block.text.text, below):
                return True
            if block.kind == "list" and _short_items(block.children, below):
                return True
        if block.kind in ("list", "item", "blockquote") and short_of_count(block.children):
            return True
    return False


def _short_items(items: Sequence[Block], below: int) -> bool:
    """Whether an item without a sub-list ends on a count that what it announces falls
    short of: the list right below, when it is the last item; its later siblings too when
    it ends on a colon. A count in the middle of a list is most often a fact among facts
    or a step's amount ("- Add two drops of indicator", "- It has four cylinders"), and
    the siblings after it are the next facts or steps, not the things it counts."""
    for at, item in enumerate(items):
        lead = item.children[0] if len(item.children) == 1 else None
        if lead is None or lead.kind != "paragraph":
            continue
        text = lead.text.text.rstrip()
        last = at == len(items) - 1
        shown = (len(items) - at - 1 + below) if text.endswith(":") else below if last else 0
        if _short(text, shown):
            return True
    return False


def _short(text: str, shown: int) -> bool:
    """Whether `text` ends on a count that the `shown` items after it, some at least, fall
    short of. A count with nothing after it may measure ("it took three years")."""
    found = _COUNT.search(text) if shown else None  # only on a line over items: rare
    if found is None or found[2].lower() in _MEASURES:
        return False
    return shown < _number(found[1])


def _number(word: str) -> int:
    return _NUMBERS.index(word.lower()) + 2  # "two" is 2: the count in words, never digits


_ASKED_COUNT = re.compile(rf"\b{_NUMBER}\s+(?:[a-z-]+\s+){{0,2}}?([a-z-]{{2,}}s)\b", re.I)


_REASON = frozenset("why how when where".split())
"""Question words that ask for a cause, a way, a time or a place: a count in such a question
names what it is about ("Why do two tides come each day?"), not how many answers it wants."""


def asked_count(question: str) -> int:
    """How many things a question asks for ("What are four kinds of rock?": 4), else 0: a
    list of fewer answers it in part. A measure ("in the first ten minutes") counts nothing."""
    found = _ASKED_COUNT.search(question) if question[-1:] == "?" else None
    opening = words(question)[:1]
    if not found or found[2].lower() in _MEASURES or _REASON.intersection(opening):
        return 0
    return _number(found[1])
