"""A cheap test that skips a costly pattern must never skip a text the pattern would match.

Each pattern below is guarded by a substring or character-set test that is meant to be a
necessary condition of a match; these properties try it on texts made of the characters
the patterns react to, case variants and the Unicode letters that match ASCII ones when
case is ignored (the long s, the dotless i and the dotted capital I, the Kelvin sign).
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it.rules_core import inline

from cards.extractors import notefeatures
from cards.extractors.traits import marks, reader
from cards.parse import new_parser
from cards.sanitize import MATH_MACROS
from cards.syntax import clippings, mathmacros

EXAMPLES = settings(max_examples=1000, deadline=None)
PIECES = [
    *"iImMeEyYnNsSwWoOuUrRdDaAtThHlLcCkKvVpP",
    *" \t\n\u00a0\u2003.,;:!?'\"’”“)(-—–→=_0123456789",
    *"ſıİ\u212a",
    *["mine", "myself", "we will", "We’ll", "our app", "the MVP", "and", "OR", "behaviour "],
    *["(Location 263)", " — location: 512", "Kindle Loc. 12", "(loc 3", "label"],
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
WORD_BOUNDED_MINE = re.compile(r"\b(?:i|me|my|mine|myself)\b")
"""The first-person words as the plain word-bounded pattern finds them."""


@EXAMPLES
@given(TEXTS)
@example("my")
@example("i, myself")
@example("hi me")
def test_first_person_words_are_found_where_the_word_bounded_pattern_finds_them(
    text: str,
) -> None:
    lower = text.lower()
    found, plain = notefeatures._ANY_MINE.search(lower), WORD_BOUNDED_MINE.search(lower)
    assert (found and found.span()) == (plain and plain.span())


@EXAMPLES
@given(TEXTS)
@example("We’ll ship it")
@example("OUR USERS")
@example("Your behaviour, (our team) plans")
def test_project_phrases_are_only_in_texts_holding_their_hints(text: str) -> None:
    if notefeatures._PROJECT.search(text):
        assert notefeatures._may_plan(text.lower())


@EXAMPLES
@given(TEXTS)
@example("A highlight (Location 263)")
@example("A highlight — LOCATION: 512.")
def test_a_location_marker_is_only_in_texts_that_say_loc(text: str) -> None:
    if clippings._MARKER.search(text) and text.rstrip(" .")[-1:] in ")0123456789":
        assert clippings.location_marker(text) is not None


@EXAMPLES
@given(TEXTS)
@example("craves closeness, and")
@example("values space (the phantom ex).")
def test_trailing_marks_end_on_a_character_trim_looks_for(text: str) -> None:
    if marks._TRAILING.search(text):
        assert text[-1:] in marks._TRAILING_ENDS or text[-1:].isspace()


@EXAMPLES
@given(TEXTS)
@example("Anxious: craves closeness")
@example("Secure base rule — a securely attached friend can help")
def test_labels_are_only_in_texts_holding_what_ends_them(text: str) -> None:
    if reader._LEAD_LABEL.match(text):
        assert reader._LEAD_END.search(text)


@EXAMPLES
@given(st.lists(st.sampled_from([*PIECES, "\\", "href", "htmlData", "{", "}", "$"])).map("".join))
@example("$\\href{javascript:alert(1)}{x}$")
def test_a_math_macro_is_only_in_texts_holding_its_opening(text: str) -> None:
    if MATH_MACROS.search(text):
        assert mathmacros._NAMED.search(text)


MARKDOWN = st.lists(
    st.sampled_from(
        [*PIECES, "**bold**", "[[Note|alias]]", "==mark==", "$x$", "#tag", "`code`", "\n\n"]
    ),
    max_size=30,
).map("".join)


@EXAMPLES
@given(MARKDOWN)
@example("Sleep consolidates memories.\n\n- attention attachment\n- energy")
@example("# Heading\nplain words")
def test_text_with_no_stop_gets_the_tokens_markdown_it_would_parse(text: str) -> None:
    ours, theirs = new_parser(), new_parser()
    theirs.core.ruler.at("inline", inline)  # markdown-it's own: every inline text parsed
    assert [t.as_dict() for t in ours.parse(text)] == [t.as_dict() for t in theirs.parse(text)]
