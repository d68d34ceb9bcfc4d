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
  - Their maps are in the appendix, with a table of every sample, its site and its age
- Which calderas are still active?
"""


def back_of(col: Any, vault: Path, out: Path, asked: str) -> str:
    """The Back field, in a real Anki collection, of the one card whose front ends `asked`."""
    build_and_import(col, vault, out)
    (back,) = [
        col.get_note(n).fields[1]
        for n in col.find_notes("")
        if col.get_note(n).fields[0].endswith(asked)
    ]
    return str(back)


def test_the_back_keeps_the_first_items_and_drops_the_rest(
    make_vault: MakeVault, anki_collection: Any, tmp_path: Path
) -> None:
    vault = make_vault({"Volcanoes.md": NOTE})
    back = back_of(anki_collection, vault, tmp_path / "out", "caldera?")
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
    back = back_of(anki_collection, vault, tmp_path / "out", "look blue?")
    assert "dense and holds few air bubbles" in back and "looking blue" in back
    assert "Snow on top" not in back and "alpine guides" not in back


POINTS = """# Bridges

## Why do engineers add expansion joints to a bridge?

- Steel and concrete grow longer in summer heat and shrink again in winter frost
  - A long span can change length by a hand's width between the seasons
  - Without room to move, the deck pushes on its supports until bearings crack or the road
    surface buckles into ridges, and the repairs close a lane for weeks while crews cut out
    the damaged concrete, reset the bearings and wait for the new pour to cure
- Traffic and wind make the deck flex a little all day long
- Concrete keeps shrinking slowly for years after it is poured
"""


def test_a_back_shows_every_point_before_the_first_points_detail(
    make_vault: MakeVault, anki_collection: Any, tmp_path: Path
) -> None:
    vault = make_vault({"Bridges.md": POINTS})
    back = back_of(anki_collection, vault, tmp_path / "out", "bridge?")
    assert "grow longer in summer" in back and "a hand's width" in back
    assert "Traffic and wind" in back and "keeps shrinking slowly" in back
    assert "bearings crack" not in back


COUNTED = """# Kites

## How do kites stay up?

- Kite makers describe three forces at work:
- Lift, from wind deflected down off the sail

## How is a kite line chosen?

- Strength matters more than weight

## How is a kite line waxed?

- Rub it with two coats of beeswax
- Let it dry in the shade overnight
"""


def test_a_back_short_of_the_count_it_announces_makes_no_card(
    make_vault: MakeVault, anki_collection: Any, tmp_path: Path
) -> None:
    vault = make_vault({"Kites.md": COUNTED})
    build_and_import(anki_collection, vault, tmp_path / "out")
    fronts = [anki_collection.get_note(n).fields[0] for n in anki_collection.find_notes("")]
    assert any(f.endswith("kite line chosen?") for f in fronts)
    assert any(f.endswith("kite line waxed?") for f in fronts)  # a step's amount, no count
    assert not any(f.endswith("kites stay up?") for f in fronts)


LEFT_FOR_LATER = """# Pottery

## Why does a pot crack in the kiln?

{% embed url="https://example.org/kilns/cracks" %}

- Water trapped in clay that was not dried long enough turns to steam
- The kiln was heated faster than the walls could expand
-
"""


def test_a_back_shows_no_embed_markup_and_no_empty_bullet(
    make_vault: MakeVault, anki_collection: Any, tmp_path: Path
) -> None:
    vault = make_vault({"Pottery.md": LEFT_FOR_LATER})
    back = back_of(anki_collection, vault, tmp_path / "out", "crack in the kiln?")
    assert "turns to steam" in back and "could expand" in back
    assert "embed" not in back
    assert "<li></li>" not in back


def test_a_back_has_no_empty_paragraph_where_a_picture_was_left_out(
    make_vault: MakeVault, anki_collection: Any, tmp_path: Path
) -> None:
    # The picture is not in the vault, so the card leaves it out: its paragraph held nothing
    # else, and an empty one would open the back with a blank line.
    note = (
        "# Landforms\n\n## What is a moraine?\n\n![a ridge in a valley](ridge.png)\n\n"
        "- A ridge of rock and gravel that a glacier pushed ahead of it or left at its side\n"
    )
    vault = make_vault({"Landforms.md": note})
    back = back_of(anki_collection, vault, tmp_path / "out", "moraine?")
    assert "ridge of rock and gravel" in back
    assert "<p></p>" not in back and "<p> </p>" not in back
