"""Where a definition names its term again, past the places its deletions already hide.

    {{c1::A rudder}} is {{c2::the blade that steers a boat}}; a rudder ...
        <- the second "rudder" is hidden with the first
    {{c1::Tar}} is {{c2::a black pitch once brushed on}} {{c1::tar}} {{c2::paper}}
        <- named inside what the term is: that deletion is cut around the name
    {{c1::Kausika}}: {{c2::the}} {{c1::Kaushika}} {{c2::Sutra is a text on rites}}
        <- a name spelled apart, as names from another script are, is the name again

Judges of whole-vault decks mark a card whose first deletion hides a term that the same
sentence names again in the clear ("{{A keel}} is ..., which steadies the keel") as a fix:
the card answers itself. Anki hides every deletion of one number together, so each other
naming becomes one more `c1`; one inside the second deletion splits it in two `c2`s, which
Anki also hides together, so neither card shows the term or loses what it asks.
"""

from __future__ import annotations

import re

from cards.giveaway import spelled_apart

_NAME = re.compile(r"[A-Z][a-z]{4,}")
_ARTICLE = re.compile(r"(?:an?|the)\s+", re.IGNORECASE)
_SHORTEST = 3
"""Letters a name needs before its other namings are looked for: "C", "Go" are letters
and words of every sentence."""
_BEFORE_NAME = " ,;:([“‘"
_AFTER_NAME = " ,;:)]”’"
"""What a piece of a split deletion leaves in the clear next to the name: its brackets and
quotation marks ("pan-european game information (PEGI)" hides up to the bracket)."""
_STRAIGHT = "\"'"
"""Quotation marks that open and close alike: left out at the name's side only when the
piece holds one of them alone ('enters the "new" state', not 'the name "entry point"')."""
_POSSESSIVE = re.compile(r"['’]s\b")
_CONTENT = re.compile(r"[^\W_]{2,}")
_FILLER = frozenset("a an the of to in on and or as by for with at".split())
"""Words a piece of a split deletion can be alone: left in the clear, not hidden as such."""


def named_again(
    text: str, name: tuple[int, int], hidden: tuple[tuple[int, int], ...]
) -> list[tuple[int, int]]:
    """The other places `text` names the term at `name` (without its article, as a whole
    word in any case, in the plural too), outside the spans `hidden` (the term itself, a
    naming already hidden, code or math)."""
    named = text[name[0] : name[1]]
    article = _ARTICLE.match(named)
    term = named[article.end() if article else 0 :].strip()
    if len(term) < _SHORTEST:
        return []
    found: list[tuple[int, int]] = []
    if text.lower().count(term.lower()) >= 2:  # a substring first: most name it once
        plural = "" if term[-1:].lower() == "s" else "(?:e?s)?"  # "a router ... routers"
        found = [m.span() for m in re.finditer(_whole(re.escape(term) + plural), text, re.I)]
    if _NAME.fullmatch(term):  # "Kausika ... the Kaushika Sutra": a name spelled apart
        found += [m.span() for m in _NAME.finditer(text) if spelled_apart(term, m.group())]
    return sorted((a, b) for a, b in found if not any(a < e and s < b for s, e in (name, *hidden)))


def _whole(pattern: str) -> str:
    """`pattern` as a whole word or a possessive ("the rudder's"), not part of a compound."""
    return rf"(?<![\w'’/-]){pattern}(?![\w/-]|['’](?!s\b))"


def split_around(
    text: str, span: tuple[int, int], holes: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """`span` less the `holes` inside it, as the pieces between them that hold a word
    worth hiding ("the", "of" alone stay in the clear), in order."""
    pieces, at = [], span[0]
    for a, b in sorted(holes):
        if span[0] <= a and b <= span[1]:
            pieces.append((at, a))
            owned = _POSSESSIVE.match(text, b)
            at = owned.end() if owned else b  # "the rudder's": the name's own ending
    pieces.append((at, span[1]))
    kept = []
    for a, b in pieces:
        piece = text[a:b]
        if a > span[0]:
            a += len(piece) - len(piece.lstrip(_AFTER_NAME + _lone(piece)))
        if b < span[1]:
            b -= len(piece) - len(piece.rstrip(_BEFORE_NAME + _lone(piece)))
        if any(w.lower() not in _FILLER for w in _CONTENT.findall(text[a:b])):
            kept.append((a, b))
    return kept


def _lone(piece: str) -> str:
    """The straight quotation marks `piece` holds an odd number of."""
    return "".join(q for q in _STRAIGHT if piece.count(q) % 2)
