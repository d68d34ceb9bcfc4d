"""The owner's working text gives no items, through the real CLI.

The fixture vault (tests/fixtures/working) holds a note on glassblowing with a task still
open over a fact, a task marked done, a blank to fill and a stylesheet's `#todo` rule; a
page of kite plans whose lines open on a memo's label in capitals, an exclamation or the
owner's comment, a joke a relative said and a quotation of an inventor; and a note on an
orchard whose open tasks make it a draft.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from cards.cli import cli
from tests.conftest import extracted_lines

VAULT = Path(__file__).parent / "fixtures" / "working"


def _switched_off(tmp_path: Path, rule: str) -> Path:
    copy = tmp_path / "vault"
    shutil.copytree(VAULT, copy)
    (copy / "cards.toml").write_text(f'disable_rules = ["notekind.{rule}"]\n', encoding="utf-8")
    return copy


def test_an_open_task_and_what_it_holds_give_no_items(tmp_path: Path) -> None:
    """The tagged line goes with the fact nested under it and the list item over it alone; a
    line whose task is done stays, as do the facts beside the tasks and a line naming a
    stylesheet's `#todo` rule."""
    kept = extracted_lines(VAULT)
    glass = {("Glassblowing.md", line) for line in (7, 9, 13)}
    assert extracted_lines(_switched_off(tmp_path, "todo")) - kept == glass
    assert {("Glassblowing.md", line) for line in (3, 6, 10, 11, 15)} <= kept


def test_a_memos_label_an_exclamation_or_a_laugh_gives_no_items(tmp_path: Path) -> None:
    """ "IDEA:", "POST:", "**WRITING-PROMPT**:", "!!", "GOAL:" and a quotation marked "(LOL)"
    go, the joke although it names who said it; a glossary line and a quotation stay."""
    kept = extracted_lines(VAULT)
    memo = {("Kite plans.md", line) for line in (3, 4, 5, 6, 7, 10, 14)}
    assert extracted_lines(_switched_off(tmp_path, "memoline")) - kept == memo
    assert {("Kite plans.md", 8), ("Kite plans.md", 12)} <= kept


def test_a_note_with_several_open_tasks_is_a_draft(tmp_path: Path) -> None:
    """Three open marks make the orchard note a draft; two leave the glassblowing note be."""
    kept = extracted_lines(VAULT)
    assert extracted_lines(_switched_off(tmp_path, "draft")) - kept == {("Orchard musings.md", 7)}
    assert ("Glassblowing.md", 3) in kept


def test_the_summary_counts_what_the_working_rules_left_out(tmp_path: Path) -> None:
    said = CliRunner().invoke(cli, ["build", str(VAULT), "-o", str(tmp_path / "out")])
    assert said.exit_code == 0, said.output
    for rule in ("todo", "memoline", "draft"):
        assert f"notekind.{rule}" in said.output
