"""The shared sentence reading: spans that index the paragraph, words and verb on demand."""

from __future__ import annotations

from cards.extractors.analysis import analyse


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
