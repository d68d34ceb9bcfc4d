"""Which words count as everyday English: the line a deletion must not fall under."""

import pytest

from cards.commonness import everyday, zipf


@pytest.mark.parametrize("word", ["chance", "mind", "good", "effect", "Place", "don't"])
def test_everyday_words_are_everyday(word: str) -> None:
    assert everyday(word)


@pytest.mark.parametrize("word", ["hypervisor", "proofing", "stance", "Huffman", "amortized"])
def test_specific_words_are_not(word: str) -> None:
    assert not everyday(word)


@pytest.mark.parametrize("text", ["42", "T[i]", "3.14", "x_1", "", "well-known words"])
def test_values_and_phrases_have_no_frequency(text: str) -> None:
    assert zipf(text) == 0.0
    assert not everyday(text)


def test_rarer_words_score_lower() -> None:
    assert zipf("the") > zipf("process") > zipf("hypervisor")
