"""How common an English word is, so that a card never hides a word anyone could guess.

Judges of whole-vault decks mark a deletion over "chance", "mind" or "good" as one
to fix: a reader fills it from the words around it, not from memory. How common a
word is in general English is what separates those from "hypervisor" or "proofing",
and that needs counts of real text, which wordfreq has and a word list written here
would only approximate. Its data is frozen (the project stopped updating it), and the
version is pinned, so the same notes keep giving the same cards.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Zipf frequency (log10 of occurrences per billion words) at or above which a
#: word is everyday English: "effect" 5.0, "exercise" 4.7, "thread" 4.4.
EVERYDAY = 4.5

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
"""A word of letters, with an inner apostrophe or hyphen: what has a frequency here."""


@lru_cache(maxsize=1 << 16)
def zipf(word: str) -> float:
    """Zipf frequency of ``word`` in English; 0 for a word too rare to be listed.

    Only a word of letters (with an inner apostrophe or hyphen) has one: wordfreq
    would give "42" or "T[i]" the frequency of their pieces, yet a number or a
    formula is a value worth hiding, never a guessable word.

    The small list (words above about one per ten million) is enough: a word it
    does not hold is rare, which is all a caller asks. Imported on first use so a
    build that extracts nothing (everything cached) does not load the counts.
    """
    if not WORD.fullmatch(word):
        return 0.0
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en", wordlist="small"))


def everyday(word: str) -> bool:
    """True for a word so common in English that hiding it alone tests nothing."""
    return zipf(word) >= EVERYDAY
