"""Where a quote says its hidden phrase again: each place is hidden with it, as one deletion.

    A tired cook forgets the {{c1::salt rule}}. Every broth he spoils
    teaches him the {{c1::salt rule}} again.                     <- both, or the card
                                                                    shows what it asks

Speeches and sermons repeat their point on purpose, so the phrase worth asking for is
often the one a quote says twice; shown once in the clear, it answers its own card.
Anki hides every deletion of one number on the same card, so each repeat becomes another
`c1` over the same words (whole words, any case, in quotation marks or not). A repeat
inside a link, code or math is left as it is: a deletion there would cut the mark.
"""

from __future__ import annotations

import re

from cards.inline import InlineText

_KEPT = frozenset(["link", "wikilink", "code", "math", "image", "embed"])
"""Marks whose text a deletion may not cut into."""
_START = r"(?<![\w-])(?<!\w['’])"
_END = r"(?![\w-])(?!['’]\w)"
"""A whole word's edges: an apostrophe inside a word ("o'clock", "cook's") joins it, one
outside it is a quotation mark, so "the 'salt rule'" says the phrase again."""


def repeats(text: InlineText, key: tuple[int, int]) -> list[tuple[int, int]]:
    """The other places `text` says the words of `text[key]`, each a whole-word match."""
    a, b = key
    phrase = text.text[a:b].strip()
    if len(phrase) < 3:
        return []
    lowered = text.text.lower()
    if lowered.count(phrase.lower()) < 2:
        return []  # a substring first: most quotes say their point once
    pattern = re.compile(rf"{_START}{re.escape(phrase)}{_END}", re.IGNORECASE)
    kept = [(m.start, m.end) for m in text.marks if m.kind in _KEPT]
    found = []
    for match in pattern.finditer(text.text):
        s, e = match.span()
        if s < b and e > a:
            continue  # the deletion itself
        if not any(s < me and e > ms for ms, me in kept):
            found.append((s, e))
    return found
