"""The owner's own idea, set out step by step: a proposal, not what is known (`notekind.proposal`).

An owner who works out an idea of their own writes it the way a textbook writes a method:
a list of steps, each a label and a sentence ("Read: the stored value must be read into a
variable"). Line by line that is a definition list; what gives it away is the paragraph
that leads into it, where the owner claims it ("Here's how my idea goes:", "My algorithm
is as follows:"). From that lead-in to the next heading the section is the owner's
proposal: a card would ask a reader to recall an invention nobody else holds. A section
headed as the owner's ideas ("My new ideas", "My own theory") is one too; "Key ideas" is a
book's gist, and "My notes" what the owner gathered.

A method lead in by its author's name ("Dijkstra's algorithm goes as follows:"), by "our"
in a paper's voice, or "my" about a thing that is not an idea ("my laptop is set up as
follows:") stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.extractors.notefeatures import END, Section
from cards.extractors.notespans import Span, under
from cards.parse import ParsedNote

OWN_IDEA = re.compile(
    r"\b(?:my (?:own )?(?:idea|theory|algorithm|hypothesis|proposal|conjecture|scheme|model"
    r"|framework)|i (?:came up with|devised|invented|propose))\b",
    re.I,
)
"""The owner claiming an idea as their own: "my idea", "my own theory", "I devised"."""
HEADING = re.compile(
    r"^my (?:own |new )*(?:ideas?|theor(?:y|ies)|proposals?|inventions?|hypothes[ie]s)\W*$", re.I
)
"""A section headed as the owner's own ideas: "My New Ideas", "My own theory"."""


def proposal(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """A section headed as the owner's ideas; from a paragraph that leads into the owner's
    own idea to the next heading."""
    for i, section in enumerate(parts):
        if section.level and HEADING.match(section.title):
            yield under(parts, i, "proposal", "a section headed as the owner's ideas")
    blocks = note.blocks
    for i, block in enumerate(blocks):
        if block.kind != "paragraph" or not block.text.text.rstrip().endswith(":"):
            continue
        if OWN_IDEA.search(block.text.text):
            rest = (b.line for b in blocks[i + 1 :] if b.kind == "heading")
            yield Span(block.line, next(rest, END), "proposal", "the owner's own idea, set out")
