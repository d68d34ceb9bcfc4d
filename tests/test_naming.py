"""The naming rule's cheap pre-check must never hide a hint its patterns would have found."""

from __future__ import annotations

import re

import pytest

from cards.extractors.claims import naming
from cards.extractors.claims.defines import definition_term

HINTS = [
    re.sub(r"\\(.)", r"\1", hint)
    for pattern in (naming._ALIAS_HINTS, naming._VERB_HINTS, naming._NAMING_HINTS)
    for hint in pattern.pattern.split("|")
]


@pytest.mark.parametrize("hint", HINTS)
def test_every_hint_passes_the_pre_check(hint: str) -> None:
    """A hint added to a pattern but to no needle would silently switch its rule off."""
    assert naming._hinted(f"some words {hint} more words")


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Attachment refers to a lasting emotional bond.", "Attachment"),
        ("Oxytocin, also known as the love hormone, bonds us.", "Oxytocin"),
        ("Hick's law states that choice time grows with options.", "Hick's law"),
        ("Perel calls this erotic intelligence.", "erotic intelligence"),
        ("Sleep consolidates new memories overnight.", ""),
    ],
)
def test_hinted_sentences_still_name_their_term(sentence: str, term: str) -> None:
    assert definition_term(sentence) == term
