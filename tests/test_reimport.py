"""Rebuild after editing the notes, re-import into the same Anki collection: cards update in place.

The scenario of the identity issue, end to end with the real `anki` package:
build v1, import, study every card, edit the vault (fix a word in a claim, add
a quote, rename a note, delete a note, insert a trait mid-list), build v2,
import again into the same collection.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import import_apkg

MakeVault = Callable[[dict[str, str | bytes]], Path]

V1 = {
    "claims.md": "Sleep is **the foundation** of memory.\n",
    "quotes.md": "> You do not rise to the level of your goals.\n> — James Clear\n",
    "traits.md": "Secure attachers have:\n- trust easily\n- communicate needs\n",
    "old name.md": "Dopamine is a neurotransmitter in the reward pathway.\n",
    "doomed.md": "Cortisol is a stress hormone released by the adrenal glands.\n",
}


def cards_cli(*args: str, epoch: int) -> str:
    env = {"SOURCE_DATE_EPOCH": str(epoch), "PATH": ""}
    run = subprocess.run(
        [sys.executable, "-m", "cards", *args], capture_output=True, text=True, env=env, check=False
    )
    assert run.returncode == 0, run.stderr
    return run.stdout


def study_everything(col: Any) -> None:
    """Answer every new card 'Easy' with Anki's scheduler: each gets a review log and interval."""
    from anki.scheduler.v3 import CardAnswer

    for deck in col.decks.all_names_and_ids():
        col.decks.select(deck.id)
        while True:
            queued = col.sched.get_queued_cards(fetch_limit=1)
            if not queued.cards:
                break
            card = col.get_card(queued.cards[0].card.id)
            card.start_timer()
            states = col._backend.get_scheduling_states(card.id)
            answer = col.sched.build_answer(card=card, states=states, rating=CardAnswer.EASY)
            col.sched.answer_card(answer)


def history(col: Any) -> dict[str, tuple[int, int, int]]:
    """note GUID + card ord -> (card id, review log entries, interval)."""
    rows = col.db.all(
        "SELECT n.guid, c.ord, c.id, c.ivl, (SELECT count() FROM revlog r WHERE r.cid = c.id) "
        "FROM cards c JOIN notes n ON n.id = c.nid"
    )
    return {f"{g}/{o}": (cid, logs, ivl) for g, o, cid, ivl, logs in rows}


def note_by_text(col: Any, needle: str) -> Any:
    """The note whose text holds `needle`."""
    (nid,) = col.find_notes(f'"Text:*{needle}*"')
    return col.get_note(nid)


@pytest.fixture
def scenario(make_vault: MakeVault, tmp_path: Path, anki_collection: Any) -> dict[str, Any]:
    vault = make_vault(dict(V1))
    decks = tmp_path / "decks"
    col = anki_collection
    cards_cli("build", str(vault), "-o", str(decks), epoch=1_700_000_000)
    first = import_apkg(col, decks / "vault.apkg")
    study_everything(col)
    before = history(col)
    guids_before = {
        n: note_by_text(col, t).guid
        for n, t in [
            ("claim", "the foundation"),
            ("dopamine", "Dopamine"),
            ("doomed", "Cortisol"),
            ("traits", "trust easily"),
        ]
    }
    # edit the vault
    (vault / "claims.md").write_text("Sleep is **the foundation** of long-term memory.\n")
    (vault / "quotes.md").write_text(
        V1["quotes.md"]
        + "\n> Every action is a vote for the person you wish to become.\n> — James Clear\n"
    )
    (vault / "sub").mkdir()
    (vault / "old name.md").rename(vault / "sub" / "new name.md")
    (vault / "doomed.md").unlink()
    (vault / "traits.md").write_text(
        "Secure attachers have:\n- trust easily\n- tolerate distance\n- communicate needs\n"
    )
    diff = cards_cli("diff", str(vault), "-o", str(decks), epoch=1_700_100_000)
    summary = cards_cli("build", str(vault), "-o", str(decks), epoch=1_700_100_000)
    second = import_apkg(col, decks / "vault.apkg")
    return {
        "col": col,
        "before": before,
        "after": history(col),
        "guids": guids_before,
        "first": first,
        "second": second,
        "diff": diff,
        "summary": summary,
    }


def test_no_note_is_duplicated(scenario: dict[str, Any]) -> None:
    col = scenario["col"]
    assert (
        col.db.scalar(
            "SELECT count() FROM (SELECT guid FROM notes GROUP BY guid HAVING count() > 1)"
        )
        == 0
    )
    # new in v2: the added quote (the inserted trait is a new card of its list's note)
    assert len(scenario["second"].new) == 1
    assert len(scenario["first"].new) + 1 == col.note_count()


def test_edited_claim_shows_new_text_and_keeps_its_history(scenario: dict[str, Any]) -> None:
    col, before, after = scenario["col"], scenario["before"], scenario["after"]
    note = note_by_text(col, "long-term memory")
    assert note.guid == scenario["guids"]["claim"]
    key = f"{note.guid}/0"
    assert after[key] == before[key]  # same card id, same review log count, same interval
    assert before[key][1] >= 1 and before[key][2] >= 1
    card = note.cards()[0]
    assert "long-term memory" in card.answer()


def test_renamed_note_keeps_its_cards_and_history(scenario: dict[str, Any]) -> None:
    col, before, after = scenario["col"], scenario["before"], scenario["after"]
    note = note_by_text(col, "Dopamine")
    assert note.guid == scenario["guids"]["dopamine"]
    assert "sub/new name.md" in note["Source"]
    kept = [k for k in before if k.startswith(note.guid)]
    assert kept and all(after[k] == before[k] for k in kept)


def test_every_studied_card_kept_its_review_log(scenario: dict[str, Any]) -> None:
    before, after = scenario["before"], scenario["after"]
    reviewed = [k for k, (_, logs, _) in before.items() if logs]
    assert len(reviewed) == len(before)  # every card was studied in v1
    kept = [k for k in reviewed if k in after and after[k][:2] == before[k][:2]]
    assert len(kept) == len(reviewed), f"review logs kept {len(kept)} of {len(reviewed)}"


def test_inserted_trait_gets_a_new_cloze_number(scenario: dict[str, Any]) -> None:
    col, before, after = scenario["col"], scenario["before"], scenario["after"]
    note = note_by_text(col, "tolerate distance")
    assert note.guid == scenario["guids"]["traits"]
    text = note["Text"]
    numbers = {shown: n for n, shown in re.findall(r"\{\{c(\d+)::([^}]*)\}\}", text)}
    assert numbers == {
        "trust easily": "1",
        "communicate needs": "2",
        "secure": "3",  # the category: its card asks which one the traits are typical of
        "tolerate distance": "4",
    }
    for ord_ in (0, 1, 2):  # the two old traits' cards and the category's are as before
        assert after[f"{note.guid}/{ord_}"] == before[f"{note.guid}/{ord_}"]
    assert after[f"{note.guid}/3"][1] == 0  # the new trait's card starts without history


def test_deleted_note_leaves_tombstones(scenario: dict[str, Any]) -> None:
    col = scenario["col"]
    note = note_by_text(col, "Cortisol")
    assert note.guid == scenario["guids"]["doomed"]
    assert "cards::orphaned" in note.tags
    orphans = col.find_notes("tag:cards::orphaned")
    assert note.id in orphans and len(orphans) == 1  # a definition is one note


def test_summary_and_diff_report_each_change(scenario: dict[str, Any]) -> None:
    diff, summary = scenario["diff"], scenario["summary"]
    # the notes' own words, not the folded text cards are matched by
    assert re.search(
        r"^~ claim .*claims\.md:1  Sleep is the foundation of long-term memory\.$", diff, re.M
    )
    assert re.search(r"was: Sleep is the foundation of memory\.$", diff, re.M)
    assert re.search(r"^\+ quote .*quotes\.md:4  Every action is a vote for the person", diff, re.M)
    assert re.search(r"^- claim .*doomed\.md  Cortisol is a stress hormone released", diff, re.M)
    assert re.search(r"^~ claim .*sub/new name\.md:1 .*\n +moved from old name\.md$", diff, re.M)
    assert diff.count("was:") == 1  # only the claim whose text changed
    # changed: the claim, the traits list, the renamed note's definition (its Source moved)
    assert "1 added, 3 changed, 1 kept, 1 gone" in diff
    assert "Anki notes since the last build: 1 added, 3 changed, 1 kept, 1 gone" in summary
    assert "orphaned Anki notes kept as tombstones: 1" in summary
