"""The build pauses the cycle collector, except where notes are parsed (code we do not own)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from cards import build as build_module
from cards import fresh, identity, plan
from cards.incremental import gcpause, workers


def test_paused_and_collecting_nest_and_restore() -> None:
    assert gc.isenabled()
    with gcpause.paused():
        assert not gc.isenabled()
        with gcpause.collecting():
            assert gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_build_parses_with_the_collector_on_and_resolves_with_it_paused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "a.md").write_text("# Sleep consolidates new memories\n\nText.\n", encoding="utf-8")
    seen: dict[str, bool] = {}
    parse, resolve = workers.note_cards, identity.resolve

    def parsing(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen["parsing"] = gc.isenabled()
        return parse(*args, **kwargs)

    def resolving(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen["resolving"] = gc.isenabled()
        return resolve(*args, **kwargs)

    monkeypatch.setattr(workers, "note_cards", parsing)
    monkeypatch.setattr(plan, "resolve", resolving)
    monkeypatch.setattr(fresh, "resolve", resolving)
    report = build_module.build(vault, tmp_path / "decks", jobs=1)
    assert report.output.is_file()
    assert seen == {"parsing": True, "resolving": False}
    assert gc.isenabled()
