"""The claim and question rules' substring tests skip a pattern only where it cannot match.

Each test below is a necessary condition of a match of the pattern it guards; hypothesis
tries it on texts made of the characters the patterns react to, in both cases, with the
Unicode letters that match ASCII ones when case is ignored (the long s, the dotless i,
the dotted capital I, the Kelvin sign).
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cards.extractors.claims import defines, terms
from cards.extractors.questions import answer
from cards.extractors.questions.labelled import _may_ask

EXAMPLES = settings(max_examples=1000, deadline=None)
PIECES = [
    *"qQaAiIsSrReEfF",
    *" \t\n\u00a0\u2003\u3000.:=?-",
    *"ſıİ\u212a",
    *["Q: ", "Question. ", "FAQ: ", "A: ", "Answer: ", " is ", " are ", "Term", "::"],
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@EXAMPLES
@given(TEXTS)
@example("Q: Why does sleep help memory?")
@example("intro\n\tfaq. what is it")
def test_a_question_label_is_only_in_texts_holding_a_q(text: str) -> None:
    if answer.Q_LINE.search(text):
        assert _may_ask(text)


@EXAMPLES
@given(TEXTS)
@example("Endorphins are hormones")
@example("Sleep\u3000is\u2003rest")
def test_a_copula_is_only_in_texts_holding_is_or_are(text: str) -> None:
    if defines.COPULA.search(text):
        assert "is" in text or "are" in text


@EXAMPLES
@given(TEXTS)
@example("Freeze: the impulse to shut down")
@example("Attachment = a lasting bond")
def test_a_term_item_is_only_in_texts_holding_a_separator(text: str) -> None:
    if terms.TERM_ITEM.match(text):
        assert ":" in text or "=" in text
