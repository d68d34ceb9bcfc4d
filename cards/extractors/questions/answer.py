"""What the question rules share: the answer under a question, and the labels around it.

    ## Why does sleep help memory?          <- asked
    ### Short answer                        <- a caption heading: stepped over
    The hippocampus replays the day.        <- the answer: the first sentences under it,
    Deep sleep moves it to the cortex.         two at most, about sixty words
    **How long does it take?**              <- the next question: the answer ends here

Every way of asking (a heading, a bold line, an outline item, a callout) is answered the
same way: by the text under it, shortened to its first sentences, with the blocks it came
from so that a list, a table or code shows as written. A placeholder, a pointer elsewhere
or instructions to the reader answer nothing, and the question is then no card.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cards.extractors.questions.ending import continued, finished
from cards.extractors.questions.fit import BUDGET, fit, leads_in, whole_items
from cards.extractors.questions.labels import LABEL_WORDS
from cards.extractors.questions.lead import only_lead, unled
from cards.extractors.questions.opening import restating, shares
from cards.extractors.questions.points import asks_points, short_of_count
from cards.extractors.questions.said import prompts
from cards.extractors.questions.unanswered import unanswered
from cards.inline import InlineText, concat
from cards.language import is_question, sentences, words
from cards.parse import Block

_Q = r"(?:Q|Question|FAQ)\s*[:.]\s+"
_A = r"(?:A|Answer)\s*[:.]\s+"
Q_LABEL = re.compile(_Q, re.IGNORECASE)
A_LABEL = re.compile(_A, re.IGNORECASE)
Q_LINE = re.compile(rf"(?:^|\n)[ \t]*{_Q}", re.IGNORECASE)
A_INSIDE = re.compile(rf"(?:\n|(?<=\?)[ \t]+)\s*{_A}", re.IGNORECASE)
"""An answer label that starts a line, or follows the question mark on the question's line."""
BELOW_HEADINGS = 7
"""A level under every heading (h1-h6): a question that is no heading is answered up to the
next heading of any level."""
ANSWER_SENTENCES = 2
ANSWER_WORDS = 60
LABELLED = 2
"""Times more an answer the writer labelled (`### Answer`) may hold: they marked where it
starts and ends, and its last item is as much the answer as its first."""
TITLE_LIST_ITEMS = 8
"""Items of a list under a title that asks, past which the list is the article's summary."""
_BOLD = ("strong", "em")


def answer(
    following: Sequence[Block],
    level: int,
    steps: bool = False,
    title: bool = False,
    asked: str = "",
) -> tuple[InlineText, tuple[Block, ...]] | None:
    """The first sentences under the heading, and the blocks they come from.

    A bare caption heading right under the question (common in pasted articles) is
    stepped over, but not under a title (`# What happens when you press a key?` over
    `## example: ls`): the article as a whole answers that, not its first section.
    Another question or a heading at the same level after some text ends the answer. A
    section with an `### Answer` heading is answered by what is under it.
    `steps`: the question asks how to do something, so instructions answer it ("How can
    you get better? - Practise daily"). `title`: the question is a Markdown note's `#`
    heading. `asked`: the question, whose section may be answered in parts.
    """
    following, labelled = _labelled(following, level)
    most = LABELLED * ANSWER_SENTENCES if labelled else ANSWER_SENTENCES
    parts: list[InlineText] = []
    blocks: list[Block] = []
    for at, block in enumerate(following):
        if block.kind == "heading":
            if parts or is_question(block.text.text) or block.level < level or title:
                break  # a title that asks, over sections: the whole article answers it
            if asked and not labelled and _parted(following[at:], asked):
                return None  # "## What goes in a plan?" over "### Budget", "### Staff"
            continue
        if parts and block.kind == "paragraph" and bold_question(block.text):
            break  # "**How long does it take?**" after the answer: the next question
        texts = _texts(block)
        if not texts and not _shows_something(block):
            continue
        parts += texts
        blocks.append(block)
        if parts[-1:] and (leads_in(parts[-1].text) or _captioned(parts)):
            continue  # "It shows:", "It works like this": what it shows is below
        if block.kind == "code" and len(parts) == 2 and leads_in(parts[0].text):
            continue  # "Most versions look like" over code: the point is made after it
        if sum(len(sentences(p.text)) for p in parts) >= most:
            break
    if not blocks:
        return None
    if title and blocks[0].kind == "list" and len(blocks[0].children) > TITLE_LIST_ITEMS:
        return None  # an article's title over its summary: no card can hold that answer
    if prompts(blocks):
        return None  # "- Can you walk it twice a day?": asked of the reader
    budget = LABELLED * BUDGET if labelled else BUDGET
    kept = continued(following, fit(restating(blocks, asked), budget, steps, asks_points(asked)))
    blocks = list(unled(finished(kept or ())))
    if not blocks or short_of_count(blocks) or only_lead(following, blocks):
        return None  # "three reasons" over one of them: a partial answer read as whole
    parts = [t for b in blocks for t in _texts(b)]
    said = shorten(concat(parts).strip(), most, budget)
    text = whole_items(said, blocks) if parts else InlineText()
    if parts and unanswered(text, steps):
        return None
    return text, tuple(blocks)


def _captioned(parts: Sequence[InlineText]) -> bool:
    """A caption between a line that announces a list and the list ("... the following
    properties:" over "Tree traits"): the list is still to come."""
    caption = parts[-1].text.strip()
    short = len(caption.split()) < LABEL_WORDS and caption[-1:] not in ".!?"
    return short and len(parts) > 1 and leads_in(parts[-2].text)


def _parted(following: Sequence[Block], asked: str) -> bool:
    """Whether the question's section, opening on a subheading that does not restate the
    question ("### Five ways to become one"), has another at its level: it is answered in
    parts, and its first part alone is not the answer."""
    if shares(asked, words(following[0].text.text)):
        return False
    sub = following[0].level
    for block in following[1:]:
        if block.kind == "heading" and block.level <= sub:
            return block.level == sub and not is_question(block.text.text)  # a next question
    return False


_ANSWER_HEADING = re.compile(r"(?:the\s+)?(?:short\s+)?(?:answers?|solutions?|tl;?\s*dr)\W*", re.I)
"""A heading that labels the answer: `### Answer` under the question, after its background."""


_SIBLING_ANSWER = re.compile(r"(?:the\s+)?(?:short\s+)?answer\W*", re.I)
"""At the question's own level only the word itself labels its answer: a `## Solutions` or
`## TL;DR` there is the note's next section."""


def _labelled(following: Sequence[Block], level: int) -> tuple[Sequence[Block], bool]:
    """What follows the question's `### Answer` heading, if its section has one (the text
    before it is background); else everything that follows. Notes that ask in a `##`
    heading often answer in the `## Answer` right after its background: the first heading
    at the question's own level may label its answer too."""
    for at, block in enumerate(following):
        if block.kind != "heading":
            continue
        title = block.text.text.strip()
        if block.level <= level:
            labels = block.level == level and _SIBLING_ANSWER.fullmatch(title) is not None
            return (following[at + 1 :], True) if labels else (following, False)
        if _ANSWER_HEADING.fullmatch(title):
            return following[at + 1 :], True
    return following, False


def asks_how(question: str) -> bool:
    """ "How can I ...?", "How to ...?", "How do you ...?": asks for steps, which
    instructions answer."""
    ws = words(question)
    return len(ws) > 2 and ws[0] == "how" and ws[1] in _HOW


_HOW = frozenset("to can could do does should would might may i you we".split())


def only_asks(text: InlineText) -> bool:
    """Every sentence is a question: what follows asks the reader, it answers nothing."""
    return all(text.text[e - 1] == "?" for _, e in sentences(text.text))


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
        # "Freeze; Flight; Fight" reads as a list, not a sentence; items that are sentences
        # already end as sentences do
        whole = all(t.text.rstrip().endswith((".", "!", "?")) for t in out)
        return [concat(out, sep=" " if whole else "; ")]
    return out


def unlabel(text: InlineText, label: re.Pattern[str]) -> InlineText:
    """FAQ-style notes write `Q: ...` and `A: ...`; the card needs only what follows."""
    found = label.match(text.text)
    return text.slice(found.end(), len(text.text)) if found else text


def shorten(
    text: InlineText, most: int = ANSWER_SENTENCES, budget: int = ANSWER_WORDS
) -> InlineText:
    """The first sentences of `text`: two at most, and no more than about sixty words."""
    spans = sentences(text.text)
    end = 0
    for n, (_, stop) in enumerate(spans):
        if n >= most or (n and len(words(text.text[:stop])) > budget):
            break
        end = stop
    return text.slice(0, end or len(text.text)).strip()


def bold_line(text: InlineText) -> bool:
    """Text that is emphasised from its first character to its last."""
    size = len(text.text.rstrip())
    return size > 0 and any(m.kind in _BOLD and m.start == 0 and m.end >= size for m in text.marks)


def bold_question(text: InlineText) -> tuple[InlineText, int] | None:
    """(the question, where it ends) when the text opens on a bold question: its first line,
    or a bold span that ends with "?" ("**Why does it matter?** Because ...": the answer on
    the same line)."""
    end = text.breaks[0] if text.breaks else len(text.text)
    end = _asked_lead(text, end) or end
    question = text.slice(0, end).strip()
    if len(words(question.text)) < 3:
        return None  # "**Why?** Because ...": a lead-in, not a question a card can ask alone
    asked = question.text.find("?")
    if 0 <= asked < len(question.text) - 1 and any(c.isalpha() for c in question.text[asked:]):
        return None  # "*Why this name? First, it is shorter ...*": an aside that answers itself
    return (question, end) if bold_line(question) and is_question(question.text) else None


def _asked_lead(text: InlineText, end: int) -> int:
    """Where a bold question that opens the line ends, when more text follows it on the line."""
    for mark in text.marks:
        if mark.start != 0 or mark.kind not in _BOLD or mark.end >= end:
            continue
        if text.text[: mark.end].rstrip().endswith("?") and text.text[mark.end : end].strip():
            return mark.end
    return 0
