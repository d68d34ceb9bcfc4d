"""A bold line that titles the cited passage quoted below it: no claim of its own.

    **The miller keeps the last sack for the lean year**     <- the writer's title
    > [Sayings of the Valley 4:12](https://...):             <- the passage, with its source
    > The miller said: keep one sack of every ten ...

Notes that gather passages of a scripture, a law code or a paper head each quote with a
bold line of their own that sums it up or paraphrases it. Read as emphasis, that line
became a claim card: the writer's gloss stated as a fact with no source, beside the quote
card that holds the passage and its citation. The line titles the quote (the quote card
shows it over its front, `boldheads.py`); it makes no card. A bold line over a quote with
no source, or over a callout of the writer's own (`> [!note]`), is the writer speaking,
and is read as any emphasis.
"""

from __future__ import annotations

from cards.boldheads import all_bold
from cards.extractors.claims.reading import Passage
from cards.extractors.quotes.around import after_attribution
from cards.extractors.quotes.cited import source_first, trailing_source
from cards.extractors.quotes.ending import split_attribution
from cards.extractors.quotes.opening import opening_source
from cards.extractors.walk import QUOTE_CALLOUTS, Visit
from cards.inline import concat
from cards.parse import Block


def titles_quote(passage: Passage) -> bool:
    """Whether the passage is a bold line alone in its paragraph, right above (blank lines
    aside) a blockquote that cites the work it quotes."""
    visit = passage.visit
    block = visit.block
    quoted = visit.next()
    if quoted is None or quoted.kind != "blockquote" or quoted.callout not in QUOTE_CALLOUTS:
        return False
    if block.text.breaks or not all_bold(block):
        return False
    below = Visit(quoted, visit.headings, False, visit.siblings, visit.index + 1, visit.parent)
    return _cited(quoted) or bool(after_attribution(below))


def _cited(quoted: Block) -> bool:
    """Whether the quote names its source: a citation that opens or closes it, or a
    speaker's attribution at its end."""
    parts = [c.text for c in quoted.children if c.kind == "paragraph"]
    if not parts:
        return False
    whole = concat(parts, sep="\n").strip()
    readers = (source_first, opening_source, trailing_source, split_attribution)
    return any(read(whole)[1] for read in readers)
