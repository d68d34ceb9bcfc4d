"""Whether what follows a bare `Label:` is a statement of its own, not what the label is.

    Mulch: a layer of bark spread over the soil.      <- what mulch is: "What is mulch?"
    Kiln: the pots are fired in the kiln.             <- what happens there: no such hint
    Sloop: a sloop is a boat with one mast.           <- the term named again: a definition

A glossary line and a process written as labelled steps look alike; only the second has a
subject and verb of its own after the colon. "What is a kiln?" over "the pots are fired"
asks a question the line does not answer, so the deletion stays without that hint.
"""

from __future__ import annotations

import re

from cards.language import BE, DETERMINERS, PRONOUNS, QUANTIFIERS, finite_verb, words

_SUBJECT_WORDS = 3
"""Words a subject of its own takes at most before its verb ("the pots are")."""
_RELATIVE = frozenset("that which who whom whose where when whereby".split())
_PRONOUN_SUBJECTS = frozenset("it they this these".split())
_CATEGORY_OPENERS = frozenset("a an the one".split())
_NAMING = re.compile(r"means?|refers?|stands?|denotes?|describes?")


def states_apart(verb: str, predicate: str) -> bool:
    """Whether `predicate`, joined to its term by punctuation alone (`verb`), is a sentence
    with a subject and verb of its own that is not the term named again."""
    if re.search(r"\w", verb):
        return False  # "is", "means": the line says what the term is
    said = words(predicate)
    at = finite_verb(predicate)
    if not at or at > _SUBJECT_WORDS:
        return False  # "the rise of ... a river in flood": no subject of its own
    before, after = said[: at + 1], said[at + 1 : at + 2]
    first = before[0]
    if first in QUANTIFIERS or (first not in DETERMINERS and first not in PRONOUNS):
        return False  # "each hive has one queen", "dry-stone walls along ..."
    if before[-2].endswith("ly") or any(w in _RELATIVE for w in before[:-1]):
        return False  # "pages currently held", "a tax that a country puts on ...": a noun phrase
    if before[-1] in BE and after and after[0] in _CATEGORY_OPENERS:
        return False  # "a sloop is a boat ...": the term named again, and its class
    named = before[-1] in BE or _NAMING.fullmatch(before[-1]) is not None
    return not (len(before) == 2 and first in _PRONOUN_SUBJECTS and named)  # "it is ..."
