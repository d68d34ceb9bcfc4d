"""Questions the note answers, found by named rules tried in order.

    ## What does attachment theory have to do with sexuality?
    A lot more than we might think! People are inspired to have sex ...

    Q: Why does sleep help memory?                  <- a labelled pair, the answer
    A: The hippocampus replays the day.                in the same paragraph or the next

    **What is earned security?**                    <- a bold line that asks: a heading

Questions put to the reader ("Questions to contemplate:" and its list) are
list items or paragraphs with no answer the note gives, so they never become
cards: a paragraph question counts only when it is labelled and answered, or is one
sentence with a list right under it that answers it (`question.paragraph`).

A question any rule finds must still ask something of its subject, answered by the note
(`asked.askable`): not a topic with a question mark, the writer musing, or a quiz.

Each rule is a module of this package (`question.heading` is `heading.py`): a function of
the note and a block that returns the block's questions. The first rule that finds any in
a block has it; a rule that is off is never asked, so its block goes on to the next.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from cards.extractors.questions.asked import askable
from cards.extractors.questions.bold import bold
from cards.extractors.questions.callout import callout
from cards.extractors.questions.captioned import uncaptioned
from cards.extractors.questions.flashcard import flashcard
from cards.extractors.questions.heading import heading
from cards.extractors.questions.labelled import labelled
from cards.extractors.questions.outline import outline
from cards.extractors.questions.paragraph import paragraph
from cards.extractors.ruler import Ruler
from cards.extractors.walk import Visit, walk
from cards.items import Item
from cards.parse import ParsedNote

__all__ = ["RULES", "QuestionRule", "extract_questions", "ruler"]

QuestionRule = Callable[[ParsedNote, Visit], Sequence[Item]]

RULES: tuple[tuple[str, QuestionRule], ...] = (
    ("heading", heading),
    ("flashcard", flashcard),
    ("labelled", labelled),
    ("bold", bold),
    ("outline", outline),
    ("paragraph", paragraph),
    ("callout", callout),
)
"""The ways a question appears in a note, in the order they are tried."""
_PARAGRAPH = frozenset(["paragraph"])
KINDS: dict[QuestionRule, frozenset[str]] = {
    heading: frozenset(["heading"]),
    flashcard: _PARAGRAPH,
    labelled: _PARAGRAPH,
    bold: _PARAGRAPH,
    outline: _PARAGRAPH,
    paragraph: _PARAGRAPH,
    callout: frozenset(["blockquote"]),
}
"""The kinds of block each rule reads, finding nothing in any other: a list or a table is
shown to no rule, a paragraph to five. A rule not named here is shown every block."""


def ruler() -> Ruler[QuestionRule]:
    """A fresh ruler of every question rule, all on."""
    return Ruler("question", RULES)


def extract_questions(
    note: ParsedNote, *, rules: Ruler[QuestionRule] | None = None
) -> Iterator[Item]:
    """One Q/A item per question heading that has text under it, per labelled pair, ..."""
    enabled = [rule.func for rule in rules or ruler()]
    readers: dict[str, list[QuestionRule]] = {}
    for visit in walk(note.blocks):
        if visit.quoted:
            continue
        kind = visit.block.kind
        if kind not in readers:
            readers[kind] = [r for r in enabled if kind in KINDS.get(r, (kind,))]
        for rule in readers[kind]:
            found = rule(note, visit)
            if found:
                yield from (uncaptioned(item) for item in found if askable(item))
                break
