"""Each extractor against its fixture file: adding a case is adding text, not code."""

from __future__ import annotations

import pytest
import yaml

from tests.extractor_cases import KINDS, cases, run_case

CASES = [
    pytest.param(KINDS[name], title, note, expected, id=f"{name}: {title}")
    for name in KINDS
    for _, title, note, expected in cases(name)
]


@pytest.mark.parametrize(("kind", "title", "note", "expected"), CASES)
def test_fixture(kind: str, title: str, note: str, expected: str) -> None:
    assert run_case(kind, title, note) == yaml.safe_load(expected)


def test_every_kind_of_source_has_a_case() -> None:
    """The fixtures cover each source docs/extraction.md names: one missing is a gap."""
    titles = {name: " ".join(c[1] for c in cases(name)) for name in KINDS}
    for name, needles in {
        "claims": ["heading", "emphasised", "definition", "term list", "not claims", "callout"],
        "questions": ["question heading", "put to the reader", "labelled"],
        "quotes": ["callout", "footnote", "inline", "not quotes", "plain text"],
        "traits": ["label", "heading", "subject", "pronoun", "table", "taxonomy"],
    }.items():
        for needle in needles:
            assert needle in titles[name], f"{name}: no fixture case about {needle!r}"
