"""question.paragraph: a question written as a plain line, answered by the list under it.

    ### Tides
    Which body pulls hardest on the oceans?          <- one sentence that asks
    * **The Moon**, because it is so close.          <- the list answers it
    * Not the Sun: it is heavier but much farther.

    4.3 What are three kinds of cloud?               <- a review question's number: dropped
    Given a loaded die, which face comes up most?    <- asked after a comma: still a question

    Why does this matter? Read on.                   <- two sentences: prose, no card
    We asked whether it floats?                      <- opens as no question: no card

Lecture notes and review sheets write the question as a line of its own rather than a
heading, and answer it with a list. Read apart, the list's lines are claims no one can
answer ("The Moon, because it is so close."), and the question makes no card. A list is
what shows the writer answered: a paragraph after a question is as often the writer
thinking on, so only a list is read as the answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cards.extractors.questions.answer import (
    BELOW_HEADINGS,
    Q_LABEL,
    answer,
    asks_how,
    only_asks,
    unlabel,
)
from cards.extractors.questions.labels import DANGLING
from cards.extractors.questions.outline import OPENERS
from cards.extractors.questions.points import asked_count
from cards.extractors.walk import Visit
from cards.items import Item, SourceRef
from cards.language import sentences, words
from cards.parse import Block, ParsedNote

_BACK = frozenset("he she him her his both these those this former latter".split())
"""Words that point back to the prose before the question ("Where did she moor?", "Which
of these floats?"): under a heading that asks, the heading names what they stand for;
on a line of its own, the paragraph above does, and the card does not show it."""
_TRAILING = DANGLING | {"that", "which"}
"""Words an item stops on when the writer left it unfinished ("... so that")."""
_NUMBER = re.compile(r"(?:Q\s*)?\d+(?:\.\d+)*\s*[.):\]]?\s+(?=\w)", re.IGNORECASE)
"""A review question's number before it: "6.2 ", "Q3. ", "1] "."""


def _opens_as_question(text: str) -> bool:
    """The sentence opens as a question, or its clause after a comma does ("Given a fair
    coin, what ..."); a statement with a question mark ("We asked whether it floats?") does
    not."""
    return any(
        (ws := words(clause))[:1] != [] and ws[0] in OPENERS for clause in text.split(",")[:3]
    )


def _finished(items: Sequence[Block], asked: str) -> bool:
    """No item is empty or stops mid-sentence, and there are as many as the question counts
    ("What are four kinds ...?" over two): else the writer meant to come back to it."""
    leads = [words(i.children[0].text.text)[-1:] if i.children else [] for i in items]
    if any(not lead or lead[0] in _TRAILING for lead in leads):
        return False
    return len(items) >= asked_count(asked)


def paragraph(note: ParsedNote, visit: Visit) -> Sequence[Item]:
    """The paragraph's question, answered by the list right after it."""
    if visit.block.kind != "paragraph" or visit.parent_kind == "item":
        return ()  # a list item that asks: the outline rule's
    text = visit.block.text
    if not text.text.endswith("?") or text.breaks:
        return ()  # most paragraphs: no sentence splitting
    after = visit.next()
    if after is None or after.kind != "list":
        return ()
    number = _NUMBER.match(text.text)
    question = unlabel(text.slice(number.end(), len(text.text)) if number else text, Q_LABEL)
    if len(sentences(question.text)) != 1 or not _opens_as_question(question.text):
        return ()
    if _BACK.intersection(words(question.text)) or not _finished(after.children, question.text):
        return ()
    found = answer((after,), BELOW_HEADINGS, asks_how(question.text), asked=question.text)
    if found is None or not found[0].text or only_asks(found[0]):
        return ()
    said, blocks = found
    ref = SourceRef(note.path, visit.block.line, visit.headings)
    return (
        Item(
            "question", ref, question, answer=said, answer_blocks=blocks, rule="question.paragraph"
        ),
    )
