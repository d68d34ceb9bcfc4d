"""question.flashcard: cards the note already spells out for a flashcard plugin.

    What does the amygdala do?::It flags threats.      <- one way
    Why do we dream?:::No one knows for sure.          <- both ways

    What is earned security?                           <- front lines,
    ?                                                     a `?` line,
    Security built in adult life.                         back lines

Obsidian's Spaced Repetition plugin reads `Front::Back` on a line (`:::` for both ways),
and front lines, a line of `?` (or `??`), back lines. The writer made these cards on
purpose, so they are taken as written. A one-line front makes a question here only when
it asks: a `Term::meaning` line is a definition, which the claims extractor reads. A `?`
line marks a card beyond doubt, whatever its front says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from cards.extractors.questions.answer import shorten
from cards.extractors.questions.unanswered import unanswered
from cards.extractors.walk import Visit
from cards.items import Item, SourceRef
from cards.language import is_question
from cards.parse import ParsedNote

_CARD_LINE = re.compile(r"^[ \t]*(?P<front>[^\n]*?\S)[ \t]*:{2,3}[ \t]*(?P<back>\S[^\n]*)$", re.M)
_CARD_BREAK = re.compile(r"\n[ \t]*\?{1,2}[ \t]*\n")


def flashcard(note: ParsedNote, visit: Visit) -> Sequence[Item]:
    """The paragraph's written cards; most paragraphs have neither `::` nor a `?` line."""
    text = visit.block.text.text
    if visit.block.kind != "paragraph" or ("::" not in text and "\n?" not in text):
        return ()
    return tuple(_cards(note, visit))


def _cards(note: ParsedNote, visit: Visit) -> Iterator[Item]:
    text = visit.block.text
    for found in _CARD_LINE.finditer(text.text) if "::" in text.text else ():
        front = text.slice(found.start("front"), found.end("front")).strip()
        back = text.slice(found.start("back"), found.end("back")).strip()
        if is_question(front.text) and not unanswered(back):
            line = visit.block.line + text.line_of(found.start())
            ref = SourceRef(note.path, line, visit.headings)
            yield Item("question", ref, front, answer=back, rule="question.flashcard")
    parted = _CARD_BREAK.search(text.text)
    if parted:
        front = text.slice(0, parted.start()).strip()
        back = text.slice(parted.end(), len(text.text)).strip()
        if front.text and not unanswered(back):
            ref = SourceRef(note.path, visit.block.line, visit.headings)
            yield Item("question", ref, front, answer=shorten(back), rule="question.flashcard")
