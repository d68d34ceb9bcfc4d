"""`check` and `diff` after an edit look at the changed notes only, and say what the whole
vault would: the same changes, counts and verdict as a check of every note."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

import cards.plan
from cards.build import build
from cards.cli import cli
from tests.conftest import uncached_copy

MakeVault = Callable[[dict[str, str | bytes]], Path]


def _notes(n: int) -> dict[str, str | bytes]:
    return {
        f"t{i % 3}/n{i}.md": f"## Habit {i} compounds over time\n\n"
        f"Sleep is **the key {i}** to memory.\n\n> Quote {i} is here for you.\n> — Author {i}\n"
        f"\nSecure attachers have:\n- trust {i}\n- calm {i}\n"
        for i in range(n)
    }


EDITS: list[Callable[[Path, random.Random], None]] = [
    lambda v, r: (v / "t1" / "n1.md").write_text("Sleep is **the only key** to memory.\n"),
    lambda v, r: (v / "t2" / "n2.md").unlink(missing_ok=True),
    lambda v, r: (v / "t0" / "new.md").write_text("Dopamine is **a neurotransmitter**.\n"),
    lambda v, r: _move(v / "t0" / "n3.md", v / "t1" / "moved.md"),
    lambda v, r: (v / "t1" / "n4.md").write_text("Nothing to see.\n"),
    lambda v, r: (v / "t2" / "n5.md").write_text(
        "\nSecure attachers have:\n- trust 5\n- calm 5\n- warmth\n"
    ),
    lambda v, r: (v / "t0" / "n6.md").write_text((v / "t0" / "n6.md").read_text() + "\n"),
    # texts other notes have: one card for each text, citing every note that has it
    lambda v, r: (v / "t2" / "n7.md").write_text(
        "Sleep is **the key 1** to memory.\n\n> Quote 4 is here for you.\n> — Author 4\n"
    ),
    lambda v, r: (v / "t0" / "n0.md").write_text("Sleep is the key 8 to memory, *again*.\n"),
]


def _move(source: Path, target: Path) -> None:
    if source.exists():
        source.rename(target)


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


@pytest.mark.parametrize("seed", range(4))
def test_check_and_diff_of_the_changed_notes_say_what_the_whole_vault_says(
    make_vault: MakeVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    seed: int,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    vault, out = make_vault(_notes(9)), tmp_path / "decks"
    build(vault, out)
    (vault / "t0" / "n0.md").unlink()
    build(vault, out)  # tombstones in the manifest too
    rng = random.Random(seed)
    for edit in rng.sample(EDITS, k=1 + seed):
        edit(vault, rng)
    whole = uncached_copy(out, tmp_path / "whole")  # no record: every note is looked at
    made: list[int] = []
    real = cards.plan.make_plan

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(cards.plan, "make_plan", counted)
    monkeypatch.setattr("cards.build.make_plan", counted)
    for command in ("diff", "check"):
        quick = _run(command, str(vault), "-o", str(out))
        assert not made, "the changed notes alone were enough"
        full = _run(command, str(vault), "-o", str(whole))
        assert made
        made.clear()
        assert quick == (full[0], full[1].replace(str(whole), str(out)))


def test_an_edit_that_changes_no_card_leaves_check_at_0(
    make_vault: MakeVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    vault, out = make_vault(_notes(4)), tmp_path / "decks"
    build(vault, out)
    note = vault / "t1" / "n1.md"
    note.write_text(note.read_text() + "\n\n")
    assert _run("check", str(vault), "-o", str(out))[0] == 0
