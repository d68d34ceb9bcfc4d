"""Which words of a quote's source its "who said it" card hides.

    — {{Sayings of the Weavers}} 4.12            not {{Sayings of the Weavers 4.12}}
    — {{Loom Chronicle}} Book 2, Chapter 6
    — {{Orla Venn}}, Letters from the Mill (1851)

A reader can recall who said a passage, or which work it is from; nobody recalls its
chapter and verse numbers, and judges of the decks marked a card whose answer was a
collection's name and a saying's four-digit number as one that tests nothing of the quote.
So where a source carries such numbers, the deletion covers the name before them (the
speaker before a comma), and the numbers are shown after it.

    — WB 3.12                                    not {{WB 3.12}}: shown, the quote asked
    — LC Dyer 4.7, Commentary

A source that names its work only by an abbreviation before its chapter and verse (a
tradition's shorthand for a scripture, a commentary on one) has no name to ask: judges
marked a card whose one deletion was such a reference as one that tests nothing of the
passage. The quote asks its own words instead, and shows the reference (`reference`).
"""

from __future__ import annotations

import re

_CUT = re.compile(r",|\S*\d")
"""Where a source's name ends: its first comma, or its first word holding a digit."""
_TRAILING = re.compile(
    r"(?:\s+|\(|\[|\bc\.|\b(?:book|chapter|ch\.|verse|verses|v\.|no\.|canto|part|section|"
    r"sec\.|parva|adhyaya|adhyaaya|pada|patala|khanda|prashna|shloka|sloka|surah|sura|"
    r"hadith|vol\.|volume|p\.|pp\.|page|line|poems?|stanzas?|aphorisms?|hymns?|in))+$",
    re.IGNORECASE,
)
"""What may stand between the name and its numbers: "Book", "Chapter", "(", "in". Where
nothing else stands before the numbers (`Poem 1 of the Loom Songs`), the work is named
after them, and the whole source is hidden."""
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

_REFERENCE = re.compile(
    r"(?:[A-Z]{2,4}|[A-Z][a-z]{0,2}\.)(?:\s+[A-Z][\w'’-]*\.?)?[\s,:-]*\d+(?:\s*[.:]\s*\d+)+"
    r"(?:\s*[-–]\s*[\d.]+)?\s*(?:[,;(]|$)"
)
"""An abbreviated work, perhaps a division of it, and a dotted place, which ends the source
or a comma follows: `WB 3.12`, `LC Dyer 4.7, Commentary`, `Wb. 2:9`, `WB - 3.12-14`."""


def reference(source: str) -> bool:
    """Whether `source` names its work only by an abbreviation before a chapter and verse
    (`WB 3.12`, `LC Dyer 4.7, Commentary`): a place to show, no name to ask."""
    return _REFERENCE.match(source) is not None
