"""Rule `pronoun`: "they", or people "with this style", for the category in scope.

    ## Anxious attachment
    They crave closeness and fear rejection.    -> anxious: crave closeness | fear rejection
    However, they rarely say so.                -> anxious: rarely say so
    People with this style check in often.      -> anxious: check in often

Prose names a category once and goes on about its people with a pronoun; the reader
keeps the category in scope (from the heading, callout, list or sentence that named it)
until a sentence with another subject, so "they" is read as those people. "People with
this style" points back to the section's own category, not to whatever "they" was last:
a heading names it, a sentence may not.
"""

from __future__ import annotations

from cards.extractors.traits.naming import PRONOUN
from cards.extractors.traits.reader import Reading, TraitRule, Unit
from cards.extractors.traits.subject import predicate_items
from cards.extractors.traits.verbs import TRAIT_VERBS, verb_stem
from cards.items import Item
from cards.language import FUNCTION_WORDS, in_s, words

NAME = "traits.pronoun"


def read(reading: Reading, unit: Unit) -> list[Item] | None:
    sentence = unit.text
    if not sentence or unit.found:
        return None
    pronoun = PRONOUN.match(sentence)
    if pronoun is not None and reading.current:
        rest = sentence[pronoun.end() :]
        return predicate_items(reading, unit, reading.current, rest, NAME)
    if reading.fresh and reading.current and _subjectless(sentence):
        # "Avoidant: keeps partners at a distance. Strongly associated with ...": no subject
        # at all, right after a sentence on the category
        return predicate_items(reading, unit, reading.current, sentence, NAME)
    return None


_ADVERBS = frozenset(
    "often usually sometimes rarely always never mostly also most more less very".split()
)


def _subjectless(sentence: str) -> bool:
    """A sentence that opens on its verb, after an adverb perhaps: a participle ("Strongly
    associated with ...", "Often seen in ...") or a verb of a trait in -s ("Tends to hide
    it", "Needs reassurance"). Not an imperative, whose verb has no -s."""
    ws = words(sentence[:60])
    while ws and (ws[0] in _ADVERBS or (ws[0].endswith("ly") and len(ws[0]) > 4)):
        ws = ws[1:]
    if len(ws) < 2 or not sentence[:1].isupper():
        return False
    first = ws[0]
    if first in FUNCTION_WORDS:
        return False  # "When ...", "Then ..."
    return first.endswith(("ed", "en")) or (in_s(first) and verb_stem(first) in TRAIT_VERBS)


RULE = TraitRule(frozenset({"sentence"}), read)
