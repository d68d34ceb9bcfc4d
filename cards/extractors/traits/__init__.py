"""Trait lists: what a note says is typical of each category of a taxonomy.

    ## Avoidant                               <- a heading puts a category in scope
    Secure attachers have:                    <- list: a label, heading or intro over a list
    - more positive emotions during sex
    **Anxious:** craves closeness; worries    <- label: a category's label, traits after it
    | Secure | Anxious |                      <- table: categories as columns (or rows)
    People with avoidant attachment start having sex later in life, have sex less
    often, ...                                <- subject: a category as a sentence's subject
    They are better at giving consent ...     <- pronoun: "they" for the category in scope

Each way is a rule of its own module, tried in the order of `RULES` (`reader` offers
each block, then each sentence, to the rules that are on); `taxonomy` says which words
name a category, and `clauses` cuts a predicate into one trait per clause.
"""

from __future__ import annotations

from collections.abc import Iterator

from cards.extractors.ruler import Ruler
from cards.extractors.traits import (
    embedded,
    framed,
    inline,
    label,
    lists,
    pronoun,
    reference,
    signs,
    subject,
    table,
    typical,
)
from cards.extractors.traits.reader import Reading, TraitRule
from cards.extractors.traits.taxonomy import Taxonomy
from cards.items import Item
from cards.parse import ParsedNote

RULES: tuple[tuple[str, TraitRule], ...] = (
    (signs.NAME, signs.RULE),
    (table.NAME, table.RULE),
    (lists.NAME, lists.RULE),
    (label.NAME, label.RULE),
    (framed.NAME, framed.RULE),
    (typical.NAME, typical.RULE),
    (inline.NAME, inline.RULE),
    (subject.NAME, subject.RULE),
    (pronoun.NAME, pronoun.RULE),
    (reference.NAME, reference.RULE),
    (embedded.NAME, embedded.RULE),
)
"""The ways traits appear in a note, in the order they are tried."""


def ruler() -> Ruler[TraitRule]:
    """A fresh ruler of the trait rules, all on."""
    return Ruler("traits", RULES)


def extract_traits(
    note: ParsedNote, *, taxonomy: Taxonomy, rules: Ruler[TraitRule]
) -> Iterator[Item]:
    """Trait items from the rules of `rules` that are on."""
    return Reading(note, taxonomy, rules).items()
