"""What a quote with no source hides when its first phrase is plain, said again, or cut
short: a sharper phrase, never one split before its object."""

from __future__ import annotations

from pathlib import Path

import pytest

from cards.extractors import default_extractors
from cards.parse import parse_note
from cards.vault import read_note


def _hidden(quote: str, tmp_path: Path) -> str:
    (tmp_path / "q.md").write_text(f"> {quote}\n", encoding="utf-8")
    note = parse_note(read_note(tmp_path, tmp_path / "q.md"))
    (item,) = [i for i in default_extractors().run(note) if i.kind == "quote"]
    assert item.key is not None
    return item.text.text[item.key[0] : item.key[1]]


@pytest.mark.parametrize(
    ("quote", "hidden"),
    [
        # a plain phrase said again: the rarer point a later sentence makes
        (
            "A van covers n miles in a month. Its owner logs the fuel burned over n miles. "
            "That fuel divided by n is the prorated fuel of each mile.",
            "prorated fuel of each mile",
        ),
        # a coined name said again is what the passage defines: it stays
        (
            "A hollow in a dune is called a blowout. A blowout grows wherever the marram "
            "grass dies.",
            "blowout",
        ),
        # a later phrase in brackets is an example, not the point: the repeat stays
        (
            "Each hut has an old lamp. At dusk the keeper lights the old lamp in every hut "
            "(usually a Morrow Glowpane).",
            "old lamp",
        ),
    ],
)
def test_a_repeated_plain_phrase_gives_way_only_to_a_sharper_one(
    quote: str, hidden: str, tmp_path: Path
) -> None:
    assert _hidden(quote, tmp_path) == hidden


@pytest.mark.parametrize(
    ("quote", "hidden"),
    [
        (
            "Packing just the gear each climber will use means less hauling up the slope.",
            "means less hauling",
        ),
        (
            "Both old almanacs give careful forecasts regarding when the first frost comes "
            "to the valley.",
            "give careful forecasts",
        ),
    ],
)
def test_a_deletion_never_ends_on_a_particle_its_object_follows(
    quote: str, hidden: str, tmp_path: Path
) -> None:
    """ "{{less hauling up}} the slope" splits an idiom: the particle stays with it."""
    assert _hidden(quote, tmp_path) == hidden


def test_a_phrase_that_announces_a_short_list_gives_way_to_the_list(tmp_path: Path) -> None:
    """ "the {{rest of the channels}}: the Ash, ...": the members right after it give its
    answer away; they are what a reader recalls."""
    quote = (
        "Besides the main stream, the river feeds the rest of the delta channels: the Ash, "
        "the Vell and the Orm."
    )
    assert _hidden(quote, tmp_path) == "the Ash, the Vell and the Orm"


def test_a_phrase_that_announces_a_long_list_is_not_what_is_hidden(tmp_path: Path) -> None:
    quote = (
        "The word 'tack' has several senses: a short nail; a sailing course; a saddle and "
        "bridle; the sticky feel of paint before it has dried fully in a damp barn."
    )
    hidden = _hidden(quote, tmp_path)
    assert hidden != "senses" and quote.index(hidden) > quote.index(":")


@pytest.mark.parametrize(
    ("quote", "hidden"),
    [
        (
            "Before winter, a careful farrier tries to fit a warm shoe on every horse.",
            "warm shoe",
        ),
        (
            "The old song was written to praise the patience of lock keepers on the canal.",
            "patience of lock keepers",
        ),
        ("Old kilns can be cooled quickly by opening the brick flue at dusk.", "brick flue"),
    ],
)
def test_a_deletion_hides_the_thing_named_not_the_verb_before_it(
    quote: str, hidden: str, tmp_path: Path
) -> None:
    """ "used to {{measure the daily rainfall}}": the verb comes from the sentence's frame;
    what a reader recalls is what it acts on."""
    assert _hidden(quote, tmp_path) == hidden


def test_a_plain_word_gives_way_to_a_rarer_noun_phrase_of_its_sentence(tmp_path: Path) -> None:
    """ "fired by a {{potter}}" asks for a word the sentence all but says; the glazes it
    is about are what a reader of the passage recalls."""
    quote = (
        "The trouble is that the tin glazes (which are later mixed into the slips) still need "
        "to be fired by a potter. This must be done the same way each time."
    )
    assert _hidden(quote, tmp_path) == "tin glazes"


def test_a_bold_label_over_a_later_part_of_a_quote_is_never_hidden(tmp_path: Path) -> None:
    """The writer's label over a second rendering names no point of the passage: hiding it
    asks a reader to recall how the note was laid out."""
    quote = (
        "Orla the boatwright said:\n>\n> A hull that is caulked in the autumn may be "
        "launched before the first frost, if the seams are tarred twice.\n>\n"
        "> **A looser reading:**\n> Caulk in autumn, tar twice, launch before frost."
    )
    assert "reading" not in _hidden(quote, tmp_path)
