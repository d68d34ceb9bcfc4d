"""A question and a definition of its own subject, from the same lines, are one fact."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from cards.cli import cli
from tests.conftest import MakeVault

NOTE = """# Mountain lakes

## What is a tarn?

A tarn or corrie lake is a small mountain lake in a hollow that a glacier carved.
Tarn ice is the sheet that closes over one in winter.

## When do tarns freeze?

- Shallow tarns freeze by early November at that height
- A moraine dam is a ridge of rock debris that holds the water back
"""


def _items(vault: Path) -> list[dict[str, Any]]:
    result = CliRunner().invoke(cli, ["extract", str(vault), "--format", "json"])
    assert result.exit_code == 0, result.output
    items: list[dict[str, Any]] = json.loads(result.output)
    return items


def test_a_definition_of_the_asked_subject_inside_its_answer_is_left_to_the_question(
    make_vault: MakeVault,
) -> None:
    items = _items(make_vault({"Lakes.md": NOTE}))
    asked = [i["text"] for i in items if i["kind"] == "question"]
    claims = [i["text"] for i in items if i["kind"] == "claim"]
    assert "What is a tarn?" in asked
    # its definition, the subject under another name too, is the question's answer
    assert not any(c.startswith("A tarn") for c in claims)
    # a longer term that opens on the asked one names something else: it stays
    assert any(c.startswith("Tarn ice is") for c in claims)
    # a definition of something else, under another question, is a fact of its own
    assert any(c.startswith("A moraine dam is") for c in claims)


def test_without_the_question_the_definition_stays(make_vault: MakeVault) -> None:
    plain = NOTE.replace("## What is a tarn?", "## Tarns")
    claims = [i["text"] for i in _items(make_vault({"Lakes.md": plain})) if i["kind"] == "claim"]
    assert any(c.startswith("A tarn or corrie lake is") for c in claims)


def test_a_plural_question_is_answered_by_a_singular_definition_and_the_other_way(
    make_vault: MakeVault,
) -> None:
    """ "What are tarns?" over "A tarn is ..." asks one fact twice, as "What is a cirque?"
    over "Cirques are ..." does."""
    note = (
        "# Glacial forms\n\n## What are tarns?\n\nA tarn is a small lake in a hollow a "
        "glacier carved.\n\n## What is a cirque?\n\nCirques are bowls cut into a mountain"
        " by ice.\n\n## Other forms\n\nA drumlin is a long hill of till that ice shaped.\n"
    )
    items = _items(make_vault({"Glacial.md": note}))
    claims = [i["text"] for i in items if i["kind"] == "claim"]
    assert not any(c.startswith(("A tarn", "Cirques")) for c in claims), claims
    assert any(c.startswith("A drumlin is") for c in claims), claims


def test_a_claim_that_is_a_question_s_whole_answer_is_left_to_the_question(
    make_vault: MakeVault,
) -> None:
    """Any question whose back is one sentence asks that sentence's fact: "How do kilns
    fire?" over the line "Kilns fire ..." is one fact twice. A claim that is one of
    several sentences of a longer answer is a fact of its own."""
    note = (
        "# Pottery\n\n## How do kilns fire?\n\nKilns fire clay by holding it near **a "
        "thousand degrees** for hours.\n\n## Why glaze a pot?\n\nA glaze seals the clay "
        "so it holds water. It also gives a surface that food does not stick to. Ware left "
        "unglazed stays **porous** for years and takes up stains.\n"
    )
    items = _items(make_vault({"Pottery.md": note}))
    assert {i["text"] for i in items if i["kind"] == "question"} == {
        "How do kilns fire?",
        "Why glaze a pot?",
    }
    claims = [i["text"] for i in items if i["kind"] == "claim"]
    assert not any(c.startswith("Kilns fire") for c in claims), claims
    assert any(c.startswith("Ware left unglazed") for c in claims), claims
