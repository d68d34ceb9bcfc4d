"""Lines in which a note talks to its reader about itself, not about its subject.

    I call this section the overhang, because that is what it holds.    <- naming its part
    If you get confused: the valves come before the pump.               <- soothing its reader
    Use the sidebar on the left to browse the recipes.                   <- a site's signpost
    Good question! A kite for light wind needs a broad, light sail.     <- a chatbot's preamble

Each reads like a statement ("the menu is on the left", "a kite needs a light sail"), and a card
would ask what the page's author calls a section of their page, where a website keeps its
menu, or what someone once asked a chatbot. The line names the page or its reader: a
section, page or note the writer names ("I call this section ...", not "we call this part
of the valve the cusp", a subject's part), the reader's
confusion ("If you get confused ..."), the page's parts to find one's way by (a sidebar,
a tree or a table of contents on the left or the right, said to the reader), or a
chatbot's praise of the question it answers, with the paragraph it opens. "The left
ventricle pumps ..." names no page part, and "the ones on the left are the high bits" no
reader: they stay. That is `notekind.meta`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.extractors.notefeatures import Section
from cards.extractors.notespans import Span
from cards.extractors.walk import walk
from cards.parse import ParsedNote

NAMING = re.compile(
    r"\b(?:I|we) (?:call|named?|titled?) this (?:section|page|note|chapter|post|article)\b"
    r"|\bif you(?:'re| are)? (?:get |got |feel |are |still )?confused\b",
    re.I,
)
"""The writer naming their own page's part, or soothing a reader lost in it."""
SIGNPOST = re.compile(
    r"\b(?:sidebar|side bar|(?:directory|file|folder|navigation) tree|table of contents"
    r"|navigation (?:bar|menu|pane)|explorer pane)\b",
    re.I,
)
"""A page's part to find one's way by."""
READER = re.compile(r"^\W*(?:you|use|see|check|click|browse|open)\b", re.I)
"""The line speaking to its reader: "You have ...", "- Use the ...", "> See ..." (a bullet's
or a quote's marks are no word)."""
PRAISE = re.compile(
    r"^(?:(?:great|good|excellent|interesting|fantastic|nice) question|what a great question)[!.]",
    re.I,
)
"""A chatbot's answer opening on praise of the question it was asked."""


def meta(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """Each paragraph (or list item's paragraph) opening on praise of a question, and each
    line naming the page's part, its reader's confusion or its signposts."""
    first = note.note.body_line
    for i, raw in enumerate(note.note.body.splitlines()):
        if NAMING.search(raw) or (READER.search(raw) and SIGNPOST.search(raw)):
            yield Span(first + i, first + i + 1, "meta", "the note talking to its reader")
    for visit in walk(note.blocks):
        text = visit.block.text.text
        if visit.block.kind == "paragraph" and PRAISE.match(text.lstrip(" *_")):
            end = visit.block.line + text.count("\n") + 1
            yield Span(visit.block.line, end, "meta", "a chatbot's preamble")
