"""A heading written inside a list item heads that item only, not the items after it."""

from __future__ import annotations

from cards.extract import extract_vault
from cards.extractors import default_extractors
from tests.conftest import MakeVault

NOTE = """# Pottery

## Materials

- What is clay made of?
  - Fine grains of weathered rock
    - ## Fillers
      - Grog makes the body stronger in the kiln.
- Why does a pot shrink as it dries?
  - Water leaves the spaces between the clay grains.
"""


def test_a_heading_inside_an_item_does_not_head_the_next_item(make_vault: MakeVault) -> None:
    registry = default_extractors()
    registry.only(["question"])
    items = extract_vault(make_vault({"Pottery.md": NOTE}), registry).items
    heads = {item.plain: item.ref.headings for item in items}
    assert heads["Why does a pot shrink as it dries?"] == ("Pottery", "Materials")
