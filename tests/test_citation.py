"""A quote's "who said it" card hides the name of its source, never its chapter and verse
numbers: nobody recalls "Sayings of the Weavers 4.12", many recall "Sayings of the
Weavers". Built into a real deck and imported into real Anki."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from cards.citation import named_part
from tests.conftest import MakeVault, build_and_import


@pytest.mark.parametrize(
    ("source", "hidden"),
    [
        ("Sayings of the Weavers 4.12", "Sayings of the Weavers"),
        ("Loom Chronicle Book 2, Chapter 6", "Loom Chronicle"),
        ("Orla Venn, Letters from the Mill (1851)", "Orla Venn"),
        ("Canticle of Dyes, Verse 19", "Canticle of Dyes"),
        ("Mill Psalter II.3.14", "Mill Psalter"),
        # no number: the whole source, its comma too
        ("Orla Venn, Letters from the Mill", "Orla Venn, Letters from the Mill"),
        # a title that opens on its number: no name before it, the whole source
        ("The 9 Rules of the Loom", "The 9 Rules of the Loom"),
        # a division before its number, the work named after it: the whole source
        ("Poem 4 of the Loom Songs by Orla Venn", "Poem 4 of the Loom Songs by Orla Venn"),
    ],
)
def test_the_deletion_covers_the_name_before_the_numbers(source: str, hidden: str) -> None:
    assert source[: named_part(source)] == hidden


def test_the_card_shows_the_numbers_after_the_hidden_name(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    note = (
        "# Weaving sayings\n\n> A thread pulled too tight will snap at the first "
        "**damp morning** of spring.\n> — Sayings of the Weavers 4.12\n"
    )
    build_and_import(anki_collection, make_vault({"Sayings.md": note}), tmp_path / "decks")
    (nid,) = anki_collection.find_notes("")
    text = str(anki_collection.get_note(nid).fields[0])
    found = re.search(r'<div class="attribution">(.*?)</div>', text)
    assert found, text
    assert re.fullmatch(r"— \{\{c\d::Sayings of the Weavers\}\} 4\.12", found.group(1)), text
