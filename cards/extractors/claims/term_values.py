"""What a `Term: value` line's value is when it is not what the term means.

    Drag force = k * v^2                          <- a formula: its left side is no term
    Split Panes: pick it in the top-left dropdown  <- where to click: no term, no meaning
    Dock Panels: Window -> Panels -> Reset         <- a menu path: the same

"What is drag force?" over a formula's right side asks for the formula and hides its
left side too, which the formula alone cannot give back (a symbol such as `Fd = k * v^2`
leaves nothing to answer "What is fd?" with): the card hides the right side and asks no
"What is". An editor's or an app's instruction names a screen, not a term: a card asks
what a menu is called.
"""

from __future__ import annotations

import re

from cards.extractors.claims.phrase import first_clause, whole_phrase
from cards.language import DETERMINERS, words

_OPERATOR = re.compile(
    r"[*\u00d7\u00f7^]|[\w)]\s*\+\s*[\w(]|\w\s+x\s+\w|(?<![\w'])[A-Za-z]{1,2}/[A-Za-z(]"
    r"|/\s*\d|\d\s*/|=\s*\d|\b(?:log\d*|sqrt|exp)\("
)
"""An arithmetic operator between operands: `*`, `^`, `a + b`, `a x b` (not a spaced
minus, which is as often a dash before a remark), a quotient of symbols or numbers
(`mv/R`, `n/2`, not "and/or" or "dozens / hundreds", which offer a choice), a worked
result (`= 16`) or a function of maths."""


def formula(sep: str, claim: str, meaning: str) -> bool:
    """`Power = work / 2` or `P = W/t`: an equation whose right side computes its left, and
    one a deletion can hide whole. A right side longer than anyone recalls, or one with a
    bracket it never closes, stays asked as its term's meaning, as a deletion of it alone
    would be dropped."""
    if sep != "=" or _OPERATOR.search(meaning) is None:
        return False
    given = claim.find(meaning)
    key = first_clause(claim, (given, len(claim.rstrip(" .;:"))))
    return key is not None and whole_phrase(claim, key) is not None


_PLACE = re.compile(
    r"\b(?:drop-?down|(?:top|bottom|upper|lower)[- ](?:right|left)|toolbar|menu ?bar"
    r"|context menu|right[- ]click|double[- ]click|hotkey|keyboard shortcut)\b",
    re.IGNORECASE,
)
"""A place on a screen ("the pane at the lower left") or a way to reach it."""
_MENU_PATH = re.compile(r"[A-Z][\w ]{0,30}(?:->|→| > )\s*[A-Z][\w ]{0,30}(?:->|→| > )")
"""A menu path of two steps or more ("View -> Tracks -> All")."""


def on_screen(term: str, meaning: str) -> bool:
    """A value that tells which menu to open or where to click, opening on what to do
    rather than on what a thing is or does (a program's tagline, "Dial: shows the time
    from the menu bar", is `notekind.inventory`'s): an app's how-to, whose label ("Show
    Meters", "Reopen Tracks") is an action, not a term. A term that names a part of the
    screen itself ("Toolbar: the row of buttons at the top left") is defined by its line."""
    if _PLACE.search(term):
        return False
    if _MENU_PATH.search(meaning):
        return True
    first = words(meaning)[0] if words(meaning) else "a"
    tells = not first.endswith("s") or first.endswith("ss")  # "shows the time": a tagline's
    return tells and first not in DETERMINERS and _PLACE.search(meaning) is not None
