"""Where a claim's deletion falls in its sentence: fixtures show only what is hidden."""

from __future__ import annotations

from cards.extractors.claims.phrase import whole_phrase
from tests.extractor_cases import case_items


def test_a_term_is_hidden_where_it_stands_as_a_word() -> None:
    note = '# Names\n\nFirstly, the term "Bengali" is an exonym, and the delta was called "Beng".\n'
    (item,) = case_items("claim", "names", note)
    start, end = item.key or (0, 0)
    assert item.plain[start:end] == "Beng"
    assert item.plain[start - 1 : end + 1] == '"Beng"'


def test_a_deletion_that_cuts_a_word_grows_to_the_whole_word() -> None:
    text = "Hindu is an exonym for the people of the Sindhu valley."
    assert whole_phrase(text, (0, 4)) == (0, 5)
    assert text[slice(*whole_phrase(text, (44, 48)) or (0, 0))] == "Sindhu"


def test_called_is_no_part_of_the_deletion() -> None:
    text = "Atoms join together in a process called bonding."
    start = text.index("called")
    assert whole_phrase(text, (start, len(text) - 1)) == (text.index("bonding"), len(text) - 1)
