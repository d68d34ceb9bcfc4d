"""Whether the card's own text gives a deletion away: its words stand again, visible.

    You won't find {{rest}} there. Look anywhere else: you won't find rest.  <- given away
    Guards watch the {{gates}} at dusk, but a gate keeps out only the wind.   <- given away
    A lantern keeps the {{harbour safe}}, and the harbour keeps the boats.    <- kept: "safe"

Judges of real decks marked such quote cards "fix": the hidden phrase stood again in the
same card, a sentence on or a clause after, and the reader copies it rather than recalls
it. A phrase is given away when each of its content words, folded for case and a plural
-s, occurs in the quote more often than in the phrase. The quote's words are counted once
(`shown`), so each candidate phrase costs only its own words.

The breadcrumb is not counted: `faces.breadcrumb` already leaves out a part that names
what a deletion hides.
"""

from __future__ import annotations

from collections import Counter

from cards.extractors.quotes.vocab import filler
from cards.language import FUNCTION_WORDS, in_s, words


def _folded(text: str) -> list[str]:
    """The content words of `text`, lower-case, a plural -s gone ("tides" is "tide")."""
    return [
        w[:-1] if in_s(w) else w for w in words(text) if w not in FUNCTION_WORDS and not filler(w)
    ]


def shown(text: str) -> Counter[str]:
    """How often each content word stands in the text a quote's card shows."""
    return Counter(_folded(text))


def given_away(phrase: str, counts: Counter[str]) -> bool:
    """Whether every content word of `phrase` stands again outside it (`counts`: `shown`
    of the text that holds it); a phrase of no content word gives nothing away."""
    own = Counter(_folded(phrase))
    return bool(own) and all(counts[w] > n for w, n in own.items())
