"""Bad input never stops a vault, and nothing is ever lost.

One vault holds every kind of bad file next to good notes: the build exits 0,
names each bad file exactly once, and the good notes' cards all reach Anki.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cards import plan as build
from cards.cli import cli
from cards.vault import VaultScan
from tests.conftest import import_apkg

BOMB = "\n".join(
    [f"a: &a [{', '.join(['lol'] * 9)}]"]
    + [
        f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    ]
)
"""Nine levels of nine aliases: 387 million values once expanded."""
GOOD = {
    "good.md": "---\ntags: [sleep]\n---\n## Sleep consolidates new memories\n\n"
    "Endorphins are our natural pain-killing hormones.\n",
    "crlf.md": "Dopamine is a neurotransmitter.\r\n\r\nSleep is **key to** health.\r\n",
    "old mac.md": "Cortisol is a hormone released under stress.\r\rHabits are **compound**.\r",
    "name with space #1 100% é.md": "> Whatever you are, be a good one.\n> — Abraham Lincoln\n",
}
BAD: dict[str, str | bytes] = {
    "yaml.md": "---\ntitle: [unclosed\n---\nText is here for the reader.\n",
    "fm-list.md": "---\n- a\n- b\n---\nText is here for the reader.\n",
    "fm-scalar.md": "---\njust a string\n---\nText is here for the reader.\n",
    "latin1.md": "Caf\xe9 culture is a social habit of the city.\n".encode("latin-1"),
    "utf16.md": "Serotonin is a neurotransmitter that regulates mood.\n".encode("utf-16"),
    "binary.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "empty.md": "",
    "fm-only.md": "---\ntitle: Stub\n---\n",
    "huge.md": ("Endorphins are our natural pain-killing hormones. " * 40 + "\n\n") * 10_000,
    "deep-quote.md": ">" * 10_000 + " deep\n",
    "deep-list.md": "- " * 10_000 + "deep\n",
    "unreadable.md": "Melatonin is a hormone that signals darkness.\n",
    "vanishing.md": "Adrenaline is a hormone of the fight response.\n",
    "control.md": "Sleep is **key** to\x1f health.\n",
    "bomb-title.md": f"---\n{BOMB}\ntitle: *i\n---\nText is here for the reader.\n",
    "bomb-tags.md": f"---\n{BOMB}\ntags: *i\n---\nText is here for the reader.\n",
    "long-title.md": "---\ntitle: " + "x" * 5000 + "\n---\nText is here for the reader.\n",
    "deep-fm.md": "---\nx: " + "[" * 40 + "]" * 40 + "\n---\nText is here for the reader.\n",
    "brackets.md": "# Brackets\n\n" + "[" * 200_000 + "\n",
    "embeds-fifo.md": "Serotonin is **a neurotransmitter** ![[pipe.png]] of mood.\n",
    "math-link.md": "# Energy\n\nEnergy is **$\\href{javascript:alert(1)}{E}$** in physics.\n",
}
LINKS = ("loop.md", "outside.md", "folder-link", "zero.md")
"""loop.md -> itself; outside.md -> a file outside the vault; folder-link -> the vault itself;
zero.md -> /dev/zero."""
SPECIAL = ("pipe.md", "sparse.md")
"""A named pipe, and a 3 GB file with nothing in it (sparse: it takes no disk)."""
NAMES = {b"bad\xff.md": "bad\\xff.md", "rtl\u202e.md".encode(): "rtl\\u202e.md"}
"""File names Anki cannot show (not UTF-8, a bidi override) -> as the warning shows them."""


def _make(root: Path, notes: dict[str, str | bytes]) -> Path:
    vault = root / "vault"
    vault.mkdir(parents=True)
    for name, body in notes.items():
        path = vault / name
        if isinstance(body, bytes):
            path.write_bytes(body)
        else:
            path.write_bytes(body.encode("utf-8"))  # keep \r\n and \r as written
    return vault


@pytest.fixture
def bad_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    vault = _make(tmp_path, {**GOOD, **BAD})
    (vault / "loop.md").symlink_to("loop.md")
    (tmp_path / "secret.md").write_text("Secrets are never read: they live outside the vault.\n")
    (vault / "outside.md").symlink_to(tmp_path / "secret.md")
    (vault / "folder-link").symlink_to(vault, target_is_directory=True)
    (vault / "zero.md").symlink_to("/dev/zero")
    os.mkfifo(vault / "pipe.md")
    os.mkfifo(vault / "pipe.png")
    with (vault / "sparse.md").open("wb") as fh:
        fh.truncate(3 * 1024**3)
    for raw in NAMES:
        (vault / os.fsdecode(raw)).write_bytes(b"Dopamine is a neurotransmitter.\n")

    real_open = os.open

    def deny(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(path).name == "unreadable.md":  # root reads anything: simulate a refusal
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    scan = build.scan_vault

    def vanish_after_listing(root: Path) -> VaultScan:
        listed = scan(root)
        (root / "vanishing.md").unlink(missing_ok=True)
        return listed

    monkeypatch.setattr(build, "scan_vault", vanish_after_listing)
    return vault


def _tree_digest(root: Path) -> dict[str, str]:
    """Every entry below root: file contents, link targets; nothing followed, nothing huge
    read."""
    out: dict[str, str] = {}
    for dirpath, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                out[rel] = f"link:{path.readlink()}"
            elif path.stat().st_size > 10_000_000:  # the sparse file: its size and time
                out[rel] = f"{path.stat().st_size}:{path.stat().st_mtime_ns}"
            elif path.is_file():
                out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:  # the named pipes: never opened, here or by the build
                out[rel] = f"special:{path.stat().st_mode}"
    return out


def test_every_bad_file_is_named_once_and_the_good_notes_all_reach_anki(
    bad_vault: Path, tmp_path: Path, anki_collection: Any
) -> None:
    result = CliRunner().invoke(cli, ["build", str(bad_vault), "-o", str(tmp_path / "decks")])
    assert result.exit_code == 0, result.output
    output = result.output
    for name in [*BAD, *LINKS, *SPECIAL, *NAMES.values()]:
        assert output.count(name) == 1, f"{name}: {output.count(name)} warnings\n{output}"
    for name in GOOD:
        assert name not in output
    expected = {
        "yaml.md": "bad YAML front matter",
        "fm-list.md": "front matter is a list",
        "fm-scalar.md": "front matter is a str",
        "latin1.md": "read as Windows-1252",
        "utf16.md": "encoded as UTF-16",
        "binary.md": "binary file",
        "empty.md": "empty note",
        "fm-only.md": "front matter only",
        "huge.md": "too large",
        "deep-quote.md": "nested deeper than",
        "deep-list.md": "nested deeper than",
        "unreadable.md": "Permission denied",
        "vanishing.md": "vanished",
        "loop.md": "symlink loop",
        "outside.md": "outside the vault",
        "folder-link": "not followed",
        "control.md": "control characters (U+001F) removed",
        "bomb-title.md": "front matter 'f' expands to over 100,000 values",
        "bomb-tags.md": "front matter 'f' expands to over 100,000 values",
        "long-title.md": "front matter 'title' has a value of 5,000 characters",
        "deep-fm.md": "front matter 'x' is nested deeper than 32 levels",
        "brackets.md": "paragraph of 200000 characters",
        "embeds-fifo.md": "image 'pipe.png' is a named pipe: not packed",
        "math-link.md": "math macros that make links, styles or ids (\\href, \\style, ...) removed",
        "zero.md": "outside the vault",
        "pipe.md": "a named pipe, not a regular file",
        "sparse.md": "too large to be a note (3221.2 MB",
        "bad\\xff.md": "file name is not valid UTF-8",
        "rtl\\u202e.md": "file name holds a bidi control (U+202E)",
    }
    for name, reason in expected.items():
        assert re.search(rf"warning: {re.escape(name)}:\d+: .*{re.escape(reason)}", output), name

    # the good notes' cards: the same as a vault of only the good notes gives
    import_apkg(anki_collection, tmp_path / "decks" / "vault.apkg")
    only_good = _make(tmp_path / "good", dict(GOOD))
    CliRunner().invoke(cli, ["build", str(only_good), "-o", str(tmp_path / "good-decks"), "-q"])
    from anki.collection import Collection

    reference = Collection(str(tmp_path / "reference.anki2"))
    try:
        import_apkg(reference, tmp_path / "good-decks" / "vault.apkg")
        want = {_text(n) for (n,) in reference.db.all("SELECT flds FROM notes")}
    finally:
        reference.close()
    have = {_text(n) for (n,) in anki_collection.db.all("SELECT flds FROM notes")}
    assert want and want <= have
    assert "Secrets are never read" not in " ".join(have)


def test_strict_turns_warnings_into_exit_1(bad_vault: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["build", str(bad_vault), "-o", str(tmp_path / "d"), "--strict"]
    )
    assert result.exit_code == 1
    assert "--strict:" in result.output


def test_the_vault_is_never_written(bad_vault: Path, tmp_path: Path) -> None:
    before = _tree_digest(bad_vault)
    (bad_vault / "vanishing.md").write_text("x")  # the fixture deletes it on listing
    before = _tree_digest(bad_vault)
    CliRunner().invoke(cli, ["build", str(bad_vault), "-o", str(tmp_path / "decks"), "-q"])
    CliRunner().invoke(cli, ["diff", str(bad_vault), "-o", str(tmp_path / "decks"), "-q"])
    CliRunner().invoke(cli, ["extract", str(bad_vault), "-q"])
    after = _tree_digest(bad_vault)
    before.pop("vanishing.md")
    assert after == before


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _build(vault: Path, out: Path, **kw: Any) -> subprocess.Popen[bytes]:
    env = {"SOURCE_DATE_EPOCH": "1700000000", "PATH": ""}
    kw.setdefault("stderr", subprocess.DEVNULL)
    return subprocess.Popen(
        [sys.executable, "-m", "cards", "build", str(vault), "-o", str(out), "-q"],
        env=env,
        stdout=subprocess.DEVNULL,
        **kw,
    )


def _processes_of(marker: str) -> list[int]:
    """Live processes whose command line names `marker` (a build and its forked workers)."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and marker.encode() in (proc / "cmdline").read_bytes():
                found.append(int(proc.name))
        except OSError:
            continue
    return found


def _gone(marker: str, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while _processes_of(marker):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="reads /proc")
def test_sigkill_mid_build_leaves_the_previous_deck_and_manifest_intact(tmp_path: Path) -> None:
    """Kill builds at random moments of a measured build: whatever the moment, the deck and the
    manifest on disk are each a whole old or a whole new file, never a torn one; no worker
    process outlives its build; and the next build leaves no temporary file behind."""
    notes = {
        f"n{i:04d}.md": f"## Habit {i} compounds over time\n\nSleep is **the key {i}** to memory.\n"
        f"> Quote number {i} is here for you.\n> — Author {i}\n"
        for i in range(1500)
    }
    vault = _make(tmp_path, notes)
    out = tmp_path / "decks"
    assert _build(vault, out).wait() == 0
    old = (_sha(out / "vault.apkg"), _sha(out / "vault.cards.json"))
    for i in range(0, 1500, 3):
        (vault / f"n{i:04d}.md").write_text(f"Dopamine is a neurotransmitter number {i}.\n")
    fresh = tmp_path / "fresh"
    shutil.copytree(out, fresh)
    started = time.monotonic()
    assert _build(vault, fresh).wait() == 0
    duration = time.monotonic() - started
    new = (_sha(fresh / "vault.apkg"), _sha(fresh / "vault.cards.json"))
    assert new[0] != old[0] and new[1] != old[1]
    states = []
    rng = random.Random(22)
    for k in range(12):
        proc = _build(vault, out)
        time.sleep(duration * (k + rng.random()) / 12)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert _gone(str(vault)), f"workers outlived the build killed at {k}"
        states.append((_sha(out / "vault.apkg"), _sha(out / "vault.cards.json")))
    for apkg, manifest in states:
        assert apkg in (old[0], new[0]) and manifest in (old[1], new[1])
    assert states[0] == old  # the first kill came before anything was replaced
    assert _build(vault, out).wait() == 0  # and the next build recovers fully
    assert (_sha(out / "vault.apkg"), _sha(out / "vault.cards.json")) == new
    left = [p for p in out.rglob("*") if p.name.startswith(".cards-") or p.suffix == ".tmp"]
    assert not left


def test_output_folder_that_cannot_be_created(tmp_path: Path) -> None:
    vault = _make(tmp_path, dict(GOOD))
    (tmp_path / "a-file").write_text("x")
    result = CliRunner().invoke(
        cli, ["build", str(vault), "-o", str(tmp_path / "a-file" / "decks")]
    )
    assert result.exit_code == 1
    assert "a-file/decks/vault.apkg: cannot write the deck" in result.output


def test_full_disk_fails_cleanly_and_keeps_the_good_deck(tmp_path: Path) -> None:
    vault = _make(tmp_path, dict(GOOD))
    out = tmp_path / "decks"
    assert _build(vault, out).wait() == 0
    good = _sha(out / "vault.apkg")
    (vault / "more.md").write_text(
        "".join(f"Fact {i} is a claim of **note {i}** here.\n\n" for i in range(3000))
    )

    def tiny_disk() -> None:  # files may not grow past 20 kB: what a full disk looks like to us
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    proc = _build(vault, out, preexec_fn=tiny_disk, stderr=subprocess.PIPE)
    _, err = proc.communicate()
    assert proc.returncode == 1
    assert b"vault.apkg: cannot write the deck: " in err and b"Traceback" not in err
    assert _sha(out / "vault.apkg") == good
    assert not [p for p in out.iterdir() if p.name.startswith(".cards-")]


def _text(fields: str) -> str:
    """An Anki note's text as the notes write it: no breadcrumb, deletions or markup (a
    text in several notes is one card, made by the first of them: `control.md`'s
    "Sleep is **key** to health" and `crlf.md`'s "Sleep is **key to** health" are one)."""
    first = re.sub(r'^<div class="context">.*?</div>', "", fields.split("\x1f")[0])
    first = re.sub(r"\{\{c\d+::(.*?)(::[^}]*)?\}\}", r"\1", first)
    return " ".join(re.sub(r"<[^>]+>", "", first).lower().split())
