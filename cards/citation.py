"""Which words of a quote's source its "who said it" card hides.

    — {{Sayings of the Weavers}} 4.12            not {{Sayings of the Weavers 4.12}}
    — {{Loom Chronicle}} Book 2, Chapter 6
    — {{Orla Venn}}, Letters from the Mill (1851)

A reader can recall who said a passage, or which work it is from; nobody recalls its
chapter and verse numbers, and judges of the decks marked a card whose answer was a
collection's name and a saying's four-digit number as one that tests nothing of the quote.
So where a source carries such numbers, the deletion covers the name before them (the
speaker before a comma), and the numbers are shown after it.
"""

from __future__ import annotations

import re

_CUT = re.compile(r",|\S*\d")
"""Where a source's name ends: its first comma, or its first word holding a digit."""
_TRAILING = re.compile(
    r"(?:\s+|\(|\[|\bc\.|\b(?:book|chapter|ch\.|verse|verses|v\.|no\.|canto|part|section|"
    r"sec\.|parva|adhyaya|adhyaaya|pada|patala|khanda|prashna|shloka|sloka|surah|sura|"
    r"hadith|vol\.|volume|p\.|pp\.|page|line|in))+$",
    re.IGNORECASE,
)
"""What may stand between the name and its numbers: "Book", "Chapter", "(", "in"."""
_NAMED = re.compile(r"[^\W\d_]{3,}")


def named_part(source: str) -> int:
    """How many characters of `source` its deletion covers: all of it, unless it holds a
    number, then the name before the first comma or number (`_CUT`), without the words
    that lead to the number (`_TRAILING`). All of it too where that leaves no word of
    three letters or more but an article ("The 9 Facts of Life")."""
    if not any(c.isdigit() for c in source):
        return len(source)
    cut = _CUT.search(source)
    head = source[: cut.start()] if cut else source
    head = _TRAILING.sub("", head).rstrip(" ,;:-–—(")
    words = [w for w in _NAMED.findall(head) if w.lower() not in _ARTICLES]
    return len(head) if words and len(head) < len(source) else len(source)


_ARTICLES = frozenset("the a an".split())
