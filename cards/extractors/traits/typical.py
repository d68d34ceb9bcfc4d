"""Rule `typical`: a sentence that says what is typical of a category, its subject the trait.

    Protest behaviour is typical of the anxious style.    -> anxious: Protest behaviour
    Clinginess is common among anxious partners.          -> anxious: Clinginess
    Attachment anxiety is common among teenagers.         <- a category among others: none
    This is a hallmark of avoidance.                      <- points back: names no trait

Here the category comes last and the trait first, the other way round from a sentence
whose subject is the category, so the subject patterns miss it. The words that say "is
typical" are looked for as plain substrings before the pattern runs, since most sentences
hold none of them.
"""

from __future__ import annotations

import re

from cards.extractors.traits.framed import framing
from cards.extractors.traits.marks import trim
from cards.extractors.traits.reader import Reading, TraitRule, Unit
from cards.extractors.traits.taxonomy import Taxonomy
from cards.items import Item
from cards.language import PRONOUNS, words

NAME = "traits.typical"

_TYPICAL = re.compile(
    r"(?P<trait>[^,;:]{4,70}?)\s+(?:is|are)\s+(?:(?:very|especially|particularly|most|more|quite)"
    r"\s+)?(?:typical|characteristic|common|(?:a|the)\s+(?:hallmark|sign|mark|feature)"
    r"|(?:hallmarks|signs|marks|features))\s+(?:of|in|among|for)\s+(?P<who>[^,;:.]{3,60})",
    re.IGNORECASE,
)
_TRAIT_NOT = frozenset(PRONOUNS | {"this", "that", "these", "those", "which", "what"})
_CUES = (" typical", " common", " characteristic", " hallmark", " sign", " mark", " feature")


def read(reading: Reading, unit: Unit) -> list[Item] | None:
    if not unit.names or framing(unit) is not None:
        return None  # "X is typical of <category>" names one
    typical = _typical_of(unit.text, reading.taxonomy)
    if typical is None:
        return None
    category, trait = typical
    return [reading.sentence_item(unit, category, (trait,), NAME)] if category else []


def _typical_of(sentence: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """(category, trait) of `X is typical of <category>`. A subject that points back ("This
    is typical of ...") names no trait by itself, and a category said to be common among
    others gives ("", ""): no trait of anyone. None: no such sentence."""
    if not any(cue in sentence for cue in _CUES) or not (" is " in sentence or " are " in sentence):
        return None  # most sentences: a few substring tests in C, not a pattern
    found = _TYPICAL.match(sentence.strip())
    if found is None:
        return None
    category = taxonomy.names(found["who"])
    trait = trim(found["trait"]).strip()
    ws = words(trait)
    if taxonomy.mentioned(trait):
        return None if category else ("", "")
    if not category or not ws or ws[0] in _TRAIT_NOT:
        return None
    return category, trait


RULE = TraitRule(frozenset({"sentence"}), read, named=True)
