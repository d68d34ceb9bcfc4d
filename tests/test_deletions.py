"""A definition's second deletion hides what a reader must recall: never one everyday noun
("a process"), an appraisal ("a big deal"), a relative clause about the term, a phrase
fronted before it or a run of clauses; and a
meaning that opens on a negation is no answer to "What is X?". Built into a real deck and
imported into real Anki."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.conftest import MakeVault, build_and_import

KILN = """\
# Kiln

Bisque firing is a process.

Glaze crawling is a big deal - the glaze pulls back and leaves bare clay.

A cone is a small pyramid of clay that bends at a known heat.

Earthenware is a fired clay, which potters call terracotta when it is left unglazed.

- Oxidation firing: lets air flow freely through the kiln
- Reduction firing: doesn't let air in, so the flame starves of oxygen

A pyrometer is a thermometer for heats above 600 degrees.

In stoneware firing, the glassy layer that ash leaves on a pot is called an ash glaze.

If a kiln runs hot, then clay melts, which gives dense ware that has also been called vitrified.
"""


def _texts(collection: Any) -> set[str]:
    return {
        re.sub(r'<div class="context">.*?</div>', "", str(collection.get_note(n).fields[0]))
        for n in collection.find_notes("")
    }


def test_a_meaning_anyone_guesses_is_not_hidden(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    build_and_import(anki_collection, make_vault({"Kiln.md": KILN}), tmp_path / "decks")
    texts = _texts(anki_collection)
    # one everyday noun, an appraisal: the term is asked, its "meaning" shown
    assert "{{c1::Bisque firing}} is a process." in texts
    crawling = "{{c1::Glaze crawling}} is a big deal - the glaze pulls back and leaves bare clay."
    assert crawling in texts
    # a relative clause after the term says something of it, not what it is
    assert not any("c2::which" in t for t in texts), texts
    # a category, a value: asked as before
    assert (
        "{{c1::A cone}} is {{c2::a small pyramid of clay that bends at a known heat"
        "::What is a cone?}}." in texts
    )
    assert any("{{c2::a thermometer for heats above 600 degrees" in t for t in texts), texts
    # a phrase fronted before the named thing stays shown; a lead over clauses is no name
    assert (
        "In stoneware firing, {{c2::the glassy layer that ash leaves on a pot"
        "::What is an ash glaze?}} is called {{c1::an ash glaze}}." in texts
    )
    vitrified = [t for t in texts if "vitrified" in t]
    assert vitrified and all("c2" not in t and "{{c1::vitrified}}" in t for t in vitrified)
    # a negation is what the term does not do: hidden, but no "What is" over it
    negated = [t for t in texts if "Reduction firing" in t]
    assert negated and all("c2::doesn't" in t and "::What" not in t for t in negated), negated
