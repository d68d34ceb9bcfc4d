"""Rule `embedded`: a category's people as the subject of a clause inside a sentence.

    Group projects wobble in classes where anxious pupils redo every slide, avoidant pupils
    hand in their part late, and disorganized pupils flip between both habits.
        -> anxious: redo every slide | avoidant: hand in their part late | ...
    The rota suits neither the anxious flatmate (who checks the chat every hour) nor the
    avoidant flatmate (who mutes it for days).
        -> anxious: checks the chat every hour | avoidant: mutes it for days

Essays rarely open a sentence on the category: it comes after "where", "that" or
"because", or as an object that a bracketed "who" clause describes. Only a category
named as people ("anxious members", "the avoidant parent") counts here, never a bare
adjective ("when someone is anxious"), and only after a word that opens a clause, so an
object ("the remedy avoidant partners want") stays an object. A later clause set against
the first by "while" or "whereas" is read too: it speaks of its own category.
"""

from __future__ import annotations

import re

from cards.extractors.traits.clauses import split_clauses
from cards.extractors.traits.reader import Reading, TraitRule, Unit
from cards.extractors.traits.subject import predicate_items
from cards.items import Item

NAME = "traits.embedded"

_OPENER = re.compile(
    r"(?:\b(?:where|when|whenever|that|because|since|while|whereas|if)|[,;:—–](?:\s+(?:and|but))?)\s+"
    r"(?:(?:the|an?|most|many|some|all)\s+)?$",
    re.IGNORECASE,
)
"""What comes before a clause's subject: a conjunction, or a comma, colon or dash ("anxious
and avoidant partners" is one subject of two categories, not a clause)."""
_CONTRAST = re.compile(r"\b(?:while|whereas)\s+(?:(?:the|most|many|some|all)\s+)?$", re.I)
"""A clause set against the one before (`..., while avoidant pupils rarely ask`): the
comma rules leave it out of the first clause's traits, so it is read as its own."""
_WHO = re.compile(r"\s*\(\s*who\s+(?P<what>[^()]{3,200})\)|,\s+who\s+(?P<said>[^,;()]{3,200}),")
"""A bracketed or comma-set "who" clause, which says what the person named before it is like."""


def read(reading: Reading, unit: Unit) -> list[Item] | None:
    text = unit.text
    if not unit.names or unit.found:
        return None
    taxonomy = reading.taxonomy
    described: list[Item] = []
    clauses: list[Item] = []
    for start in taxonomy.mention_starts(text):
        opened = taxonomy.opening(text[start:]) if start else None
        if opened is None:
            continue
        category, end = opened
        who = _WHO.match(text, start + end)
        if who is not None and not clauses:
            traits = split_clauses(who["what"] or who["said"])
            if traits:
                described.append(reading.sentence_item(unit, category, traits, NAME))
            continue
        before = text[max(0, start - 12) : start]
        if described or not (_CONTRAST if clauses else _OPENER).search(before):
            continue
        found = taxonomy.subject(text[start:])
        if found is not None:
            clauses.extend(predicate_items(reading, unit, found[0], found[1], NAME))
    return described or clauses or None


RULE = TraitRule(frozenset({"sentence"}), read, named=True)
