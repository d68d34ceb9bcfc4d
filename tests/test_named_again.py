"""A definition that names its term again shows no naming of it on the card that hides it:
each other naming is hidden with the term, one inside what the term is cuts that deletion
around it. Built into a real deck and imported into real Anki."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from cards.meaning import meaning_deletions
from tests.conftest import MakeVault, build_and_import

BOATYARD = """\
# Boatyard

A rudder is a flat blade at the stern, which turns to steer the rudder's boat.

A gaff is a spar that holds up the top edge of a gaff sail.

Spar varnish is a varnish that protects spar wood from salt.

A keel is the spine of a hull, laid before any frame.

Tolvaris is a harbour town whose Tolvharis quay lands most of the herring.
"""

_CONTEXT = re.compile(r'<div class="context">.*?</div>')


def test_a_term_named_again_is_hidden_wherever_it_is_named(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    build_and_import(anki_collection, make_vault({"Boatyard.md": BOATYARD}), tmp_path / "decks")
    fronts = {
        _CONTEXT.sub("", str(anki_collection.get_note(n).fields[0]))
        for n in anki_collection.find_notes("")
    }
    texts = "\n".join(fronts)
    # named again after what the term is: one more c1
    assert (
        "{{c1::A rudder}} is {{c2::a flat blade at the stern::What is a rudder?}}, which turns"
        " to steer the {{c1::rudder}}'s boat." in texts  # a possessive is the name too
    ), texts
    # named again inside what the term is: that deletion is cut around the name
    assert (
        "{{c1::A gaff}} is {{c2::a spar that holds up the top edge of a::What is a gaff?}}"
        " {{c1::gaff}} {{c2::sail}}." in texts
    ), texts
    # named again in another spelling, as names from another script are: hidden too
    assert (
        "{{c1::Tolvaris}} is {{c2::a harbour town whose::What is tolvaris?}} {{c1::Tolvharis}}"
        " {{c2::quay lands most of the herring}}." in texts
    ), texts
    # named once, or only in part ("spar wood" is no "spar varnish"): as before
    assert "{{c1::A keel}} is {{c2::the spine of a hull, laid before any frame::" in texts
    assert "{{c2::a varnish that protects spar wood from salt::" in texts, texts


def test_a_naming_past_the_meaning_is_hidden_with_the_term() -> None:
    text = "A bilge is the lowest part of a hull, where its bilge pump sits"
    deletions = meaning_deletions(text, (0, 7))
    shown = [(text[a:b], n) for a, b, n in deletions]
    # the second naming, past what the term is, is hidden with the term; what the term is
    # comes last, the deletion "What is X?" is asked of
    assert shown == [
        ("bilge", 1),
        ("the lowest part of a hull", 2),
    ], shown


def test_a_naming_inside_the_meaning_splits_it() -> None:
    text = "A gaff is a spar that holds up the top edge of a gaff sail"
    shown = [(text[a:b], n) for a, b, n in meaning_deletions(text, (0, 6))]
    # two pieces that Anki hides together; the last is where what the term is starts
    assert shown == [("gaff", 1), ("sail", 2), ("a spar that holds up the top edge of a", 2)]


def test_a_piece_leaves_the_name_its_quotes_and_possessive() -> None:
    text = 'Luff: the forward edge of a sail where the "luff" rope is sewn'
    shown = [(text[a:b], n) for a, b, n in meaning_deletions(text, (0, 4))]
    assert shown[0] == ("luff", 1) and ("rope is sewn", 2) in shown, shown
    text = "Sheer is the curve of a deck seen from the side, the sheer's rise at the bow"
    shown = [(text[a:b], n) for a, b, n in meaning_deletions(text, (0, 5))]
    assert shown[0] == ("sheer", 1) and ("rise at the bow", 2) in shown, shown


def test_a_term_is_named_again_whole_whatever_its_words() -> None:
    # "an" inside a word of the term ("human", "organ") is no article to drop
    text = "Organ pipe: a tube that sounds one note, as each organ pipe does"
    shown = [(text[a:b], n) for a, b, n in meaning_deletions(text, (0, 10))]
    assert ("organ pipe", 1) in shown, shown
    # in the plural, it names the term as plainly
    text = "A cleat is a fitting that holds a rope fast (cleats are bolted through the deck)"
    shown = [(text[a:b], n) for a, b, n in meaning_deletions(text, (0, 7))]
    assert ("cleats", 1) in shown, shown
