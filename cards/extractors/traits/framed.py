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
from cards.extractors.traits.reader import Reading, TraitRule, Unit
from cards.items import Item

NAME = "traits.framed"

_FOR_STARTS = frozenset(["For", "for", "To ", "to ", "Amo", "amo"])
_FOR = re.compile(r"(?:for|to|among)\s+(?P<who>[^,;:]{3,50}),\s+(?P<rest>\S.*)$", re.I | re.S)
"""`For avoidant people, intimacy feels like a threat`: what it is like to be one of them."""
_STYLE_END = re.compile(r"\b(?:attachment|style|styles|types?|system|pattern|zone)\s*$", re.I)
"""`For anxious attachment, ...` speaks of the style, not of its people."""
_WITH_STARTS = frozenset(["Wit", "wit", "In ", "in "])
_WITH = re.compile(
    r"(?:with|in(?:\s+(?:cases?|the\s+case)\s+of)?)\s+(?P<who>[^,;:]{3,50}),\s+(?P<rest>\S.*)$",
    re.I | re.S,
)
"""`With avoidant attachment, a baby ...`: what goes with the style, said of its people."""


def framing(unit: Unit) -> re.Match[str] | None:
    """The frame a sentence without a category subject opens on: "For ..., ", "Among ..., "."""
    if unit.found or unit.text[:3] not in _FOR_STARTS:
        return None
    return _FOR.match(unit.text)


def read(reading: Reading, unit: Unit) -> list[Item] | None:
    if not unit.text:
        return None
    framed = framing(unit)
    if framed is not None:
        whose = reading.taxonomy.people(framed["who"])
        if _STYLE_END.search(framed["who"]):
            whose = ""  # "For anxious attachment, therapy helps": of the style, not its people
    elif not unit.found and unit.text[:3] in _WITH_STARTS:
        framed = _WITH.match(unit.text)
        whose = _style(reading, framed["who"]) if framed else ""
    else:
        return None
    if framed is None or not whose:
        return None  # "To establish a secure channel, ...": no one's people
    traits = split_clauses(framed["rest"])
    if not traits:
        return None
    reading.current = whose
    return [reading.sentence_item(unit, whose, traits, NAME)]


def _style(reading: Reading, who: str) -> str:
    """The category of a style named after "with" or "in": "avoidant attachment", "the
    fearful zone" ("In this kind of attachment, ..." is rule `reference`'s)."""
    whose = reading.taxonomy.people(who)
    return whose if whose and _STYLE_END.search(who) else ""


RULE = TraitRule(frozenset({"sentence"}), read, named=True)
