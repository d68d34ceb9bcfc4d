"""A definition that names its term again shows no naming of it on the card that hides it:
each other naming is hidden with the term; one inside what the term is leaves that
deletion whole, asked alone, with the term in the clear. Built into a real deck and
imported into real Anki."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from cards.extractors.claims.again import named_again
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
    col = anki_collection
    fronts = {_CONTEXT.sub("", str(col.get_note(n).fields[0])) for n in col.find_notes("")}
    texts = "\n".join(fronts)
    # named again after what the term is: one more c1
    assert (
        "{{c1::A rudder}} is {{c2::a flat blade at the stern::What is a rudder?}}, which turns"
        " to steer the {{c1::rudder}}'s boat." in texts  # a possessive is the name too
    ), texts
    # named again inside what the term is: that deletion whole and alone, the term shown
    assert (
        "A gaff is {{c2::a spar that holds up the top edge of a gaff sail::What is a gaff?}}."
        in texts
    ), texts
    # named again in another spelling, as names from another script are: the same
    assert (
        "Tolvaris is {{c2::a harbour town whose Tolvharis quay lands most of the herring::"
        "What is tolvaris?}}." in texts
    ), texts
    # named once, or only in part ("spar wood" is no "spar varnish"): as before
    assert "{{c1::A keel}} is {{c2::the spine of a hull, laid before any frame::" in texts
    assert "{{c2::a varnish that protects spar wood from salt::" in texts, texts
    # one card for each deletion number, and none shows what it hides
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        numbers = set(re.findall(r"\{\{c(\d+)::", note.fields[0]))
        cards = note.cards()
        assert len(cards) == len(numbers), note.fields[0]
        for card in cards:
            shown = _visible(card.question())
            hidden = re.findall(rf"\{{\{{c{card.ord + 1}::(.*?)(?:::[^}}]*)?\}}\}}", note.fields[0])
            for words in hidden:
                assert not re.search(rf"\b{re.escape(words)}\b", shown, re.I), (words, shown)


def _visible(html: str) -> str:
    """What a card's side shows: no markup, no style, no script."""
    html = re.sub(r"<(style|script)\b.*?</\1>", "", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def test_a_naming_past_the_meaning_is_hidden_with_the_term() -> None:
    text = "A bilge is the lowest part of a hull, where its bilge pump sits"
    deletions = meaning_deletions(text, (0, 7))
    shown = [(text[a:b], n) for a, b, n in deletions]
    # the term, then its second naming, past what the term is, hidden with it; what the term is
    # comes last, the deletion "What is X?" is asked of
    assert shown == [
        ("A bilge", 1),
        ("bilge", 1),
        ("the lowest part of a hull", 2),
    ], shown


def test_a_naming_inside_the_meaning_leaves_it_whole_and_alone() -> None:
    text = "A gaff is a spar that holds up the top edge of a gaff sail"
    shown = [(text[a:b], n) for a, b, n in meaning_deletions(text, (0, 6))]
    # no c1: a card hiding the term would show it in the answer; the answer is not cut
    assert shown == [("a spar that holds up the top edge of a gaff sail", 2)], shown
    # a naming of two words, in any case, late in the answer: the same
    text = "Rope walk: a long shed where rope is laid, as in the old Rope Walk at the quay"
    shown = [(text[a:b], n) for a, b, n in meaning_deletions(text, (0, 9))]
    assert shown == [(text[11:], 2)], shown


def test_a_term_is_named_again_whole_whatever_its_words() -> None:
    # "an" inside a word of the term ("human", "organ") is no article to drop
    text = "Organ pipe: a tube that sounds one note, as each organ pipe does"
    assert [text[a:b] for a, b in named_again(text, (0, 10), ())] == ["organ pipe"]
    # in the plural, it names the term as plainly
    text = "A cleat is a fitting that holds a rope fast (cleats are bolted through the deck)"
    shown = [(text[a:b], n) for a, b, n in meaning_deletions(text, (0, 7))]
    assert ("cleats", 1) in shown, shown


def test_a_label_before_a_term_named_last_is_hidden_as_the_term() -> None:
    # "Loam:" labels the line: what the term is starts after the colon, the label is c1
    text = "Loam: soil of sand and clay in equal parts is called loam."
    at = text.rindex("loam")
    shown = [(text[a:b], n) for a, b, n in meaning_deletions(text, (at, at + 4))]
    assert sorted(shown) == [("Loam", 1), ("loam", 1), ("soil of sand and clay in equal parts", 2)]
