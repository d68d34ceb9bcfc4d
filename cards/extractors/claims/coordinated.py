"""A claim's deletion that is one member of a pair or a list, grown to hold them all.

    {{Gales}}/storms close the harbour        <- "Gales/storms": a slash joins one name
    Sails are {{cut from canvas}}, nylon, or kevlar  <- "cut from canvas, nylon, or kevlar"
    {{Tar}}, pitch, and oakum.                <- the list is the whole line: no card

Judges of whole-vault decks mark a deletion over one member of a list whose other members
the card shows ("{{what sailors want}}, need, and fear") as an arbitrary span: a reader
cannot tell which member is asked, and the visible ones hint at it. The list as a whole is
what the line says; when it is the whole line, nothing is left to ask it by.
"""

from __future__ import annotations

import re

_SLASHED = re.compile(r"(?:/[^\W_][\w.+-]*)+")
_SLASHED_BEFORE = re.compile(r"(?:[^\W_][\w.+-]*/)+$")
_ITEM = r"[^,.;:!?()\[\]]{1,40}?"
_LAST = r"[^\W_][\w'’-]*(?:\s+[^\W_][\w'’-]*)?"
_REST = re.compile(rf",\s+(?:{_ITEM},\s+)*(?:[^\W_][\w-]*\s+)?(?:and|or)\s+{_LAST}(?=[.;:!?,]|$)")
"""The members after a deletion, the last of one or two words before a stop: ", need, and
fear", ", nylon or kevlar"."""
_ENDS = " .;!?"
_LONGEST = 16
"""Words a grown deletion may hide at most, as `phrase.LONGEST`."""


def whole_list(plain: str, key: tuple[int, int]) -> tuple[int, int] | None:
    """The deletion `key` grown over the pair or list it is one member of, `key` when it is
    none, None when the list is all the line says or longer than anyone recalls."""
    a, b = key
    if plain[b : b + 1] == "/" and (found := _SLASHED.match(plain, b)):
        b = found.end()  # "{{Gales}}/storms"
    if plain[a - 1 : a] == "/" and (found := _SLASHED_BEFORE.search(plain, 0, a)):
        a = found.start()  # "gales/{{storms}}"
    after = _REST.match(plain, b)
    if after is not None:
        b = after.end()
    if (a, b) == key:
        return key
    if not plain[:a].strip(" *_:") and not plain[b:].strip(_ENDS):
        return None  # "{{Tar}}, pitch, and oakum.": the list is the line
    return (a, b) if plain.count(" ", a, b) < _LONGEST else None
