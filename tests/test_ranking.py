"""At most `max_cards_per_note` cards from one note: what the note stresses first."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cards.cli import cli
from tests.conftest import import_apkg

MakeVault = Callable[[dict[str, str | bytes]], Path]

TERMS = "Apatheia Ataraxia Oikeiosis Prohairesis Eudaimonia Pneuma".split()
PLAIN = "".join(
    f"{t} is a notion of the school, the {n}th we study.\n\n" for n, t in enumerate(TERMS)
)
"""Definitions of terms other than the note's subject: two cards each, in note order."""
NOTE = (
    "# Stoicism\n\n"
    + PLAIN
    + "## Virtue is the only good\n\n"  # a heading that states a claim
    + "Seneca wrote that **anger is a brief madness**.\n\n"  # emphasis
    + "Stoicism is a school of Hellenistic philosophy founded in Athens.\n"  # the subject
)


def _fronts(vault: Path, out: Path, col: Any) -> tuple[list[str], str]:
    result = CliRunner().invoke(cli, ["build", str(vault), "-o", str(out)])
    assert result.exit_code == 0, result.output
    import_apkg(col, out / "vault.apkg")
    texts = [
        re.sub(r"<[^>]+>|\{\{c\d+::|::[^}]*\}\}|\}\}", "", str(f))
        for (f,) in col.db.all("SELECT flds FROM notes ORDER BY sfld")
    ]
    return texts, result.output


def test_a_note_over_the_cap_keeps_what_it_stresses_then_its_first_cards(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    vault = make_vault({"cards.toml": "max_cards_per_note = 6\n", "Stoicism.md": NOTE})
    texts, output = _fronts(vault, tmp_path / "decks", anki_collection)
    assert anki_collection.card_count() <= 6
    joined = " ".join(texts)
    assert "Virtue is the only good" in joined and "anger is a brief madness" in joined
    assert "Stoicism is a school of Hellenistic philosophy" in joined  # c1 and c2: two cards
    assert "Apatheia is" in joined and "Pneuma is" not in joined  # the first in note order
    left_out = re.search(r"^left out: (\d+) cards of 1 note over max_cards_per_note", output, re.M)
    assert left_out and int(left_out[1]) + anki_collection.card_count() == 6 * 2 + 1 + 1 + 2


def test_a_long_note_keeps_some_of_each_kind_not_only_its_first_pages(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    """The trait list comes last in this note and would fall to the cap in note order."""
    traits = (
        "\n\n## Attachment\n\nPeople with a secure attachment style have:\n"
        "- trust in partners\n- calm after conflict\n"
    )
    vault = make_vault({"cards.toml": "max_cards_per_note = 9\n", "Stoicism.md": NOTE + traits})
    texts, _ = _fronts(vault, tmp_path / "decks", anki_collection)
    joined = " ".join(texts)
    assert "trust in partners" in joined and "calm after conflict" in joined
    assert "Apatheia is" in joined and "Pneuma is" not in joined  # claims still in note order


def test_no_cap_keeps_every_card(
    make_vault: MakeVault, tmp_path: Path, anki_collection: Any
) -> None:
    vault = make_vault({"cards.toml": "max_cards_per_note = 0\n", "Stoicism.md": NOTE})
    _, output = _fronts(vault, tmp_path / "decks", anki_collection)
    assert anki_collection.card_count() == 6 * 2 + 1 + 1 + 2 and "left out" not in output


@pytest.mark.parametrize(
    ("toml", "said"),
    [
        ("max_cards_per_note = -1", "key 'max_cards_per_note' must be a whole number of cards"),
        ('max_cards_per_note = "9"', "key 'max_cards_per_note' must be a whole number of cards"),
        (
            'include = "*.md"',
            """key 'include' must be a list of strings: write include = ["*.md"]""",
        ),
    ],
)
def test_a_bad_setting_names_its_key(
    make_vault: MakeVault, tmp_path: Path, toml: str, said: str
) -> None:
    vault = make_vault({"cards.toml": toml + "\n", "n.md": "Sleep is **key**.\n"})
    result = CliRunner().invoke(cli, ["build", str(vault), "-o", str(tmp_path / "decks")])
    assert result.exit_code == 1 and said in result.output, result.output
