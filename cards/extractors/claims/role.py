"""Terms that describe a role rather than name a thing: "the key step", "things that ...".

    The key step is the weighted update of the table.    <- which step, of what?
    The real danger is the ice under the snow.           <- a claim, no term
    Things that melt first: butter, wax, chocolate.      <- a description over a list
    Ice wedging is the splitting of rock by frost.       <- a term: kept

A definition's term names something a reader can be asked about anywhere. A definite
description that picks one out by its rank or role ("the main idea", "the difference
between ...") names nothing off its note: "What is the key step?" cannot be answered. The
sentence can still be a claim: the card hides what it says of the description, not the
description, and asks no "What is ...?".
"""

from __future__ import annotations

from cards.language import words

_SELECTING = frozenset(
    "key main real only most biggest primary major ultimate central crucial distinguishing "
    "hardest trickiest".split()
)
"""Words after "the" that pick one of several by rank ("the main idea", "the most ...")."""
_GENERAL = frozenset(
    "idea ideas thing things point problem difference reason goal catch trick secret "
    "question answer result people".split()
)
"""Nouns so general that only what follows says which ("the idea that ...")."""
_NARROWING = frozenset("that which who whose between why".split())
"""What narrows a general noun by a clause or a pair: the term is that clause."""


def description(term: str) -> bool:
    """Whether `term` describes a role ("The key step", "The idea that ...", "Things that
    melt first") rather than names a thing."""
    ws = words(term)
    if len(ws) < 2 or '"' in term or "“" in term:
        return False  # 'The "primary" replica': the writer marks a term
    if ws[0] == "the":
        ws = ws[1:]
        if ws[0] in _SELECTING and len(ws) > 1:
            return True  # "the key step"; "which we call the primary" names one
    return ws[0] in _GENERAL and len(ws) > 1 and ws[1] in _NARROWING
