"""The owner's report on their own work gives no items, through the real CLI.

The fixture vault (tests/fixtures/report) holds a seed sorter's progress report and a kiln
timer's bug report, each beside a glossary of their subject, and a note on fevers whose
"Possible causes" and "Progress" are a subject's.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import extracted_lines

VAULT = Path(__file__).parent / "fixtures" / "report"


def test_a_progress_report_and_a_bug_report_give_no_items(tmp_path: Path) -> None:
    """Switched off, the rule gives back the sections under the report's headings; the
    glossaries beside them stay either way."""
    copy = tmp_path / "vault"
    shutil.copytree(VAULT, copy)
    (copy / "cards.toml").write_text('disable_rules = ["notekind.report"]\n', encoding="utf-8")
    kept = extracted_lines(VAULT)
    reported = {("Seed sorter.md", 15), ("Kiln timer bug.md", 10), ("Kiln timer bug.md", 11)}
    assert extracted_lines(copy) - kept == reported
    assert {("Seed sorter.md", 5), ("Seed sorter.md", 6), ("Kiln timer bug.md", 15)} <= kept


def test_a_subjects_causes_and_progress_are_kept() -> None:
    """Two headings a report shares with a subject's note are not a report."""
    assert {("Fevers.md", line) for line in (5, 6, 10)} <= extracted_lines(VAULT)
