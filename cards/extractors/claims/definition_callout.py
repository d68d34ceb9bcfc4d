"""claim.definition-callout: an Obsidian callout the writer typed as a definition.

    > [!definition] Allostatic load                <- the title is the term; the card
    > The wear on the body of chronic stress.         reads "Allostatic load: The wear ..."

    > [!definition]                                <- untitled: the term is the one its
    > Oxytocin is a hormone that bonds partners.      first sentence defines

The writer has said outright that this is a definition, so the term is taken from the
title however it is worded, and only the first sentence is the meaning: the rest of the
callout (examples, asides) is claimed too, so that no other rule makes cards of it.
"""

from __future__ import annotations

from cards.extractors.claims.defines import definition_term
from cards.extractors.claims.reading import Claimed, ClaimRule, Reading
from cards.extractors.walk import Visit, paragraphs
from cards.inline import InlineText, concat
from cards.items import Item
from cards.language import sentences

CALLOUT = "definition"


def definition_callout(reading: Reading, visit: Visit) -> Claimed | None:
    """The callout's definition; the blocks inside it are claimed with no item."""
    block = visit.block
    if visit.parent is not None and visit.parent.callout == CALLOUT:
        return Claimed()  # read with the callout itself
    if block.kind != "blockquote" or block.callout != CALLOUT:
        return None
    body = concat([p.text for p in paragraphs(block)]).strip()
    spans = sentences(body.text)
    if not spans:
        return Claimed()
    first = body.slice(0, spans[0][1]).strip()
    titled = block.title.strip() if block.title is not None else InlineText()
    term = titled.text or definition_term(first.text)  # an untitled one defines in its sentence
    if not term:
        return Claimed()
    span = first.text.lower().find(term.lower())
    if span < 0:  # "> [!definition] Allostatic load" over its meaning: card reads "Term: meaning"
        first = concat([titled, first], sep=": ")
        span = 0
    key = (span, span + len(term))
    ref = reading.ref(visit, first)
    return Claimed(
        (Item("claim", ref, first, key=key, term=term, rule="claim.definition-callout"),)
    )


RULE = ClaimRule(
    block=definition_callout, kinds=frozenset(["blockquote", "heading", "paragraph", "table"])
)
