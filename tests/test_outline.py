"""A card of a nested list item says which item it hangs from: imported into real Anki."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.conftest import MakeVault, build_and_import

OUTLINE = """\
# Greenhouses

## Climate

- `vent-open`
  - Threshold is the temperature at which the roof vents open for air.
- Glazing is the glass or plastic sheet that covers a greenhouse frame.
- Shade cloth
  - Cuts the light by half in summer and stops leaves from scorching.
    - Density is the share of sunlight that the cloth blocks out.
"""


def _fronts(col: Any) -> list[str]:
    return [str(col.get_note(n).fields[0]) for n in col.find_notes("")]


def _crumb(fronts: list[str], text: str) -> str:
    (front,) = [f for f in fronts if text in f]
    found = re.match(r'<div class="context">(.*?)</div>', front)
    return found.group(1) if found else ""


def test_a_nested_item_shows_the_nearest_short_item_above_it(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    vault = make_vault({"greenhouses.md": OUTLINE})
    build_and_import(anki_collection, vault, tmp_path / "decks")
    fronts = _fronts(anki_collection)
    assert _crumb(fronts, "Threshold") == "Greenhouses › Climate › vent-open"
    assert _crumb(fronts, "Glazing") == "Greenhouses › Climate"  # a top-level item: no parent
    # the parent of eleven words is a fact of its own: its short parent names the subject
    assert _crumb(fronts, "Density") == "Greenhouses › Climate › Shade cloth"
