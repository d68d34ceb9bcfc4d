"""Questions the note answers: headings that ask, with the text under them as the answer.

    ## What does attachment theory have to do with sexuality?
    A lot more than we might think! People are inspired to have sex ...

Questions put to the reader ("Questions to contemplate:" and its list) are
list items or paragraphs, not headings, so they never become cards.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from cards.extractors.walk import walk
from cards.inline import InlineText, concat
from cards.items import Item, SourceRef
from cards.language import is_question, sentences, words
from cards.parse import Block, ParsedNote

_Q_LABEL = re.compile(r"(?:Q|Question)\s*[:.]\s+", re.IGNORECASE)
_A_LABEL = re.compile(r"(?:A|Answer)\s*[:.]\s+", re.IGNORECASE)
ANSWER_SENTENCES = 2
ANSWER_WORDS = 60


def extract_questions(note: ParsedNote) -> Iterator[Item]:
    """One Q/A item per question heading that has text under it."""
    for visit in walk(note.blocks):
        block = visit.block
        if visit.quoted or block.kind != "heading" or not is_question(block.text.text):
            continue
        found = _answer(visit.siblings[visit.index + 1 :], block.level)
        if found is None:
            continue
        answer, blocks = found
        ref = SourceRef(note.path, block.line, visit.headings)
        structured = len(blocks) > 1 or blocks[0].kind != "paragraph" or not answer.text.strip()
        yield Item(
            "question",
            ref,
            _unlabel(block.text.strip(), _Q_LABEL),
            answer=_unlabel(answer, _A_LABEL),
            answer_blocks=blocks if structured else (),
            source="heading",
        )


def _answer(following: Sequence[Block], level: int) -> tuple[InlineText, tuple[Block, ...]] | None:
    """The first sentences under the heading, and the blocks they come from.

    A bare caption heading right under the question (common in pasted
    articles) is stepped over; another question or a heading at the same
    level after some text ends the answer.
    """
    parts: list[InlineText] = []
    blocks: list[Block] = []
    for block in following:
        if block.kind == "heading":
            if parts or is_question(block.text.text) or block.level < level:
                break
            continue
        texts = _texts(block)
        if not texts and not _shows_something(block):
            continue
        parts += texts
        blocks.append(block)
        if sum(len(sentences(p.text)) for p in parts) >= ANSWER_SENTENCES:
            break
    if not blocks:
        return None
    text = _shorten(concat(parts).strip()) if parts else InlineText()
    return text, tuple(blocks)


def _shows_something(block: Block) -> bool:
    """An image, a formula or code with no prose around it is still an answer."""
    if block.kind in ("code", "math"):
        return bool(block.source.strip())
    return any(m.kind in ("embed", "image") for m in block.text.marks) or any(
        _shows_something(c) for c in block.children
    )


def _texts(block: Block) -> list[InlineText]:
    if block.kind in ("paragraph", "cell"):
        return [block.text] if block.text.text.strip() else []
    if block.kind in ("code", "math"):
        return [InlineText(block.source.strip())] if block.source.strip() else []
    out: list[InlineText] = []
    for child in block.children:
        out += _texts(child)
    if block.kind == "list" and out:
        return [concat(out, sep="; ")]  # "Freeze; Flight; Fight" reads as a list, not a sentence
    return out


def _unlabel(text: InlineText, label: re.Pattern[str]) -> InlineText:
    """FAQ-style notes write `Q: ...` and `A: ...`; the card needs only what follows."""
    found = label.match(text.text)
    return text.slice(found.end(), len(text.text)) if found else text


def _shorten(text: InlineText) -> InlineText:
    spans = sentences(text.text)
    end = 0
    for n, (_, stop) in enumerate(spans):
        if n >= ANSWER_SENTENCES or (n and len(words(text.text[:stop])) > ANSWER_WORDS):
            break
        end = stop
    return text.slice(0, end or len(text.text)).strip()
