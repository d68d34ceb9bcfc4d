"""A cache that cannot lie: damaged entries, notes edited mid-build, concurrent builds.

Whatever happens to `OUT/.cache/`, a build never crashes on it and never puts
text on a card that a build without the cache would not; and the commands
that only look (`check`, `diff`) leave the file system as they found it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from cards.build import build
from cards.cli import cli
from cards.errors import Problem
from cards.incremental import entries
from cards.incremental.entries import DamagedEntryError
from cards.notecards import NoteCards

MakeVault = Callable[[dict[str, str | bytes]], Path]
NOTES: dict[str, str | bytes] = {
    f"topic {i % 2}/note {i}.md": f"## Habit {i} compounds over time\n\n"
    f"Sleep is **the key {i}** to memory.\n\n> Quote {i} is here for you.\n> — Author {i}\n"
    for i in range(5)
}


@pytest.fixture
def epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def _deck_rows(apkg: Path) -> list[tuple[str, int, str]]:
    """(guid, mod, fields) of every note in a package, by GUID."""
    return [(g, m, f) for g, m, f, _ in _notes(apkg)]


def _live_fields(apkg: Path) -> set[str]:
    """The fields of every card that is not a tombstone."""
    return {f for _, _, f, tags in _notes(apkg) if "cards::orphaned" not in tags}


def _notes(apkg: Path) -> list[tuple[str, int, str, str]]:
    with zipfile.ZipFile(apkg) as package, tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "c.anki2"
        db.write_bytes(package.read("collection.anki2"))
        conn = sqlite3.connect(db)
        rows = conn.execute("SELECT guid, mod, flds, tags FROM notes ORDER BY guid").fetchall()
        conn.close()
    return [(str(g), int(m), str(f), str(t)) for g, m, f, t in rows]


def _damage(raw: bytes, rng: random.Random) -> bytes:
    """One bit flipped, the entry cut short, or a field's text edited by hand."""
    how = rng.randrange(3)
    if how == 0:
        at = rng.randrange(len(raw))
        return raw[:at] + bytes([raw[at] ^ (1 << rng.randrange(8))]) + raw[at + 1 :]
    if how == 1:
        return raw[: rng.randrange(len(raw))]
    return raw.replace(b"Sleep is", b"<script>alert(1)</script>", 1)


def test_damaged_entries_never_crash_a_build_nor_reach_a_card(
    make_vault: MakeVault, tmp_path: Path, epoch: None, caplog: pytest.LogCaptureFixture
) -> None:
    vault, out = make_vault(NOTES), tmp_path / "decks"
    build(vault, out)
    deck = out / "vault.apkg"
    reference = deck.read_bytes()
    cold = tmp_path / "cold"
    build(vault, cold, use_cache=False)
    assert _deck_rows(cold / "vault.apkg") == _deck_rows(deck)
    rng = random.Random(22)
    entries_ = sorted((out / ".cache").rglob("*.note"))
    assert len(entries_) == len(NOTES)
    for _ in range(100):
        entry = rng.choice(entries_)
        entry.write_bytes(_damage(entry.read_bytes(), rng))
        deck.unlink()  # so that the build reads every entry again
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="cards"):
            report = build(vault, out)
        assert deck.read_bytes() == reference
        assert (report.parsed, report.cached) == (1, len(NOTES) - 1)
        damaged = [r for r in caplog.records if "cache entry is damaged" in r.getMessage()]
        assert len(damaged) == 1
    assert b"<script>" not in reference


def test_an_entry_of_the_wrong_shape_is_damaged_even_with_a_valid_checksum() -> None:
    good = NoteCards("a.md", warnings=(Problem("a.md", 3, "odd"),), items=(("claim", 1),))
    raw = entries.encode(good)
    assert entries.decode(raw, "a.md") == good
    _, _, payload = raw.partition(b"\n")
    text, _, block = payload.partition(b"\n")
    head = json.loads(text)
    for key, value in [("items", {"claim": 1}), ("excluded", "no"), ("warnings", [[1, 2, 3]])]:
        bad = json.dumps(head | {key: value}).encode() + b"\n" + block
        forged = b"CARDS5 " + hashlib.sha256(bad).hexdigest().encode() + b"\n" + bad
        with pytest.raises(DamagedEntryError):
            entries.decode(forged, "a.md")
    with pytest.raises(DamagedEntryError):
        entries.decode(raw, "b.md")  # another note's entry
    with pytest.raises(DamagedEntryError):
        entries.decode(raw.replace(b"odd", b"\xff\xfe\xfd"), "a.md")


def test_damaged_records_are_not_believed(
    make_vault: MakeVault, tmp_path: Path, epoch: None
) -> None:
    """The last build's record, the stat index, the tombstones' content and the collection
    kept for patching: damaged, each is as if absent, and the next build writes what it would
    have written."""
    vault, snapshot = make_vault(NOTES), tmp_path / "snapshot"
    build(vault, snapshot)
    (vault / "topic 0" / "note 0.md").write_text("Dopamine is a neurotransmitter.\n")
    _settle(vault)
    build(vault, snapshot)  # note 0's cards are tombstones now, their content in the cache
    (vault / "topic 1" / "note 3.md").write_text("Cortisol is **the stress hormone**.\n")
    expected = tmp_path / "expected"
    shutil.copytree(snapshot, expected)
    build(vault, expected)
    rng = random.Random(7)
    for name in ("last.json", "stat.json", "tombstones.json", "collection.anki2"):
        for _ in range(5):
            out = tmp_path / "out"
            shutil.rmtree(out, ignore_errors=True)
            shutil.copytree(snapshot, out)
            (record,) = (out / ".cache").rglob(name)
            record.write_bytes(_damage(record.read_bytes(), rng))
            build(vault, out)
            assert (out / "vault.apkg").read_bytes() == (expected / "vault.apkg").read_bytes()


def _settle(vault: Path) -> None:
    """Every note written long ago, as the stat index wants it before it trusts a file."""
    for path in vault.rglob("*.md"):
        os.utime(path, (1_600_000_000, 1_600_000_000))


def test_a_note_edited_while_the_build_reads_it_is_made_again_next_time(
    make_vault: MakeVault, tmp_path: Path, epoch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build keys every note, then reads the ones it must parse: an edit in between must
    not file the new text's cards under the old text's key."""
    vault, out = make_vault(NOTES), tmp_path / "decks"
    _settle(vault)  # the stat index will hold every note
    note = vault / "topic 1" / "note 1.md"
    original = note.read_text(encoding="utf-8")
    import cards.incremental.memo as memo

    real = memo.compute_all

    def edited_meanwhile(*args, **kwargs):  # type: ignore[no-untyped-def]
        note.write_text("Oxytocin is **the bonding hormone**.\n", encoding="utf-8")
        yield from real(*args, **kwargs)

    monkeypatch.setattr(memo, "compute_all", edited_meanwhile)
    build(vault, out)
    monkeypatch.undo()
    assert any("bonding hormone" in f for f in _live_fields(out / "vault.apkg"))
    note.write_text(original, encoding="utf-8")  # the edit undone
    report = build(vault, out)
    assert not report.up_to_date and report.parsed == 1
    cold = tmp_path / "cold"
    build(vault, cold, use_cache=False)
    assert _live_fields(out / "vault.apkg") == _live_fields(cold / "vault.apkg")


def _cards_build(vault: Path, out: Path) -> subprocess.Popen[bytes]:
    env = {"SOURCE_DATE_EPOCH": "1700000000", "PATH": ""}
    return subprocess.Popen(
        [sys.executable, "-m", "cards", "build", str(vault), "-o", str(out), "-q"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def test_concurrent_builds_end_with_a_deck_and_manifest_of_the_same_build(
    tmp_path: Path,
) -> None:
    out = tmp_path / "decks"
    vaults = []
    for k in range(5):
        vault = tmp_path / f"v{k}" / "vault"  # one name: one deck file for all five
        vault.mkdir(parents=True)
        for i in range(80):
            (vault / f"n{i}.md").write_text(
                f"## Habit {k}-{i} compounds over time\n\nSleep is **the key {k}** to {i}.\n"
            )
        vaults.append(vault)
    for _ in range(2):
        builds = [_cards_build(v, out) for v in vaults]
        for proc in builds:
            _, err = proc.communicate()
            assert proc.returncode == 0, err
        deck = {(g, m) for g, m, _ in _deck_rows(out / "vault.apkg")}
        manifest = json.loads((out / "vault.cards.json").read_text(encoding="utf-8"))
        assert deck == {(c["guid"], c["mod"]) for c in manifest["cards"]}


def _tree(root: Path) -> dict[str, tuple[int, int, str]]:
    """Every file and folder below root: its mode, time and content."""
    found: dict[str, tuple[int, int, str]] = {}
    for path in sorted(root.rglob("*")):
        st = path.lstat()
        content = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
        found[path.relative_to(root).as_posix()] = (st.st_mode, st.st_mtime_ns, content)
    return found


def test_check_and_diff_leave_the_file_system_as_they_found_it(
    make_vault: MakeVault, tmp_path: Path, epoch: None
) -> None:
    vault, out = make_vault(NOTES), tmp_path / "decks"
    build(vault, out)
    (vault / "topic 0" / "note 2.md").write_text("Melatonin is **the sleep hormone**.\n")
    before = _tree(tmp_path)
    runner = CliRunner()
    assert runner.invoke(cli, ["check", str(vault), "-o", str(out)]).exit_code == 1
    diff = runner.invoke(cli, ["diff", str(vault), "-o", str(out)])
    assert diff.exit_code == 0 and "+ claim" in diff.output
    for command in ("check", "diff"):  # a mistyped -o: nothing is created
        runner.invoke(cli, [command, str(vault), "-o", str(tmp_path / "freshout")])
    assert _tree(tmp_path) == before


def _read_only(out: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """Run a command with `out` mounted read-only (a private mount namespace, as root)."""
    script = (
        f'mount --bind "{out}" "{out}" && mount -o remount,ro,bind "{out}" "{out}" && exec "$@"'
    )
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", script, "sh", *command],
        capture_output=True,
        text=True,
        env={"SOURCE_DATE_EPOCH": "1700000000", "PATH": os.environ.get("PATH", "")},
        check=False,
    )


def test_check_and_diff_work_on_a_read_only_output_folder(
    make_vault: MakeVault, tmp_path: Path, epoch: None
) -> None:
    vault, out = make_vault(NOTES), tmp_path / "decks"
    build(vault, out)
    if os.geteuid() != 0:
        for path in [out, *out.rglob("*")]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        run: Callable[..., subprocess.CompletedProcess[str]] = lambda *c: subprocess.run(  # noqa: E731
            list(c), capture_output=True, text=True, check=False
        )
    else:
        probe = _read_only(out, "touch", str(out / "x"))
        if probe.returncode == 0 or "Read-only" not in probe.stderr:
            pytest.skip("cannot mount the output folder read-only here")
        run = lambda *c: _read_only(out, *c)  # noqa: E731
    cards = (sys.executable, "-m", "cards")
    assert run(*cards, "check", str(vault), "-o", str(out)).returncode == 0
    (vault / "topic 0" / "note 2.md").write_text("Melatonin is **the sleep hormone**.\n")
    stale = run(*cards, "check", str(vault), "-o", str(out))
    assert stale.returncode == 1 and "out of date" in stale.stdout, stale.stderr
    diff = run(*cards, "diff", str(vault), "-o", str(out))
    assert diff.returncode == 0 and "+ claim" in diff.stdout, diff.stderr
