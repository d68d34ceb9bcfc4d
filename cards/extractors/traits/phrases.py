"""Phrases: a list of short traits after a label or in brackets, one per comma.

    **Anxious:** upset by every parting, slow to settle
        -> upset by every parting | slow to settle
    Avoidant? (discomfort with intimacy, difficulty asking for help)
        -> discomfort with intimacy | difficulty asking for help
    - Secure: trusting, calm                  -> trusting | calm
    (Hazan & Shaver, 1987)                    <- a citation: no phrase

After a label, or inside brackets after a category, a writer lists noun phrases and
participles, not the clauses of a predicate, so every comma ends one ("flexible coping"
is a trait of two words, where in a predicate it would be the tail of a list of nouns).
One word is a trait when it can describe someone. "And" inside a phrase stays: in
"clings and pushes away at once" it joins two verbs of one trait, and a writer who
lists traits puts commas between them.
"""

from __future__ import annotations

import re

from cards.extractors.traits.marks import pieces, trim
from cards.language import FUNCTION_WORDS, words

_COMMA = re.compile(r"\s*[,;•·]\s*(?:(?:and|or)\s+)?")
"""A comma or semicolon, with the "and" of the list's last phrase."""
_NOT_TRAITS = frozenset("yes no none maybe unknown tbd todo varies same".split())
_CITATION = re.compile(
    r"\s*\((?:source:|see\s|cf\.|via\s)[^()]*\)|\s*\([^()]*(?:1[89]|20)\d\d[a-z]?[^()]*\)",
    re.IGNORECASE,
)
"""A citation in brackets: `(Source: Hazan & Shaver, 1987)`, `(Mikulincer, 2007, p. 12)`."""


def split_list(text: str) -> tuple[str, ...]:
    """One trait per phrase of a list, outside brackets and quotation marks."""
    phrases = [trim(part).strip() for _, part in pieces(_COMMA, without_citations(text))]
    return tuple(p for p in phrases if len(words(p)) >= 2 or one_word_trait(p))


def one_word_trait(trait: str) -> bool:
    """`- Anxious: clingy`: after a label, one word is the trait, as a cell or item is, when it
    is a word that can describe someone (not "yes", "see", "TBD")."""
    word = trait.strip().rstrip(".").lower()
    return len(word) > 2 and word.isalpha() and word not in FUNCTION_WORDS | _NOT_TRAITS


def without_citations(text: str) -> str:
    """The text without citations in brackets."""
    return _CITATION.sub("", text) if "(" in text else text
