"""One card for one text: a sentence or quote in several notes is one Anki note citing them
all, whose identity (and review history) stays as notes gain and lose the text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import cards.build
import cards.delta
from cards.build import build
from cards.summary import summary_lines
from tests.conftest import import_apkg, uncached_copy
from tests.test_reimport import history, study_everything

MakeVault = Callable[[dict[str, str | bytes]], Path]
SLEEP = "Sleep is **the foundation** of memory.\n"
QUOTE = "> You do not rise to the level of your goals.\n> — James Clear\n"


def _text(fields: str) -> str:
    """An Anki note's text as the checks compare it: no breadcrumb, deletions, markup, case."""
    first = re.sub(r'^<div class="context">.*?</div>', "", fields.split("\x1f")[0])
    first = re.sub(r"\{\{c\d+::(.*?)(::[^}]*)?\}\}", r"\1", first)
    return " ".join(re.sub(r"[\W_]+", " ", re.sub(r"<[^>]+>", " ", first)).lower().split())


def _notes(col: Any) -> list[tuple[str, str, list[str]]]:
    """(GUID, fields, tags) of every note in the collection."""
    return [
        (str(g), str(f), str(t).split())
        for g, f, t in col.db.all("SELECT guid, flds, tags FROM notes")
    ]


def test_a_text_in_several_notes_is_one_anki_note_citing_them_all(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    vault = make_vault(
        {
            "a/one.md": SLEEP + "\nDopamine is a neurotransmitter.\n\n" + QUOTE,
            "b/two.md": "# Two\n\n" + SLEEP + "\n" + QUOTE,
            "three.md": "Some words first.\n\n" + SLEEP,
        }
    )
    report = build(vault, tmp_path / "decks")
    import_apkg(anki_collection, tmp_path / "decks" / "vault.apkg")
    notes = _notes(anki_collection)
    texts = Counter(_text(f) for _, f, _ in notes)
    assert texts.most_common(1)[0][1] == 1, texts  # no text twice, across the vault
    (sleep,) = [(f, t) for _, f, t in notes if "foundation" in f]
    fields, tags = sleep
    source = fields.split("\x1f")[-1]
    links = re.findall(r"file=([^\"&]+)", source)
    assert links == ["a%2Fone", "b%2Ftwo", "three"]  # every note that has it, in path order
    assert {"source::a::one", "source::b::two", "source::three"} <= set(tags)
    (quote,) = [(f, t) for _, f, t in notes if "level of your goals" in f]
    assert {"source::a::one", "source::b::two"} <= set(quote[1])
    assert len(notes) == 3 == sum(report.anki_notes.values())  # sleep, dopamine, the quote


def test_a_quote_with_a_word_the_quoter_bracketed_is_the_same_quote(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    plain = "> Compound interest rewards the patient saver above the clever one.\n"
    vault = make_vault(
        {
            "a.md": "# Saving\n\n" + plain,
            "b.md": "# Review\n\n" + plain.replace("> Compound", "> [All] compound"),
        }
    )
    build(vault, tmp_path / "decks")
    import_apkg(anki_collection, tmp_path / "decks" / "vault.apkg")
    notes = _notes(anki_collection)
    (saver,) = [(f, t) for _, f, t in notes if "patient saver" in f]
    assert {"source::a", "source::b"} <= set(saver[1])


def test_the_card_keeps_its_identity_as_notes_gain_and_lose_its_text(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, out, col = make_vault({"m/one.md": SLEEP}), tmp_path / "decks", anki_collection
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    build(vault, out)
    import_apkg(col, out / "vault.apkg")
    study_everything(col)
    ((guid, _, _),) = _notes(col)
    studied = history(col)
    assert studied and all(logs for _, logs, _ in studied.values())

    def rebuild(epoch: int) -> dict[str, Any]:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
        report = build(vault, out)
        import_apkg(col, out / "vault.apkg")
        return {"report": report, "notes": _notes(col), "history": history(col)}

    # a note before it in the vault gains the text: the card stays the one note's card
    (vault / "a first.md").write_text("# First\n\n" + SLEEP)
    gained = rebuild(1700001000)
    ((same, fields, tags),) = gained["notes"]
    assert same == guid and "a first.md" in fields and "m/one.md" in fields
    assert {"source::a-first", "source::m::one"} <= set(tags)
    assert gained["history"] == studied  # same cards, same review logs and intervals
    # the note that made it drops the text: the other one's card continues it
    (vault / "m" / "one.md").write_text("Something else **entirely** here.\n")
    lost = rebuild(1700002000)
    assert lost["report"].counts["gone"] == 0  # no tombstone: the text is still in the vault
    (card,) = [n for n in lost["notes"] if "foundation" in n[1]]
    assert card[0] == guid and "a first.md" in card[1] and "m/one.md" not in card[1]
    assert "source::m::one" not in card[2]
    assert {k: v for k, v in lost["history"].items() if k.startswith(guid)} == studied
    assert len({g for g, _, _ in lost["notes"]}) == len(lost["notes"]) == 2


EDITS: list[Callable[[Path], None]] = [
    lambda v: (v / "c" / "late.md").write_text(SLEEP),  # a third note has it
    lambda v: (v / "a" / "early.md").write_text("Nothing to see.\n"),  # the owner drops it
    lambda v: (v / "b" / "mid.md").write_text(SLEEP + "\n" + QUOTE),  # and gains a quote
    lambda v: (v / "c" / "late.md").unlink(),  # a holder goes
    lambda v: (v / "a" / "early.md").write_text(QUOTE + "\n" + SLEEP),  # back again
]


def test_builds_after_edits_to_shared_texts_write_what_a_build_of_every_note_writes(
    make_vault: MakeVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the edited notes and the notes sharing a text with them are made again; the deck,
    manifest and report are byte for byte those of a build of every note."""
    notes: dict[str, str | bytes] = {
        f"n{i}.md": f"Habit {i} is **built slowly** over years.\n" for i in range(12)
    }
    notes |= {"a/early.md": SLEEP, "b/mid.md": "Words.\n", "c/x.md": "X.\n", "z/other.md": QUOTE}
    vault, out = make_vault(notes), tmp_path / "decks"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    build(vault, out)
    planned: list[int] = []
    real = cards.build.make_plan
    monkeypatch.setattr(
        cards.build, "make_plan", lambda *a, **k: planned.append(1) or real(*a, **k)
    )
    for n, edit in enumerate(EDITS, 1):
        edit(vault)
        monkeypatch.setenv("SOURCE_DATE_EPOCH", str(1700000000 + 1000 * n))
        whole = uncached_copy(out, tmp_path / f"whole{n}")
        planned.clear()
        patched = build(vault, out)
        assert not planned, n
        assert patched.parsed <= 1, n  # the edited note alone: its partners are cached
        full = build(vault, whole)
        for name in ("vault.apkg", "vault.cards.json"):
            assert (out / name).read_bytes() == (whole / name).read_bytes(), (n, name)
        assert (patched.counts, patched.anki_notes, patched.cards, patched.folders) == (
            full.counts,
            full.anki_notes,
            full.cards,
            full.folders,
        ), n


FOOTER = "Every article on the Loom Wiki is written by volunteers and checked by **two editors**.\n"
"""A saved web page's footer: in every note saved from that site."""


def test_a_text_in_five_notes_is_boilerplate_and_makes_no_card(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    notes: dict[str, str | bytes] = {f"web/p{i}.md": f"# Page {i}\n\n{FOOTER}" for i in range(5)}
    notes |= {f"s{i}.md": SLEEP for i in range(4)}
    report = build(make_vault(notes), tmp_path / "decks")
    import_apkg(anki_collection, tmp_path / "decks" / "vault.apkg")
    texts = [_text(f) for _, f, _ in _notes(anki_collection)]
    assert texts == ["sleep is the foundation of memory"]  # in four notes: one card
    single = tmp_path / "single"
    single.mkdir()
    (single / "p0.md").write_text(FOOTER, encoding="utf-8")
    one = build(single, tmp_path / "one")
    assert sum(one.anki_notes.values()) == 1  # in one note, the footer is a claim
    assert sum(report.anki_notes.values()) == 1
    assert (report.boilerplate, one.boilerplate) == (1, 0)
    said = summary_lines(report)
    assert "left out: 1 text found in 5 notes or more, as boilerplate" in "\n".join(said)
    assert not any("boilerplate" in line for line in summary_lines(one))


def test_builds_as_a_text_becomes_boilerplate_and_stops_being_it_write_what_a_full_build_does(
    make_vault: MakeVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fifth note with the text takes its card away, a fourth brings it back; an edit to one
    of many notes holding boilerplate looks at no other note."""
    notes: dict[str, str | bytes] = {f"h{i}.md": f"# H{i}\n\n{SLEEP}" for i in range(4)}
    notes |= {f"web/p{i}.md": f"# Page {i}\n\n{FOOTER}" for i in range(7)}
    vault, out = make_vault(notes), tmp_path / "decks"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    build(vault, out)
    looked_at: list[set[str]] = []
    made = cards.delta._made
    monkeypatch.setattr(
        cards.delta,
        "_made",
        lambda job, cache, which, *a: looked_at.append(set(which)) or made(job, cache, which, *a),
    )
    edits: list[tuple[Callable[[Path], object], int]] = [
        (lambda v: (v / "h9.md").write_text("# H9\n\n" + SLEEP), 0),  # fifth holder
        (lambda v: (v / "web" / "p0.md").write_text("# Page 0\n\nWords.\n\n" + FOOTER), 0),
        (lambda v: (v / "h0.md").unlink(), 1),  # four again: the card is back
    ]
    for n, (edit, cards_of_sleep) in enumerate(edits, 1):
        edit(vault)
        monkeypatch.setenv("SOURCE_DATE_EPOCH", str(1700000000 + 1000 * n))
        whole = uncached_copy(out, tmp_path / f"whole{n}")
        looked_at.clear()
        patched = build(vault, out)
        assert patched.parsed <= 1, n
        if n == 2:  # the footer was boilerplate and stays it: its six other notes not read
            assert looked_at == [{"web/p0.md"}]
        else:  # the sentence's other holders are read for their Source lines
            assert len(looked_at) == 2 and len(looked_at[1]) >= 3, looked_at
        full = build(vault, whole)
        for name in ("vault.apkg", "vault.cards.json"):
            assert (out / name).read_bytes() == (whole / name).read_bytes(), (n, name)
        assert patched.boilerplate == full.boilerplate == (2 if n < 3 else 1), n  # + sleep
        assert patched.anki_notes == full.anki_notes, n
        assert sum(patched.anki_notes.values()) == cards_of_sleep, n
