"""Incremental builds: the cache makes rebuilds fast and never changes what is written."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cards.build import build, check
from cards.cli import cli
from cards.errors import CardsError
from tests.test_rendering import png

MakeVault = Callable[[dict[str, str | bytes]], Path]


def notes(n: int) -> dict[str, str | bytes]:
    out: dict[str, str | bytes] = {
        f"topic {i % 5}/note {i}.md": f"## Habit {i} compounds over time\n\n"
        f"Sleep is **the key {i}** to memory.\n\n> Quote {i} is here for you.\n> — Author {i}\n"
        for i in range(n)
    }
    out["pictures.md"] = "## What does the brain look like?\n\n![[brain.png|300]]\n"
    out["assets/brain.png"] = png(1)
    return out


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def test_unchanged_vault_is_not_rebuilt_and_one_edit_parses_one_note(
    make_vault: MakeVault, tmp_path: Path, epoch: None
) -> None:
    vault, out = make_vault(notes(40)), tmp_path / "decks"
    first = build(vault, out)
    assert first.parsed == 41 and first.cached == 0 and not first.up_to_date
    deck = out / "vault.apkg"
    stamp = (deck.stat().st_mtime_ns, sha(deck))
    again = build(vault, out)
    assert again.up_to_date and (deck.stat().st_mtime_ns, sha(deck)) == stamp  # not rewritten
    assert again.counts["kept"] == sum(first.anki_notes.values())
    (vault / "topic 3" / "note 8.md").write_text("Sleep is **the only key** to memory.\n")
    edited = build(vault, out)
    assert (edited.parsed, edited.cached) == (1, 40)
    assert edited.counts["changed"] == 1  # the claim, edited
    assert edited.counts["gone"] == 2  # its heading claim and its quote


def test_cached_build_writes_the_same_bytes_as_a_cold_one(
    make_vault: MakeVault, tmp_path: Path, epoch: None
) -> None:
    vault, out = make_vault(notes(30)), tmp_path / "decks"
    build(vault, out)
    (vault / "topic 1" / "note 6.md").write_text("Sleep is **a key** to memory.\n")
    cold = tmp_path / "cold"
    shutil.copytree(out, cold, ignore=shutil.ignore_patterns(".cache"))
    warm = build(vault, out)
    assert warm.cached == 30
    build(vault, cold, use_cache=False)
    for name in ("vault.apkg", "vault.cards.json"):
        assert sha(out / name) == sha(cold / name)


def test_a_changed_image_invalidates_the_note_that_embeds_it(
    make_vault: MakeVault, tmp_path: Path, epoch: None
) -> None:
    vault, out = make_vault(notes(5)), tmp_path / "decks"
    before = build(vault, out)
    (vault / "assets" / "brain.png").write_bytes(png(7))
    after = build(vault, out)
    assert after.parsed == 1 and after.counts["changed"] == 1
    assert {m.name for m in before.media} != {m.name for m in after.media}


def test_a_configuration_change_invalidates_every_note(
    make_vault: MakeVault, tmp_path: Path, epoch: None
) -> None:
    vault, out = make_vault(notes(5)), tmp_path / "decks"
    build(vault, out)
    (vault / "cards.toml").write_text('tag_prefix = "v"\n')
    assert build(vault, out).parsed == 6


def test_a_new_configuration_drops_the_old_cache_of_that_deck_only(
    make_vault: MakeVault, tmp_path: Path, epoch: None
) -> None:
    """A changed configuration (or tool version) caches under a new name; the old one would
    never be read again, so it goes, while another vault's cache in the same folder stays."""
    vault, out = make_vault(notes(5)), tmp_path / "decks"
    other = tmp_path / "other"
    shutil.copytree(vault, other)
    build(vault, out)
    build(other, out)
    before = {p.parent.name for p in (out / ".cache").glob("*/last.json")}
    assert len(before) == 2
    (vault / "cards.toml").write_text('tag_prefix = "v"\n')
    build(vault, out)
    after = {p.parent.name for p in (out / ".cache").glob("*/last.json")}
    assert len(after) == 2 and len(after & before) == 1  # the other vault's is kept
    assert build(other, out).up_to_date  # and still works


def test_entries_of_edited_and_deleted_notes_leave_the_cache(
    make_vault: MakeVault, tmp_path: Path, epoch: None
) -> None:
    """Each edit makes a new entry; the old one would never be read again."""
    vault, out = make_vault(notes(6)), tmp_path / "decks"

    def entries() -> set[str]:
        return {p.name for p in (out / ".cache").rglob("notes/*/*")}

    build(vault, out)
    first = entries()
    assert len(first) == 7  # six notes and the picture note
    (vault / "topic 1" / "note 1.md").write_text("Sleep is **a key** to memory.\n")
    (vault / "topic 2" / "note 2.md").unlink()
    build(vault, out)
    second = entries()
    assert len(second) == 6 and len(first - second) == 2 and len(second - first) == 1
    (vault / "topic 3" / "note 3.md").write_text("Rest is **a key** to memory.\n")
    third = build(vault, out)
    assert (third.parsed, third.cached) == (1, 5)  # the entry kept for the edit is still read
    assert len(entries()) == 6


def test_a_broken_cache_is_only_a_miss(make_vault: MakeVault, tmp_path: Path, epoch: None) -> None:
    vault, out = make_vault(notes(5)), tmp_path / "decks"
    build(vault, out)
    entries = sorted((out / ".cache").rglob("notes/*/*.note"))
    assert entries and (out / ".cache" / ".gitignore").read_text().splitlines()[-1] == "*"
    for n, entry in enumerate(entries):
        if n % 2:
            entry.write_text("{not json")
        else:  # cut short inside the fields after the JSON line: never half a card
            data = entry.read_bytes()
            assert data.index(b"\n") < len(data) - 2
            entry.write_bytes(data[:-2])
    (vault / "note.md").write_text("Cortisol is a hormone released under stress.\n")
    (out / "vault.apkg").unlink()  # so that every note's entry is read
    report = build(vault, out)
    assert report.parsed == 7 and report.cached == 0


def test_check_is_0_when_up_to_date_then_1_after_a_note_edit(
    make_vault: MakeVault, tmp_path: Path, epoch: None
) -> None:
    vault, out = make_vault(notes(5)), tmp_path / "decks"
    runner = CliRunner()
    missing = runner.invoke(cli, ["check", str(vault), "-o", str(out)])
    assert missing.exit_code == 1 and "no vault.apkg yet" in missing.output
    assert runner.invoke(cli, ["build", str(vault), "-o", str(out)]).exit_code == 0
    fresh = runner.invoke(cli, ["check", str(vault), "-o", str(out)])
    assert fresh.exit_code == 0, fresh.output
    (vault / "topic 2" / "note 2.md").write_text("Sleep is **the key 2** to long-term memory.\n")
    stale = runner.invoke(cli, ["check", str(vault), "-o", str(out)])
    assert stale.exit_code == 1
    assert "~ claim" in stale.output and "topic 2/note 2.md:1" in stale.output
    assert "out of date" in stale.output and "run: cards build" in stale.output
    as_json = json.loads(runner.invoke(cli, ["check", str(vault), "-o", str(out), "--json"]).stdout)
    assert as_json["up_to_date"] is False and as_json["changes"]
    assert runner.invoke(cli, ["build", str(vault), "-o", str(out)]).exit_code == 0
    assert runner.invoke(cli, ["check", str(vault), "-o", str(out)]).exit_code == 0


def test_check_sees_a_deck_edited_by_hand(
    make_vault: MakeVault, tmp_path: Path, epoch: None
) -> None:
    vault, out = make_vault(notes(3)), tmp_path / "decks"
    build(vault, out)
    (out / "vault.apkg").write_bytes(b"not a deck")
    result = check(vault, out)
    assert not result.up_to_date and "vault.apkg would change" in result.reasons


def test_no_cache_flag(make_vault: MakeVault, tmp_path: Path, epoch: None) -> None:
    vault, out = make_vault(notes(3)), tmp_path / "decks"
    build(vault, out)
    result: Any = CliRunner().invoke(
        cli, ["build", str(vault), "-o", str(out), "--no-cache", "--json"]
    )
    assert json.loads(result.stdout)["notes_parsed"] == 4


def test_one_process_and_several_write_the_same_bytes(
    make_vault: MakeVault, tmp_path: Path, epoch: None
) -> None:
    vault = make_vault(notes(90))  # above the point where workers start
    one = build(vault, tmp_path / "one", use_cache=False, jobs=1)
    two = build(vault, tmp_path / "two", use_cache=False, jobs=2)
    assert one.parsed == two.parsed == 91
    for name in ("vault.apkg", "vault.cards.json"):
        assert sha(tmp_path / "one" / name) == sha(tmp_path / "two" / name)


def test_tombstones_take_their_content_from_the_previous_deck(
    make_vault: MakeVault, tmp_path: Path, epoch: None, anki_collection: Any
) -> None:
    from tests.conftest import import_apkg

    vault, out = make_vault(notes(3)), tmp_path / "decks"
    build(vault, out)
    (vault / "topic 1" / "note 1.md").unlink()
    report = build(vault, out)
    assert report.counts["gone"] == 3 and report.tombstones == 3
    import_apkg(anki_collection, out / "vault.apkg")
    (nid,) = anki_collection.find_notes('"Text:*the key 1*" tag:cards::orphaned')
    note = anki_collection.get_note(nid)
    assert "<b>" in note["Text"] and "Sleep is" in note["Text"]  # the card as it was
    # without the previous deck, a tombstone still exists, showing its identity text
    (out / "vault.apkg").unlink()
    (vault / "topic 2" / "note 2.md").unlink()
    report = build(vault, out)
    assert report.tombstones == 6


def test_earlier_tombstones_come_from_the_cache_while_the_deck_is_the_one_written(
    make_vault: MakeVault, tmp_path: Path, epoch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tombstone's content is read back from the previous deck once, when its card leaves;
    later rebuilds take it from the cache, and write what a build without cache writes."""
    import cards.plan as build_module

    reads: list[int] = []
    read_package = build_module.read_package

    def counted(path: Path, guids: set[str]) -> Any:
        reads.append(len(guids))
        return read_package(path, guids)

    monkeypatch.setattr(build_module, "read_package", counted)
    vault, out = make_vault(notes(6)), tmp_path / "decks"
    build(vault, out)
    (vault / "topic 1" / "note 1.md").unlink()
    assert build(vault, out).tombstones == 3 and reads == [3]  # just left: from the deck
    edited = vault / "topic 2" / "note 2.md"
    edited.write_text(edited.read_text() + "\nHabits are **built slowly** over the years.\n")
    cold = tmp_path / "cold"
    shutil.copytree(out, cold, ignore=shutil.ignore_patterns(".cache"))
    warm = build(vault, out)
    assert warm.counts["added"] == 1 and warm.tombstones == 3 and reads == [3]  # none read
    build(vault, cold, use_cache=False)
    assert reads == [3, 3]  # without a cache, from the deck
    for name in ("vault.apkg", "vault.cards.json"):
        assert sha(out / name) == sha(cold / name)
    (out / "vault.apkg").write_bytes((cold / "vault.apkg").read_bytes() + b"\0")
    edited.write_text(edited.read_text() + "\nSleep comes **before learning** for most of us.\n")
    build(vault, out)
    assert reads == [3, 3, 3]  # another deck than the one written: the cache is not trusted


def test_a_format_1_manifest_still_loads(tmp_path: Path) -> None:
    from cards.manifest import load_manifest

    path = tmp_path / "v.cards.json"
    path.write_text(
        '{"format": 1, "vault": "v", "cards": [{"guid": "g", "note": "n.md", "kind": "claim", '
        '"extractor": "claim", "fingerprint": "sleep is key", "notetype": "cloze", '
        '"fields": ["{{c1::Sleep}} is key", "", ""], "tags": ["cards::claim"], "deck": "v", '
        '"mod": 5}]}'
    )
    (entry,) = load_manifest(path, "v").entries
    assert entry.guid == "g" and entry.mod == 5 and len(entry.digest) == 24


def test_outputs_have_the_usual_file_mode(
    make_vault: MakeVault, tmp_path: Path, epoch: None
) -> None:
    import os

    vault, out = make_vault(notes(2)), tmp_path / "decks"
    build(vault, out)
    mask = os.umask(0)
    os.umask(mask)
    for name in ("vault.apkg", "vault.cards.json"):
        assert (out / name).stat().st_mode & 0o777 == 0o666 & ~mask


def test_a_manifest_longer_than_a_batch_reads_back_whole(tmp_path: Path) -> None:
    """Card lines are parsed in batches: every entry comes back, across batch edges, and
    anything after the closing line is refused with the file's name."""
    from cards.manifest import _BATCH, ORDER, Entry, Manifest, load_manifest, save_manifest

    made = (
        Entry(f"g{n:05}", f"n{n // 7}.md", "claim", "claim", f"text {n}", "cloze", "d", n)
        for n in range(2 * _BATCH + 1)
    )
    entries = tuple(sorted(made, key=ORDER))  # the file's order
    path = tmp_path / "v.cards.json"
    save_manifest(Manifest("v", entries), path)
    assert load_manifest(path, "v").entries == entries
    path.write_text(path.read_text() + '{"guid": "late"}\n')
    with pytest.raises(CardsError, match=r"v\.cards\.json: cannot read the manifest"):
        load_manifest(path, "v")
