"""Notes and sections whose kind is not knowledge give no items, through the real CLI.

The fixture vault (tests/fixtures/notekind) mixes knowledge with a diary, a daily
learning log, film reviews, a design doc, a course's admin and meeting notes.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from cards.cli import cli

VAULT = Path(__file__).parent / "fixtures" / "notekind"
KINDS = ("diary", "memo", "course", "review")


def _items(vault: Path) -> list[dict[str, object]]:
    result = CliRunner().invoke(cli, ["extract", str(vault), "--format", "json"])
    assert result.exit_code == 0, result.output
    items: list[dict[str, object]] = json.loads(result.output)
    return items


def _lines(vault: Path) -> set[tuple[object, object]]:
    return {(i["note"], i["line"]) for i in _items(vault)}


def _switched_off(tmp_path: Path, kinds: tuple[str, ...] = KINDS) -> Path:
    vault = tmp_path / "vault"
    shutil.copytree(VAULT, vault)
    names = ", ".join(f'"notekind.{k}"' for k in kinds)
    (vault / "cards.toml").write_text(f"disable_rules = [{names}]\n", encoding="utf-8")
    return vault


def test_knowledge_beside_a_diary_or_a_memo_is_kept() -> None:
    found = _lines(VAULT)
    assert ("Beekeeping.md", 5) in found  # the colony section, not the dated entry below it
    assert ("Botany.md", 10) in found  # the subject's own section of a course note
    assert ("Launch checklist.md", 3) in found  # above the meeting notes
    assert ("Volcanoes.md", 5) in found  # a lecture's date heading, written about rocks
    assert ("Daily/2023-05-02.md", 1) in found  # a daily note that only logs facts


def test_a_diary_a_memo_and_reviews_give_no_items_but_a_named_quote(tmp_path: Path) -> None:
    left_out = _lines(_switched_off(tmp_path)) - _lines(VAULT)
    assert {note for note, _ in left_out} == {
        "journal/2023-04-12.md",
        "Beekeeping.md",
        "Botany.md",
        "Film diary.md",
        "Launch checklist.md",
        "Orbit design doc.md",
    }
    assert ("Beekeeping.md", 13) in left_out  # under "## 14 March 2024", in the first person
    assert {("Botany.md", 5), ("Botany.md", 16)} <= left_out  # learning goals, homework
    quotes = [i for i in _items(VAULT) if i["note"] == "journal/2023-04-12.md"]
    assert [(q["kind"], q["attribution"]) for q in quotes] == [("quote", "Marcus Aurelius")]


def test_each_kind_is_a_rule_a_vault_can_switch_off(tmp_path: Path) -> None:
    """Switching off one kind brings back its notes only."""
    back = _lines(_switched_off(tmp_path, ("course",))) - _lines(VAULT)
    assert back == {("Botany.md", 5), ("Botany.md", 6), ("Botany.md", 16)}
