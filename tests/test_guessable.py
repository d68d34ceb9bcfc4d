"""What a reader fills in from the words around a deletion, not from memory: a vague
pointer at an everyday noun, or a grade of one, is no definition's answer; a name made of
everyday words, or a grade and what it grades, is."""

from __future__ import annotations

import pytest

from cards.extractors.claims.guessable import guessable
from cards.meaning import meaning_deletions


@pytest.mark.parametrize(
    "hidden",
    ["another common type", "some other method", "a big deal", "a process"],
)
def test_a_pointer_or_a_grade_and_everyday_nouns_is_guessed(hidden: str) -> None:
    assert guessable(hidden)


@pytest.mark.parametrize(
    "hidden",
    [
        "the simple random sample",
        "a common law court",
        "a drop spindle",
        "another 3 nets",
        "a handy way to start",  # what the grade is of: something to recall
    ],
)
def test_a_name_of_everyday_words_is_not(hidden: str) -> None:
    assert not guessable(hidden)


def test_a_definition_that_points_elsewhere_asks_no_meaning() -> None:
    text = "Trammel nets: another common type, but older than drift nets"
    assert meaning_deletions(text, (0, 12)) == ()
    text = "Trammel nets: three walls of mesh that tangle a fish"
    assert meaning_deletions(text, (0, 12)) != ()
