"""Whether a quote leans on something the card does not show: a figure, or words before it.

    > The amber rows stand for the ledgers, the grey rows for the clerks.   <- which picture?
    > As the diagram above shows, the weir holds back the silt.            <- which diagram?
    > Most towns cannot afford both, so the miller does the baking too.    <- both of what?
    > Indeed they were the first to card wool.                             <- who?

A note pastes a passage next to the picture it explains or under the paragraph that names
what it speaks of; the card shows the passage alone. Colours or labels of a figure, and
a figure pointed at, name nothing the card holds: judges marked such cards as ones to fix.
With no source, a pointer ("both" for a pair, "they", "this" and its noun) that the claim
rules find standing for text before it leaves the card unanswerable as well; a quote with
a source is the source's words, its pointers the source's, and the card asks who said
them.
"""

from __future__ import annotations

import dataclasses
import re

from cards.extractors.claims.pointed import unpointed
from cards.items import Item
from cards.language import sentences

_COLOURED = re.compile(
    r"\b(?:the|in|with) (blue|green|red|yellow|orange|purple|pink|grey|gray|black|white"
    r"|brown|cyan|magenta|violet|amber|teal)"
    r" (?!(?:wine|tape|carpet|giant|dwarf|shift|flag|light|sea|tea)s?\b)[a-z]+",
    re.IGNORECASE,
)
"""A colour naming a mark of a figure: "the blue classes", "in red ink"."""
_FIGURE = re.compile(
    r"\b(?:(?:figure|fig\.|diagram|image|picture|graph|chart|plot|illustration|screenshot)"
    r"s? (?:above|below)|(?:above|below|following|next) (?:figure|diagram|image|picture"
    r"|graph|chart|plot|illustration|screenshot)s?\b|(?:figure|fig\.) \d)",
    re.IGNORECASE,
)
"""A figure pointed at: "the diagram above", "the following chart", "Figure 3"."""

_OPENS = re.compile(r"[\"“'*_ ]*(?:This|These|Those|That)\b")
"""A quote that opens on a demonstrative: `back.points_outside` reads it, and a passage on
"this body" or "this life" is often about any reader's."""
_THOSE_WHO = re.compile(r"\b[Tt]hose\b[^.;:]{0,40}?\bwho\b")
""""those ... who": anyone who does what the clause says, not a group named before."""


def keyed_to_figure(text: str) -> bool:
    """Whether `text` speaks of a figure: points at one, or names two colours of its
    marks ("the amber rows ..., the grey rows ...")."""
    if _FIGURE.search(text):
        return True
    colours = {found.group(1).lower() for found in _COLOURED.finditer(text)}
    return len(colours) >= 2


def points_before(item: Item) -> bool:
    """Whether an unattributed quote's first sentence holds a pointer that only the text
    before the quote resolves, as the claim rules read one ("hiring both", "they were the
    first"); a pointer in a later sentence may stand for the sentences before it, which
    the card shows."""
    spans = sentences(item.text.text)
    first = item.text.slice(0, spans[0][1]) if spans else item.text
    if _OPENS.match(first.text) or _THOSE_WHO.search(first.text):
        return False  # `back.points_outside` reads "This ..."; "those who" is anyone
    return unpointed(dataclasses.replace(item, text=first, key=None)) is None
