"""The registry itself: documented extractors, fixtures for each, loud failures."""

from __future__ import annotations

import inspect

import pytest

from cards.errors import CardsError
from cards.extractors import default_extractors
from tests.extractor_cases import KINDS, fixture_files


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
