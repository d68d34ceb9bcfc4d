"""A one-word object: no phrase to recall when it only rates a pointer, else the noun
with the place phrase it belongs to.

    It's {{important}} to see that ...             <- never: a rating of "it"
    Something is {{wrong}}.                        <- never: nothing names what is
    x and y are {{stations on the same line}}    <- a bare noun, with its place

A card that hides one adjective said of "it" or "this" asks a reader to recall a rating
of nothing the card names (judges marked "{{important}}" trivial). A bare noun after
"is" or "are" reads as a class ("stations", "members") until the phrase after it says
which: "on the same line" is part of what a reader recalls.
"""

from __future__ import annotations

from cards.language import BE, DETERMINERS, PREPOSITIONS

_POINTERS = frozenset("it this that something everything nothing".split())
"""Subjects that name nothing themselves."""
_POINTED = frozenset("it's that's".split())


def rated(ws: list[str], verb: int) -> bool:
    """Whether the clause's verb at `verb` says what a pointer subject is ("it is ...")."""
    if ws[verb] in _POINTED:
        return True
    return verb > 0 and ws[verb] in BE and ws[verb - 1] in _POINTERS


def placed(ws: list[str], verb: int, at: int) -> int | None:
    """Where the place phrase of a bare noun `ws[at]` right after "is" or "are" starts
    (its determiner), if one follows it ("stations on the same line"). Not "of", which
    a phrase goes on through already, nor "to", which compares ("superior to the rest")."""
    if ws[verb] not in BE or at != verb + 1 or at + 2 >= len(ws):
        return None
    after, then = ws[at + 1], ws[at + 2]
    if after in PREPOSITIONS and after not in ("of", "to") and then in DETERMINERS:
        return at + 2
    return None
