"""Reading a vault: what is read, what is skipped, and how bad notes are reported."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from cards.errors import CardsError, NoteError
from cards.extract import extract_vault
from cards.extractors import default_extractors
from cards.extractors.registry import Registry
from cards.incremental import Notes, Store, keys_now
from cards.items import Item
from cards.parse import ParsedNote, parse_note
from cards.vault import iter_note_paths, read_note
from tests.test_bad_input import BOMB

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
            "h1.md": "# The Heading\n\nIntro\n",
            "later.md": "Intro\n\n# A Part\n",  # a part's heading, not the title
            "plain name.md": "no heading here\n",
        }
    )
    titles = {p.name: parse_note(read_note(vault, p)).title for p in iter_note_paths(vault)}
    assert titles == {
        "fm.md": "From Front Matter",
        "h1.md": "The Heading",
        "later.md": "later",
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


@pytest.fixture
def special_vault(make_vault: MakeVault) -> Path:
    """A good note beside a named pipe, a link to /dev/zero, a 3 GB sparse file and a note
    that embeds a named pipe as its image: each would hang a read or flood memory."""
    vault = make_vault(
        {
            "good.md": "Dopamine is a neurotransmitter.\n",
            "embeds.md": "Serotonin is **a neurotransmitter** ![[pipe.png]] of mood.\n",
        }
    )
    os.mkfifo(vault / "pipe.md")
    os.mkfifo(vault / "pipe.png")
    (vault / "zero.md").symlink_to("/dev/zero")
    with (vault / "sparse.md").open("wb") as fh:
        fh.truncate(3 * 1024**3)
    return vault


@pytest.fixture
def hang_guard() -> Iterator[None]:
    """A read that blocks fails the test after 10 s instead of hanging it."""

    def stop(*_: object) -> None:
        raise TimeoutError("blocked")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.usefixtures("hang_guard")
def test_each_special_file_is_refused_unread_in_under_a_second(
    special_vault: Path, tmp_path: Path
) -> None:
    cache = Store(tmp_path / "out", ("identity",), writable=False)
    reasons = {
        "pipe.md": "a named pipe, not a regular file",
        "zero.md": "link to a file outside the vault",
        "sparse.md": "too large to be a note (3221.2 MB",
    }
    for name, reason in reasons.items():
        start = time.perf_counter()
        with pytest.raises(NoteError, match=re.escape(reason)):
            read_note(special_vault, special_vault / name)
        paths = (special_vault / name, special_vault / "good.md")
        keys = keys_now(Notes(special_vault, paths, {}, 5_000_000, _no_context), cache)
        assert time.perf_counter() - start < 1.0, name
        assert keys[name] != keys["good.md"] and keys[name].startswith(f"!{name}:1: ")


def _no_context() -> NoReturn:
    raise AssertionError("keying a note makes no cards")


@pytest.mark.parametrize("command", ["build", "check", "diff", "extract", "preview"])
def test_every_command_skips_special_files(
    special_vault: Path, tmp_path: Path, command: str
) -> None:
    out = ["-o", str(tmp_path / "page.html")] if command == "preview" else []
    out = out if command in ("preview", "extract") else ["-o", str(tmp_path / "decks")]
    run = subprocess.run(
        [sys.executable, "-m", "cards", command, str(special_vault), *out],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == (1 if command == "check" else 0), run.stderr  # check: no deck yet
    for name in ("pipe.md", "zero.md", "sparse.md"):
        assert f"warning: {name}:1: " in run.stderr, f"{name} in {command}:\n{run.stderr}"
    if command != "extract":  # which makes no cards, so resolves no image
        assert "warning: embeds.md:1: image 'pipe.png' is a named pipe: not packed" in run.stderr


@pytest.mark.parametrize("key", ["title", "tags"])
def test_a_yaml_alias_bomb_is_refused_in_under_a_second_and_200_mb(
    make_vault: MakeVault, key: str
) -> None:
    vault = make_vault({"bomb.md": f"---\n{BOMB}\n{key}: *i\n---\nText for the reader.\n"})
    child = (
        "import sys, time; from pathlib import Path; from cards.vault import read_note\n"
        "vault = Path(sys.argv[1]); start = time.perf_counter()\n"
        "try:\n    read_note(vault, vault / 'bomb.md')\n"
        "except Exception as exc:\n    print(exc)\n"
        "print(time.perf_counter() - start)\n"
        # The child's own peak: ru_maxrss would also count the test runner it was forked from.
        "status = Path('/proc/self/status')\n"
        "lines = status.read_text().splitlines() if status.exists() else []\n"
        "hwm = [line for line in lines if line.startswith('VmHWM')]\n"
        "print(hwm[0].split()[1] if hwm else -1)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", child, str(vault)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    with proc.stdout:
        message, seconds, peak_kb = proc.stdout.read().splitlines()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    assert proc.returncode == 0
    assert message == "bomb.md:7: front matter 'f' expands to over 100,000 values"
    assert float(seconds) < 1.0
    assert (int(peak_kb) if int(peak_kb) > 0 else usage.ru_maxrss) / 1024 < 200
