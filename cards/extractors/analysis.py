"""One reading of a paragraph's sentences, shared by every rule of every extractor.

Rules ask the same things of the same text: where its sentences are, their words, where
the first finite verb is. `analyse(text)` answers each once per distinct paragraph text and
keeps the answers, so ten rules over a paragraph cost one split and one verb search, not ten:

    for sentence in analyse(block.text.text):
        if sentence.verb is not None and sentence.words[0] != "i": ...

A `Sentence` computes its words and verb on first use only, since most rules reject a
paragraph before they look at a single word.
"""

from __future__ import annotations

from functools import lru_cache

from cards.language import finite_verb, sentences, words

_UNASKED = -1


class Sentence:
    """One sentence of a paragraph: its span in the paragraph's text, and what rules ask of it."""

    __slots__ = ("_verb", "_words", "end", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        """The sentence alone (`paragraph[start:end]`)."""
        self.start = start
        self.end = end
        self._words: tuple[str, ...] | None = None
        self._verb: int | None = _UNASKED

    @property
    def words(self) -> tuple[str, ...]:
        """Lower-case words, apostrophes normalised (`language.words`)."""
        if self._words is None:
            self._words = tuple(words(self.text))
        return self._words

    @property
    def verb(self) -> int | None:
        """Index in `words` of the first finite verb (`language.finite_verb`), if any."""
        if self._verb == _UNASKED:
            self._verb = finite_verb(self.text)
        return self._verb

    def __repr__(self) -> str:
        return f"Sentence({self.text!r}, {self.start}, {self.end})"


@lru_cache(maxsize=4096)
def analyse(text: str) -> tuple[Sentence, ...]:
    """The sentences of a paragraph's text, each read at most once whoever asks."""
    return tuple(Sentence(text[a:b], a, b) for a, b in sentences(text))
