"""Rule `label`: a line or list item whose short label names a category, its traits after it.

    **Fearful-avoidant:** wants closeness but fears it; swings between the two
                                      -> fearful-avoidant: wants closeness but fears it | ...
    Secure — trusts; Anxious — worries       -> a label for each part after a semicolon
    - Anxious: craves closeness              -> anxious: craves closeness
    - Secure → trusting                      <- lecture shorthand: an arrow or equals sign
    - Secure: about 50%                      <- a share of people: no trait

Quick notes put the category first and what it is like after a colon or a dash, as a
glossary does; a paragraph's text after the label is cut into clauses as a predicate
is, while a list item's is one trait, as any list item is. A label is a few words
only: a colon after a long sentence ends a clause, not a label.
"""

from __future__ import annotations

import re

from cards.extractors.analysis import analyse
from cards.extractors.traits.naming import item_text
from cards.extractors.traits.phrases import split_list
from cards.extractors.traits.reader import Reading, TraitRule, Unit
from cards.extractors.traits.subject import by_semicolon
from cards.extractors.traits.taxonomy import Taxonomy
from cards.items import Item
from cards.language import words

NAME = "traits.label"

_LABEL = re.compile(r"^(?P<label>[^:—–→=\n]{1,60}?)(?::|\s+[—–→=-]\s)")
"""A short lead-in label ended by a colon, or a spaced dash, arrow or equals sign
(`secure adults → trusting`, lecture shorthand)."""
_FIGURE = re.compile(
    r"\s*(?:about|around|roughly|approximately|approx\.|nearly|almost|over|under|~|≈|<|>)?\s*"
    r"\d[\d.,]*\s*(?:[-–]\s*\d[\d.,]*\s*)?(?:%|per ?cent)(?:\s+of\s+[\w ]{1,30})?\.?\s*(?:;|$)",
    re.IGNORECASE,
)
"""A share of people, as a label's whole value: `about 50%`, `20-25% of adults`."""


def read(reading: Reading, unit: Unit) -> list[Item] | None:
    if unit.text:
        return None
    if unit.block.kind == "item":
        return _item(reading, unit)
    if unit.block.kind == "paragraph":
        return _paragraph(reading, unit) or None
    return None


def label(text: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """(category, what follows) for `Anxious: craves closeness`, `Avoidant — withdraws` or
    `Deactivating strategies (dismissing zone): ...`; None when the text opens on no short
    label naming a category."""
    found = _LABEL.match(text)
    if found is None:
        return None
    head = found.group("label")
    aside = _ASIDE.search(head)
    short = len(words(head)) <= 4
    if not short and aside is None:
        return None
    category = taxonomy.names(head) if short else ""
    if not category and aside is not None and len(words(aside.string[: aside.start()])) <= 4:
        category = taxonomy.names(aside.group(1))  # "... strategies (preoccupied zone):"
    if not category or _FIGURE.match(text, found.end()):
        return None  # "- Secure: about 50%" says how many, not what they are like
    return category, text[found.end() :]


_BRACKETED = re.compile(r"\s*\(([^()]+)\)[.;]?\s*")
_ASIDE = re.compile(r"\(([^()]{3,40})\)\s*$")
"""A category in brackets at a label's end: `Hyperactivating strategies (preoccupied zone)`."""


def _paragraph(reading: Reading, unit: Unit) -> list[Item]:
    """A paragraph's traits after its label, one per clause, in the label's sentence; each
    part after a semicolon may have a label of its own. The sentences after it are prose,
    with the label's category in scope ("**Anxious:** craves closeness. They text often.")."""
    taxonomy, text = reading.taxonomy, unit.block.text
    labelled = label(text.text, taxonomy)
    if labelled is None:
        return []
    category, rest = labelled
    end = next((s.end for s in analyse(text.text) if s.end > len(text.text) - len(rest)), 0)
    rest = rest[: len(rest) - (len(text.text) - end)] if end else rest
    found = taxonomy.subject(rest)
    if found and found[0] == category:
        rest = found[1]  # "Secure: A toddler who is securely attached will explore ..."
    source = text.slice(0, end or len(text.text)).strip()
    bracketed = _BRACKETED.fullmatch(rest)
    groups = (
        [(category, split_list(bracketed[1]))]  # "Night owls: (late dinners, slow mornings)."
        if bracketed
        else by_semicolon(category, rest, lambda part: label(part, taxonomy))
    )
    items = [
        reading.block_item(unit, source, name, traits, NAME) for name, traits in groups if traits
    ]
    if not items:
        return []
    reading.current = items[-1].category
    return items + list(reading.sentences(unit.visit, unit.block, after=end))


def _item(reading: Reading, unit: Unit) -> list[Item] | None:
    """A list item's traits after its label, one per comma ("**Secure:** upset at the
    goodbye, soothed quickly on return"); None for an item with no label, to be read as
    prose."""
    labelled = label(item_text(unit.block), reading.taxonomy)
    if labelled is None:
        return None
    category, value = labelled
    traits = split_list(value)
    if not traits:
        return []
    source = unit.block.children[0].text.strip()
    return [reading.block_item(unit, source, category, traits, NAME)]


RULE = TraitRule(frozenset({"paragraph", "item"}), read)
