"""question.callout: Obsidian's own question and answer, a `[!question]` callout.

    > [!question] What is earned security?
    > Security built in adult life, through a relationship that
    > gives what childhood did not.

    > [!faq]- Does attachment style change?     <- folded: the same
    > Slowly, through new relationships.

A callout of type `question`, `faq`, `help` or `q` is how Obsidian itself marks a
question: its title asks, its body answers, as a heading's section would. A title that
does not ask (`> [!question] Open issues`) is a heading of notes, and makes no card; nor
does a callout with nothing under its title.
"""

from __future__ import annotations

from collections.abc import Sequence

from cards.extractors.questions.answer import BELOW_HEADINGS, answer
from cards.extractors.walk import Visit
from cards.items import Item, SourceRef
from cards.language import is_question
from cards.parse import ParsedNote

_ASKING = frozenset(["question", "faq", "help", "q"])
"""Callout types that ask (`[!question]`, `[!faq]`, `[!help]`): the title is the question."""


def callout(note: ParsedNote, visit: Visit) -> Sequence[Item]:
    """The callout's title as the question, its body as the answer."""
    block = visit.block
    if block.kind != "blockquote" or block.callout not in _ASKING or block.title is None:
        return ()
    question = block.title.strip()
    if not is_question(question.text):
        return ()
    found = answer(block.children, BELOW_HEADINGS)
    if found is None or not found[0].text.strip():
        return ()
    said, blocks = found
    if len(blocks) == 1 and blocks[0].kind == "paragraph":
        blocks = ()
    ref = SourceRef(note.path, block.line, visit.headings)
    return (
        Item("question", ref, question, answer=said, answer_blocks=blocks, rule="question.callout"),
    )
