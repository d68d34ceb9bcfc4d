"""Where a definition names its term again, past the places its deletions already hide.

    {{c1::A rudder}} is {{c2::the blade that steers a boat}}; a rudder ...
        <- the second "rudder" is hidden with the first
    Tar is {{c2::a black pitch once brushed on tar paper}}
        <- named inside what the term is: that is asked alone, the term in the clear
    {{c1::Marvesh}}: {{c2::a port town}}, home of the Marvessh guild
        <- a name spelled apart, as names from another script are, is the name again

Judges of whole-vault decks mark a card whose first deletion hides a term that the same
sentence names again in the clear ("{{A keel}} is ..., which steadies the keel") as a fix:
the card answers itself. Anki hides every deletion of one number together, so each other
naming becomes one more `c1`. A naming inside what the term is stays: cutting that
deletion around it leaves pieces that judges mark as fix ("{{Tar}} means {{a pitch on}}
{{tar}} {{paper}}"), so `meaning.py` asks that deletion whole and hides the term nowhere.
"""

from __future__ import annotations

import re

from cards.giveaway import spelled_apart

_NAME = re.compile(r"[A-Z][a-z]{4,}")
_ARTICLE = re.compile(r"(?:an?|the)\s+", re.IGNORECASE)
_SHORTEST = 3
"""Letters a name needs before its other namings are looked for: "C", "Go" are letters
and words of every sentence."""


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
    if _NAME.fullmatch(term):  # "Marvesh ... the Marvessh guild": a name spelled apart
        found += [m.span() for m in _NAME.finditer(text) if spelled_apart(term, m.group())]
    return sorted((a, b) for a, b in found if not any(a < e and s < b for s, e in (name, *hidden)))


def _whole(pattern: str) -> str:
    """`pattern` as a whole word or a possessive ("the rudder's"), not part of a compound."""
    return rf"(?<![\w'’/-]){pattern}(?![\w/-]|['’](?!s\b))"
