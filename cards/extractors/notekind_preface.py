"""A note speaking of itself: what it holds and how far along it is, not its subject.

Many notes open with a line on what the note is: "A collection of essays and talks on
pottery glazes", "This page will cover the rules I follow when pruning". Line by line it
reads like a definition ("A collection of ... is ..."), and a card would ask what the
owner's page holds. The line names the page, never the subject: a collection of writings
("articles", "links", "essays", ...), or the page or note itself as the subject of its
sentence. "A collection of cells forms a tissue" is biology, and stays, and so does a line
on a page of a book ("This page of the codex is lost"). That is `notekind.preface`.

`notekind.status`: a paragraph that opens on a short sentence saying the owner's work is
not done ("A review is pending.", "The write-up is still in progress."): the rest of
it is what the owner may do next. A longer sentence is a subject's ("the thread continues
while the transfer is in progress"), and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.extractors.notefeatures import Section
from cards.extractors.notespans import Span
from cards.extractors.walk import walk
from cards.parse import ParsedNote

WRITINGS = (
    r"articles|books|links|essays|talks|videos|papers|notes|resources|readings|references"
    r"|quotes|snippets|thoughts|commentary|bookmarks|clippings|podcasts|tutorials|guides|diagrams"
    r"|recipes|sources|photos"
)
PREFACE = re.compile(
    rf"^(?:an? (?:collection|list|compilation|set|gathering|roundup) of (?:\w+ )?(?:{WRITINGS})\b"
    r"|this (?:page|note|document|file|wiki|notebook) (?:is|contains|collects|lists|documents"
    r"|holds|will|covers|gathers|keeps)\b)",
    re.I,
)
"""The line's opening names the page: a collection of writings, or "this page" doing what a
page does ("contains", "will cover"). "A collection of cells" names no writing."""

STATUS = re.compile(
    r"^(?:(?:an?|the|my|our) )?(?:[\w-]+ ){1,2}(?:is|are) (?:still )?(?:pending|in progress"
    r"|not (?:yet )?(?:finished|done|complete)|(?:yet )?to be (?:done|written|decided))\.",
    re.I,
)
"""A sentence of at most three words before the verb, all of it the work's state."""


def preface(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """A paragraph opening on the note describing itself: that paragraph alone."""
    for block in note.blocks:
        text = block.text.text
        if block.kind == "paragraph" and PREFACE.match(text.lstrip()):
            end = block.line + text.count("\n") + 1
            yield Span(block.line, end, "preface", "the note describing itself")


def status(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """A paragraph, anywhere in the note, opening on the owner's work not being done."""
    for visit in walk(note.blocks):
        text = visit.block.text.text
        if visit.block.kind == "paragraph" and STATUS.match(text.lstrip()):
            end = visit.block.line + text.count("\n") + 1
            yield Span(visit.block.line, end, "status", "the owner's work, not done")
