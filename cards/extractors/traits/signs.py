"""Rule `signs`: a listicle's signs set out as subheadings under a heading that announces them.

    ## 5 signs you're anxiously attached
    ### 1. You need constant reassurance     -> anxious: need constant reassurance
    ### 2. You fear abandonment              -> anxious: fear abandonment
    ### How to cope                          <- ends the signs

Web articles pasted into a vault set each sign as a heading of its own, with a paragraph
under it; the heading's words, after its number and "You", are the trait. A subheading
one level down counts when it is numbered or speaks of "you" or "they", and so does a
numbered heading at the signs heading's own level, since plain text writes every heading
at one level, while the signs heading itself is not numbered. Two signs at least: one
subheading under "Signs ..." is a section, not a list.
"""

from __future__ import annotations

import re

from cards.extractors.traits.naming import SIGNS, heading_category
from cards.extractors.traits.reader import Reading, TraitRule, Unit
from cards.extractors.walk import heading_text
from cards.items import Item
from cards.language import is_question, words
from cards.parse import Block

NAME = "traits.signs"

_NUMBERED = re.compile(r"\s*\d{1,2}[.):]\s")
_SIGN_HEADING = re.compile(r"\s*(?:\d{1,2}[.):]\s|(?:you|your|they)\b)", re.IGNORECASE)
"""A subheading that names one of the signs above it: numbered, or about "you" or "they"."""
_YOU = re.compile(r"(?:you(?:['’]re|\s+are)?|they(?:['’]re|\s+are)?)\s+", re.IGNORECASE)


def read(reading: Reading, unit: Unit) -> list[Item] | None:
    """The signs under a signs heading, as one item of its category."""
    head = unit.block
    if head.kind != "heading" or unit.text:
        return None
    text = head.text.text
    if not SIGNS.search(text) or _NUMBERED.match(text):
        return None
    category = heading_category(text, reading.taxonomy)
    if not category:
        return None
    traits = [trait for trait in map(_sign, _signs(reading, unit)) if trait]
    if len(traits) < 2:
        return None
    return [reading.block_item(unit, head.text.strip(), category, tuple(traits), NAME)]


def _signs(reading: Reading, unit: Unit) -> list[Block]:
    """The headings after the signs heading that name its signs, up to the first heading at
    its level or one below that is no sign."""
    visit, top = unit.visit, unit.block.level
    signs: list[Block] = []
    for block in visit.siblings[visit.index + 1 :]:
        if block.kind != "heading":
            continue
        text, level = block.text.text, block.level
        below = level == top + 1 and _SIGN_HEADING.match(text) is not None
        beside = level == top and _NUMBERED.match(text) is not None
        if (below or beside) and not heading_category(text, reading.taxonomy):
            signs.append(block)
        elif level <= top + 1:
            break  # "## How to cope": the signs are over
    return signs if len(signs) >= 2 else []


def _sign(heading: Block) -> str:
    """The trait a sign's heading names: its words after the number and "You"."""
    text = heading_text(heading).text.strip().rstrip(".:!")
    if not words(text) or is_question(text):
        return ""
    you = _YOU.match(text)
    if you is None:
        return text
    rest = text[you.end() :]
    return rest[:1].lower() + rest[1:]


RULE = TraitRule(frozenset({"heading"}), read)
