"""A citation that opens a passage before a dash or a colon, and a blockquote of several
passages that each open with their own.

    > Harbour Laws 4.2 - A pilot who leaves the ship before the anchor holds ...
    > Ferry Code (2.7.1).—'The ferryman owes the passenger ...'
    > [Tide Almanac](https://...) - The spring tide comes two days after ...
    > 8.352: A captain who ... (a verse's number alone goes, its work in the line above)

    > Harbour Laws 4.2 - A pilot who ...              <- two works quoted in one blockquote:
    >                                                    two quotes, each with its own source
    > Ferry Code (2.7.1).—'The ferryman owes ...'

Scripture and law notes paste the verses they compare into one blockquote, each opened
by its work and place. Judges marked such a blockquote made into one card as two quotes
merged (two sources, one attribution or none, and a deletion chosen in either), and the
citation left in the text as noise the card shows. A paragraph opened by a citation is
one quote, from that citation; a blockquote whose every paragraph is one is that many.
"""

from __future__ import annotations

import re

from cards.extractors.quotes.cited import cited
from cards.extractors.quotes.make import MIN_WORDS, quote
from cards.extractors.quotes.versed import work_over
from cards.extractors.walk import Visit
from cards.inline import InlineText
from cards.items import Item
from cards.language import words
from cards.parse import Block, ParsedNote

_OPENS = re.compile(
    r"^(?P<cite>[^\s:–—-][^:–—]{0,60}?)\s*(?P<sep>\s-\s|\.?\s*[–—]\s*|:\s)(?=[‘'\"“A-Z(\[])"
)
"""`Harbour Laws 4.2 - `, `Ferry Code (2.7.1).—`, `8.352: `: a short lead before a dash or a
colon, and a passage that opens on a capital or a quotation mark."""
_VERSE = re.compile(r"\d{1,3}(?:\.\d{1,4}){1,3}")
"""`8.352`: a verse's number alone, no work."""
_WRAPPED = re.compile(r"^[‘'\"“](?P<q>[^‘’\"“”]+)[’'\"”]\.?$")
"""`'The ferryman owes ...'`: the passage in quotation marks, which say only what `>` does."""


def opening_source(body: InlineText) -> tuple[InlineText, str]:
    """The passage after a citation that opens it (a work and a place, or a link before a
    dash), and the citation; a verse's number alone goes, naming no one. `(body, "")`
    when the passage opens with no citation."""
    passage, work, _ = opening_verse(body)
    return passage, work


def opening_verse(body: InlineText) -> tuple[InlineText, str, str]:
    """`opening_source`, and the dotted number of a verse that opens the passage with no
    work (`8.352: ...`), or "": one reading of the line gives both."""
    found = _opened(body)
    if found is None:
        return body, "", ""
    rest, cite, verse = found
    return (rest, "", cite.rstrip(".")) if verse else (rest, cite, "")


def _opened(body: InlineText) -> tuple[InlineText, str, bool] | None:
    """The passage, its opening citation, and whether that is a verse's number alone; or
    None. A link before a colon is a term a glossary line defines (`[Deque](...): ...`)."""
    found = _OPENS.match(body.text)
    if found is None:
        return None
    cite = found["cite"].strip()
    link = ":" not in found["sep"] and any(
        m.kind in ("link", "wikilink") and m.start == 0 and m.end >= found.end("cite")
        for m in body.marks
    )
    unbracketed = cite.replace("(", " ").replace(")", " ").strip(" .")
    verse = _VERSE.fullmatch(cite.rstrip(".")) is not None
    if not (link or verse or cited(unbracketed, colon=False, numbered=True)):
        return None
    rest = body.slice(found.end(), len(body.text)).strip()
    wrapped = _WRAPPED.match(rest.text)
    if wrapped is not None:
        rest = rest.slice(wrapped.start("q"), wrapped.end("q")).strip()
    return rest, cite, verse


def several(
    note: ParsedNote, visit: Visit, paragraphs: list[Block], over: InlineText
) -> list[Item] | None:
    """The quotes of a blockquote whose paragraphs (two or more) each open with a citation
    of their own (or a verse's number), one from each; None when it holds one passage.
    Numbered verses take the work the line `over` them names (`versed.py`)."""
    if len(paragraphs) < 2:
        return None
    opened = [_opened(p.text) for p in paragraphs]
    found = [o for o in opened if o is not None]
    if len(found) < len(opened):
        return None
    rule = "quote.blockquote"
    made = (
        quote(note, visit, p.line, body, work_over(over, who.rstrip(".")) if verse else who, rule)
        for p, (body, who, verse) in zip(paragraphs, found, strict=True)
        if len(words(body.text)) >= MIN_WORDS
    )
    return [item for item in made if item is not None]
