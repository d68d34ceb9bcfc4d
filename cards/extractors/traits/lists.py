"""Rule `list`: a list under a heading, label line or intro that names a category.

    Secure attachers have:                 <- a label that names a category
    - more positive emotions during sex       then one trait per item
    ## Signs of avoidant attachment        <- or a heading
    Some common signs include:             <- an intro that names none hands over to it
    - pulling away when things get close
    - Anxious attachment                   <- an outline: a category's "Traits" item
      - Traits                                heads the traits nested under it
        - need for reassurance

A list is where most notes keep a category's traits, one per item, so an item is a trait
as it stands, not a sentence to split into clauses. Which category the list belongs to
is read off the block just above it; an intro that names none ("Signs include:", "They
tend to:") passes the question on to the heading or label above it, or to "they".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.extractors.traits.marks import trim
from cards.extractors.traits.naming import (
    LOOKS,
    PRONOUN,
    SIGN_WORDS,
    SIGNS,
    callout_category,
    item_text,
    labelled_by,
)
from cards.extractors.traits.reader import Reading, TraitRule, Unit
from cards.extractors.traits.taxonomy import Taxonomy
from cards.extractors.walk import Visit
from cards.items import Item
from cards.parse import Block

NAME = "traits.list"


def read(reading: Reading, unit: Unit) -> list[Item] | None:
    if unit.block.kind != "list" or unit.text:
        return None
    category = _list_category(reading, unit.visit)
    if not category:
        return None
    reading.current = category
    return list(_list(reading, unit.visit, category))


def _list_category(reading: Reading, visit: Visit) -> str:
    """The category named by the label line, sentence or heading right above a list.

    An intro that names none ("Some common signs include:") hands over to the
    heading or label line right above it ("## Signs of anxious attachment"), one
    that announces signs or traits to the heading of its section, and "They tend
    to:" to the category "they" stands for."""
    taxonomy = reading.taxonomy
    intro = visit.previous()
    if intro is None:
        return callout_category(visit.parent, taxonomy)
    category = labelled_by(intro, taxonomy)
    if not category and intro.kind == "heading" and SIGNS.search(intro.text.text):
        return reading.section  # "# Anxious attachment" > "## Common behaviours" > the list
    if category or intro.kind != "paragraph":
        return category
    text = intro.text.text.strip()
    if not text.endswith(":"):
        return ""
    above = visit.siblings[visit.index - 2] if visit.index >= 2 else None
    if PRONOUN.match(text):
        return reading.current
    announces = SIGNS.search(text) or LOOKS.search(text)  # "**What it looks like:**"
    return labelled_by(above, taxonomy) or (reading.section if announces else "")


def _list(reading: Reading, visit: Visit, category: str) -> Iterator[Item]:
    taxonomy = reading.taxonomy
    items = []
    for item in visit.block.children:
        facet = _facet(item, visit)
        if facet is not None:
            # an outline: "- Anxious attachment" > "- Traits" > "- need for reassurance";
            # "- Origins" > ... is about the category, not typical of it
            if SIGNS.search(facet[0]):
                yield from _list(reading, facet[1], category)
        elif not _heads_sublist(item, taxonomy):
            items.append(item)
    by_category: dict[str, list[str]] = {category: []}
    for item in items:
        whose, trait = _subjectless(item_text(item), category, taxonomy)
        if trait:
            by_category.setdefault(whose, []).append(trait)
    before = visit.previous()
    parent = visit.parent
    intro = before.text if before is not None else (parent.title if parent is not None else None)
    unit = Unit(visit, visit.block)
    for whose, traits in by_category.items():
        if traits and intro is not None:
            yield reading.block_item(unit, intro.strip(), whose, tuple(traits), NAME)


_FACETS = re.compile(
    rf"(?:{SIGN_WORDS}|origins?|causes?|development|treatment|therapy|healing|examples?"
    r"|notes?|sources?|references?|history|tips|strategies|research|studies|quotes?"
    r"|definition|overview|related|questions)",
    re.IGNORECASE,
)
"""One word that heads a part of an outline about a category: its traits, or its causes."""


def _facet(item: Block, visit: Visit) -> tuple[str, Visit] | None:
    """(label, the nested list as a visit) for an outline item `- Traits` with a list under it,
    in the list `visit` stands at."""
    first = item.children[0] if item.children else None
    nested = [i for i, c in enumerate(item.children) if c.kind == "list"]
    if first is None or first.kind != "paragraph" or not nested:
        return None
    label = first.text.text.strip().rstrip(":")
    if not _FACETS.fullmatch(label):
        return None
    at = nested[0]
    return label, Visit(item.children[at], visit.headings, visit.quoted, item.children, at, item)


def _heads_sublist(item: Block, taxonomy: Taxonomy) -> bool:
    """`- **Avoidant:**` with its traits nested under it, in a list that began with another
    category's: a label of its own, not a trait of the list's category."""
    first = item.children[0] if item.children else None
    if first is None or first.kind != "paragraph":
        return False
    text = first.text.text.strip()
    nested = any(child.kind == "list" for child in item.children[1:])
    return (nested or text.endswith(":")) and bool(taxonomy.names(text.rstrip(":")))


def _subjectless(text: str, category: str, taxonomy: Taxonomy) -> tuple[str, str]:
    """(whose trait, the trait) for a list item under a category. An item that is a sentence
    about a category ("Secure adults find it easy to get close", "They are comfortable ...")
    gives its predicate, as such a sentence in prose does, to the category it names."""
    found = taxonomy.subject(text) if text[:1].isupper() else None
    if found:
        return found[0], trim(found[1]).strip().rstrip(".")
    pronoun = PRONOUN.match(text) if text[:4].lower() in ("they", "thes", "thos") else None
    return category, trim(text[pronoun.end() :]).strip().rstrip(".") if pronoun else text


RULE = TraitRule(frozenset({"list"}), read)
