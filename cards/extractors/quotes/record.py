"""An attribution that names no one to recall: a place in a work, the record of an
occasion, or the site a passage was copied from. The card shows it and asks the words.

    > ... — Canto 3, Khanda 12                        <- a place in a work named above it
    > ... — Radio talk -- Lisbon, March 3, 1961       <- the record of an occasion
    > ... — Ines Moura, Radio talk, March 3, 1961     <- the speaker asked, the occasion shown
    > ... — Wikipedia                                 <- a site the passage was copied from

Judges of real decks marked cards that hid "Section 4", a lecture's town and date, or
"Codecademy" under a passage on Python's methods as ones to fix: no reader recalls a
locator or a date, and a tutorial site is where the writer read the words, not who said
them. Such a quote is asked as one with no attribution (its own phrase is hidden), and the
attribution goes to the back of the card as its title, so the source is still given.
A work named before the place (`Book of Tides, Chapter 3`) stays the attribution.
"""

from __future__ import annotations

import re

from cards.language import MONTH

_PLACE = re.compile(
    r"^(?:chapters?|ch|pages?(?:\s+no)?|pp?|volumes?|vol|sections?|verses?|books?|parts?"
    r"|cantos?|aphorisms?|stanzas?|paragraphs?|para|articles?|prash?nas?|patalas?|kh?andas?"
    r"|adhyayas?|padas?|shlokas?|slokas?|s[uo]+tras?)\.?\s+(?:\d+|[IVXLC]+\b)",
    re.IGNORECASE,
)
"""A place in a work, opening the attribution: `Section 4`, `Page No. 106 of ...`, `Book IV`."""
_OCCASION = re.compile(
    r"^(?:(?:room|morning|evening|radio|public|recorded)\s+)?(?:lectures?|speech|talks?"
    r"|sermons?|conversations?|walk|interview|letter|address|discourse|class|seminar"
    r"|meeting|broadcast|podcast)\b",
    re.IGNORECASE,
)
_DATED = re.compile(
    rf"\b{MONTH}\s+\d{{1,2}},?\s+\d{{4}}\b|\b\d{{1,2}}\s+{MONTH},?\s+\d{{4}}\b", re.IGNORECASE
)
"""A day a record dates (`March 3, 1961`, `3 Mar, 1961`)."""
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_SITES = frozenset(
    "wikipedia codecademy chatgpt gpt generative pretrained transformer gpt-4 reddit "
    "quora stack overflow stackoverflow exchange w3schools mdn geeksforgeeks investopedia "
    "britannica khan academy coursera udemy freecodecamp tutorialspoint web docs".split()
)
"""Words of the names of sites and tools people paste passages from, not authors."""


def named(who: str) -> tuple[str, str]:
    """The attribution a card asks, and the source it shows instead: ("", who) when `who`
    names no one (a place, an occasion, a site), (name, occasion) for `Name, occasion`."""
    if not who:
        return who, ""
    if _PLACE.match(who) or (_OCCASION.match(who) and _YEAR.search(who)) or _site(who):
        return "", who
    name, comma, rest = who.partition(", ")
    rest = rest.strip()
    if comma and name and ((_OCCASION.match(rest) and _YEAR.search(rest)) or _DATED.search(rest)):
        return name.strip(), rest  # "Ines Moura, Radio talk, March 3, 1961"
    return who, ""


def _site(who: str) -> bool:
    """`Wikipedia`, `Stack Overflow`, `Generative Pretrained Transformer`: every word one of
    a site's or a tool's name."""
    ws = who.lower().replace(".com", "").replace(".org", "").split()
    return 0 < len(ws) <= 3 and all(w in _SITES for w in ws)
