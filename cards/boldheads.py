"""A bold line standing alone is a heading, for the breadcrumb of the cards below it.

    ## Seabirds
    ...
    **Nesting on cliffs**                  <- a section, typed in bold instead of `###`
    - Ledges too narrow for a fox ...      <- "Seabirds" alone says less than where it is

Many notes go on, after their last real heading, in sections whose titles are bold
paragraphs. A card of such a section whose breadcrumb names only the heading above them
says it is about that heading's topic, and judges marked it wrong when the heading was a
sibling topic (a search algorithm over cards on activation functions). So a bold-only
short line, at the top level of the note, names the section until the next heading or the
next bold paragraph: a bold sentence or a longer bold passage is no title, but it stands
apart as one does, and the bold title above seldom still holds after it.

It takes the place of the nearest heading rather than standing under it: such lines as
often close the section they follow (a cheat sheet's topics after its last heading) as
divide it, and a breadcrumb that names too wide a topic only says less, where one that
names a sibling's says something false. A bold sentence (it ends on `.`, `!`, `?`) or a
line of more than `LEAD_WORDS` words is emphasis of a fact, not a title.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from cards.language import words
from cards.outline import LEAD_WORDS
from cards.parse import Block

_AFTER = " \t:"
"""What may follow the bold words on their line: "**Risks**:" is a title too."""


class BoldHeadings:
    """The bold heading in force at each line of one note (`under`)."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self._starts: list[int] = []
        self._titles: list[str] = []
        for block in blocks:
            if block.kind == "heading":
                self._open(block.line, "")
            elif block.kind == "paragraph" and all_bold(block):
                self._open(block.line + 1, bold_title(block))

    def _open(self, line: int, title: str) -> None:
        self._starts.append(line)
        self._titles.append(title)

    def under(self, line: int) -> str:
        """The bold heading above `line` with no heading or bold paragraph between, or ""."""
        at = bisect.bisect_right(self._starts, line) - 1
        return self._titles[at] if at >= 0 else ""


def all_bold(paragraph: Block) -> bool:
    """Whether one bold run holds all of a paragraph's words."""
    text = paragraph.text.text
    end = len(text.rstrip(_AFTER))
    return bool(end) and any(
        m.kind == "strong" and m.start == 0 and m.end >= end for m in paragraph.text.marks
    )


def bold_title(paragraph: Block) -> str:
    """An all-bold paragraph's words when they read as a title: one line, at most
    `LEAD_WORDS` words, not a sentence; else ""."""
    text = paragraph.text.text
    if paragraph.text.breaks or text[:1].isspace():
        return ""
    title = text.rstrip(_AFTER)
    if title.endswith((".", "!", "?")):
        return ""
    return title if 0 < len(words(title)) <= LEAD_WORDS else ""
