"""Rule `quote.highlight`: a passage an e-reader export marks with its location in the book.

    ## Highlights
    - Attention is the currency of learning. ([Location 263](https://readwise.io/...))
    - Practice spaced over days beats practice crammed into one. (Location 285)

    A habit is a vote for the person you mean to become. — location: [512](kindle://...)

Highlight exports (Readwise, the Kindle plugins) write each highlight as a list item or a
paragraph closed by its location, with no quotation marks: the location says the words
are the book's, where a page after a line of one's own notes (`(p. 12)`) says only where
an idea came from. The quote is the book author's, when the note names one in its front
matter or on an `Author:` line of its metadata, as the exports do; the attribution then
says the book and the location too (`Mira Castellanos, Learning That Lasts, Location
263`), as for any quote a book note marks by its place. A line under a highlight that
opens on a label (`**Note:** try this ...`, `My own note: ...`) is the reader's own, and no
quote, even with a location after it.
"""

from __future__ import annotations

import re

from cards.extractors.quotes.around import located
from cards.extractors.quotes.exercise import exercise
from cards.extractors.quotes.make import MIN_WORDS, quote, unwrapped
from cards.extractors.walk import Visit
from cards.items import Item
from cards.language import LABELS, words
from cards.parse import ParsedNote
from cards.syntax.clippings import location_marker

_LABEL = re.compile(r"^\W*(?P<lead>(?:[\w'’]+\s+){0,3}?)(?P<label>\w+)\s*:")
"""A lead of a few words before a colon: `Note:`, `My own note:`, `Quick thought:`."""
_OWN = frozenset("my our own personal".split())


def highlight(note: ParsedNote, visit: Visit) -> list[Item]:
    """The highlight a paragraph closed by an e-reader location holds."""
    block = visit.block
    if block.kind != "paragraph":
        return []
    marker = location_marker(block.text.text)
    if marker is None:
        return []
    at, where = marker
    body = unwrapped(block.text.slice(0, at).strip())
    label = _LABEL.match(body.text)
    if len(words(body.text)) < MIN_WORDS or exercise(body.text, visit.headings):
        return []
    if label and _own_label(label["lead"], label["label"]):
        return []  # "Note: ...", "My own note: ..." under a highlight is the reader's own
    made = quote(note, visit, block.line, body, located(note, where), "quote.highlight")
    return [made] if made is not None else []


def _own_label(lead: str, label: str) -> bool:
    """A label that says the reader wrote the line: a label word (`Note:`, `Thought:`)
    after at most a few words (`My own note:`, `Quick thought:`), or one that says whose
    (`My take:`)."""
    return label.lower() in LABELS or bool(_OWN.intersection(words(lead)))
