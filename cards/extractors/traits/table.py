"""Rule `table`: a table whose columns (or rows) are the categories, its cells their traits.

    | Aspect     | Secure     | Anxious        |
    |------------|------------|----------------|
    | In conflict| stays calm | protests       |   -> secure: In conflict: stays calm
    | Texting    | ✓          | ✗              |   -> a tick gives the row's label

    | Style   | Self-view | In conflict |         <- or a row per category, a column
    | Avoidant| inflated  | withdraws   |            per aspect

A comparison table is the most compact way notes set categories side by side; a cell is
a trait as it stands (it is rarely a sentence to split). A first column that is no
category labels its row, and the label goes with each cell, since "stays calm" means
little without "In conflict". A number or a cross in a cell describes nothing.
"""

from __future__ import annotations

import re

from cards.extractors.traits.naming import SIGNS
from cards.extractors.traits.reader import Reading, TraitRule, Unit
from cards.inline import InlineText
from cards.items import Item

NAME = "traits.table"

_ALPHA = re.compile(r"[^\W\d_]{2}")
"""A cell with a word in it: "~65%" or "3" in a table counts, it describes nothing."""
_TICK = re.compile(r"\s*(?:[✓✔☑✅●•xX+]|yes|Yes|YES)\s*")
"""A checklist cell: the row's behaviour is typical of the column's category."""
_CROSS = re.compile(r"\s*(?:[✗✘❌–-]|no|No|NO|n/a|N/A)\s*")
_GENERIC = re.compile(r"\b(?:description|notes?|examples?|summary|details|comments?)\b", re.I)


def read(reading: Reading, unit: Unit) -> list[Item] | None:
    if unit.block.kind != "table" or unit.text:
        return None
    grid = [[c.text.text.strip() for c in r.children] for r in unit.block.rows]
    if len(grid) < 2:
        return []
    taxonomy = reading.taxonomy
    columns = [_only(taxonomy.mentioned(h)) for h in grid[0]]
    by_category: dict[str, list[str]] = {}
    if any(columns):
        # a first column that is no category labels its row: "Under stress: protest behavior"
        labelled = not columns[0]
        for row in grid[1:]:
            label = row[0] if labelled and row else ""
            for j, cell in enumerate(row):
                if j >= len(columns) or not columns[j]:
                    continue
                if label and _TICK.fullmatch(cell):  # a checklist: the row's label is the trait
                    by_category.setdefault(columns[j], []).append(label)
                elif _ALPHA.search(cell) and not _CROSS.fullmatch(cell):
                    trait = f"{label}: {cell}" if label else cell
                    by_category.setdefault(columns[j], []).append(trait)
    else:
        # more than one column of traits: each is an aspect, which its header names
        worded = {j for row in grid[1:] for j, cell in enumerate(row) if j and _ALPHA.search(cell)}
        heads = [_aspect(h) if len(worded) > 1 else "" for h in grid[0]]
        for row in grid[1:]:
            category = _only(taxonomy.mentioned(row[0])) if row else ""
            if category:
                by_category.setdefault(category, []).extend(
                    f"{heads[j]}: {cell}" if j < len(heads) and heads[j] else cell
                    for j, cell in enumerate(row[1:], 1)
                    if _ALPHA.search(cell)
                )
    return [
        reading.block_item(
            unit, InlineText(f"{category}: " + "; ".join(traits)), category, tuple(traits), NAME
        )
        for category, traits in by_category.items()
        if traits  # a row whose cells are empty names a category and says nothing of it
    ]


def _aspect(header: str) -> str:
    """A column header that names an aspect ("Self-view", "In conflict"), not one that only
    says the cells are traits ("Traits", "Description")."""
    return "" if SIGNS.search(header) or _GENERIC.search(header) else header


def _only(named: list[str]) -> str:
    return named[0] if len(named) == 1 else ""


RULE = TraitRule(frozenset({"table"}), read)
