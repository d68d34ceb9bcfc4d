"""The real CLI, through click's runner: help, exit codes, output."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from cards.cli import cli

MakeVault = Callable[[dict[str, str | bytes]], Path]


@pytest.mark.parametrize("command", sorted(cli.commands))  # type: ignore[attr-defined]
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output
    assert f"cards {command}" in result.output


def test_extract_json_is_one_array_with_the_spec_fields(make_vault: MakeVault) -> None:
    vault = make_vault(
        {
            "n.md": "## What is sleep for?\n\nSleep is **the foundation** of memory. It "
            "clears the day's waste from the brain.\n\n"
            "## Quotes\n\n> Sleep is the best meditation.\n> — Dalai Lama\n\n"
            "Secure attachers have:\n- trust\n- calm\n",
        }
    )
    result = CliRunner().invoke(cli, ["extract", str(vault), "--format", "json"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.output)
    by_kind = {i["kind"]: i for i in items}
    assert set(by_kind) == {"claim", "question", "quote", "traits"}
    assert by_kind["question"]["answer"] == (
        "Sleep is the foundation of memory. It clears the day's waste from the brain."
    )
    assert by_kind["quote"]["attribution"] == "Dalai Lama"
    assert by_kind["traits"]["category"] == "secure"
    assert by_kind["traits"]["items"] == ["trust", "calm"]
    assert all(i["note"] == "n.md" and isinstance(i["line"], int) for i in items)
    assert all(i["rule"].startswith(f"{i['kind']}.") for i in items)
    assert by_kind["claim"]["cloze"] == "the foundation"  # what the cloze card hides


def test_a_rule_switched_off_in_cards_toml_makes_no_items(make_vault: MakeVault) -> None:
    """The off-switch through the real CLI: the rule's items go, every other item stays."""
    notes = {
        "n.md": "## Sleep consolidates new memories\n\nSleep is **the foundation** of memory.\n",
    }

    def rules(vault: Path) -> list[str]:
        result = CliRunner().invoke(cli, ["extract", str(vault), "--format", "json"])
        assert result.exit_code == 0, result.output
        return sorted(i["rule"] for i in json.loads(result.output))

    assert rules(make_vault(notes)) == ["claim.emphasis", "claim.heading"]
    off = make_vault({**notes, "cards.toml": 'disable_rules = ["claim.heading"]\n'})
    assert rules(off) == ["claim.emphasis"]
    table = CliRunner().invoke(cli, ["extract", str(off)])
    assert "claim.emphasis" in table.output and "claim.heading" not in table.output


def test_an_unknown_rule_in_cards_toml_names_the_key(make_vault: MakeVault) -> None:
    vault = make_vault({"n.md": "Text.\n", "cards.toml": 'disable_rules = ["claim.headng"]\n'})
    result = CliRunner().invoke(cli, ["extract", str(vault)])
    assert result.exit_code == 1
    assert "disable_rules" in result.output and "'claim.headng'" in result.output


def test_build_summary_warns_with_file_and_line_and_still_builds(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    vault = make_vault(
        {"bad.md": "---\ntitle: [\n---\n", "good.md": "Sleep is **the foundation** of memory.\n"}
    )
    out = tmp_path / "decks"
    result = CliRunner().invoke(cli, ["build", str(vault), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "warning: bad.md:3: bad YAML front matter" in result.output
    assert "notes read: 2, used: 1, skipped: 1, with warnings: 0" in result.output
    assert "skipped 1: bad YAML front matter" in result.output
    assert result.output.count("bad.md") == 1  # one warning per bad file
    assert (out / "vault.apkg").is_file()


def test_build_json_summary(make_vault: MakeVault, tmp_path: Path) -> None:
    vault = make_vault({"good.md": "Sleep is **the foundation** of memory.\n"})
    result = CliRunner().invoke(
        cli, ["build", str(vault), "-o", str(tmp_path / "d"), "--json", "-q"]
    )
    assert result.exit_code == 0
    summary = json.loads(result.output)
    assert summary["items"] == {"claim": 1}
    assert summary["notes_read"] == 1


def test_check_json_names_each_card_in_its_notes_words_and_a_gone_one_has_no_line(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    vault = make_vault({"a.md": "Sleep is **the foundation** of memory.\n", "b.md": "Words.\n"})
    out = str(tmp_path / "d")
    assert CliRunner().invoke(cli, ["build", str(vault), "-o", out, "-q"]).exit_code == 0
    (vault / "a.md").unlink()
    (vault / "b.md").write_text("Dopamine is **a neurotransmitter** of reward.\n")
    result = CliRunner().invoke(cli, ["check", str(vault), "-o", out, "--json", "-q"])
    assert result.exit_code == 1
    changes = {c["status"]: c for c in json.loads(result.output)["changes"]}
    assert changes["gone"] == {
        "status": "gone",
        "kind": "claim",
        "note": "a.md",
        "text": "Sleep is the foundation of memory.",
    }
    assert changes["added"]["line"] == 1
    assert changes["added"]["text"] == "Dopamine is a neurotransmitter of reward."


@pytest.mark.parametrize("command", ["build", "check", "diff", "preview", "extract"])
def test_no_vault_outside_this_repository_says_what_to_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, [command])
    assert result.exit_code == 1
    assert f"cards {command} PATH/TO/VAULT" in result.output
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_exit_codes(tmp_path: Path, make_vault: MakeVault) -> None:
    runner = CliRunner()
    missing = runner.invoke(cli, ["build", str(tmp_path / "nope")])
    assert missing.exit_code == 1
    assert "no such folder" in missing.output
    assert runner.invoke(cli, ["build", "--no-such-option"]).exit_code == 2
    vault = make_vault({"n.md": "x"})
    inside = runner.invoke(cli, ["build", str(vault), "-o", str(vault / "decks")])
    assert inside.exit_code == 1
    assert "inside the vault" in inside.output
    assert not (vault / "decks").exists()


def test_warnings_go_to_stderr_and_json_stays_clean(make_vault: MakeVault) -> None:
    vault = make_vault({"empty.md": "", "n.md": "Sleep is **the foundation** of memory.\n"})
    result = CliRunner().invoke(cli, ["extract", str(vault), "--format", "json"])
    assert result.exit_code == 0
    assert [i["note"] for i in json.loads(result.stdout)] == ["n.md"]
    assert result.stderr == "warning: empty.md:1: empty note\n"
    quiet = CliRunner().invoke(cli, ["extract", str(vault), "--format", "json", "-q"])
    assert quiet.stderr == ""


def test_the_summary_counts_one_day_in_the_singular(make_vault: MakeVault, tmp_path: Path) -> None:
    vault = make_vault({"n.md": "Sleep consolidates **new memories**.\n"})
    result = CliRunner().invoke(cli, ["build", str(vault), "-o", str(tmp_path / "decks")])
    assert result.exit_code == 0, result.output
    assert "deck: 1 Anki note, 1 card: 1 day of new cards at 20 a day" in result.output
