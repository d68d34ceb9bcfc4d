"""The prose of a blockquote that a card can hold: what comes before a block it cannot.

    > A ledger entry need not balance on its own. For example     <- kept: "A ledger ... own."
    > ```
    > debit 40
    > ```
    > produces half a transaction, not a whole one.               <- dropped: it needs the code

A quote's text is its paragraphs. A code block, a formula, a table, a list or a picture in
the passage has no place on the card, and the prose around it leans on it: joined across
it, the paragraphs read "For example produces half a transaction", which judges marked as
broken text. The passage ends before the first such block, at the last whole sentence
when the one before the block leads into it ("For example", "as follows:"); a line that
only names the quote's author after the block still names it. A quote whose prose as a
whole is a page pasted (`passage.MAX_UNNAMED`) stays no card: its first lines are no
passage the note chose. A list that closes the quote alone is its attribution
(`> - Author`), read elsewhere; a list an introducing line sets out is an outline
(`blockquote._outline`), no passage at all.
"""

from __future__ import annotations

import re

from cards.extractors.quotes.ending import split_attribution
from cards.extractors.quotes.passage import MAX_UNNAMED
from cards.inline import InlineText
from cards.language import sentences
from cards.parse import Block

_HELD_NOT = frozenset(("code", "math", "table", "list"))
"""Blocks a card's text cannot show."""
_LEADS = re.compile(
    r"(?:[:,;]|\b(?:for example|for instance|e\.g\.?|as follows|such as|like this|like so"
    r"|below|the following|here is|here's|consider))[.\s*_]*$",
    re.IGNORECASE,
)
"""The end of a sentence that hands over to the block after it."""
_ENDED = (".", "!", "?", '"', "”", ")", "…")


def held(block: Block) -> tuple[list[Block], list[InlineText]]:
    """The paragraphs of a blockquote before the first block a card cannot show, and their
    texts, the last cut to its last whole sentence when it leads into the block; a last
    paragraph after the block that only names the author follows them."""
    children = block.children
    at = next(
        (i for i, c in enumerate(children) if _unheld(c) and not _closing(children, i)),
        len(children),
    )
    before = [c for c in children[:at] if c.kind == "paragraph"]
    texts = [c.text for c in before]
    if at == len(children):
        return before, texts
    if sum(len(c.text.text.split()) for c in children if c.kind == "paragraph") > MAX_UNNAMED:
        return [], []  # a page pasted, as `not_a_passage` finds it whole: its first lines too
    if texts:
        texts[-1] = _whole(texts[-1])
    last = children[-1]
    if last.kind == "paragraph" and at < len(children) - 1:
        rest, who = split_attribution(last.text)
        if who and not rest.text.strip():
            return [*before, last], [*texts, last.text]
    return before, texts


def _unheld(child: Block) -> bool:
    """A block a card's text cannot show: code, a formula, a table, a list, or a paragraph
    that is only a picture (`![](...)`, `![[...]]`)."""
    if child.kind != "paragraph":
        return child.kind in _HELD_NOT
    text = child.text
    return not text.text.strip() and any(m.kind in ("image", "embed") for m in text.marks)


def _closing(children: tuple[Block, ...], at: int) -> bool:
    """A one-item list that closes the quote: `> - Author`, its attribution."""
    found = children[at]
    return found.kind == "list" and at == len(children) - 1 and len(found.children) == 1


def _whole(text: InlineText) -> InlineText:
    """`text` up to its last whole sentence that does not hand over to the block after it
    ("... a whole one. For example" keeps "... a whole one."); empty when none is left."""
    plain = text.text.rstrip()
    if plain.endswith(_ENDED) and not _LEADS.search(plain):
        return text
    spans = sentences(plain)
    while spans:
        start, end = spans[-1]
        last = plain[start:end].rstrip()
        if last.endswith(_ENDED) and not _LEADS.search(last):
            return text.slice(0, end).strip()
        spans = spans[:-1]
    return InlineText()
