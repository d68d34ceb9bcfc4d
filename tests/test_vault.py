"""Reading a vault: what is read, what is skipped, and how bad notes are reported."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from cards.errors import CardsError, NoteError
from cards.extract import extract_vault
from cards.extractors import default_extractors
from cards.extractors.registry import Registry
from cards.items import Item
from cards.parse import ParsedNote, parse_note
from cards.vault import iter_note_paths, read_note

MakeVault = Callable[[dict[str, str | bytes]], Path]


def test_notes_are_found_in_sorted_order_and_dot_folders_are_skipped(make_vault: MakeVault) -> None:
    vault = make_vault(
        {
            "b.md": "x",
            "a/c.markdown": "x",
            "a/d.txt": "x",
            ".obsidian/app.md": "x",
            ".trash/old.md": "x",
            "a/.hidden.md": "x",
            "image.png": b"\x89PNG",
        }
    )
    found = [p.relative_to(vault).as_posix() for p in iter_note_paths(vault)]
    # a folder's own files first, then its subfolders, each sorted: stable on every machine
    assert found == ["b.md", "a/c.markdown", "a/d.txt"]


def test_title_is_front_matter_then_h1_then_file_name(make_vault: MakeVault) -> None:
    vault = make_vault(
        {
            "fm.md": "---\ntitle: From Front Matter\n---\n# Heading\n",
            "h1.md": "Intro\n\n# The Heading\n",
            "plain name.md": "no heading here\n",
        }
    )
    titles = {p.name: parse_note(read_note(vault, p)).title for p in iter_note_paths(vault)}
    assert titles == {
        "fm.md": "From Front Matter",
        "h1.md": "The Heading",
        "plain name.md": "plain name",
    }


def test_tags_come_from_front_matter_and_inline_tags(make_vault: MakeVault) -> None:
    vault = make_vault(
        {"n.md": "---\ntags: [relationship/love, psychology]\n---\n#status/done and #topic/sub\n"}
    )
    note = parse_note(read_note(vault, vault / "n.md"))
    assert note.tags == ("relationship/love", "psychology", "status/done", "topic/sub")


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("---\ntitle: [unclosed\n---\nbody\n", 3, "bad YAML front matter"),
        ("---\n- a\n- b\n---\nbody\n", 2, "front matter is a list"),
        ("---\ntitle: x\nbody without end\n", 1, "never closed"),
    ],
)
def test_broken_front_matter_names_file_and_line(
    make_vault: MakeVault, text: str, line: int, message: str
) -> None:
    vault = make_vault({"bad.md": text})
    with pytest.raises(NoteError) as caught:
        read_note(vault, vault / "bad.md")
    assert caught.value.path == "bad.md"
    assert caught.value.line == line
    assert message in str(caught.value)
    assert str(caught.value).startswith(f"bad.md:{line}: ")


def test_a_bad_note_is_reported_and_the_rest_of_the_vault_still_extracts(
    make_vault: MakeVault,
) -> None:
    vault = make_vault(
        {
            "bad.md": "---\ntitle: [\n---\nEndorphins are our natural pain-killing hormones.\n",
            "binary.md": b"\x00\x01\x02PNG",
            "good.md": "Dopamine is a neurotransmitter in the reward pathway.\n",
        }
    )
    result = extract_vault(vault)
    assert [str(e).split(":")[0] for e in result.errors] == ["bad.md", "binary.md"]
    assert [i.ref.path for i in result.items] == ["good.md"]


def test_an_extractor_that_fails_on_one_note_skips_that_note_only(make_vault: MakeVault) -> None:
    vault = make_vault(
        {
            "a.md": "Dopamine is a neurotransmitter in the reward pathway.\n",
            "b.md": "Trips the extractor.\n",
            "c.md": "Endorphins are our natural pain-killing hormones.\n",
        }
    )
    claims = default_extractors().get("claim")

    def fragile(note: ParsedNote) -> Iterable[Item]:
        if note.note.path == "b.md":
            raise IndexError("no such group")
        return claims(note)

    registry = Registry()
    registry.add("claim", fragile)
    result = extract_vault(vault, registry)
    assert [str(e) for e in result.errors] == [
        "b.md:1: internal error (IndexError: no such group); note skipped, please report it"
    ]
    assert [i.ref.path for i in result.items] == ["a.md", "c.md"]


def test_latin1_and_utf16_notes_are_decoded(make_vault: MakeVault) -> None:
    vault = make_vault(
        {
            "latin.md": "Caf\xe9 culture is a social habit of the city.\n".encode("latin-1"),
            "wide.md": "Endorphins are our natural pain-killers.\n".encode("utf-16"),  # with BOM
        }
    )
    texts = {i.ref.path: i.plain for i in extract_vault(vault).items}
    assert texts["latin.md"].startswith("Café culture")
    assert texts["wide.md"] == "Endorphins are our natural pain-killers."


def test_windows_1252_quotes_and_dashes_are_read_as_such(make_vault: MakeVault) -> None:
    saved = "\u201cGood enough\u201d repair \u2013 not perfection \u2013 keeps **love** safe.\n"
    vault = make_vault(
        {
            "notepad.md": saved.encode("cp1252"),
            "odd.md": b"Caf\xe9 \x81 culture is a **social** habit of the city.\n",
        }
    )
    result = extract_vault(vault)
    texts = {i.ref.path: i.plain for i in result.items}
    assert texts["notepad.md"] == saved.strip().replace("**", "")
    assert texts["odd.md"] == "Caf\xe9 \x81 culture is a social habit of the city."
    warnings = sorted(w for note in result.notes for w in note.warnings)
    assert [w.split(": ", 1)[1] for w in warnings] == [
        "not UTF-8; read as Windows-1252",
        "not UTF-8; read as Latin-1",
    ]


def test_windows_line_endings_keep_line_numbers(make_vault: MakeVault) -> None:
    vault = make_vault({"crlf.md": "Intro line.\r\n\r\nSleep is **the foundation** of memory.\r\n"})
    (item,) = extract_vault(vault).items
    assert item.ref.line == 3


def test_vault_that_is_missing_or_a_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CardsError, match="no such folder"):
        list(iter_note_paths(tmp_path / "missing"))
    (tmp_path / "file.md").write_text("x")
    with pytest.raises(CardsError, match="is a file"):
        list(iter_note_paths(tmp_path / "file.md"))
