"""Making a quote item, the same way whichever rule found the quote.

    > "Love is not a feeling, it is a choice."      <- marks around the whole quote go
    > — Erich Fromm                                  <- cleaned: "Erich Fromm"
    > 17] All rivers rose in the first age ...       <- the verse number goes (`trim.py`)
    > ... the same debt. Harbour Laws 3.7.2          <- a citation closing it is its source
    > ... — Scroll 3, Leaf 12                        <- a place, shown, not asked (`record.py`)

A quote card hides one phrase (`phrase.py`: the emphasised one, else the phrase that
finishes its first sentence) and the attribution. Quotation marks around the whole quote
say only what the card says already, and go.
"""

from __future__ import annotations

from cards.extractors.quotes.back import points_outside, refers_back
from cards.extractors.quotes.cited import source_note, trailing_source
from cards.extractors.quotes.names import clean
from cards.extractors.quotes.offcard import keyed_to_figure, points_before
from cards.extractors.quotes.phrase import MAX_HIDDEN, key
from cards.extractors.quotes.plain import hidden_instead
from cards.extractors.quotes.record import named
from cards.extractors.quotes.trim import trimmed
from cards.extractors.walk import Visit
from cards.inline import InlineText
from cards.items import Item, SourceRef
from cards.language import words
from cards.parse import ParsedNote

_ENDS = (".", "!", "?", "…", '"', "”", "’")
"""How a sentence ends: a line with no phrase that ends on none is a label or a caption."""
MIN_WORDS = 3
"""A quote of fewer words is a phrase in quotation marks, not a passage worth a card."""


def quote(
    note: ParsedNote,
    visit: Visit,
    line: int,
    body: InlineText,
    who: str,
    rule: str,
    title: str = "",
    asked: str = "",
) -> Item | None:
    """A quote item found by `rule` at `line`, under the headings above `visit`; none when
    it counts what a quote before it named or, with no source, opens on a word for what
    came before it (`back.py`), or its source names no one
    (`record.py`) and no phrase of it is worth recalling: a card would hide a locator or a
    tail of the sentence; none either when, with no source, it is a long passage whose
    one deletion would be a plain word (`plain.py`) or that has no phrase to hide, or when
    it leans on a figure or, with no source, on words before it (`offcard.py`). `asked`:
    the words to hide, where the rule knows them (a saying set beside its gloss)."""
    ref = SourceRef(note.path, line, visit.headings)
    body = trimmed(body)
    if refers_back(body.text):
        return None  # "these three centres ...": what it counts is in the quote before
    body, noted = source_note(body)  # "... (Source: Tide Almanac)"
    who = who or noted
    if not who:
        body, who = trailing_source(body)
    who, shown = named(clean(who))
    alone = rule == "quote.blockquote" and not (who or shown or title)  # set apart from prose
    if alone and points_outside(body.text):
        return None  # "This is the oldest rule ...": which one, the card cannot say
    if keyed_to_figure(body.text):
        return None  # "the amber rows ..., the grey rows ...": of a picture not shown
    attributed = bool(who or shown)
    at = body.text.find(asked) if asked else -1
    hidden = (at, at + len(asked)) if at >= 0 else key(body, attributed)
    if hidden is None and not attributed:
        long = len(words(body.text)) > MAX_HIDDEN
        if long or not body.text.rstrip().endswith(_ENDS):
            return None  # no phrase, no source: a card would hide a tail picked blind
    if hidden is not None and at < 0:
        hidden = hidden_instead(body.text, hidden, note.title)  # "{{stuck}}" in sixty words
        if hidden is None and not attributed:
            return None  # no source to ask for either: nothing the card could ask
    if shown and not who and hidden is None:
        return None
    made = Item("quote", ref, body, key=hidden, attribution=who, title=title or shown, rule=rule)
    return None if not attributed and points_before(made) else made


def unwrapped(body: InlineText) -> InlineText:
    """`> "Love is not a feeling ..."`: quotation marks around the whole quote say only what
    the blockquote says already; the card has its own."""
    text = body.text
    wrapped = len(text) > 2 and text[0] in '"“' and text[-1] in '"”'
    if wrapped and not any(c in '"“”' for c in text[1:-1]):
        return body.slice(1, len(text) - 1).strip()
    return body
