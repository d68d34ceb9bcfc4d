"""The trait rules explain themselves: each shows what it reads and has cases it reads."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it.utils import read_fixture_file

from cards.cli import cli
from cards.extractors import default_extractors
from tests.extractor_cases import FIXTURES, case_items

MakeVault = Callable[[dict[str, str | bytes]], Path]
RULER = default_extractors().ruler("traits")
assert RULER is not None


@pytest.mark.parametrize("name", RULER.names)
def test_every_trait_rule_has_a_docstring_with_a_sample_and_a_case_that_it_makes(
    name: str,
) -> None:
    rule = next(r for r in RULER if r.name == name)
    module = inspect.getmodule(rule.func.read)
    assert module is not None and module.__doc__, f"{name}: module has no docstring"
    assert "\n    " in module.__doc__, f"{name}: docstring shows no sample of what it reads"
    fixture = FIXTURES / "traits" / f"{name.removeprefix('traits.')}.md"
    assert fixture.is_file(), f"{name}: no fixture file {fixture.name}"
    made = {
        item.rule
        for _, title, note, _ in read_fixture_file(fixture)
        for item in case_items("traits", title, note)
    }
    assert name in made, f"{name}: no case in {fixture.name} in which it makes an item"


def test_a_rule_switched_off_in_cards_toml_leaves_its_text_to_the_rules_after_it(
    make_vault: MakeVault,
) -> None:
    """Through the real CLI: with `traits.list` off, the list is read item by item, and an
    item whose subject is a category still gives its trait, by the rule `traits.subject`."""
    note = "## Avoidant attachment\n\nSigns:\n- Avoidant partners pull away when it gets close\n"

    def found(vault: Path) -> list[tuple[str, str, list[str]]]:
        result = CliRunner().invoke(cli, ["extract", str(vault), "--format", "json"])
        assert result.exit_code == 0, result.output
        items = json.loads(result.output)
        return [(i["rule"], i["category"], i["items"]) for i in items if i["kind"] == "traits"]

    trait = ["pull away when it gets close"]
    assert found(make_vault({"n.md": note})) == [("traits.list", "avoidant", trait)]
    off = make_vault({"n.md": note, "cards.toml": 'disable_rules = ["traits.list"]\n'})
    assert found(off) == [("traits.subject", "avoidant", trait)]
