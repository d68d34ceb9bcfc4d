"""End to end: the real `cards` CLI on source_notes/, imported into a real Anki collection."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, import_apkg


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Build the sample vault once with the real CLI (a subprocess, as a user runs it)."""
    work = tmp_path_factory.mktemp("e2e")
    vault = work / "source_notes"
    shutil.copytree(ROOT / "source_notes", vault)
    out = work / "decks"
    run = subprocess.run(
        [sys.executable, "-m", "cards", "build", str(vault), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    return out / "source_notes.apkg", run.stdout


def _visible(html: str) -> str:
    return re.sub(r"<[^>]+>", "", re.sub(r"<style>.*?</style>", "", html, flags=re.S)).strip()


def test_deck_imports_with_every_card_non_empty(
    built: tuple[Path, str], anki_collection: Any
) -> None:
    apkg, summary = built
    log = import_apkg(anki_collection, apkg)
    col = anki_collection
    names = {m["name"] for m in col.models.all()}
    assert {"vault-cards Cloze v1", "vault-cards Q/A v1"} <= names
    assert len(log.new) == col.note_count() > 30
    assert not log.duplicate and not log.updated
    cards = [col.get_card(cid) for cid in col.find_cards("")]
    assert len(cards) == col.card_count()
    said = re.search(r"^deck: (\d+) Anki notes, (\d+) cards: (\d+) days", summary, re.M)
    assert said, summary
    assert (col.note_count(), col.card_count()) == (int(said[1]), int(said[2]))  # as Anki counts
    assert col.card_count() > col.note_count()  # siblings: a definition's, a quote's, a list's
    assert int(said[3]) == -(-col.card_count() // 20)
    for card in cards:
        assert _visible(card.question()), card.note().fields
        assert _visible(card.answer()), card.note().fields


def test_cloze_hides_the_key_phrase_and_the_answer_shows_it(
    built: tuple[Path, str], anki_collection: Any
) -> None:
    import_apkg(anki_collection, built[0])
    col = anki_collection
    (cid,) = col.find_cards('"Text:*about survival*"')
    card = col.get_card(cid)
    question, answer = card.question(), card.answer()
    assert "about survival" not in _visible(question)
    assert "[...]" in question
    assert "about survival" in _visible(answer)
    assert "Attachment and relationships are" in _visible(question)


def test_tags_source_field_and_decks(built: tuple[Path, str], anki_collection: Any) -> None:
    import_apkg(anki_collection, built[0])
    col = anki_collection
    (cid,) = col.find_cards('"Text:*about survival*"')
    note = col.get_card(cid).note()
    assert {"cards::claim", "relationship::love", "psychology", "status::done"} <= set(note.tags)
    assert "source::solace-sex-as-a-result-of-stress-to-restore-connection" in note.tags
    source = dict(note.items())["Source"]
    assert source.startswith("Solace sex as a result of stress to restore connection · ")
    assert ".md" not in source  # the file name says nothing the title does not
    assert "obsidian://open?vault=source_notes&amp;file=Solace%20sex" in source
    (other,) = col.find_notes('"Front:*What does attachment theory*"')
    other_source = col.get_note(other)["Source"]
    assert 'Sex &amp; Intimacy? · <span class="path">How Does Attachment' in other_source
    for kind in ("claim", "question", "quote", "traits"):
        assert col.find_cards(f"tag:cards::{kind}"), kind
    assert "source_notes" in {d.name for d in col.decks.all_names_and_ids()}


def test_each_fact_is_one_note_whose_questions_are_sibling_cards(
    built: tuple[Path, str], anki_collection: Any
) -> None:
    """A definition, a quote and a trait list are each one note; each way of asking it is
    a cloze deletion, so Anki buries the others while one is due."""
    import_apkg(anki_collection, built[0])
    col = anki_collection

    def cards_of(search: str) -> list[tuple[str, str]]:
        """(front, back) of each card of the one note found, without the Source footer."""
        (nid,) = col.find_notes(search)
        cards = sorted(col.get_note(nid).cards(), key=lambda c: c.ord)
        return [
            (_visible(c.question()), _visible(c.answer().split('<div class="source">')[0]))
            for c in cards
        ]

    def answer_to(search: str) -> str:
        """The back of the card below the question, without the Source footer."""
        (cid,) = col.find_cards(search)
        back = col.get_card(cid).answer().split('id="answer">')[-1].split('<div class="source">')[0]
        return _visible(back)

    assert "A lot more than we might think!" in answer_to('"Front:*What does attachment theory*"')
    term, meaning = cards_of('"Text:*natural pain-killing hormones*"')
    assert "[...] are our natural pain-killing hormones" in term[0]
    assert "Endorphins are [What are endorphins?]" in meaning[0]  # the question, as a hint
    assert "Endorphins are our natural pain-killing hormones" in meaning[1]
    # "we call these distressed relationships": the term named last, what it is before it
    _, meaning = cards_of('"Text:*we call these*"')
    assert "[What are distressed relationships?], we call these distressed" in meaning[0]
    phrase, who = cards_of('"Text:*the energy that exists between people*"')
    assert "— Brené Brown" in phrase[0] and "[...]" in phrase[0]  # the attribution a clue
    assert who[0].endswith("— [...]") and who[1].endswith("— Brené Brown")
    *traits, category = cards_of('"Text:*traits-label*more positive emotions during sex*"')
    assert "Typical of [...]:" in category[0] and "more frequent sex" in category[0]
    assert "Typical of secure:" in category[1]
    assert len(traits) == 4 and all("Typical of secure:" in front for front, _ in traits)
    assert col.find_notes('"note:vault-cards Q/A v1"')  # questions stay Q/A notes
    assert not col.find_notes('"Front:Who said*" or "Front:Which category*" or "Front:What is*"')


def test_builds_in_a_row_are_byte_identical(built: tuple[Path, str], tmp_path: Path) -> None:
    """No SOURCE_DATE_EPOCH: the second build takes every time from the first one's manifest."""
    vault = built[0].parent.parent / "source_notes"

    def build_into(out: Path) -> tuple[str, str]:
        run = subprocess.run(
            [sys.executable, "-m", "cards", "build", str(vault), "-o", str(out), "-q"],
            capture_output=True,
            check=False,
            env={"PATH": ""},
        )
        assert run.returncode == 0, run.stderr
        digest = hashlib.sha256
        return (
            digest((out / "source_notes.apkg").read_bytes()).hexdigest(),
            digest((out / "source_notes.cards.json").read_bytes()).hexdigest(),
        )

    first = build_into(tmp_path / "a")
    assert build_into(tmp_path / "a") == first
    shutil.copytree(tmp_path / "a", tmp_path / "b")  # same notes, same manifest, another place
    (tmp_path / "b" / "source_notes.apkg").unlink()
    assert build_into(tmp_path / "b") == first
