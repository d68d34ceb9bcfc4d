"""A question's back in Anki holds the answer's first items, not the section under it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import MakeVault, build_and_import

NOTE = """# Volcanoes

## What is a caldera?

- A wide basin left when a volcano's roof falls into its emptied magma chamber
  - Crater Lake fills one
- It can span tens of kilometres, far wider than a vent
- Survey notes: the rim rocks were mapped in three field seasons by a team that walked the whole
  circumference twice, sampling every outcrop of welded tuff they found along the way, and then
  dated the youngest layers with argon methods in a laboratory far from the mountain
  - Their maps are in the appendix
- Which calderas are still active?
"""


def test_the_back_keeps_the_first_items_and_drops_the_rest(
    make_vault: MakeVault, anki_collection: Any, tmp_path: Path
) -> None:
    vault = make_vault({"Volcanoes.md": NOTE})
    build_and_import(anki_collection, vault, tmp_path / "out")
    backs = [
        anki_collection.get_note(n).fields[1]
        for n in anki_collection.find_notes("")
        if anki_collection.get_note(n).fields[0].endswith("caldera?")
    ]
    assert len(backs) == 1
    back = backs[0]
    assert "magma chamber" in back and "Crater Lake fills one" in back
    assert "tens of kilometres" in back
    assert "Survey notes" not in back and "appendix" not in back
    assert "still active" not in back
    assert back.count("<li>") == 3


LONG = """# Glaciers

## Why do glaciers look blue?

From a field guide:

Glacier ice is dense and holds few air bubbles, so light travels a long way through it before it
comes back out of the ice. Water absorbs a little of the red end of the spectrum over that long
path, which leaves the light that returns looking blue. Snow on top has many bubbles and scatters
every colour almost at once, so it looks white instead of blue. Early alpine guides told visitors
the colour came from the sky reflected in the ice, which is wrong.
"""


def test_a_paragraph_too_long_for_a_card_is_cut_to_its_first_sentences(
    make_vault: MakeVault, anki_collection: Any, tmp_path: Path
) -> None:
    vault = make_vault({"Glaciers.md": LONG})
    build_and_import(anki_collection, vault, tmp_path / "out")
    backs = [
        anki_collection.get_note(n).fields[1]
        for n in anki_collection.find_notes("")
        if anki_collection.get_note(n).fields[0].endswith("look blue?")
    ]
    assert len(backs) == 1
    assert "dense and holds few air bubbles" in backs[0] and "looking blue" in backs[0]
    assert "Snow on top" not in backs[0] and "alpine guides" not in backs[0]
