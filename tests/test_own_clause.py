"""What a definition's second card hides: what the term is, up to where the sentence goes
on to another clause or an aside, and no more. Imported into real Anki."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.conftest import MakeVault, build_and_import

RIVERS = """\
# Rivers

## Landforms

A levee is a bank of silt along a river, which the river raises with every flood.

An oxbow is a curved lake cut off from its river, and it slowly fills with mud.

A meander is a bend in a channel (shaped by faster water on the outer bank).

An estuary is a mouth where fresh water and sea water mix, and where tides reach inland.

A delta is a plain of mud, sand, and gravel.

A fjord is a narrow inlet carved by a glacier and is often deeper than the sea outside it.

A weir is a low dam across a river, but boats pass it through a lock.

A staff gauge is a cheap, but often misread marker of the water level.

A tarn is a lake that forms in a cirque, fills with meltwater and is fed by snow.

Sediment is carried downstream by boats known as barges.

Since the plain floods each spring, it is called a floodplain.

Silt, also known as ‘river flour,’ settles where the current slows, and especially behind dams.

A canal lock is a chamber with two gates because boats must change level.

A bayou, also called a slough, is a slow stream in a swamp.

- Erosion: Erosion involves the wearing away of rock by water.

Convergence means that if two gauges read the same flood, they agree on its height.

Avulsion means that a river jumps to a new channel, because its old bed silts up.
"""


def _texts(col: Any) -> list[str]:
    return [
        re.sub(r'<div class="context">.*?</div>', "", str(n.fields[0]))
        for n in map(col.get_note, col.find_notes(""))
    ]


def test_the_second_deletion_stops_where_another_clause_or_an_aside_begins(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    build_and_import(anki_collection, make_vault({"Rivers.md": RIVERS}), tmp_path / "decks")
    notes = [anki_collection.get_note(i) for i in anki_collection.find_notes("")]
    texts = _texts(anki_collection)
    hidden = {
        m.group(1): m.group(2)
        for text in texts
        for m in [re.search(r"\{\{c1::(.*?)\}\}.*?\{\{c2::(.*?)::", text)]
        if m
    }
    # a relative clause, a clause after "and" with its own verb, an aside: left in sight
    assert hidden["A levee"] == "a bank of silt along a river"
    assert hidden["An oxbow"] == "a curved lake cut off from its river"
    assert hidden["A meander"] == "a bend in a channel"
    assert hidden["An estuary"] == "a mouth where fresh water and sea water mix"
    # "but" opens a second clause, unless it only qualifies the phrase before it
    assert hidden["A weir"] == "a low dam across a river"
    assert hidden["A staff gauge"] == "a cheap, but often misread marker of the water level"
    # a second predicate of the same subject ("and is ..."), not the last verb of a series
    assert hidden["A fjord"] == "a narrow inlet carved by a glacier"
    assert (
        hidden["A tarn"] == "a lake that forms in a cirque, fills with meltwater and is fed by snow"
    )
    # a list joined by "and" is one phrase; a clause fronted by "if" keeps its comma
    assert hidden["A delta"] == "a plain of mud, sand, and gravel"
    # a name given to the noun right before it, or to a subject after a reason: no second card
    named = [t for t in texts if "{{c1::barges}}" in t or "{{c1::a floodplain}}" in t]
    assert len(named) == 2 and not any("{{c2::" in t for t in named)
    # a reason is a second clause, comma or none
    assert hidden["A canal lock"] == "a chamber with two gates"
    # another name it goes by is no part of what the term is
    assert hidden["A bayou"] == "a slow stream in a swamp"
    assert hidden["Silt"] == "settles where the current slows, and especially behind dams"
    # a term named again where its meaning starts is shown once, the label dropped
    erosion = next(n for n in notes if "Erosion" in n.fields[0])
    assert "{{c1::Erosion}} {{c2::involves" in erosion.fields[0]
    assert erosion.fields[0].count("Erosion") == 1
    assert len(erosion.cards()) == 2
    assert hidden["Convergence"] == (
        "that if two gauges read the same flood, they agree on its height"
    )
    # "that" opens a reported clause, no fronted phrase: its reason is a second clause
    assert hidden["Avulsion"] == "that a river jumps to a new channel"
