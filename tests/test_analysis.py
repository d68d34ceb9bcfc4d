"""The shared sentence reading: spans that index the paragraph, words and verb on demand."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cards.extractors.analysis import analyse
from cards.language import sentences


def test_sentences_index_the_paragraph_and_read_their_words_and_verb() -> None:
    text = "Sleep consolidates new memories. Attachment theory overview"
    first, second = analyse(text)
    assert text[first.start : first.end] == first.text == "Sleep consolidates new memories."
    assert first.words == ("sleep", "consolidates", "new", "memories")
    assert first.verb == 1
    assert second.verb is None  # a topic, no finite verb


def test_the_same_text_is_read_once() -> None:
    text = "Anxious partners seek reassurance after conflict."
    assert analyse(text) is analyse(text)
    assert analyse(text)[0].verb == analyse(text)[0].verb == 2


SENTENCY = st.text(alphabet="aAe1g.!?…\"”’')]([“‘* \n\t\u00a0\u2003", max_size=60)


@settings(max_examples=500, deadline=None)
@given(SENTENCY)
def test_sentences_cover_the_text_but_its_white_space(text: str) -> None:
    """In order, apart, each without white space at its edges, only white space between."""
    spans = sentences(text)
    edges = [0, *(x for span in spans for x in span), len(text)]
    assert edges == sorted(edges)
    for a, b in spans:
        assert a < b and text[a:b] == text[a:b].strip()
    for a, b in zip(edges[::2], edges[1::2], strict=True):
        assert not text[a:b].strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two! Three?", ["One.", "Two!", "Three?"]),
        ("  Lead space. Then more.  \n", ["Lead space.", "Then more."]),
        (
            "See e.g. Bowlby. Dr. Amir Levine wrote it.",
            ["See e.g. Bowlby.", "Dr. Amir Levine wrote it."],
        ),
        ("He said “stop.” Then left.", ["He said “stop.”", "Then left."]),
        ("ends lower. still one", ["ends lower. still one"]),
        ("a line.\nnext line", ["a line.", "next line"]),
        ("Mark at the end.", ["Mark at the end."]),
        # a fact a line, no marks: each line its own sentence
        (
            "Ghee is clarified butter\nPaneer is a fresh cheese",
            ["Ghee is clarified butter", "Paneer is a fresh cheese"],
        ),
        # a line that needs the next, or prose wrapped at a width, goes on
        ("It was shipped to\nLisbon by sea.", ["It was shipped to\nLisbon by sea."]),
        ("Kilns, ovens,\nForges", ["Kilns, ovens,\nForges"]),
        (
            "The guild kept a ledger it called the Great Book of\nNames. Then it burned, "
            "and the fire took the whole hall and the Ledger\nRoom with it.",
            [
                "The guild kept a ledger it called the Great Book of\nNames.",
                "Then it burned, and the fire took the whole hall and the Ledger\nRoom with it.",
            ],
        ),
        ("", []),
    ],
)
def test_sentences_end_where_a_reader_ends_them(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in sentences(text)] == expected
