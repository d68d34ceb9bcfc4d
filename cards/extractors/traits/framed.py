"""Rule `framed`: a sentence framed by its category's people, "For avoidant people, ...".

    For avoidant people, intimacy feels like a threat.   -> avoidant: intimacy feels like a threat
    Among secure adults, conflict rarely lasts long.     -> secure: conflict rarely lasts long
    For anxious attachment, therapy helps.               <- of the style: no trait

The sentence's subject is not the category's people but something as they live it, so
the whole clause after the frame is the trait, not a predicate. A frame that names the
style ("For anxious attachment, ...") speaks of the style, not of what its people are
like, and gives nothing.
"""

from __future__ import annotations

import re

from cards.extractors.traits.clauses import split_clauses
from cards.extractors.traits.reader import Reading, Unit
from cards.items import Item

RULE = "traits.framed"

_FOR_STARTS = frozenset(["For", "for", "To ", "to ", "Amo", "amo"])
_FOR = re.compile(r"(?:for|to|among)\s+(?P<who>[^,;:]{3,50}),\s+(?P<rest>\S.*)$", re.I | re.S)
"""`For avoidant people, intimacy feels like a threat`: what it is like to be one of them."""
_STYLE_END = re.compile(r"\b(?:attachment|style|styles|types?|system)\s*$", re.I)
"""`For anxious attachment, ...` speaks of the style, not of its people."""


def framing(unit: Unit) -> re.Match[str] | None:
    """The frame a sentence without a category subject opens on: "For ..., ", "Among ..., "."""
    if unit.found or unit.text[:3] not in _FOR_STARTS:
        return None
    return _FOR.match(unit.text)


def read(reading: Reading, unit: Unit) -> list[Item] | None:
    framed = framing(unit) if unit.text else None
    if framed is None:
        return None
    whose = reading.taxonomy.people(framed["who"])
    if not whose or _STYLE_END.search(framed["who"]):
        return None  # "To establish a secure channel, ...": no one's people
    traits = split_clauses(framed["rest"])
    if not traits:
        return None
    reading.current = whose
    return [reading.sentence_item(unit, whose, traits, RULE)]
