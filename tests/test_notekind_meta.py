"""A note talking to its reader about itself gives no items, through the real CLI.

The fixture vault (tests/fixtures/meta) holds a note on rope bridges that names its own
section, soothes a confused reader and says where its folder tree is; a chat on bread whose
answer opens on praise of the question; and a note on the heart and bytes whose "left" is
a ventricle's, a bit's and an atlas page's, not a website's.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import extracted_lines

VAULT = Path(__file__).parent / "fixtures" / "meta"


def test_the_note_talking_to_its_reader_gives_no_items(tmp_path: Path) -> None:
    """ "I call this section ...", "If you feel confused: ...", "You will find the folder
    tree ..." and "Excellent question! ..." go; the definitions beside them stay, and so
    does a chatbot's "Certainly!" over a fact."""
    copy = tmp_path / "vault"
    shutil.copytree(VAULT, copy)
    (copy / "cards.toml").write_text('disable_rules = ["notekind.meta"]\n', encoding="utf-8")
    kept = extracted_lines(VAULT)
    talk = {("Rope bridges.md", 5), ("Rope bridges.md", 7), ("Rope bridges.md", 13)}
    assert extracted_lines(copy) - kept == talk | {("Chat on bread.md", 3)}
    assert {("Rope bridges.md", 9), ("Chat on bread.md", 5), ("Chat on bread.md", 7)} <= kept


def test_a_left_that_is_no_pages_leaves_nothing_out() -> None:
    """A ventricle, a byte's bits and an atlas's table of contents are subjects."""
    assert {("Heart.md", line) for line in (3, 5, 7)} <= extracted_lines(VAULT)
