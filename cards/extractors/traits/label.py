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

from cards.extractors.traits.clauses import one_word_trait
from cards.extractors.traits.naming import item_text
from cards.extractors.traits.reader import Reading, Unit
from cards.extractors.traits.subject import by_semicolon
from cards.extractors.traits.taxonomy import Taxonomy
from cards.items import Item
from cards.language import words

RULE = "traits.label"

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
    """(category, what follows) for `Anxious: craves closeness` or `Avoidant — withdraws`;
    None when the text opens on no short label naming a category."""
    found = _LABEL.match(text)
    if found is None or len(words(found.group("label"))) > 4:
        return None
    category = taxonomy.names(found.group("label"))
    if not category or _FIGURE.match(text, found.end()):
        return None  # "- Secure: about 50%" says how many, not what they are like
    return category, text[found.end() :]


def _paragraph(reading: Reading, unit: Unit) -> list[Item]:
    """A paragraph's traits after its label, one per clause; each part after a semicolon may
    have a label of its own."""
    taxonomy, text = reading.taxonomy, unit.block.text
    labelled = label(text.text, taxonomy)
    if labelled is None:
        return []
    category, rest = labelled
    found = taxonomy.subject(rest)
    if found and found[0] == category:
        rest = found[1]  # "Secure: A toddler who is securely attached will explore ..."
    items = [
        reading.block_item(unit, text.strip(), name, traits, RULE)
        for name, traits in by_semicolon(category, rest, lambda part: label(part, taxonomy))
        if traits
    ]
    if items:
        reading.current = items[-1].category
    return items


def _item(reading: Reading, unit: Unit) -> list[Item] | None:
    """A list item's trait after its label; None for an item with no label, to be read as
    prose."""
    labelled = label(item_text(unit.block), reading.taxonomy)
    if labelled is None:
        return None
    category, trait = labelled
    if len(words(trait)) < 2 and not one_word_trait(trait):
        return []
    source = unit.block.children[0].text.strip()
    return [reading.block_item(unit, source, category, (trait.strip(),), RULE)]
