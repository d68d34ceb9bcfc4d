"""Terms that describe a role rather than name a thing: "the crucial step", "things that ...".

    The crucial step is the slow cooling of the glass.   <- which step, of what?
    The real danger is the ice under the snow.           <- a claim, no term
    Things that melt first: butter, wax, chocolate.      <- a description over a list
    Ice wedging is the splitting of rock by frost.       <- a term: kept

A definition's term names something a reader can be asked about anywhere. A definite
description that picks one out by its rank or role ("the main idea", "the difference
between ...") names nothing off its note: "What is the crucial step?" cannot be answered. The
sentence can still be a claim: the card hides what it says of the description, not the
description, and asks no "What is ...?".

    Rhythm is an essential element of a folk dance.      <- where it belongs, not what it is

A genus that only ranks the term inside something else ("a key part of", "an essential
element of") says what it belongs to and how much it matters, not what it is: "What is
rhythm?" answered by "an essential element of a folk dance" misleads. The sentence is a claim.
"""

from __future__ import annotations

import re

from cards.language import words

_RANKING = frozenset(
    "real only most biggest ultimate crucial distinguishing hardest trickiest".split()
)
"""Words after "the" that pick one of several by rank ("the real danger", "the most ...")."""
_COMPOUNDING = frozenset("key main primary major central".split())
"""Words that rank ("the main idea") but also open many a fixed name ("the primary key",
"the central limit theorem", "the major scale"): a role only before a general noun."""
_GENERAL = frozenset(
    "idea ideas thing things point problem difference reason goal catch trick secret "
    "question answer result people".split()
)
"""Nouns so general that only what follows says which ("the idea that ...")."""
_ROLES = _GENERAL | frozenset(
    "step steps part issue danger challenge feature benefit advantage drawback risk concern "
    "task lesson takeaway aim rule way".split()
)
"""Nouns that name a role in an argument or a process, which a rank word picks one of."""
_NARROWING = frozenset("that which who whose between why".split())
"""What narrows a general noun by a clause or a pair: the term is that clause."""


def description(term: str) -> bool:
    """Whether `term` describes a role ("The crucial step", "The idea that ...", "Things that
    melt first") rather than names a thing."""
    ws = words(term)
    if len(ws) < 2 or '"' in term or "“" in term:
        return False  # 'The "primary" replica': the writer marks a term
    if ws[0] == "the":
        ws = ws[1:]
        if len(ws) > 1 and (ws[0] in _RANKING or (ws[0] in _COMPOUNDING and ws[1] in _ROLES)):
            return True  # "the crucial step", "the main idea"; not "the primary key"
    return ws[0] in _GENERAL and len(ws) > 1 and ws[1] in _NARROWING


_MEMBER = re.compile(
    r"\s(?:is|are)\s+(?:a|an)\s+(?:(?:very|most|really|extremely|an?)\s+)?(?:important|essential"
    r"|integral|key|crucial|vital|major|central|critical|fundamental|necessary)\s+(?:part|aspect"
    r"|component|element|factor|piece|ingredient)s?\s+of\b"
)


def membership(sentence: str) -> bool:
    """Whether the sentence's genus only ranks its term inside something else ("is a key
    part of ...")."""
    return " of " in sentence and _MEMBER.search(sentence) is not None


def unnamed(term: str, sentence: str) -> bool:
    """Whether the sentence says something of its subject without naming a term: a role
    for its subject, or a genus that only ranks it."""
    return description(term) or membership(sentence)
