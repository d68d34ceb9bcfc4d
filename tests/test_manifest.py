"""A manifest is trusted only whole: one that would cost review history stops the build, and
a valid one keeps every GUID it holds."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from cards.cli import cli
from cards.manifest import load_manifest, manifest_text

MakeVault = Callable[[dict[str, str | bytes]], Path]
NOTES = {
    "sleep.md": "## Sleep consolidates new memories\n\nEndorphins are natural pain-killers.\n",
    "habits/compound.md": "Habits are **the compound interest** of self-improvement.\n",
    "quotes.md": "> Whatever you are, be a good one.\n> — Abraham Lincoln\n",
}


def _build(vault: Path, out: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["build", str(vault), "-o", str(out), *args])
    return result.exit_code, result.output


def _guids(manifest: Path) -> dict[tuple[str, str, str], str]:
    cards = json.loads(manifest.read_text(encoding="utf-8"))["cards"]
    return {(c["note"], c["kind"], c["fingerprint"]): c["guid"] for c in cards}


@pytest.fixture
def built(make_vault: MakeVault, tmp_path: Path) -> tuple[Path, Path]:
    vault, out = make_vault(dict(NOTES)), tmp_path / "decks"
    assert _build(vault, out)[0] == 0
    return vault, out / "vault.cards.json"


def _edit(manifest: Path, change: Callable[[dict[str, object]], None]) -> None:
    data = json.loads(manifest.read_text(encoding="utf-8"))
    change(data)
    manifest.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize("command", ["build", "diff", "check"])
@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(cards={}), "'cards' is {}, not a list of cards"),
        (lambda d: d["cards"][1].update(guid=None), "card 2: 'guid' is null, not an Anki GUID"),
        (lambda d: d["cards"][0].update(guid="a b"), "card 1: 'guid' is 'a b', not an Anki GUID"),
        (lambda d: d["cards"][0].update(mod="5"), "card 1: 'mod' is '5', not a whole number"),
        (lambda d: d["cards"][0].update(note=None), "card 1: 'note' is null, not a string"),
        (lambda d: d.update(vault=3), "'vault' is 3, not a deck name"),
    ],
)
def test_a_manifest_that_would_cost_reviews_stops_the_build_naming_the_file(
    built: tuple[Path, Path],
    tmp_path: Path,
    command: str,
    change: Callable[[dict[str, object]], None],
    message: str,
) -> None:
    vault, manifest = built
    _edit(manifest, change)
    before = manifest.read_bytes()
    result = CliRunner().invoke(cli, [command, str(vault), "-o", str(manifest.parent)])
    assert result.exit_code == 1
    assert f"{manifest}: cannot read the manifest ({message}); restore it" in result.output
    assert manifest.read_bytes() == before


def test_another_vaults_manifest_stops_the_build(make_vault: MakeVault, tmp_path: Path) -> None:
    ours = make_vault({"n.md": "Dopamine is a neurotransmitter of the reward pathway.\n"})
    theirs = tmp_path / "theirs"
    shutil.copytree(ours, theirs)
    (theirs / "n.md").write_text("Cortisol is a hormone released under stress.\n")
    out = tmp_path / "decks"
    assert _build(theirs, out)[0] == 0
    shutil.copy(out / "theirs.cards.json", out / "vault.cards.json")  # same folder, wrong file
    code, output = _build(ours, out)
    assert code == 1
    assert (
        f"{out / 'vault.cards.json'}: this manifest is the deck 'theirs''s, not 'vault''s, "
        "and shares no card with it" in output
    )
    assert not (out / "vault.apkg").exists()


def test_a_renamed_deck_keeps_its_manifest_and_every_guid(built: tuple[Path, Path]) -> None:
    vault, manifest = built
    before = _guids(manifest)
    (vault / "cards.toml").write_text('deck = "Psychology"\n')
    code, output = _build(vault, manifest.parent)
    assert code == 0, output
    assert _guids(manifest) == before
    assert json.loads(manifest.read_text())["vault"] == "Psychology"


def test_a_valid_manifest_read_changes_no_guid(built: tuple[Path, Path]) -> None:
    vault, manifest = built
    before = _guids(manifest)
    assert manifest_text(load_manifest(manifest, "vault")) == manifest.read_text(encoding="utf-8")
    (vault / "new.md").write_text("Serotonin is a neurotransmitter that regulates mood.\n")
    (vault / "sleep.md").write_text(NOTES["sleep.md"] + "\nMelatonin signals darkness.\n")
    assert _build(vault, manifest.parent, "--no-cache")[0] == 0
    after = _guids(manifest)
    assert len(after) > len(before)
    assert {key: after[key] for key in before} == before
