"""question.outline: a list item that asks, with its answer nested under it.

    - What predicts adult attachment?
        - Early care, but later relationships revise it.

    - Why do couples fight about chores?       <- a Notion toggle: the answer is a
      Because chores stand for care.              paragraph inside the item

    - What would I change about my week?       <- nothing nested: put to the reader

Outliners (Logseq, Roam, an outline in Obsidian) write a question and its answer as an
item and its children, and Notion exports a toggle as an item with paragraphs inside. The
nesting is what shows the writer answered: a question with nothing under it is one the
note asks its reader, and makes no card.
"""

from __future__ import annotations

from collections.abc import Sequence

from cards.extractors.questions.answer import (
    A_LABEL,
    BELOW_HEADINGS,
    Q_LABEL,
    answer,
    only_asks,
    unlabel,
)
from cards.extractors.walk import Visit
from cards.items import Item, SourceRef
from cards.language import words
from cards.parse import ParsedNote

OPENERS = frozenset(
    "what what's why how how's when where who whom whose which is are was were do does did "
    "can could should would will shall may might has have had if".split()
)
"""How a question opens, or its clause after a label or a comma ("Process: what does it
do?", "If it fails, will the trigger roll back?")."""


def _asks(text: str) -> bool:
    """A question, not a statement that ends on a quoted one ('Love asks "what is wrong"?'):
    a question opens as one, at the start or after a label; a "?" after a closing quotation
    mark is the quotation's when the text does not."""
    if text.rstrip("? ")[-1:] not in "\"”'’":
        return True
    clauses = [text, *(part for sep in (":", ",") for part in text.split(sep)[1:2])]
    return any(words(clause)[:1] and words(clause)[0] in OPENERS for clause in clauses)


def outline(note: ParsedNote, visit: Visit) -> Sequence[Item]:
    """The item's question, answered by what is nested under it."""
    if visit.block.kind != "paragraph" or visit.parent_kind != "item" or visit.index != 0:
        return ()
    after = visit.next()  # after the kind test: most blocks are no item's first paragraph
    if after is None or after.kind not in ("list", "paragraph"):
        return ()  # a list nested under it, or a Notion toggle's paragraphs
    question = visit.block.text.strip()
    if question.breaks or not question.text.endswith("?") or not _asks(question.text):
        return ()
    found = answer(visit.siblings[1:], BELOW_HEADINGS)
    if found is None:
        return ()
    said, blocks = found
    if not said.text or only_asks(said):
        return ()
    ref = SourceRef(note.path, visit.block.line, visit.headings)
    if len(blocks) == 1 and blocks[0].kind == "list" and A_LABEL.match(said.text):
        blocks = ()  # "- A: ..." nested alone: its text, unlabelled, is the whole answer
    question, said = unlabel(question, Q_LABEL), unlabel(said, A_LABEL)
    return (
        Item("question", ref, question, answer=said, answer_blocks=blocks, rule="question.outline"),
    )
