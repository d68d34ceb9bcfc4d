"""A question about "this" asks only under a heading that names what "this" is: the note's
name, shown when no heading is, names the note, not the text the question points back at.
The fixtures' notes all share one name, so the name's part is tested here."""

from __future__ import annotations

from pathlib import Path

from cards.extract import extract_vault
from cards.extractors import default_extractors

NOTE = """Spreadsheets sort rows by the first column and leave ties in the order they came.

{heading}Why is this stable?

Because equal keys never swap places in a merge.
"""


def _questions(tmp_path: Path, heading: str) -> list[str]:
    (tmp_path / "Merge sort.md").write_text(NOTE.format(heading=heading), encoding="utf-8")
    registry = default_extractors(None)
    registry.only(["question"])
    return [item.plain for item in extract_vault(tmp_path, registry).items]


def test_this_under_no_heading_does_not_ask(tmp_path: Path) -> None:
    assert _questions(tmp_path, "# ") == []


def test_this_under_a_heading_that_names_a_thing_asks(tmp_path: Path) -> None:
    assert _questions(tmp_path, "# Merge sort\n\n## ") == ["Why is this stable?"]
