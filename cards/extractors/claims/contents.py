"""A guide's table of contents: links to its own sections, each with a blurb.

    1. [Pricing](https://example.org/guide#pricing) - what each plan costs you.  <- contents
    - [Tidal lock](https://example.org/wiki/Tidal_locking#Moon): a state in ...  <- a term

A long guide opens on a list of its sections, each a link to an anchor on the page and a
line saying what the section covers. The list is shaped like a glossary, but the "term" is
a chapter's title and the "meaning" a teaser, so "What is pricing?" is answered by the
chapter, not the card. Only a value that opens on a kind ("a ...", "the ...") is read as a
definition, whatever the link points at.
"""

from __future__ import annotations

import re

from cards.extractors.claims.labels import genus
from cards.inline import InlineText


def contents_entry(text: InlineText, found: re.Match[str]) -> bool:
    """Whether the matched term is wholly a link to a section of a web page (a `#`
    anchor) over a value that names no kind."""
    start, end = found.span("term")
    return any(
        m.kind == "link" and m.start <= start and end <= m.end and _anchored(m.data)
        for m in text.marks
    ) and not genus(found.group("rest"))


def _anchored(target: str) -> bool:
    """A link to a named part of a web page, not the page itself."""
    return target.startswith(("http://", "https://")) and "#" in target.rstrip("#")
