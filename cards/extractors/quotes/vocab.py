"""The words a recalled phrase never starts on or runs through: fillers and marks.

    It is {{never}} the point.             <- never: an adverb opens no phrase
    the (so-called) {{vault}}              <- a bracket half is no part of one

`point.py` finds a quote's object by shape, with no tagger; these are the words whose
shape says "no content here": adverbs in -ly, stock fillers, reflexive and indefinite
pronouns.
"""

from __future__ import annotations

from cards.language import FUNCTION_WORDS, words

FILLER = frozenset(
    "not never always only also just even still really very quite rather too so then thus "
    "therefore however often usually simply actually perhaps probably maybe already etc "
    "true neither either such going well up down out off away back unto least twice once nothing "
    "everything something anything anyone everyone someone nobody anybody everybody somebody "
    "itself themselves himself herself myself yourself ourselves".split()
)
_NOT_ADVERBS = frozenset("family early assembly supply reply italy".split())
"""Words in -ly that are no adverb (shorter ones are never taken for one)."""


def word(raw: str) -> str:
    """A token's word, its parts joined by "-" ("self-doubt"); "" for marks alone."""
    found = words(raw)
    return found[0] if len(found) == 1 else ("" if not found else "-".join(found))


def filler(w: str) -> bool:
    return w in FILLER or (len(w) > 4 and w.endswith("ly") and w not in _NOT_ADVERBS)


def paired(raw: str) -> bool:
    return raw.count("(") == raw.count(")") and raw.count("[") == raw.count("]")


def opens_nothing(raw: str) -> bool:
    """A word no recalled phrase starts on: a function word or a filler."""
    w = word(raw)
    return not w or w in FUNCTION_WORDS or filler(w) or not any(c.isalpha() for c in w)
