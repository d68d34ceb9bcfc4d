"""A note's description of itself gives no item, through the real CLI.

The fixture vault (tests/fixtures/preface) holds a note on kites that is only what it
collects, a note on sea shanties that says what the page lists before a definition, and
notes whose "collection of cells" and "page of the codex" are their subject; a note on
solder joints whose conclusion says a comparison is pending, beside a definition in which a
joint is in progress.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from cards.cli import cli
from tests.conftest import extracted_lines

VAULT = Path(__file__).parent / "fixtures" / "preface"


def _switched_off(tmp_path: Path, rule: str = "preface") -> Path:
    copy = tmp_path / "vault"
    shutil.copytree(VAULT, copy)
    toml = f'disable_rules = ["notekind.{rule}"]\n'
    (copy / "cards.toml").write_text(toml, encoding="utf-8")
    return copy


def test_the_notes_description_of_itself_gives_no_items(tmp_path: Path) -> None:
    """The line naming what the page collects goes; a definition beside a page's preface
    stays."""
    kept = extracted_lines(VAULT)
    assert extracted_lines(_switched_off(tmp_path)) - kept == {("Kites.md", 3)}
    assert ("Sea shanties.md", 5) in kept


def test_a_collection_or_a_page_that_is_the_subject_leaves_nothing_out(tmp_path: Path) -> None:
    """What the tissue and codex notes give with the rule off, they give with the rule on."""
    subject = ("Tissue.md", "Codex.md")
    off = {line for line in extracted_lines(_switched_off(tmp_path)) if line[0] in subject}
    assert ("Tissue.md", 3) in off
    assert {line for line in extracted_lines(VAULT) if line[0] in subject} == off


def test_a_paragraph_opening_on_work_not_done_gives_no_items(tmp_path: Path) -> None:
    """ "A comparison is pending." goes with its paragraph; a definition whose joint is "in
    progress" is a subject's, and stays with the definitions around it."""
    kept = extracted_lines(VAULT)
    assert extracted_lines(_switched_off(tmp_path, "status")) - kept == {("Solder joints.md", 7)}
    assert {("Solder joints.md", line) for line in (3, 11, 13)} <= kept


def test_the_summary_counts_what_the_preface_rule_left_out(tmp_path: Path) -> None:
    said = CliRunner().invoke(cli, ["build", str(VAULT), "-o", str(tmp_path / "out")])
    assert said.exit_code == 0, said.output
    assert "notekind.preface 1" in said.output
    assert "notekind.status 1" in said.output
