"""A definition that only says its term back: "Night trains are trains that run at night".

Judges of whole-vault decks mark such a card junk: the genus is the term's own head noun
and what follows restates the term's own modifier, so the answer is the question. A
definition whose genus repeats the head but then says something specific is kept:
"Night trains are trains with sleeping berths" adds "sleeping berths", which nobody
could guess from the term, and "Mud bricks are bricks dried in the sun" does not
restate "mud". A genus alone ("Mud bricks are a kind of brick") says nothing either.
Saying nothing is a leftover of at most two everyday words (`commonness.everyday`)
beside the restated modifier.
"""

from __future__ import annotations

import re

from cards.commonness import everyday
from cards.language import FUNCTION_WORDS, PREPOSITIONS, words

_COPULA = re.compile(r"\s(?:is|are)\s+(?:(?:a|an|the)\s+)?", re.IGNORECASE)
_KINDS = frozenset("type kind form sort".split())
_MOST_NEW = 2
"""How many everyday words besides the term's own a restating definition may add."""


def restates(plain: str) -> bool:
    """Whether the sentence defines its subject (of two words or more) by the subject's
    own head noun and its own modifier, with nothing specific added."""
    found = _COPULA.search(plain)
    if found is None:
        return False
    subject = words(plain[: found.start()])
    if not PREPOSITIONS.isdisjoint(subject):
        return False  # "Speed of sound is a speed ...": its head is not its last word
    own = [_stem(word) for word in subject if word not in FUNCTION_WORDS]
    if len(own) < 2:
        return False  # "Threads are ...": no modifier that a genus could restate
    rest = words(plain[found.end() :])
    if rest[1:2] == ["of"] and rest[0] in _KINDS:
        rest = rest[2:]  # "a kind of brick": the genus is "brick"
    if not rest or _stem(rest[0]) != own[-1]:
        return False  # "Mud bricks are blocks ...": a genus of its own
    said = [word for word in rest[1:] if word not in FUNCTION_WORDS]
    if not said:
        return True  # "Mud bricks are a kind of brick": only the genus the term names
    if not any(_stem(word) in own[:-1] for word in said):
        return False  # "Mud bricks are bricks dried in the sun": says what, not which
    new = {word for word in said if _stem(word) not in own}
    return len(new) <= _MOST_NEW and all(everyday(word) for word in new)


def _stem(word: str) -> str:
    """The word without a plural "s", so "trains" and "train" are one noun."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
