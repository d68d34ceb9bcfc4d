"""question.labelled: a question and its answer, each after its label.

    Q: Why does sleep help memory?
    A: The hippocampus replays the day.

    Q: Can attachment change? A: Yes, slowly.      <- several pairs, even on one line
    Q: What predicts it?
    A: Early care, and later relationships.

    Q: What would you do differently?              <- no `A:`: put to the reader, no card

FAQ pages and study notes mark a question and its answer with labels; the labels say
outright which text asks and which answers, so the pair is a card however the paragraph
runs. A `Q:` with no `A:` after it (in its paragraph, or opening the next) is a question
the note asks its reader, and makes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from cards.extractors.questions.answer import A_INSIDE, A_LABEL, Q_LINE, shorten
from cards.extractors.walk import Visit
from cards.inline import InlineText
from cards.items import Item, SourceRef
from cards.language import is_question
from cards.parse import ParsedNote


def labelled(note: ParsedNote, visit: Visit) -> Sequence[Item]:
    """Each labelled pair of the paragraph."""
    if visit.block.kind != "paragraph" or not _may_ask(visit.block.text.text):
        return ()
    return tuple(_pairs(note, visit))


def _may_ask(text: str) -> bool:
    """Whether the text holds a "q" that a `Q:`, `Question:` or `FAQ:` label needs: most
    paragraphs have none, and two substring tests cost less than the line search."""
    return "q" in text or "Q" in text


def _pairs(note: ParsedNote, visit: Visit) -> Iterator[Item]:
    """Each line of the paragraph that opens with a `Q:` label, answered under an `A:` label
    in the lines after it or, for the last, in the paragraph right after."""
    text = visit.block.text.strip()
    asked = list(Q_LINE.finditer(text.text))
    for n, found in enumerate(asked):
        stop = asked[n + 1].start() if n + 1 < len(asked) else len(text.text)
        inside = A_INSIDE.search(text.text, found.end(), stop)
        if inside:
            question = text.slice(found.end(), inside.start())
            answer = text.slice(inside.end(), stop)
        elif n + 1 == len(asked):
            after = visit.next()
            reply = after.text.strip() if after and after.kind == "paragraph" else InlineText()
            replied = A_LABEL.match(reply.text)
            if replied is None:
                continue  # asked, not answered: a question put to the reader
            question = text.slice(found.end(), stop)
            answer = reply.slice(replied.end(), len(reply.text))
        else:
            continue
        question, answer = question.strip(), answer.strip()
        if is_question(question.text) and answer.text:
            line = visit.block.line + text.line_of(found.end())
            ref = SourceRef(note.path, line, visit.headings)
            yield Item("question", ref, question, answer=shorten(answer), rule="question.labelled")
