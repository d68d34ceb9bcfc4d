"""The registry itself: documented extractors, fixtures for each, loud failures."""

from __future__ import annotations

import inspect
import sys
import tempfile
from pathlib import Path

import pytest
from markdown_it.utils import read_fixture_file

from cards.errors import CardsError
from cards.extract import extract_vault
from cards.extractors import Registry, default_extractors
from cards.items import Item
from tests.extractor_cases import CHRONOTYPE, FIXTURES, KINDS, fixture_files


def test_every_extractor_has_a_docstring_with_a_sample_and_a_fixture_file() -> None:
    registry = default_extractors()
    fixture_for = {kind: name for name, kind in KINDS.items()}
    for name in registry.names:
        func = registry.get(name)
        module = inspect.getmodule(getattr(func, "func", func))
        assert module is not None and module.__doc__, f"{name}: module has no docstring"
        assert "    " in module.__doc__, f"{name}: docstring shows no sample of what it recognises"
        assert fixture_files(fixture_for[name]), f"{name}: no fixture file"


def test_unknown_extractor_names_fail_loudly() -> None:
    registry = default_extractors()
    with pytest.raises(CardsError, match=r"unknown extractor.*claimz"):
        registry.only(["claimz"])
    with pytest.raises(CardsError, match="unknown"):
        registry.disable(["nope"])


def test_each_call_builds_a_fresh_registry() -> None:
    first = default_extractors()
    first.disable(["quote"])
    assert "quote" in default_extractors().enabled
    assert first.enabled == ["claim", "question", "traits"]


def test_unknown_rule_names_fail_loudly_and_known_ones_switch_off() -> None:
    registry = default_extractors()
    with pytest.raises(CardsError, match=r"unknown rule.*claim\.headng"):
        registry.disable_rules(["claim.headng"])
    registry.disable_rules(["claim.heading"])
    claims = registry.ruler("claim")
    assert claims is not None and not claims.enabled("heading") and claims.enabled("emphasis")
    assert default_extractors().rule_names == registry.rule_names  # a fresh registry each time


def test_every_item_of_the_sample_vault_names_a_registered_rule() -> None:
    from pathlib import Path

    from cards.extract import extract_vault

    registry = default_extractors()
    items = extract_vault(Path(__file__).parent.parent / "source_notes").items
    assert items
    assert {i.rule for i in items} <= set(registry.rule_names)


RULED = ("claim", "question")
"""Kinds whose rules each have a module and a fixture file of their own."""


@pytest.mark.parametrize("kind", RULED)
def test_every_rule_has_a_docstring_with_a_sample_and_a_fixture_file_that_uses_it(
    kind: str,
) -> None:
    registry = default_extractors()
    ruler = registry.ruler(kind)
    assert ruler is not None and len(ruler) > 1
    folder = {k: name for name, k in KINDS.items()}[kind]
    for rule in ruler:
        module = sys.modules[getattr(rule.func, "module", None) or rule.func.__module__]
        doc = module.__doc__ or ""
        assert doc.startswith(f"{rule.name}:"), f"{rule.name}: docstring does not name the rule"
        assert "\n    " in doc, f"{rule.name}: docstring shows no sample of what it recognises"
        path = FIXTURES / folder / f"{rule.name.split('.', 1)[1]}.md"
        assert path.is_file(), f"{rule.name}: no fixture file {path.name}"
        made = {
            item.rule
            for _, title, note, _ in read_fixture_file(path)
            for item in _run(kind, title, note)
        }
        assert rule.name in made, f"{rule.name}: no case in {path.name} makes an item of it"


def _run(kind: str, title: str, note: str) -> list[Item]:
    registry = default_extractors(CHRONOTYPE if "[taxonomy:chronotype]" in title else None)
    registry.only([kind])
    return _extract(registry, note, ".txt" if title.endswith("[txt]") else ".md")


def test_a_rule_switched_off_leaves_its_text_to_the_rules_after_it() -> None:
    note = "Stonewalling is **when one partner shuts down** in a conflict.\n"
    registry = default_extractors()
    registry.only(["claim"])
    assert [i.rule for i in _extract(registry, note)] == ["claim.emphasis"]
    registry.disable_rules(["claim.emphasis"])
    (item,) = _extract(registry, note)
    assert (item.rule, item.term) == ("claim.definition", "Stonewalling")


def _extract(registry: Registry, note: str, suffix: str = ".md") -> list[Item]:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / f"note{suffix}").write_text(note, encoding="utf-8")
        return extract_vault(Path(tmp), registry).items
