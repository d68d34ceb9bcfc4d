"""A template's blanks and a note that tests the tool give no items, through the real CLI.

The fixture vault (tests/fixtures/scaffold) holds a template for monastic orders with its
blanks beside filled-in knowledge, a test note with a pasted label, and probes that only
look like them: a history of templates, SQL's INSERT INTO, a food-science note on
allergens, a note on scrap metal and one on test-driven development.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import extracted_lines

VAULT = Path(__file__).parent / "fixtures" / "scaffold"


def _switched_off(tmp_path: Path, *kinds: str) -> Path:
    copy = tmp_path / "vault"
    shutil.copytree(VAULT, copy)
    names = ", ".join(f'"notekind.{k}"' for k in kinds)
    (copy / "cards.toml").write_text(f"disable_rules = [{names}]\n", encoding="utf-8")
    return copy


def test_a_templates_instruction_and_placeholder_give_no_items(tmp_path: Path) -> None:
    """ "Kind: (If the order is not ...)" and "INSERT DIAGRAM: ..." are blanks; the filled-in
    fields and sentences of the same note stay."""
    kept = extracted_lines(VAULT)
    assert extracted_lines(_switched_off(tmp_path, "scaffold")) - kept == {
        ("Monastic orders.md", 5),
        ("Monastic orders.md", 9),
    }
    assert {("Monastic orders.md", 15), ("Monastic orders.md", 17)} <= kept


def test_a_note_that_tests_the_tool_gives_no_items(tmp_path: Path) -> None:
    assert extracted_lines(_switched_off(tmp_path, "testnote")) - extracted_lines(VAULT) == {
        ("Test note 2.md", 3)
    }


def test_knowledge_about_templates_allergens_scrap_and_tests_is_kept() -> None:
    """SQL's INSERT INTO, an Insert key, allergen labelling as a law, scrap steel and a note
    named for testing are subjects, not scaffolding."""
    assert {
        ("History of templates.md", 3),
        ("History of templates.md", 7),
        ("History of templates.md", 8),
        ("History of templates.md", 10),
        ("Food allergens.md", 3),
        ("Food allergens.md", 5),
        ("Scrap metal.md", 3),
        ("Test-driven development.md", 3),
    } <= extracted_lines(VAULT)
