"""A card's breadcrumb says where its fact stands: the note's title, the section and the
nearest heading, so a fact under "Sorting > Quick sort > Partition" is not shown as if it
were about the note's first topic. Built into a real deck and imported into real Anki."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from cards.breadcrumb import breadcrumb
from cards.inline import InlineText
from cards.items import Item, SourceRef
from tests.conftest import MakeVault, build_and_import

GARDEN = """\
# Garden notes

## Soil

### Compost heaps

#### Turning

A heap turned each week gets **oxygen** to the microbes.

### Mulch

A layer of **bark** keeps weeds down.

## Water

Drip lines lose less to evaporation than **sprinklers** do.
"""

_CONTEXT = re.compile(r'^<div class="context">(.*?)</div>')


def _contexts(
    collection: Any, keys: tuple[str, ...] = ("oxygen", "bark", "sprinklers")
) -> dict[str, str]:
    """Each note's breadcrumb, by a word of its text."""
    out = {}
    for nid in collection.find_notes(""):
        front = str(collection.get_note(nid).fields[0])
        match = _CONTEXT.match(front)
        for word in keys:
            if word in front:
                out[word] = match.group(1) if match else ""
    return out


def test_the_breadcrumb_names_the_title_the_section_and_the_nearest_heading(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    build_and_import(anki_collection, make_vault({"Garden.md": GARDEN}), tmp_path / "decks")
    contexts = _contexts(anki_collection)
    # deep under the section: the heading between them comes before the nearest one
    assert contexts["oxygen"] == "Garden notes › Compost heaps › Turning"
    assert contexts["bark"] == "Garden notes › Soil › Mulch"
    assert contexts["sprinklers"] == "Garden notes › Water"


SEABIRDS = """\
# Seabirds

## Feeding

Gannets dive from thirty metres to catch **mackerel** below the surface.

**Nesting on cliffs**

Guillemots lay **pear-shaped** eggs that roll in a circle rather than off the ledge.

**Migration:**

Arctic terns fly from pole to pole, the longest **commute** of any animal.

**Most seabirds feed far out at sea.**

Shearwaters fly hundreds of kilometres to find **squid** for a single meal.

## Threats

Plastic in the stomach starves a chick while it feels **full**.

## Plumage

**Moult**

A moult is the yearly shedding of worn feathers.
"""


def test_a_bold_line_standing_alone_heads_its_section_in_place_of_the_nearest_heading(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    vault = make_vault({"Seabirds.md": SEABIRDS})
    build_and_import(anki_collection, vault, tmp_path / "decks")
    keys = ("Gannets", "Guillemots", "terns", "Shearwaters", "Plastic", "yearly")
    contexts = _contexts(anki_collection, keys)
    assert contexts["Gannets"] == "Seabirds › Feeding"
    # a bold title ends the section of the heading above: it is a sibling, not a child
    assert contexts["Guillemots"] == "Seabirds › Nesting on cliffs"
    assert contexts["terns"] == "Seabirds › Migration"  # its colon is no part of it
    # a bold sentence is no title, but it closes the bold title's section
    assert contexts["Shearwaters"] == "Seabirds › Feeding"
    assert contexts["Plastic"] == "Seabirds › Threats"  # a real heading ends it
    # a bold title that would give the answer away gives its place back to the heading
    assert contexts["yearly"] == "Seabirds › Plumage"


def test_a_title_named_only_inside_what_a_term_means_stays_and_one_inside_the_term_goes(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    notes = {
        "Moon.md": "# Moon\n\nA neap tide is the smallest tide of the month, at the quarter "
        "phases of the moon.\n",
        "Comets.md": "# Comets\n\nThe tail of comets is a stream of gas that sunlight pushes "
        "away from the sun.\n",
    }
    build_and_import(anki_collection, make_vault(notes), tmp_path / "decks")
    contexts = _contexts(anki_collection, ("neap", "tail"))
    # "moon" is hidden only with what a neap tide is: the title is the card's subject
    assert contexts["neap"] == "Moon"
    # "comets" is hidden in the term itself: the title would be its answer
    assert contexts["tail"] == ""


def test_a_part_that_gives_the_term_away_shows_the_rest_and_hides_the_term_with_it(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    """Left out, "Harbour Crane Safety" took with it the only words that said what the card
    is about; shown, it gave the answer. Its term hides with the card's own deletion."""
    notes = {
        "Harbour Crane Safety.md": "# Harbour Crane Safety\n\n## Tide Pool Basics\n\n"
        "A tide pool is a hollow in the rocks that keeps seawater at low tide.\n\n"
        "A crane is a machine that lifts loads with a hook and a cable.\n",
    }
    build_and_import(anki_collection, make_vault(notes), tmp_path / "decks")
    contexts = _contexts(anki_collection, ("hollow", "hook"))
    # the run of words one deletion hides is one deletion, not two side by side
    assert contexts["hollow"] == "Harbour Crane Safety › {{c1::Tide Pool}} Basics", contexts
    assert contexts["hook"] == "Harbour {{c1::Crane}} Safety › Tide Pool Basics", contexts
    for nid in anki_collection.find_notes("hook"):
        for card in anki_collection.get_note(nid).cards():
            shown = re.search(r'<div class="context">(.*?)</div>', card.question())
            assert shown, card.question()
            # the card that asks for the term hides it in the breadcrumb too; the other
            # card, which shows the term, shows the breadcrumb whole
            visible = re.sub(r"<[^>]+>", "", shown.group(1))
            assert ("Crane" in visible) == (card.ord != 0), (card.ord, visible)


def test_a_long_heading_is_cut_after_a_whole_word_and_never_inside_brackets(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    note = """\
# Lighthouses

## Keepers trimmed the wicks every night [in the age of oil lamps]

Paraffin replaced **whale oil** because it burned brighter and cost less.

## Foghorns were sounded in patterns that ships learned to recognise

A foghorn's **pitch** told a ship which headland it was passing.
"""
    build_and_import(anki_collection, make_vault({"Lighthouses.md": note}), tmp_path / "decks")
    contexts = _contexts(anki_collection, ("Paraffin", "headland"))
    assert contexts["Paraffin"] == "Lighthouses › Keepers trimmed the wicks every night…"
    assert contexts["headland"] == "Lighthouses › Foghorns were sounded in patterns that ships…"


def test_a_heading_that_names_only_a_role_gives_way_to_one_that_names_a_subject(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    note = """\
# Pottery

## Glazes

### Ash glazes

#### Key points

Wood ash melts into a glaze because of the **calcium** it holds.
"""
    build_and_import(anki_collection, make_vault({"Pottery.md": note}), tmp_path / "decks")
    contexts = _contexts(anki_collection, ("Wood ash",))
    assert contexts["Wood ash"] == "Pottery › Glazes › Ash glazes"


SAYING = (
    "Keep three lanterns burning on the quay through the night, so that a boat coming home "
    "can count them and know its berth."
)


def test_a_line_over_a_quote_that_shares_a_word_it_hides_is_left_out_but_the_title_is_not() -> None:
    attribution = "Harbour Sayings 215"
    start = SAYING.index("count them")
    ref = SourceRef("Harbour sayings.md", 7, ("Moorings",))
    item = Item(
        "quote", ref, InlineText(SAYING), key=(start, len(SAYING) - 1), attribution=attribution
    )
    hidden = ("count them and know its berth", attribution)
    # the writer's bold title of the saying names "berth", which the deletion hides: the
    # heading it stands in for comes back
    crumb = breadcrumb(item, "Harbour sayings", hidden, section="Every berth has its lantern")
    assert crumb == '<div class="context">Harbour sayings › Moorings</div>'
    # a word the quote shows outside its deletion gives nothing away
    shown = breadcrumb(item, "Harbour sayings", hidden, section="Lanterns at night")
    assert "Lanterns at night" in shown
    # the note's title names what every saying in it is about: it stays
    assert breadcrumb(item, "Berths and moorings", hidden).startswith(
        '<div class="context">Berths and moorings'
    )
    # a claim's heading names its subject in words the fact completes: it stays
    claim = Item("claim", item.ref, item.text, key=item.key)
    assert "Every berth" in breadcrumb(claim, "Harbour sayings", hidden[:1], section="Every berth")


def test_words_hidden_in_a_part_are_one_deletion_across_marks_and_never_in_a_formula() -> None:
    """ "{{c1::dry-stone walls}}", not "{{c1::dry}}-{{c1::stone}} {{c1::walls}}": deletions
    side by side read as several answers. A formula's words cut out of it leave broken
    markup, so such a part is left out as before."""
    said, hidden, title = (
        "Dry-stone walls stack stones with no mortar.",
        ("Dry-stone walls",),
        "Field boundaries",
    )
    assert _crumb("Building dry-stone walls by hand", said, hidden, title) == (
        '<div class="context">Field boundaries › Building <cloze data-n="1">dry-stone walls'
        "</cloze> by hand</div>"
    )
    crumb = _crumb("Stones per wall $N(walls)$ dry-stone", said, hidden, title)
    assert crumb == '<div class="context">Field boundaries</div>'


def _crumb(heading: str, text: str, hidden: tuple[str, ...], title: str = "Sleep notes") -> str:
    """The breadcrumb over a claim whose deletions hide `hidden`, numbered from 1."""
    item = Item("claim", SourceRef("S.md", 5, (heading,)), InlineText(text), key=(0, 3))
    numbers = tuple(range(1, len(hidden) + 1))
    return breadcrumb(item, title, hidden, numbers=numbers)


def test_a_part_that_spells_out_an_acronym_or_shows_another_form_hides_those_words() -> None:
    """ "Slow Wave Sleep" over "{{SWS}}", "REM" over "{{rapid eye movement}}", "Runes" over
    "{{runic}}" give the answer away as plainly as the words themselves: the part shows
    with them hidden, or is left out when nothing else is left."""
    said = "SWS is the deepest stage of sleep."
    assert _crumb("Slow Wave Sleep", said, ("SWS",)) == ('<div class="context">Sleep notes</div>')
    assert _crumb("Slow Wave Sleep research", said, ("SWS",)) == (
        '<div class="context">Sleep notes › <cloze data-n="1">Slow Wave Sleep</cloze>'
        " research</div>"
    )
    said = "Rapid eye movement sleep comes in bursts."
    assert _crumb("REM sleep in infants", said, ("Rapid eye movement sleep",)) == (
        '<div class="context">Sleep notes › <cloze data-n="1">REM sleep</cloze> in infants</div>'
    )
    said = "The oldest alphabet of the north is runic."
    assert _crumb("Older scripts", said, ("runic",), title="Runes and staves") == (
        '<div class="context"><cloze data-n="1">Runes</cloze> and staves › Older scripts</div>'
    )


def test_words_two_deletions_name_are_hidden_by_the_first_and_joined_across_small_words() -> None:
    """The term's deletion hides a word the definition's names too: the card that asks for
    the term hides it. "{{Slow-Wave Sleep}}" is one answer, not three."""
    said = "NREM stands for Non-Rapid Eye Movement."
    hidden = ("NREM", "Non-Rapid Eye Movement")
    assert _crumb("NREM stages", said, hidden) == (
        '<div class="context">Sleep notes › <cloze data-n="1">NREM</cloze> stages</div>'
    )
    said = "SWS restores the body after a long day."
    assert _crumb("How Slow-Wave Sleep heals", said, ("SWS",)) == (
        '<div class="context">Sleep notes › How <cloze data-n="1">Slow-Wave Sleep'
        "</cloze> heals</div>"
    )


def test_a_part_left_with_only_its_section_number_is_left_out() -> None:
    """ "4.1.2 {{c1::Crop Rotation}}" says nothing more than the answer: a number."""
    said = "Crop rotation keeps the soil from tiring."
    hidden = ("Crop rotation",)
    assert _crumb("4.1.2 Crop Rotation", said, hidden, title="Fields") == (
        '<div class="context">Fields</div>'
    )
    assert _crumb("4.1.2 Crop Rotation in wet years", said, hidden, title="Fields") == (
        '<div class="context">Fields › 4.1.2 <cloze data-n="1">Crop Rotation</cloze> in wet'
        " years</div>"
    )
