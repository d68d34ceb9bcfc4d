"""claim.definition: a sentence that says what a term is.

    Endorphins are our natural pain-killing hormones.
    Oxytocin, also known as the love hormone, bonds partners.
    Negative cycles called *demon dialogues* trap couples.
    Stonewalling is when one partner shuts down.

A definition is worth two cards: a cloze that hides the term, and a question "What is
...?" that the rest of the sentence answers. Which term a sentence defines, if any, is
`defines.definition_term`'s to say; this rule makes the item, hiding the term (or its
emphasis, when the writer bolded the term: "The **availability heuristic** is ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from cards.extractors.claims.emphasis import key_phrase, names
from cards.extractors.claims.reading import ClaimRule, Passage
from cards.items import Item


def definition(passage: Passage) -> Sequence[Item] | None:
    """The sentence as a definition of its term, when it defines one."""
    if not passage.ok or not passage.term:
        return None
    term, plain = passage.term, passage.plain
    key = key_phrase(passage.sentence)
    if key is None or not names(term, plain[key[0] : key[1]]):
        span = plain.find(term)
        key = (span, span + len(term))
    item = Item("claim", passage.ref, passage.sentence, key=key, term=term, rule="claim.definition")
    return (item,)


RULE = ClaimRule(sentence=definition)
