"""A card of a nested list item says which item it hangs from: imported into real Anki."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from cards.cli import cli
from tests.conftest import import_apkg

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
    tmp_path: Path, anki_collection: Any
) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "greenhouses.md").write_text(OUTLINE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(vault), "-o", str(tmp_path / "decks"), "-q"])
    assert result.exit_code == 0, result.output
    import_apkg(anki_collection, tmp_path / "decks" / "vault.apkg")
    fronts = _fronts(anki_collection)
    assert _crumb(fronts, "Threshold") == "Greenhouses › Climate › vent-open"
    assert _crumb(fronts, "Glazing") == "Greenhouses › Climate"  # a top-level item: no parent
    # the parent of eleven words is a fact of its own: its short parent names the subject
    assert _crumb(fronts, "Density") == "Greenhouses › Climate › Shade cloth"
