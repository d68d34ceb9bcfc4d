"""The first import after upgrading: each fact's twin notes become one note's sibling cards.

`tests/upgrade/before/` is what the release before wrote for `tests/upgrade/vault/`: a
definition, a quote and a trait list each a cloze note, with a separate "What is", "Who said"
and "Which category" note. A user imports it, studies, upgrades, builds and imports again
into the same real Anki collection.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from cards.build import build
from tests.conftest import import_apkg
from tests.test_reimport import history, study_everything

HERE = Path(__file__).parent / "upgrade"


@pytest.fixture
def upgraded(tmp_path: Path, anki_collection: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    vault, decks, col = tmp_path / "vault", tmp_path / "decks", anki_collection
    shutil.copytree(HERE / "vault", vault)
    shutil.copytree(HERE / "before", decks)
    import_apkg(col, decks / "vault.apkg")
    study_everything(col)
    before = history(col)
    notes_before, cards_before = col.note_count(), col.card_count()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700100000")
    report = build(vault, decks)
    log = import_apkg(col, decks / "vault.apkg")
    return {
        "col": col,
        "before": before,
        "after": history(col),
        "notes": notes_before,
        "cards": cards_before,
        "report": report,
        "log": log,
    }


def _note(col: Any, needle: str) -> Any:
    (nid,) = col.find_notes(f'"Text:*{needle}*"')
    return col.get_note(nid)


def test_no_note_is_added_twice_and_every_studied_card_keeps_its_history(
    upgraded: dict[str, Any],
) -> None:
    col, before, after = upgraded["col"], upgraded["before"], upgraded["after"]
    assert not upgraded["log"].new  # the siblings are new cards of the notes already there
    assert col.note_count() == upgraded["notes"] == 9
    duplicates = "SELECT count() FROM (SELECT guid FROM notes GROUP BY guid HAVING count() > 1)"
    assert col.db.scalar(duplicates) == 0
    assert all(logs for _, logs, _ in before.values())  # every card was studied
    assert all(after[key] == before[key] for key in before)  # same card, logs and interval
    # new: a definition's c2, a quote's attribution, a trait list's category
    assert col.card_count() == upgraded["cards"] + 3


def test_the_kept_notes_gain_sibling_cards_without_history(upgraded: dict[str, Any]) -> None:
    col, before, after = upgraded["col"], upgraded["before"], upgraded["after"]
    for needle, new_ord in (("Cortisol", 1), ("level of your goals", 1), ("trust easily", 2)):
        note = _note(col, needle)
        assert f"{note.guid}/{new_ord}" not in before
        assert after[f"{note.guid}/{new_ord}"][1] == 0  # a new card: no review yet
        assert after[f"{note.guid}/0"] == before[f"{note.guid}/0"]
    traits = _note(col, "trust easily")["Text"]
    assert re.search(r"Typical of \{\{c3::secure\}\}", traits)  # the next number never used
    assert "{{c1::trust easily}}" in traits and "{{c2::communicate needs}}" in traits


def test_the_twin_notes_are_tombstones_to_delete(upgraded: dict[str, Any]) -> None:
    col = upgraded["col"]
    orphans = [col.get_note(n) for n in col.find_notes("tag:cards::orphaned")]
    fronts = sorted(re.sub(r"<[^>]+>", "", n["Front"]) for n in orphans)
    assert [f.split(":")[0].split(" ")[0] for f in fronts] == ["What", "Which", "Which", "Who"]
    assert upgraded["report"].counts["gone"] == 4 and upgraded["report"].tombstones == 4
    assert upgraded["report"].counts["added"] == 0
