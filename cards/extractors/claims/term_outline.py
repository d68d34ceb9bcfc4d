"""claim.term-outline: an outline's term with its meaning nested under it.

    - solace sex
        - = sex to soothe attachment anxiety
    - key term: **protest behaviour**
        - means any bid to restore contact

Outliners (Logseq, Roam, a nested list in Obsidian) put a term on one item and its
meaning on the item under it, opened by `=`, `:` or "means": the pair is one definition.
A "key term:" line with nothing defined under it names a term and asserts nothing, so the
rule claims it with no item rather than let it become a claim.
"""

from __future__ import annotations

import re

from cards.extractors.claims.reading import Claimed, ClaimRule, Reading, first_nested
from cards.extractors.claims.shared import MIN_WORDS
from cards.extractors.claims.terms import defined
from cards.extractors.walk import Visit
from cards.items import Item

_TERM_LABEL = re.compile(r"(?:key\s+|new\s+)?(?:term|concept|vocab(?:ulary)?)\s*:\s*", re.I)
_TERM_LABEL_STARTS = frozenset("kKnNtTcCvV")
_MEANT = re.compile(r"(?:=|:|means\b)\s*")


def term_outline(reading: Reading, visit: Visit) -> Claimed | None:
    """A list item's term over its nested meaning; a bare "key term:" label."""
    block = visit.block
    if block.kind != "paragraph":
        return None
    text = block.text
    if visit.index == 0 and visit.parent_kind == "item" and len(visit.siblings) > 1:
        item = _outlined(reading, visit)
        if item:
            return Claimed((item,))
    if text.text[:1] in _TERM_LABEL_STARTS and _TERM_LABEL.match(text.text):
        return Claimed()  # "key term: **solace sex**" names a term, and asserts nothing
    return None


def _outlined(reading: Reading, visit: Visit) -> Item | None:
    first = first_nested(visit)
    if first is None:
        return None
    meant = _MEANT.match(first.text.text)
    if meant is None:
        return None
    text = visit.block.text
    labelled = _TERM_LABEL.match(text.text)
    term = text.text[labelled.end() if labelled else 0 :].strip()
    meaning = first.text.slice(meant.end(), len(first.text.text)).strip()
    term = term[:1].upper() + term[1:]
    return defined(reading, visit, term, meaning, MIN_WORDS - 1, "claim.term-outline")


RULE = ClaimRule(block=term_outline)
