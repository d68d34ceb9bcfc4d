"""Whether a line a card shows names what one of its deletions hides.

    3.2.3 Context Switch › {{a context switch}} is ...        <- the heading is the answer
    Outside the Loop Delays › ... because of the {{delay}}     <- "Delays" names "delay"
    Arrays › {{An array}} is a list of ...                      <- so does a plural

A breadcrumb part that holds the hidden phrase word for word is left out already; one that
holds its words in another form (a plural, without the article, in title case, with a
section number) gives the answer away as plainly, so the comparison is on the content
words' stems: every one the deletion hides is in the part.
"""

from __future__ import annotations

import re

from cards.language import FUNCTION_WORDS

_WORD = re.compile(r"[^\W_]+")
_ENDINGS = ("ies", "es", "s")
_STEM = 3
"""Letters a word keeps when its plural ending goes: "uses" -> "use", "bus" stays."""


def stems(text: str) -> frozenset[str]:
    """The content words of `text`, in lower case and without a plural ending."""
    out = set()
    for word in _WORD.findall(text.lower()):
        if word in FUNCTION_WORDS:
            continue
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= _STEM:
                word = word[: -len(ending)]
                break
        out.add(word)
    return frozenset(out)


def gives_away(shown: frozenset[str], hidden: frozenset[str]) -> bool:
    """Whether words `shown` (a part's `stems`) hold every one of a deletion's (`hidden`,
    its `stems`)."""
    return bool(hidden) and hidden <= shown
