"""A heading that only looks like a sentence: the word read as its verb is a noun's or a
participle's.

    ## Compiler optimisations at large shops      <- "optimisations" names, it does not act
    ## Privileges granted to the first settlers   <- "granted": a participle, no tense
    ## Pardons given to the rebels                <- "given", as well

`finite_verb` takes a word in -s after a noun for a verb ("Tides rise twice a day"), and a
word that follows its subject for its predicate. An article's title or a topic's name
("Subsidies given to farmers", "Lens corrections in old cameras") then reads as a claim
and makes a card of a predicate that says nothing. Two kinds of word never act: a plural of
a noun made from a verb (-tions, -sions, -ments) with a preposition after it, where a verb
would take its object, and a verb's past participle that is never its past tense.
"""

from __future__ import annotations

from cards.language import PREPOSITIONS, finite_verb, words

_NOUN_PLURALS = ("tions", "sions", "ments")
"""Endings of a plural of a noun made from a verb: a verb in -s with these endings
("implements", "partitions") takes an object, not a preposition."""
_PARTICIPLES = frozenset(
    "given taken written chosen driven eaten forgotten hidden spoken stolen broken frozen "
    "known shown grown drawn thrown born borne worn torn sworn done seen gone fallen risen "
    "shaken ridden bitten beaten".split()
)
"""Past participles that are never a verb's past tense: one after a noun opens a phrase
that narrows it ("Pardons given to ..."), not a predicate."""


def noun_phrase(text: str) -> bool:
    """Whether the word `finite_verb` found in a heading is a noun's plural followed by a
    preposition ("Optimisations at ...") or a bare past participle ("Pardons given ...")."""
    verb = finite_verb(text)
    if verb is None:
        return False
    ws = words(text)
    said = ws[verb]
    if said in _PARTICIPLES:
        return True
    after = ws[verb + 1] if verb + 1 < len(ws) else ""
    return said.endswith(_NOUN_PLURALS) and after in PREPOSITIONS
