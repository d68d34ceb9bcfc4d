"""Claims: declarative sentences the note asserts, found by named rules tried in order.

    ## Secure attachment leads to greater sexual well-being     <- heading that is a sentence
    - [[Sleep consolidates new memories]]                      <- link whose text is one
    Attachment and relationships are **about survival**.       <- emphasised key phrase
    Endorphins are our natural pain-killing hormones.          <- definition ("X is/are a Y")
    1. Freeze: The impulse to shut down when threatened.       <- "Term: what it is" list item
    Anchoring:: relying on the first number heard.             <- Dataview field, the same
    | Halo effect | One good trait colours the rest |          <- row of a "Meaning" table
    > [!definition] Oxytocin                                   <- definition callout

Not claims: questions, instructions, link lists, tag-only lines, quoted
text and highlights an export closes with their location (the quote extractor's),
sentences under four words, and text that holds a pasted web address ("From
https://...", "NTLab's open board - https://..."): a bookmark, whose card would hide a
piece of the address.

Each rule is a module of this package (`claim.heading` is `heading.py`). Block rules read
a heading, a table or a paragraph whole, in the order of `RULES`; the sentence rules then
read, in that order, each sentence of a paragraph that no block rule claimed whole.
"""

from __future__ import annotations

from collections.abc import Iterator

from cards.extractors.analysis import analyse
from cards.extractors.claims import (
    definition,
    definition_callout,
    emphasis,
    glossary_table,
    heading,
    key_points,
    labelled,
    linked,
    term_heading,
    term_lines,
    term_list,
    term_outline,
    titled,
)
from cards.extractors.claims.lead_in import lead_in
from cards.extractors.claims.mend import mend
from cards.extractors.claims.reading import BlockRule, Claimed, ClaimRule, Passage, Reading
from cards.extractors.ruler import Ruler
from cards.extractors.taxonomy import Taxonomy
from cards.extractors.walk import walk
from cards.items import Item
from cards.parse import ParsedNote
from cards.syntax.clippings import location_marker

__all__ = ["RULES", "ClaimRule", "extract_claims", "ruler"]

RULES: tuple[tuple[str, ClaimRule], ...] = (
    ("heading", heading.RULE),
    ("linked", linked.RULE),
    ("definition-callout", definition_callout.RULE),
    ("glossary-table", glossary_table.RULE),
    ("labelled", labelled.RULE),
    ("term-list", term_list.RULE),
    ("term-heading", term_heading.RULE),
    ("term-outline", term_outline.RULE),
    ("titled", titled.RULE),
    ("term-lines", term_lines.RULE),
    ("emphasis", emphasis.RULE),
    ("definition", definition.RULE),
    ("key-points", key_points.RULE),
)
"""The ways a claim appears in a note, in the order they are tried."""


def ruler() -> Ruler[ClaimRule]:
    """A fresh ruler of every claim rule, all on."""
    return Ruler("claim", RULES)


CARD_WORDS = 60
"""The most words a claim card holds. A longer "sentence" is a wall (a pasted paragraph, a
run of quoted terms, a package list under one label): one deletion in it tests nothing and
a reader cannot take it in at a glance. Sixty words is also a question's back's budget."""


def extract_claims(
    note: ParsedNote, *, rules: Ruler[ClaimRule] | None = None, taxonomy: Taxonomy | None = None
) -> Iterator[Item]:
    """The items of the rules that are on, block by block in document order, but those whose
    text holds a web address (a link's address is no part of its text) or runs past
    `CARD_WORDS`, each as `mend` leaves it."""
    for item in _claims(note, rules, taxonomy):
        text = item.text.text
        if "://" not in text and "www." not in text and len(text.split()) <= CARD_WORDS:
            mended = mend(item)
            if mended is not None:
                yield mended


def _claims(
    note: ParsedNote, rules: Ruler[ClaimRule] | None, taxonomy: Taxonomy | None
) -> Iterator[Item]:
    enabled = [rule.func for rule in rules or ruler()]
    hooks: dict[str, list[BlockRule]] = {}
    for rule in enabled:
        hook = rule.block
        if hook is not None:
            for kind in rule.kinds:
                hooks.setdefault(kind, []).append(hook)
    sentences = [rule.sentence for rule in enabled if rule.sentence is not None]
    reading = Reading(note, taxonomy)
    for visit in walk(note.blocks):
        block = visit.block
        if block.kind == "list":
            glossed, advised = term_list.survey(block)
            reading.glossed.update(glossed)
            reading.advice.update(advised)
            reading.points.update(key_points.points(visit))
            reading.disputed.update(labelled.disputed(block))
        if visit.quoted or lead_in(visit):
            continue  # someone's words, or a lead-in that its nested items complete
        kind = block.kind
        if kind == "paragraph" and block.text.link_share() > 0.6:
            kind = "link"  # a line of links: only a rule that reads links reads it
        elif kind == "paragraph" and location_marker(block.text.text) is not None:
            continue  # a highlight closed by its e-reader location: the book's words
        spans: list[tuple[int, int]] = []
        claimed: Claimed | None = None
        for hook in hooks.get(kind, ()):
            claimed = hook(reading, visit)
            if claimed is None:
                continue
            yield from claimed.items
            if claimed.whole:
                break
            spans.extend(claimed.spans)
        if kind != "paragraph" or (claimed is not None and claimed.whole):
            continue
        units = [(s.start, s.end) for s in analyse(block.text.text)]
        if block.text.marks and len(units) > 1:
            units = emphasis.units(block.text, units)
        for start, end in units:
            if spans and any(a < end and start < b for a, b in spans):
                continue
            passage = Passage(reading, visit, start, end)
            for read in sentences:
                found = read(passage)
                if found is not None:
                    yield from found
                    break
