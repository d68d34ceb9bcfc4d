"""A note built to be slow costs its length, not its length squared; the limits that make it
so change nothing in ordinary notes, and say where they cut."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from cards.parse import markdown, new_parser, parse_note
from cards.syntax.bounded import MAX_INLINE
from cards.syntax.comments import without_comments
from cards.syntax.wikilinks import MAX_INNER
from cards.vault import SourceNote
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from pathological import CASES

_SMALL = ("--mode", "note", "--size", "40000", "--factor", "4", "--repeat", "5")


def _note(body: str) -> SourceNote:
    return SourceNote(path="n.md", name="n", metadata={}, body=body, body_line=3, plain=False)


def test_the_benchmark_grows_no_faster_than_its_notes() -> None:
    """Each case at 40,000 and 160,000 characters (past `MAX_INLINE`: both limits at work).

    Growth is the time ratio over the size ratio: 1.0 for a linear cost, 4.0 for a square.
    The bound is loose, for a shared machine (each time is the fastest of five); before these
    limits, five of the cases grew by 2.2 to 5.7 from 5,000 to 40,000 characters. Smaller
    notes than these take a few milliseconds, and a busy machine's noise then passed for
    growth (2.4 for comments, linear at every size that takes longer)."""
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "pathological.py"), *_SMALL],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    rows = {line[:12].strip(): line[12:].split() for line in run.stdout.splitlines()[2:]}
    assert set(rows) == {repr(unit) for unit in CASES}
    for name, (_, _, _, _, growth, _) in rows.items():
        assert float(growth) <= 2.0, f"{name} grows faster than linearly:\n{run.stdout}"


BRACKETY = st.text(alphabet="[]!^a $`*\n|#(x)=:", max_size=80)


@settings(max_examples=300, deadline=None)
@given(BRACKETY)
def test_unclosed_brackets_as_text_change_no_token(text: str) -> None:
    """The shortcut for brackets that nothing closes gives what markdown-it itself gives."""
    assert _tokens(markdown(), text) == _tokens(_WITHOUT_SHORTCUT, text)


def _tokens(md: MarkdownIt, text: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    tokens = md.parse(text, {})
    return [(t.type, t.content, [(c.type, c.content) for c in t.children or []]) for t in tokens]


_WITHOUT_SHORTCUT = new_parser().disable("unclosed_bracket")


def test_a_long_paragraph_is_text_past_the_cap_with_a_warning_naming_its_line() -> None:
    words = "Sleep is **key** to health and memory.\n" * (MAX_INLINE // 20)
    parsed = parse_note(_note("# Title\n\n" + words + "\nAfter it, **bold** again.\n"))
    long, after = parsed.blocks[1], parsed.blocks[2]
    assert long.text.text.count("\n") == words.count("\n") - 1  # every line kept
    assert "**key**" in long.text.text  # past the cap: as written
    assert long.text.text.startswith("Sleep is key")  # before it: formatted
    assert [m.kind for m in after.text.marks] == ["strong"]
    assert parsed.warnings == (
        f"n.md:5: paragraph of {len(words) - 1} characters; formatting past its first "
        f"{MAX_INLINE} is not read",
    )


def test_a_wikilink_is_read_up_to_its_length_limit() -> None:
    fits, too_long = "a" * (MAX_INNER - 10), "a" * (MAX_INNER + 10)
    text = parse_note(_note(f"See [[{fits}]] and [[{too_long}]].\n")).blocks[0].text
    assert [m.kind for m in text.marks] == ["wikilink"]
    assert f"[[{too_long}]]" in text.text


def test_comments_on_a_line_of_many_are_each_removed() -> None:
    line = "keep %% hide %% " * 2000 + "<!-- gone --> end"
    assert without_comments(line) == "keep  " * 2000 + " end"
