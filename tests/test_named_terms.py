"""A term named last ("... is called a levain") asks for what it names only when the
sentence says so: imported into real Anki."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.conftest import MakeVault, build_and_import

BREAD = """\
# Bread

## Rising

Bakers let the shaped dough rest in a warm place during a step called proofing.

A starter kept alive with flour and water is called a levain.

Loaves baked in a steam-filled oven are also known as hearth breads.

A cold, slow rise is often called retarding.
"""


def test_a_name_given_to_a_noun_is_asked_alone_and_a_subject_without_its_verb(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    build_and_import(anki_collection, make_vault({"Bread.md": BREAD}), tmp_path / "decks")
    texts = {
        re.sub(r'<div class="context">.*?</div>', "", str(n.fields[0])): len(n.cards())
        for n in map(anki_collection.get_note, anki_collection.find_notes(""))
    }
    proofing = "Bakers let the shaped dough rest in a warm place during a step called "
    starter = "{{c2::A starter kept alive with flour and water::What is a levain?}} is called "
    loaves = "{{c2::Loaves baked in a steam-filled oven::What are hearth breads?}} are also "
    # "a step called proofing": the name is asked; the bakers' clause defines nothing
    assert texts[proofing + "{{c1::proofing}}."] == 1
    # the subject is what the name names: asked for, the verb left out of the deletion
    assert texts[starter + "{{c1::a levain}}."] == 2
    assert texts[loaves + "known as {{c1::hearth breads}}."] == 2
    # an adverb between the verb and "called" changes nothing
    slow = "{{c2::A cold, slow rise::What is retarding?}} is often called {{c1::retarding}}."
    assert texts[slow] == 2
