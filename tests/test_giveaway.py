"""A name spelled another way is the name shown again; a word a letter changed, another
form of a word, or a name a syllable longer is not."""

from __future__ import annotations

import pytest

from cards.giveaway import spelled_apart


@pytest.mark.parametrize(
    ("name", "word"),
    [("Marvesh", "Marvessh"), ("Tolvaris", "Tolvharis"), ("Corvenna", "Corvena")],
)
def test_a_letter_put_in_or_left_out_spells_the_name_apart(name: str, word: str) -> None:
    assert spelled_apart(name, word) and spelled_apart(word, name)


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("Austria", "Australia"),  # a syllable put in: another name
        ("Ravena", "Ravina"),  # a letter changed in place: another word
        ("Executing", "Execution"),  # another ending: another form of one word
        ("Ostmere", "Ostmeres"),  # one the start of the other: a plural or a possessive
    ],
)
def test_another_name_or_form_is_not_spelled_apart(name: str, word: str) -> None:
    assert not spelled_apart(name, word) and not spelled_apart(word, name)
