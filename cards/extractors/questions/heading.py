"""question.heading: a heading that asks, answered by the text under it.

    ## What does attachment theory have to do with sexuality?
    A lot more than we might think! People are inspired to have sex ...

    ## Is it possible to be both                 <- an auxiliary and its subject: it asks,
    Yes: many people are anxious and avoidant.      and the card gets its "?"

A heading that asks is the question the section was written to answer, so its first
sentences are the card's back. A web page's furniture asks too ("Was this helpful?",
"Related: What is your love language?") but answers nothing under it. An interview's
turns (`Interviewer: Does ...?` over `Therapist: Usually ...`) lose their speakers' names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cards.extractors.questions.answer import A_LABEL, Q_LABEL, answer, asks_how, unlabel
from cards.extractors.questions.fit import BUDGET
from cards.extractors.questions.opening import set_up
from cards.extractors.questions.points import size
from cards.extractors.walk import Visit, heading_text
from cards.inline import InlineText, concat
from cards.items import Item, SourceRef
from cards.language import chapter_end, is_question
from cards.parse import ParsedNote

_FEEDBACK = re.compile(
    r"^(?:was|is|did)\s+(?:you\s+find\s+)?(?:this|the)(?:\s+(?:article|page|post|answer|"
    r"information|content|guide))?\s+(?:helpful|useful|help)\s*\?(?:[\s/|]*(?:yes|no))*\s*$",
    re.IGNORECASE,
)
"""A web page's feedback prompt ("Was this helpful?", "Was this article helpful? Yes / No"),
pasted with the article: asked of the reader about the page, and answered by nothing under
it."""
_NAVIGATION = re.compile(
    r"^\s*(?:related|see also|read more|read next|also read|more|recommended|up next|"
    r"you might also like|next)\s*:",
    re.IGNORECASE,
)
"""`Related: What is your love language?`: a link to another page, pasted with the article."""


def heading(note: ParsedNote, visit: Visit) -> Sequence[Item]:
    """The heading as a question, its answer the first sentences under it."""
    block = visit.block
    if block.kind != "heading" or not is_question(block.text.text):
        return ()
    if _FEEDBACK.match(block.text.text.strip()) or _NAVIGATION.match(block.text.text):
        return ()
    steps = asks_how(block.text.text)
    title = block.level == 1 and not note.note.plain  # a plain text's headings are guessed
    found = answer(visit.siblings[visit.index + 1 :], block.level, steps, title, block.text.text)
    if found is None:
        return ()
    said, blocks = found
    ref = SourceRef(note.path, block.line, visit.headings)
    structured = len(blocks) > 1 or blocks[0].kind != "paragraph" or not said.text.strip()
    asked = heading_text(block)
    chapter = chapter_end(asked.text)  # "Chapter 4 - Is temperament destiny?"
    asked = asked.slice(chapter, len(asked.text)) if chapter else asked
    question, said = _unspoken(unlabel(asked, Q_LABEL), said)
    question = question.strip()
    if question.text.endswith(":"):  # "## What did sailors use before?:" over its list
        question = question.slice(0, len(question.text) - 1).strip()
    asked_at = question.text.rfind("?")
    if 0 < asked_at < len(question.text) - 1:  # "How does X work? Part 2: trees!"
        tail = question.text[asked_at + 1 :].strip()
        if not (tail.startswith("(") and tail.endswith(")")):  # "(Ignore the delay)" stays
            question = question.slice(0, asked_at + 1)
    elif not question.text.endswith("?"):  # "## Is it possible to be both ..."
        question = concat([question.strip(), InlineText("?")], sep="")
    if title and visit.index == 0 and set_up(question.text, said.text) and _long(visit):
        return ()  # "# Why Is Ice Slippery?" over the article's opening: its setting
    return (
        Item(
            "question",
            ref,
            question,
            answer=unlabel(said, A_LABEL),
            answer_blocks=blocks if structured else (),
            rule="question.heading",
        ),
    )


_SPEAKER = re.compile(r"(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}):\s+")


def _unspoken(question: InlineText, said: InlineText) -> tuple[InlineText, InlineText]:
    """An interview's turn: `Interviewer: Does attachment predict who pursues?` answered by
    `Therapist: Usually. ...`. When both open on a different speaker's name, the names go;
    one label alone ("Anxious attachment: what is it?") may be the topic, and stays."""
    asked, answered = _SPEAKER.match(question.text), _SPEAKER.match(said.text)
    if asked is None or answered is None or asked["who"] == answered["who"]:
        return question, said
    return unlabel(question, _SPEAKER), unlabel(said, _SPEAKER)


def _long(visit: Visit) -> bool:
    """Whether the note under its title holds more than one card's back: an article that
    opens on its setting. A note that short is all answer ("# What causes tides?" over
    two lines on the Moon's pull), whatever words its first line uses."""
    return sum(size(b) for b in visit.siblings[visit.index + 1 :]) > BUDGET
