"""The owner's own idea set out step by step gives no items, through the real CLI.

The fixture vault (tests/fixtures/proposal) holds a note on tide clocks whose owner sets out
an idea of their own between definitions, and a note on shortest paths whose steps are a
named author's method and a textbook's.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import extracted_lines

VAULT = Path(__file__).parent / "fixtures" / "proposal"


def test_the_owners_idea_and_ideas_section_give_no_items(tmp_path: Path) -> None:
    """ "Here's how my idea goes:" leads into the owner's steps; the definition before it and
    the section after the next heading stay."""
    copy = tmp_path / "vault"
    shutil.copytree(VAULT, copy)
    (copy / "cards.toml").write_text('disable_rules = ["notekind.proposal"]\n', encoding="utf-8")
    kept = extracted_lines(VAULT)
    assert extracted_lines(copy) - kept == {("Tide clocks.md", line) for line in (7, 8, 9, 17)}
    assert {("Tide clocks.md", 3), ("Tide clocks.md", 13)} <= kept


def test_a_named_authors_method_and_a_textbooks_steps_are_kept() -> None:
    """And a section "Key ideas", a subject's gist."""
    assert {("Shortest paths.md", line) for line in (5, 6, 10, 14)} <= extracted_lines(VAULT)
