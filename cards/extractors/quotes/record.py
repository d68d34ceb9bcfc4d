"""An attribution that names no one to recall: a place in a work, the record of an
occasion, or the site a passage was copied from. The card shows it and asks the words.

    > ... — Scroll 3, Leaf 12                        <- a place in a work named above it
    > ... — Radio talk -- Lisbon, March 3, 1961       <- the record of an occasion
    > ... — Ines Moura, Radio talk, March 3, 1961     <- the speaker asked, the occasion shown
    > ... — Wikipedia                                 <- a site the passage was copied from
    > ... — WB 3.12, Commentary                       <- a scripture by its shorthand

Judges of real decks marked cards that hid "Section 4", a lecture's town and date, or
"Codecademy" under a passage on Python's methods as ones to fix: no reader recalls a
locator or a date, and a tutorial site is where the writer read the words, not who said
them. Such a quote is asked as one with no attribution (its own phrase is hidden), and the
attribution goes to the back of the card as its title, so the source is still given.
A work named before the place (`Book of Tides, Chapter 3`) stays the attribution.
"""

from __future__ import annotations

import re

from cards.citation import reference
from cards.language import MONTH

_NUMERAL = r"\.?\s+(?:\d+|[IVXLC]+\b)"
_PLACE = re.compile(
    r"^(?:chapters?|ch|pages?(?:\s+no)?|pp?|volumes?|vol|sections?|verses?|books?|parts?"
    rf"|cantos?|aphorisms?|stanzas?|paragraphs?|para|articles?){_NUMERAL}"
    rf"|^(?-i:[A-Z])[\w'’-]*{_NUMERAL}\s*[,;]\s*(?-i:[A-Z])[\w'’-]*{_NUMERAL}",
    re.IGNORECASE,
)
"""A place in a work, opening the attribution: `Section 4`, `Page No. 42 of ...`, `Book IV`;
or divisions in a row, whatever a tradition calls them: `Scroll 2, Leaf 9`, `Tome III,
Fold 4`. One capitalised word and a number alone (`Psalm 23`, `Windows 10`) may name a
work, and stays the attribution."""
_OCCASION = re.compile(
    r"^(?:(?:room|morning|evening|radio|public|recorded)\s+)?(?:lectures?|speech|talks?"
    r"|sermons?|conversations?|walk|interview|letter|address|discourse|class|seminar"
    r"|meeting|broadcast|podcast)\b",
    re.IGNORECASE,
)
DATE = rf"\b{MONTH}\s+\d{{1,2}},?\s+\d{{4}}\b|\b\d{{1,2}}\s+{MONTH},?\s+\d{{4}}\b"
"""A day a record dates (`March 3, 1961`, `3 Mar, 1961`), a month by its name: a pattern
to match with case ignored, which `cited.py` counts as a place in a work too."""
_DATED = re.compile(DATE, re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_SITES = frozenset(
    "wikipedia codecademy chatgpt gpt gpt-4 claude gemini copilot reddit quora stack "
    "overflow stackoverflow exchange w3schools mdn geeksforgeeks investopedia britannica "
    "khan academy coursera udemy freecodecamp tutorialspoint web docs".split()
)
"""Words of the names of sites and tools people paste passages from, not authors."""
_MACHINE = re.compile(r"\b(?:transformer|chatbot|bot|llm|ai|language\s+model)$", re.IGNORECASE)
"""The kind of machine that wrote a passage, closing its name: `Orbit Chatbot`, `Large
Language Model`, a model's name spelled out (`... Transformer`)."""


def named(who: str) -> tuple[str, str]:
    """The attribution a card asks, and the source it shows instead: ("", who) when `who`
    names no one (a place, an occasion, a site), (name, occasion) for `Name, occasion`."""
    if not who:
        return who, ""
    if _PLACE.match(who) or (_OCCASION.match(who) and _YEAR.search(who)) or _site(who):
        return "", who
    if reference(who):  # "WB 3.12": a shorthand and a verse (`citation.py`), no name to ask
        return "", who
    name, comma, rest = who.partition(", ")
    rest = rest.strip()
    if comma and name and ((_OCCASION.match(rest) and _YEAR.search(rest)) or _DATED.search(rest)):
        return name.strip(), rest  # "Ines Moura, Radio talk, March 3, 1961"
    return who, ""


def _site(who: str) -> bool:
    """`Wikipedia`, `Stack Overflow`: every word one of a site's or a tool's name; or a name
    of a text-writing machine, of a few capitalised words."""
    ws = who.lower().replace(".com", "").replace(".org", "").split()
    if 0 < len(ws) <= 3 and all(w in _SITES for w in ws):
        return True
    named_by_capitals = 0 < len(ws) <= 4 and all(w[:1].isupper() for w in who.split())
    return named_by_capitals and bool(_MACHINE.search(who))
