"""A name spelled another way is the name shown again; a word a letter changed, another
form of a word, or a name a syllable longer is not."""

from __future__ import annotations

import pytest

from cards.giveaway import named_in, spelled_apart


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


@pytest.mark.parametrize(
    ("part", "hidden", "masked"),
    [
        ("Slow Wave Sleep", "SWS", {"slow", "wave", "sleep"}),  # the initials of the part
        ("Stages › SWS", "slow wave sleep", {"sws"}),  # the words the part's capitals stand for
        ("Bureau of Tides and Currents", "BTC", {"bureau", "tide", "current"}),  # "of" skipped
        ("Runes of the north", "a runic alphabet", None),  # "alphabet" is not named
        ("Runes of the north", "runic", {"rune"}),  # a word made of the root
        ("Irrigation Canals", "irrigated", {"irrigation"}),  # another ending of one root
        ("Hand Modeling", "A model", {"modeling"}),
        ("Mirrors and Glazes", "glazing", {"glaze"}),
    ],
)
def test_a_part_names_a_deletion_by_its_initials_or_another_form_of_its_words(
    part: str, hidden: str, masked: set[str] | None
) -> None:
    found = named_in(part, hidden)
    assert (found if found is None else set(found)) == masked


@pytest.mark.parametrize(
    ("part", "hidden"),
    [
        ("Electromagnetic Waves", "electric"),  # one start, then another word
        ("Participation Rules", "partial"),
        ("Transport", "transfer"),
        ("Strings and Arrays", "ArrayList"),  # a name written as code: only as written
        ("Kilns (200 CE)", "Clay Ewers"),  # two capitals stand for too many phrases
        ("Harbour Cranes", "Gantry Cranes"),  # a word of the deletion not in the part
    ],
)
def test_a_word_that_only_starts_alike_or_a_short_acronym_names_nothing(
    part: str, hidden: str
) -> None:
    assert named_in(part, hidden) is None
