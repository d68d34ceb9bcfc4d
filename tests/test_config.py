"""Vault configuration: cards.toml or [tool.cards], and per-note front matter switches."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cards.cli import cli
from cards.config import load_config
from cards.errors import CardsError
from tests.conftest import import_apkg

MakeVault = Callable[[dict[str, str | bytes]], Path]

CHRONOTYPE = """\
deck = "Sleep science"
tag_prefix = "vault"
obsidian_vault = "My Vault"

[taxonomy]
name = "chronotype"
nouns = ["types", "people"]

[taxonomy.categories]
owl = ["night owl", "owl"]
lark = ["early bird", "lark"]
"""
SLEEP = """\
Night owls have:
- later peak alertness
- more creative bursts at night

Early birds wake before dawn, feel sharpest in the morning, and fade by evening.

Secure attachers have:
- trust
- calm
"""


def build(vault: Path, out: Path, *extra: str) -> Any:
    return CliRunner().invoke(cli, ["build", str(vault), "-o", str(out), *extra])


def test_a_vault_taxonomy_gives_trait_cards_for_its_own_categories(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    vault = make_vault({"cards.toml": CHRONOTYPE, "sleep/Chronotypes.md": SLEEP})
    result = build(vault, tmp_path / "decks")
    assert result.exit_code == 0, result.output
    import_apkg(anki_collection, tmp_path / "decks" / "vault.apkg")
    col = anki_collection

    def category_card(trait: str) -> tuple[Any, str]:
        """The card of the trait list holding `trait` that hides its category: front, back."""
        (nid,) = col.find_notes(f'"Text:*{trait}*"')
        note = col.get_note(nid)
        (card,) = [c for c in note.cards() if 'Typical of <span class="cloze"' in c.question()]
        assert trait in card.question() and "[...]" in card.question()  # the traits are clues
        return note, re.sub(r"<[^>]+>", "", card.answer())

    owl, back = category_card("later peak alertness")
    assert "Typical of owl:" in back
    _, back = category_card("feel sharpest in the morning")
    assert "Typical of lark:" in back
    assert not col.find_notes('"Text:*trust*"')  # attachment styles replaced
    assert "{{c1::later peak alertness}}" in owl["Text"]
    assert "vault::cards::traits" in owl.tags and "vault::source::sleep::chronotypes" in owl.tags
    assert "obsidian://open?vault=My%20Vault&amp;file=sleep%2FChronotypes" in owl["Source"]
    decks = {d.name for d in col.decks.all_names_and_ids()}
    assert "Sleep science::sleep" in decks


def test_pyproject_tool_cards_include_exclude_and_extractors(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    vault = make_vault(
        {
            "pyproject.toml": '[project]\nname = "x"\n\n[tool.cards]\n'
            'exclude = ["Templates/", "*.txt"]\nextractors = ["claim"]\n',
            "Templates/t.md": "Habits are **compound interest**.\n",
            "plain.txt": "Habits are the compound interest of self-improvement.\n",
            "n.md": "Sleep is **the foundation** of memory.\n\n> A quote that is not a card.\n",
        }
    )
    result = CliRunner().invoke(cli, ["extract", str(vault), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"note": "n.md"' in result.output
    assert "Templates" not in result.output and "plain.txt" not in result.output
    assert '"kind": "quote"' not in result.output


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("decks = 'x'\n", "key 'decks' is unknown"),
        ("include = 3\n", "key 'include' must be a list of strings"),
        ("extractors = ['claims']\n", "key 'extractors' names unknown extractor 'claims'"),
        ("tag_prefix = 'my vault'\n", "key 'tag_prefix' may not contain spaces"),
        (
            "[taxonomy]\ncategories = {owl = 'night owl'}\n",
            "key 'taxonomy.categories.owl' must be a list",
        ),
        ("[taxonomy]\ncolours = 1\n", "key 'taxonomy.colours' is unknown"),
        ("max_note_bytes = -1\n", "key 'max_note_bytes' must be a positive"),
        ("deck = \n", "cannot read the configuration"),
        ('deck = "::"\n', "key 'deck' has an empty level"),
        ('deck = "Psychology::"\n', "key 'deck' has an empty level"),
        ('deck = "default"\n', "key 'deck' is Anki's own deck 'Default'"),
        ('deck = "a\\u0000b"\n', "key 'deck' holds a control character (U+0000)"),
        ('deck = "a\\u202eb"\n', "key 'deck' holds a bidi control (U+202E)"),
        ('deck = "<b>x"\n', "key 'deck' may not contain '<' or '>' (markup or quoting)"),
        ("deck = 'say \"x\"'\n", "key 'deck' may not contain '\"'"),
        ('tag_prefix = "a&b"\n', "key 'tag_prefix' may not contain '&'"),
        ('tag_prefix = "a::::b"\n', "key 'tag_prefix' has an empty level"),
        ('tag_prefix = "\\u2066x"\n', "key 'tag_prefix' holds a bidi control (U+2066)"),
        ('obsidian_vault = "v\\u0001x"\n', "key 'obsidian_vault' holds a control character"),
    ],
)
def test_bad_configuration_names_file_and_key(
    make_vault: MakeVault, tmp_path: Path, toml: str, message: str
) -> None:
    vault = make_vault({"cards.toml": toml, "n.md": "Sleep is **key** to memory.\n"})
    with pytest.raises(CardsError) as caught:
        load_config(vault)
    assert str(caught.value).startswith(str(vault / "cards.toml"))
    assert message in str(caught.value)
    result = build(vault, tmp_path / "decks")
    assert result.exit_code == 1 and message in result.output


def test_front_matter_switches_a_note_off_or_turns_extractors_off(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    vault = make_vault(
        {
            "off.md": "---\ncards: false\n---\nSleep is **the foundation** of memory.\n",
            "partial.md": "---\ncards:\n  exclude: [quote]\n---\n"
            "Habits are the **compound interest** of self-improvement.\n\n> Not a card.\n",
            "typo.md": "---\ncards:\n  exclude: [quotes]\n---\nHabits are **compound**.\n",
        }
    )
    result = CliRunner().invoke(cli, ["extract", str(vault), "--format", "json"])
    assert result.exit_code == 0
    assert "off.md" not in result.stdout
    assert '"note": "partial.md"' in result.stdout and '"kind": "quote"' not in result.stdout
    assert (
        "warning: typo.md:2: front matter 'cards' excludes unknown extractor 'quotes'"
        in result.stderr
    )


def test_drawings_boards_and_assistant_instructions_make_no_cards(
    make_vault: MakeVault,
) -> None:
    label = "Secure attachment is **learned**, not fixed."
    vault = make_vault(
        {
            "Drawing.excalidraw.md": "---\nexcalidraw-plugin: parsed\n---\n# Text Elements\n"
            f"{label} ^Xk3dA9\n",
            "Board.md": f"---\nkanban-plugin: basic\n---\n## Done\n\n- [x] {label}\n",
            "CLAUDE.md": f"# Conventions\n\n{label}\n",  # a coding assistant's instructions
            "tools/AGENTS.md": f"{label}\n",
            "Note.md": f"{label}\n",
        }
    )
    result = CliRunner().invoke(cli, ["extract", str(vault), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert {item["note"] for item in json.loads(result.stdout)} == {"Note.md"}


def test_names_anki_takes_as_written_are_accepted(make_vault: MakeVault) -> None:
    vault = make_vault(
        {"cards.toml": 'deck = "Mark\'s R&D::Sleep"\ntag_prefix = "vault::"\n', "n.md": "x\n"}
    )
    config = load_config(vault)
    assert (config.deck, config.tag_prefix) == ("Mark's R&D::Sleep", "vault")


def test_a_vault_folder_anki_cannot_name_a_deck_after_asks_for_a_deck(
    tmp_path: Path,
) -> None:
    vault = tmp_path / "Default"
    vault.mkdir()
    (vault / "n.md").write_text("Sleep is **key** to memory.\n")
    with pytest.raises(
        CardsError,
        match=r"Default: the folder's name, the deck's by default, is "
        r"Anki's own deck 'Default' .*; set deck = ",
    ):
        load_config(vault)
    (vault / "cards.toml").write_text('deck = "Sleep"\n')
    assert load_config(vault).deck == "Sleep"
