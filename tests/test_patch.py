"""A build after a few edits patches the last build's outputs, and writes byte for byte what
a build of every note writes: deck, manifest and report."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

import cards.build
from cards.build import build
from tests.conftest import uncached_copy
from tests.test_delta import EDITS, _notes
from tests.test_rendering import png

MakeVault = Callable[[dict[str, str | bytes]], Path]


@pytest.mark.parametrize("seed", range(5))
def test_a_patched_build_writes_what_a_build_of_every_note_writes(
    make_vault: MakeVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    notes = _notes(9) | {"pics/p.md": "## What does it look like?\n\n![[b.png|300]]\n"}
    vault, out = make_vault(notes | {"pics/b.png": png(1)}), tmp_path / "decks"
    build(vault, out)
    (vault / "t0" / "n0.md").unlink()
    build(vault, out)  # tombstones in the manifest too
    rng = random.Random(seed)
    planned: list[int] = []
    real = cards.build.make_plan
    monkeypatch.setattr(
        cards.build, "make_plan", lambda *a, **k: planned.append(1) or real(*a, **k)
    )
    for round_ in range(3):
        for edit in rng.sample(EDITS, k=1 + (seed + round_) % 3):
            edit(vault, rng)
        if seed % 2:
            (vault / "pics" / "b.png").write_bytes(png(round_ + 2))
        monkeypatch.setenv("SOURCE_DATE_EPOCH", str(1700000000 + 1000 * (round_ + 1)))
        whole = uncached_copy(out, tmp_path / f"whole{round_}")
        planned.clear()
        patched = build(vault, out)
        assert not planned, "the changed notes alone were made again"
        full = build(vault, whole)
        assert planned
        for name in ("vault.apkg", "vault.cards.json"):
            assert (out / name).read_bytes() == (whole / name).read_bytes(), (round_, name)
        assert patched.counts == full.counts and patched.cards == full.cards
        assert patched.anki_notes == full.anki_notes and patched.folders == full.folders
        assert patched.items == full.items and patched.tombstones == full.tombstones
        assert patched.problems == full.problems and patched.media == full.media
        again = build(vault, out)
        assert again.up_to_date and again.counts["kept"] == sum(full.anki_notes.values())


def test_a_first_build_writes_what_a_build_against_an_empty_manifest_writes(
    make_vault: MakeVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first build resolves each note as it comes; the whole-vault plan, given a manifest
    with no card, resolves them all at once: the same deck, manifest and report."""
    from cards.manifest import Manifest, save_manifest

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    notes = _notes(70) | {
        "pics/p.md": "## What does it look like?\n\n![[b.png|300]]\n\n![[missing.png]]\n",
        "bad.md": "---\ntitle: [unclosed\n---\nText.\n",
        "same.md": "## Habit 3 compounds over time\n\nSleep is **the key 3** to memory.\n",
    }
    vault = make_vault(notes | {"pics/b.png": png(1)})
    first, whole = tmp_path / "first", tmp_path / "whole"
    whole.mkdir()
    save_manifest(Manifest("vault"), whole / "vault.cards.json")
    a, b = build(vault, first, jobs=2), build(vault, whole, jobs=2)
    for name in ("vault.apkg", "vault.cards.json"):
        assert (first / name).read_bytes() == (whole / name).read_bytes(), name
    assert (a.counts, a.cards, a.items, a.problems) == (b.counts, b.cards, b.items, b.problems)
    assert a.notes_skipped == b.notes_skipped and a.media == b.media and a.notes_skipped
    again = build(vault, first)
    assert again.up_to_date
