"""A Kindle's `My Clippings.txt` read as the export it is, from the bytes a Kindle writes."""

from __future__ import annotations

from pathlib import Path

from cards.extract import extract_vault
from cards.parse import parse_note
from cards.syntax.clippings import kindle_clippings
from cards.vault import read_note

ENTRIES = [
    "Deep Work (Newport, Cal)",
    "- Your Highlight on page 3 | location 40-41 | Added on Monday, 1 March 2021 07:01:02",
    "",
    "To produce at your peak level you need to work for extended periods with full focus.",
    "==========",
    "Deep Work (Newport, Cal)",
    "- Your Note on page 3 | location 41 | Added on Monday, 1 March 2021 07:02:00",
    "",
    "Try a four-hour block on Fridays.",
    "==========",
    "Deep Work (Newport, Cal)",
    "- Your Bookmark on page 9 | location 130 | Added on Monday, 1 March 2021 07:05:00",
    "",
    "",
    "==========",
    "Walden (Henry David Thoreau)",
    "- Your Highlight on page 90 | location 1200-1201 | Added on Friday, 5 March 2021 22:10:09",
    "",
    "I went to the woods because I wished to live deliberately.",
    "==========",
    "",
]


def _vault(tmp_path: Path, raw: bytes) -> Path:
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "My Clippings.txt").write_bytes(raw)
    return vault


def test_a_kindle_export_with_a_bom_and_crlf_gives_one_quote_per_highlight(
    tmp_path: Path,
) -> None:
    raw = b"\xef\xbb\xbf" + "\r\n".join(ENTRIES).encode("utf-8")
    items = extract_vault(_vault(tmp_path, raw)).items
    quotes = [(i.plain, i.attribution, i.title, i.ref.line) for i in items if i.kind == "quote"]
    assert quotes == [
        (ENTRIES[3], "Cal Newport", "Deep Work", 4),
        (ENTRIES[18], "Henry David Thoreau", "Walden", 19),
    ]
    assert not any("Kindle" in i.plain or "Added on" in i.plain for i in items)


def test_a_kindle_note_is_the_readers_own_paragraph_and_a_bookmark_is_nothing(
    tmp_path: Path,
) -> None:
    vault = _vault(tmp_path, "\n".join(ENTRIES).encode("utf-8"))
    note = parse_note(read_note(vault, vault / "My Clippings.txt"))
    shape = [(b.kind, b.callout, b.line) for b in note.blocks]
    assert shape == [("blockquote", "quote", 4), ("paragraph", "", 9), ("blockquote", "quote", 19)]
    assert note.blocks[1].text.text == "Try a four-hour block on Fridays."


def test_text_that_only_draws_rules_of_equals_signs_is_no_export() -> None:
    assert kindle_clippings("Shopping list\n==========\n\n- milk\n") is None
    assert kindle_clippings("Notes (draft)\nplain line 2\n\nbody\n==========\n") is None
    assert kindle_clippings("a rule of ========== inside a line of text\n") is None
    one = "Book (A. Writer)\n- Your Highlight on page 1\n\nWords of the book.\n"
    assert kindle_clippings(one + "==========\nBook (A. Writer)\nno metadata\n==========\n") is None
    unclosed = kindle_clippings(one + "==========\n" + one)
    assert unclosed is not None and [c.lines[0][1] for c in unclosed] == ["Words of the book."] * 2
