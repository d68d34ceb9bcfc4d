"""question.bold: a bold question on a line of its own, answered like a heading.

    **What is earned security?**
    Security built in adult life, through a relationship that ...

    **Why does it matter?** Because it predicts how couples fight.   <- answered on its line

    **Questions to sit with?**                  <- followed only by questions: put to the
    What do I need? What do I fear?                reader, no card

Many notes make headings of bold lines, so a bold line that asks is answered as a heading
is: by the rest of its paragraph, or else by the text after it, up to the next such
question. A bold question of a word or two ("**Why?** Because ...") is a lead-in, not a
question a card can ask alone, and a bold question inside a list item is the outline
rule's.
"""

from __future__ import annotations

from collections.abc import Sequence

from cards.extractors.questions.answer import (
    A_LABEL,
    BELOW_HEADINGS,
    Q_LABEL,
    answer,
    bold_line,
    bold_question,
    only_asks,
    shorten,
    unlabel,
)
from cards.extractors.walk import Visit
from cards.inline import concat
from cards.items import Item, SourceRef
from cards.parse import Block, ParsedNote

_BOLD = ("strong", "em")


_LISTED = frozenset({"list", "table"})


def bold(note: ParsedNote, visit: Visit) -> Sequence[Item]:
    """The bold question and its answer, from the paragraph or the blocks after it."""
    if visit.block.kind != "paragraph" or visit.parent_kind == "item":
        return ()
    text = visit.block.text
    if not any(m.start == 0 and m.kind in _BOLD for m in text.marks):
        return ()  # most paragraphs: no slicing, no word splitting
    asked = bold_question(text)
    if asked is None:
        return ()
    question, end = asked
    rest = text.slice(end, len(text.text)).strip()
    blocks: tuple[Block, ...] = ()
    after = visit.siblings[visit.index + 1 : visit.index + 2]
    # the list completes the line's sentence ("to: keep ..."): its items may read as steps
    listed = answer(after, BELOW_HEADINGS, True) if after and after[0].kind in _LISTED else None
    if rest.text and rest.text.endswith(":") and listed is not None:
        said, blocks = shorten(concat([rest, listed[0]])), listed[1]  # "We need it to:" + list
    elif rest.text:
        said = shorten(rest)
    else:
        following: list[Block] = []
        for block in visit.siblings[visit.index + 1 :]:
            if block.kind == "paragraph" and bold_line(block.text.strip()):
                break
            following.append(block)
        found = answer(following, BELOW_HEADINGS)
        if found is None:
            return ()
        said, blocks = found
        if len(blocks) == 1 and blocks[0].kind == "paragraph" and said.text.strip():
            blocks = ()
    if said.text and only_asks(said):
        return ()  # more questions under it: put to the reader, not answered
    ref = SourceRef(note.path, visit.block.line, visit.headings)
    question, said = unlabel(question, Q_LABEL), unlabel(said, A_LABEL)
    return (
        Item("question", ref, question, answer=said, answer_blocks=blocks, rule="question.bold"),
    )
