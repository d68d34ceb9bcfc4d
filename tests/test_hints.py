"""A definition's second deletion is asked "What is X?" only where a verb says what X is: a
property of X (a comparative, "about ...", a status, a reason, a second subject), and a
label's value, which may be any facet of it, what X brings about, an example of what, or
what X came to be, are hidden without that hint.
Built into a real deck and imported into real Anki."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.conftest import MakeVault, build_and_import

ORCHARD = """\
# Orchard

A scion is a cut shoot of one tree grafted onto the roots of another.

Rootstock is the lower part of a grafted tree that decides how tall it grows.

Quinces are a little harder to prune than apples.

Thinning is about leaving fewer fruit so that each grows larger.

Spring pruning is the habit now.

Fallow means not sown for a season.

Larger saws with a curved frame are called bow saws.

The south row is the oldest since the south row was planted first.

The red tag is the pear row and the blue tag is the plum row.

Mulching means less weeding in summer.

A crab apple is an example of a pollinator tree.

- Closed hedge: each plant touches its neighbours and all gaps are filled
- Cleft grafting *(aka wedge grafting)* becomes the usual method in spring.

## Fencing

- Hazel: a low panel of thin woven rods
- Willow: a woven hurdle, renewed each spring
"""


def _texts(collection: Any) -> set[str]:
    return {
        re.sub(r'<div class="context">.*?</div>', "", str(collection.get_note(n).fields[0]))
        for n in collection.find_notes("")
    }


def test_what_is_asks_for_a_category_and_never_for_a_property(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    build_and_import(anki_collection, make_vault({"Orchard.md": ORCHARD}), tmp_path / "decks")
    texts = _texts(anki_collection)
    # a category noun phrase: what the term is, asked as such
    assert (
        "{{c1::A scion}} is {{c2::a cut shoot of one tree grafted onto the roots of another"
        "::What is a scion?}}." in texts
    )
    assert (
        "{{c1::Rootstock}} is {{c2::the lower part of a grafted tree that decides how tall it"
        " grows::What is rootstock?}}." in texts
    )
    # after a verb that gives a meaning, the words are the meaning however they start
    assert "{{c1::Fallow}} means {{c2::not sown for a season::What is fallow?}}." in texts
    assert (
        "{{c2::Larger saws with a curved frame::What are bow saws?}} are called {{c1::bow saws}}."
        in texts
    )
    # a label's value: what the label is ("Closed hedge") or a facet of it under its
    # heading ("Hazel" as fencing), never asked "What is X?", the label standing before it
    for label in (
        "{{c1::Closed hedge}}: {{c2::each plant touches its neighbours and all gaps are filled}}",
        "{{c1::Hazel}}: {{c2::a low panel of thin woven rods}}",
        "{{c1::Willow}}: {{c2::a woven hurdle, renewed each spring}}",
    ):
        assert any(label in t for t in texts), label
    # a property: the same deletion, with no false "What is" question over it
    for kept in (
        "{{c1::Quinces}} are {{c2::a little harder to prune than apples}}.",
        "{{c1::Thinning}} is {{c2::about leaving fewer fruit so that each grows larger}}.",
        "{{c1::Spring pruning}} is {{c2::the habit now}}.",
        # the term named again inside the property: that deletion whole and alone
        "The south row is {{c2::the oldest since the south row was planted first}}.",
        "{{c1::The red tag}} is {{c2::the pear row and the blue tag is the plum row}}.",
        # what it brings about, an example of what, what it came to be: not what it is
        "{{c1::Mulching}} means {{c2::less weeding in summer}}.",
        "{{c1::A crab apple}} is {{c2::an example of a pollinator tree}}.",
        "{{c1::Cleft grafting <i>(aka wedge grafting)</i>}} {{c2::becomes the usual method in"
        " spring}}.",
    ):
        assert kept in texts, kept
    assert not any("::What" in t for t in texts if "Quinces" in t or "red tag" in t or ": {{" in t)


def test_a_name_given_with_refer_to_as_is_the_term_asked_about(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    # "Sailors refer to X as port" names port: never "What are sailors?"
    boats = "# Boats\n\nSailors usually refer to the left side of a ship as port.\n"
    build_and_import(anki_collection, make_vault({"Boats.md": boats}), tmp_path / "decks")
    assert _texts(anki_collection) == {
        "Sailors usually refer to {{c2::the left side of a ship::What is port?}} as {{c1::port}}."
    }
