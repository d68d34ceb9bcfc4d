"""The parser's block rules go without their debug line and its HTML rules are off, and still
give markdown-it's own tokens, for every note and for text made to reach every rule."""

from __future__ import annotations

import importlib
import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from cards.parse import markdown, new_parser
from tests.conftest import ROOT


def _plain_parser() -> MarkdownIt:
    """The parser as it was before: every rule markdown-it has, each logging as it enters."""
    logger = logging.getLogger("markdown_it")
    level = logger.level
    logger.setLevel(logging.DEBUG)  # the quiet plugin then leaves the rules as they are
    try:
        md = new_parser()
    finally:
        logger.setLevel(level)
    return md.enable(["html_block", "html_inline"])


_PLAIN = _plain_parser()


def _tokens(md: MarkdownIt, text: str) -> list[object]:
    return [t.as_dict(children=True) for t in md.parse(text, {})]


_LINES = """# T
Text *a*
    code
```
> q
> [!note] N
- i
1. i
***
===
<div>
<b>x</b>
<!-- c -->
[r]: /u
[^1]: n
$$
| a | b |
|---|---|
==h==
[[w|x]]
#tag

  - j""".split("\n")
"""Lines that open every kind of block, HTML among them."""
BLOCKY = st.lists(st.sampled_from(_LINES), max_size=12).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(BLOCKY)
def test_the_parser_gives_markdown_its_own_tokens(text: str) -> None:
    assert _tokens(markdown(), text) == _tokens(_PLAIN, text)


def test_every_sample_note_parses_to_the_same_tokens() -> None:
    files = sorted((ROOT / "tests" / "fixtures").rglob("*.md"))
    files += sorted((ROOT / "source_notes").iterdir())
    assert len(files) > 30
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert _tokens(markdown(), text) == _tokens(_PLAIN, text), path


def test_the_rules_log_nothing_and_markdown_it_itself_is_untouched(
    caplog: pytest.LogCaptureFixture,
) -> None:
    md = new_parser()
    with caplog.at_level(logging.DEBUG, logger="markdown_it"):
        md.parse("A paragraph.\n\n> a quote\n", {})
        assert not [r for r in caplog.records if r.name.startswith("markdown_it")]
        _PLAIN.parse("A paragraph.\n", {})  # another parser in the process still logs
        assert any("entering paragraph" in r.getMessage() for r in caplog.records)
    module = importlib.import_module("markdown_it.rules_block.paragraph")
    assert isinstance(module.LOGGER, logging.Logger)


def test_a_parser_made_while_markdown_it_debugs_keeps_its_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG, logger="markdown_it"):
        new_parser().parse("A paragraph.\n", {})
    assert any("entering paragraph" in r.getMessage() for r in caplog.records)
