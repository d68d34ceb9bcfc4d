"""A definition's second deletion hides what a reader must recall: never one everyday noun
("a process"), an appraisal ("a big deal"), a relative clause about the term, a phrase
fronted before it or a run of clauses. Built into a real deck and
imported into real Anki."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from cards.extractors.claims.clause import clause_end
from tests.conftest import MakeVault, build_and_import

KILN = """\
# Kiln

Bisque firing is a process.

Glaze crawling is a big deal - the glaze pulls back and leaves bare clay.

A cone is a small pyramid of clay that bends at a known heat.

Earthenware is a fired clay, which potters call terracotta when it is left unglazed.


The number of firings a bisque needs is one.

In the kiln script, `heat` is also called `fire`.

Kintsugi literally means golden joinery.

- The bag wall is a brick screen that shields pots from the flame.
- A Raku kiln is a small kiln that is opened while red hot.

A rib is a tool for shaping walls, a sponge is a tool for smoothing them.

A pyrometer is a thermometer for heats above 600 degrees.

In stoneware firing, the glassy layer that ash leaves on a pot is called an ash glaze.

If a kiln runs hot, then clay melts, which gives dense ware that has also been called vitrified.
"""


_CONTEXT = re.compile(r'<div class="context">.*?</div>')


def _fronts(collection: Any) -> list[str]:
    """Each imported note's first field, breadcrumb and all."""
    return [str(collection.get_note(n).fields[0]) for n in collection.find_notes("")]


def test_a_meaning_anyone_guesses_is_not_hidden(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    build_and_import(anki_collection, make_vault({"Kiln.md": KILN}), tmp_path / "decks")
    texts = {_CONTEXT.sub("", front) for front in _fronts(anki_collection)}
    # one everyday noun, an appraisal: never hidden as what the term is (no card at all,
    # since a genus that broad defines nothing)
    guessed = ("c2::a process", "c2::a big deal", "Bisque firing}} is a process")
    assert not any(g in t for g in guessed for t in texts), texts
    # a relative clause after the term says something of it, not what it is
    assert not any("c2::which" in t for t in texts), texts
    # a category, a value: asked as before
    assert (
        "{{c1::A cone}} is {{c2::a small pyramid of clay that bends at a known heat"
        "::What is a cone?}}." in texts
    )
    assert any("{{c2::a thermometer for heats above 600 degrees" in t for t in texts), texts
    # a number is a value, a word in code a name: hidden as before
    assert "{{c1::The number of firings a bisque needs}} is {{c2::one" in "".join(texts)
    assert (
        "In the kiln script, {{c2::<code>heat</code>::What is fire?}} is also called"
        " {{c1::<code>fire</code>}}." in texts
    )
    # an article that opens a list item is no part of a name: asked in lower case
    assert any("::What is the bag wall?}}" in t for t in texts), texts
    assert any("::What is a Raku kiln?}}" in t for t in texts), texts
    # the adverb before the defining verb is neither the term nor what it means
    assert "{{c1::Kintsugi}} literally means {{c2::golden joinery::What is kintsugi?}}." in texts
    # a second subject after a comma starts a second fact
    assert (
        "{{c1::A rib}} is {{c2::a tool for shaping walls::What is a rib?}}, a sponge is a tool"
        " for smoothing them." in texts
    )
    # a phrase fronted before the named thing stays shown; a lead over clauses is no name
    assert (
        "In stoneware firing, {{c2::the glassy layer that ash leaves on a pot"
        "::What is an ash glaze?}} is called {{c1::an ash glaze}}." in texts
    )
    vitrified = [t for t in texts if "vitrified" in t]
    assert vitrified and all("c2" not in t and "{{c1::vitrified}}" in t for t in vitrified)


def test_a_list_before_its_verb_is_no_second_subject() -> None:
    """ "shelves, posts, stilts are ..." is one list, "not X, but instead Y" one correction;
    "walls, a sponge is ..." and "..., but the glaze still cures" are two facts."""
    listed = "shelves, posts, stilts are fired with the ware"
    assert clause_end(listed, 0, len(listed)) == len(listed)
    two = "a tool for shaping walls, a sponge is a tool for smoothing them"
    assert clause_end(two, 0, len(two)) == two.index(",")
    joined = "a shared kiln and in most towns, all potters are members"
    assert clause_end(joined, 0, len(joined)) == len(joined)
    corrected = "does not fire the pot again, but instead glazes it cold"
    assert clause_end(corrected, 0, len(corrected)) == len(corrected)
    added = "does not fire the pot again, but the glaze still cures"
    assert clause_end(added, 0, len(added)) == added.index(",")


def test_one_word_ends_before_a_clause_with_a_subject_and_verb_of_its_own() -> None:
    """ "Slip means {{mud}}, and grog means ...": the meaning is the one word, the next
    clause another fact; a list after one word ("mud, and water") stays one phrase."""
    two = '"mud", and grog means fired clay ground to grit'
    assert clause_end(two, 0, len(two)) == two.index(",")
    listed = "mud, and water from the wheel"
    assert clause_end(listed, 0, len(listed)) == len(listed)


LOOM = """\
# Weaving

## Warp threads

A warp thread is a thread held taut on the loom while the weft is woven through it.

## Sheds

The shuttle carries the weft through the gap between raised and lowered warp threads.
"""


def test_a_heading_that_names_the_answer_is_not_shown(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    build_and_import(anki_collection, make_vault({"Weaving.md": LOOM}), tmp_path / "decks")
    fronts = _fronts(anki_collection)
    warp = [f for f in fronts if "{{c1::A warp thread}}" in f]
    # "Warp threads" names "a warp thread" in the plural: it would give the term away
    assert warp and all("Warp threads" not in f and "Weaving" in f for f in warp), fronts


DYE_HOUSE = """\
# Dye house

- Mordant: a salt that fixes a dye to the fibre.
- Vat: The cloth is dipped in the vat until it turns blue.
- Woad: it is a plant whose leaves give a blue dye.
- Madder: The roots are dried and ground to a red powder.
- Swift: Used for winding yarn into loose skeins.
"""


def test_a_label_over_its_own_sentence_is_not_asked_what_it_is(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    """ "Vat: the cloth is dipped ..." says what happens in a vat, "Swift: Used for ..." what
    a swift is for: no "What is ...?" over either; nor over what a label is ("Mordant: a
    salt ..."), whose label stands before the deletion anyway."""
    build_and_import(anki_collection, make_vault({"Dyes.md": DYE_HOUSE}), tmp_path / "decks")
    fronts = {_CONTEXT.sub("", front) for front in _fronts(anki_collection)}
    asked = {t.split("::", 1)[1].split("}}", 1)[0]: t for t in fronts if "{{c1::" in t}
    assert set(asked) == {"Mordant", "Woad", "Madder", "Swift"}, fronts
    assert "{{c2::a salt that fixes a dye to the fibre}}" in asked["Mordant"], asked
    assert "{{c2::it is a plant whose leaves give a blue dye}}" in asked["Woad"], asked
    assert not any("::What" in t for t in fronts), fronts
    # the label named again inside the statement: the statement whole and alone, the label
    # in the clear (`meaning.py`)
    assert "Vat: {{c2::The cloth is dipped in the vat until it turns blue}}." in fronts, fronts
    assert "{{c2::The roots are dried and ground to a red powder}}" in asked["Madder"], asked
    assert "{{c2::Used for winding yarn into loose skeins}}" in asked["Swift"], asked


GLOSSED = """\
# Looms

A heddle (from Old English hefeld) is a cord or wire with an eye that guides a warp thread.

The Jacquard loom (1804) is a loom that reads its pattern from a chain of punched cards.

"Tabby" (plain weave) is the simplest weave, one thread over and one under.

A warp thread doubled at the edge (the outermost thread) is called a selvedge.

- Float: "a weft thread that skips over several warps", but only on the face side
- Treadle: It is a pedal that lifts one set of shafts on a floor loom
- Shuttle: It is quick to throw once a weaver learns the knack
"""


def test_a_bracketed_gloss_is_no_part_of_what_a_term_is_and_a_bracket_closes_in_it(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    build_and_import(anki_collection, make_vault({"Looms.md": GLOSSED}), tmp_path / "decks")
    texts = {_CONTEXT.sub("", front) for front in _fronts(anki_collection)}
    # an older name, a date: shown between the term and its verb, the answer after it
    assert (
        "{{c1::A heddle}} (from Old English hefeld) is {{c2::a cord or wire with an eye that"
        " guides a warp thread::What is a heddle?}}." in texts
    ), texts
    assert any(
        "(1804) is {{c2::a loom that reads its pattern from a chain of punched cards" in t
        for t in texts
    ), texts
    assert any('" (plain weave) is {{c2::the simplest weave' in t for t in texts), texts
    # a bracket the lead before a name opens is closed inside what is hidden
    assert (
        "{{c2::A warp thread doubled at the edge (the outermost thread)::What is a selvedge?}}"
        " is called {{c1::a selvedge}}." in texts
    ), texts
    # a pronoun for the term and its verb open no part of what it is; nor of how it is
    assert any(
        "{{c1::Treadle}}: It is {{c2::a pedal that lifts one set of shafts on a floor loom" in t
        for t in texts
    ), texts
    assert any("{{c2::It is quick to throw once a weaver learns the knack}}" in t for t in texts)
    # a quotation mark the meaning only closes stays out of it with the one that opens it
    assert any('"{{c2::a weft thread that skips over several warps}}"' in t for t in texts), texts
