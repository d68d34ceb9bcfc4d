"""Whether what a quote's card hides asks less than the passage around it holds, and what
the card hides instead.

    > (sixty words, no source) ... ferries were often {{cancelled}} ...     <- no card
    > (sixty words) ... {{cancelled}} ... because of the {{old breakwater}}   <- the phrase
    > He who brings a {{drought}} ... goes to the Varn Pit. (note "Droughts") <- "Varn Pit"

Judges of real decks marked a long passage with one plain word hidden as one to fix:
among fifty words, a word most readers know is filled from the words around it, not
recalled, while the passage names sharper things. A short saying is different: there the
one word is often its point, and stays. So does a word said of the passage's subject
("they are extremely {{rare}}"), which is its claim (said of several, the one word is
asked each time, and is no claim of one), a word that negates ("there is {{none}}"),
which turns the whole claim, and a capitalised word, a name.

A hidden word the note's title is cannot be asked either: the breadcrumb leaves out a
part that says nothing but what a deletion hides (`breadcrumb.py`), so the card loses the
note's title, which was its subject ("{{drought}}" in a note "Droughts", under a heading
that names only a chapter); a title that says more stays, its shared words hidden too. A
short card that defines the word is answered without the title, and keeps the word when
it has nothing sharper to hide; a long passage with its subject hidden is not.

Either way a clearly sharper noun phrase of the passage (`specific.py`) is hidden
instead. With none, a long passage with a source asks only who said it; one with no
source has nothing to ask, and makes no card.
"""

from __future__ import annotations

from cards.commonness import zipf
from cards.extractors.quotes.given import shown
from cards.extractors.quotes.specific import PLAIN, named, sharper, specific
from cards.giveaway import gives_away, stems
from cards.language import BE, words

LONG = 50
"""Words from which a quote is a passage, not a saying: its one plain word asks nothing."""
_NEGATIONS = frozenset("no none nothing never nobody neither nor not".split())
_DEGREE = frozenset("very so too quite only extremely really most more less all".split())
"""Words between "is" and what it says of the subject: "are extremely {{rare}}"."""


def hidden_instead(text: str, span: tuple[int, int], title: str) -> tuple[int, int] | None:
    """What the card hides in place of `text[span]`: the span itself when it asks
    something, else a sharper noun phrase of the passage (`_sharper`); None when the
    passage has no such phrase and the span is one plain word of it, or what the title
    names in a long passage. In a short one that stays: a card that defines a term is
    answered without the title, a long passage with its subject hidden is not."""
    said, hidden = stems(title), stems(text[span[0] : span[1]])
    titled = gives_away(said, hidden) and said <= hidden  # the title is left out
    plain = not titled and _plain(text, span)
    if not titled and not plain:
        return span
    other = _sharper(text, span, said, titled)
    if other is not None:
        return other
    return None if plain or len(words(text)) >= LONG else span


def _plain(text: str, span: tuple[int, int]) -> bool:
    """One plain word of a long passage, neither a name, nor a negation, nor what the
    passage says its subject is ("is only {{apparent}}") unless it says so of several
    ("... is {{banned}} ... are {{banned}} ... may be {{banned}}": one word asked thrice)."""
    hidden = text[span[0] : span[1]]
    found = words(hidden)
    if len(found) != 1 or not hidden[:1].islower() or found[0] in _NEGATIONS:
        return False
    passage = words(text)
    if zipf(found[0]) < PLAIN or len(passage) < LONG:
        return False
    before = [w for w in words(text[max(0, span[0] - 30) : span[0]])[-3:] if w not in _DEGREE]
    return not (before[-1:] and before[-1] in BE) or passage.count(found[0]) > 1


def _sharper(
    text: str, span: tuple[int, int], said: frozenset[str], titled: bool
) -> tuple[int, int] | None:
    """A noun phrase to hide in place of a weak one: two words or more after an article,
    naming no part of the title (its `stems`, `said`), and clearly rarer than a plain word
    it replaces."""
    other = specific(text, shown(text))
    if other is None or not named(text, other):
        return None
    if gives_away(said, stems(text[other[0] : other[1]])):
        return None
    return other if titled or sharper(text, span, other) else None
