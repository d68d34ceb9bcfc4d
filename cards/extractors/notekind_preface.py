"""A note describing itself: its preface, not its subject (`notekind.preface`).

Many notes open with a line on what the note is: "A collection of essays and talks on
pottery glazes", "This page will cover the rules I follow when pruning". Line by line it
reads like a definition ("A collection of ... is ..."), and a card would ask what the
owner's page holds. The line names the page, never the subject: a collection of writings
("articles", "links", "essays", ...), or the page or note itself as the subject of its
sentence. "A collection of cells forms a tissue" is biology, and stays, and so does a line
on a page of a book ("This page of the codex is lost").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.extractors.notefeatures import Section
from cards.extractors.notespans import Span
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


def preface(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """A paragraph opening on the note describing itself: that paragraph alone."""
    for block in note.blocks:
        text = block.text.text
        if block.kind == "paragraph" and PREFACE.match(text.lstrip()):
            end = block.line + text.count("\n") + 1
            yield Span(block.line, end, "preface", "the note describing itself")
