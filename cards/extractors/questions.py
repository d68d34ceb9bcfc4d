"""Questions the note answers: headings that ask, with the text under them as the answer.

    ## What does attachment theory have to do with sexuality?
    A lot more than we might think! People are inspired to have sex ...

    Q: Why does sleep help memory?                  <- a labelled pair, the answer
    A: The hippocampus replays the day.                in the same paragraph or the next

    **What is earned security?**                    <- a bold line that asks: a heading

Questions put to the reader ("Questions to contemplate:" and its list) are
list items or paragraphs with no answer the note gives, so they never become
cards: a paragraph question counts only when it is labelled and answered.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from cards.extractors.walk import Visit, heading_text, walk
from cards.inline import InlineText, concat
from cards.items import Item, SourceRef
from cards.language import is_instruction, is_question, sentences, words
from cards.parse import Block, ParsedNote

RULES = ("heading", "labelled", "flashcard", "bold", "outline", "callout")
"""The ways this kind of item appears in a note, in the order they are tried."""

_Q = r"(?:Q|Question|FAQ)\s*[:.]\s+"
_A = r"(?:A|Answer)\s*[:.]\s+"
_Q_LABEL = re.compile(_Q, re.IGNORECASE)
_A_LABEL = re.compile(_A, re.IGNORECASE)
_Q_LINE = re.compile(rf"(?:^|\n)[ \t]*{_Q}", re.IGNORECASE)
_A_INSIDE = re.compile(rf"(?:\n|(?<=\?)[ \t]+)\s*{_A}", re.IGNORECASE)
"""An answer label that starts a line, or follows the question mark on the question's line."""
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
_BOLD = ("strong", "em")
_BELOW_HEADINGS = 7
"""A level under every heading (h1-h6): a question that is no heading is answered up to the
next heading of any level."""
ANSWER_SENTENCES = 2
ANSWER_WORDS = 60


def extract_questions(note: ParsedNote) -> Iterator[Item]:
    """One Q/A item per question heading that has text under it, and per labelled pair."""
    for visit in walk(note.blocks):
        block = visit.block
        if visit.quoted:
            continue
        if block.kind == "blockquote":
            asked = _callout(note, visit)
            if asked:
                yield asked
            continue
        if block.kind == "paragraph":
            if "::" in block.text.text or "\n?" in block.text.text:
                written = list(_flashcards(note, visit))
                if written:
                    yield from written
                    continue
            labelled = list(_labelled(note, visit))
            yield from labelled
            # `**Q: Can it change?**` then `A: Yes.`: one pair, however the label is dressed
            item = None if labelled else _emphasised(note, visit) or _outlined(note, visit)
            if item:
                yield item
            continue
        if block.kind != "heading" or not is_question(block.text.text):
            continue
        if _FEEDBACK.match(block.text.text.strip()) or _NAVIGATION.match(block.text.text):
            continue
        found = _answer(visit.siblings[visit.index + 1 :], block.level)
        if found is None:
            continue
        answer, blocks = found
        ref = SourceRef(note.path, block.line, visit.headings)
        structured = len(blocks) > 1 or blocks[0].kind != "paragraph" or not answer.text.strip()
        question, answer = _unspoken(_unlabel(heading_text(block), _Q_LABEL), answer)
        if not question.text.rstrip().endswith("?"):  # "## Is it possible to be both ..."
            question = concat([question.strip(), InlineText("?")], sep="")
        yield Item(
            "question",
            ref,
            question,
            answer=_unlabel(answer, _A_LABEL),
            answer_blocks=blocks if structured else (),
            rule="question.heading",
        )


def _labelled(note: ParsedNote, visit: Visit) -> Iterator[Item]:
    """Each line of the paragraph that opens with a `Q:` label, answered under an `A:` label
    in the lines after it or, for the last, in the paragraph right after."""
    text = visit.block.text.strip()
    asked = list(_Q_LINE.finditer(text.text))
    for n, found in enumerate(asked):
        stop = asked[n + 1].start() if n + 1 < len(asked) else len(text.text)
        inside = _A_INSIDE.search(text.text, found.end(), stop)
        if inside:
            question = text.slice(found.end(), inside.start())
            answer = text.slice(inside.end(), stop)
        elif n + 1 == len(asked):
            after = visit.next()
            reply = after.text.strip() if after and after.kind == "paragraph" else InlineText()
            replied = _A_LABEL.match(reply.text)
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
            yield Item("question", ref, question, answer=_shorten(answer), rule="question.labelled")


_CARD_LINE = re.compile(r"^[ \t]*(?P<front>[^\n]*?\S)[ \t]*:{2,3}[ \t]*(?P<back>\S[^\n]*)$", re.M)
_CARD_BREAK = re.compile(r"\n[ \t]*\?{1,2}[ \t]*\n")


def _flashcards(note: ParsedNote, visit: Visit) -> Iterator[Item]:
    """Cards the note already spells out in a flashcard plugin's syntax (Obsidian Spaced
    Repetition): `Front::Back` on a line (`:::` for both ways), or front lines, a line of `?`
    (or `??`), back lines. A one-line front makes a question here only when it asks: a
    `Term::meaning` line is a definition, which the claims extractor reads. A `?` line marks
    a card beyond doubt, whatever its front says."""
    text = visit.block.text
    for found in _CARD_LINE.finditer(text.text) if "::" in text.text else ():
        front = text.slice(found.start("front"), found.end("front")).strip()
        back = text.slice(found.start("back"), found.end("back")).strip()
        if is_question(front.text) and not _unanswered(back):
            line = visit.block.line + text.line_of(found.start())
            ref = SourceRef(note.path, line, visit.headings)
            yield Item("question", ref, front, answer=back, rule="question.flashcard")
    parted = _CARD_BREAK.search(text.text)
    if parted:
        front = text.slice(0, parted.start()).strip()
        back = text.slice(parted.end(), len(text.text)).strip()
        if front.text and not _unanswered(back):
            ref = SourceRef(note.path, visit.block.line, visit.headings)
            yield Item("question", ref, front, answer=_shorten(back), rule="question.flashcard")


def _emphasised(note: ParsedNote, visit: Visit) -> Item | None:
    """`**What is earned security?**` on a line of its own: many notes make headings of
    bold lines, so it is answered like a heading, by the rest of its paragraph or else by
    the text after it, up to the next such question."""
    if visit.parent_kind == "item":
        return None
    text = visit.block.text
    if not any(m.start == 0 and m.kind in _BOLD for m in text.marks):
        return None  # most paragraphs: no slicing, no word splitting
    asked = _bold_question(text)
    if asked is None:
        return None
    question, end = asked
    rest = text.slice(end, len(text.text)).strip()
    blocks: tuple[Block, ...] = ()
    if rest.text:
        answer = _shorten(rest)
    else:
        following: list[Block] = []
        for block in visit.siblings[visit.index + 1 :]:
            if block.kind == "paragraph" and _bold_line(block.text.strip()):
                break
            following.append(block)
        found = _answer(following, _BELOW_HEADINGS)
        if found is None:
            return None
        answer, blocks = found
        if len(blocks) == 1 and blocks[0].kind == "paragraph" and answer.text.strip():
            blocks = ()
    if answer.text and _only_asks(answer):
        return None  # more questions under it: put to the reader, not answered
    ref = SourceRef(note.path, visit.block.line, visit.headings)
    question, answer = _unlabel(question, _Q_LABEL), _unlabel(answer, _A_LABEL)
    return Item(
        "question", ref, question, answer=answer, answer_blocks=blocks, rule="question.bold"
    )


def _outlined(note: ParsedNote, visit: Visit) -> Item | None:
    """`- What predicts adult attachment?` with the answer in the items nested under it:
    how outliners (Logseq, Roam, an outline in Obsidian) write a question and its answer,
    and Notion exports a toggle (the answer as paragraphs inside the item).
    A question with nothing nested under it is put to the reader."""
    after = visit.next()
    if visit.parent_kind != "item" or visit.index != 0 or after is None:
        return None
    if after.kind not in ("list", "paragraph"):
        return None  # a list nested under it, or a Notion toggle's paragraphs
    question = visit.block.text.strip()
    if question.breaks or not question.text.endswith("?"):
        return None
    found = _answer(visit.siblings[1:], _BELOW_HEADINGS)
    if found is None:
        return None
    answer, blocks = found
    if not answer.text or _only_asks(answer):
        return None
    ref = SourceRef(note.path, visit.block.line, visit.headings)
    if len(blocks) == 1 and blocks[0].kind == "list" and _A_LABEL.match(answer.text):
        blocks = ()  # "- A: ..." nested alone: its text, unlabelled, is the whole answer
    question, answer = _unlabel(question, _Q_LABEL), _unlabel(answer, _A_LABEL)
    return Item(
        "question", ref, question, answer=answer, answer_blocks=blocks, rule="question.outline"
    )


def _only_asks(answer: InlineText) -> bool:
    """Every sentence is a question: what follows asks the reader, it answers nothing."""
    return all(answer.text[e - 1] == "?" for _, e in sentences(answer.text))


def _asked_lead(text: InlineText, end: int) -> int:
    """Where a bold question that opens the line ends, when more text follows it on the line."""
    for mark in text.marks:
        if mark.start != 0 or mark.kind not in _BOLD or mark.end >= end:
            continue
        if text.text[: mark.end].rstrip().endswith("?") and text.text[mark.end : end].strip():
            return mark.end
    return 0


def _bold_question(text: InlineText) -> tuple[InlineText, int] | None:
    """(the question, where it ends) when the text opens on a bold question: its first line,
    or a bold span that ends with "?" ("**Why does it matter?** Because ...": the answer on
    the same line)."""
    end = text.breaks[0] if text.breaks else len(text.text)
    end = _asked_lead(text, end) or end
    question = text.slice(0, end).strip()
    if len(words(question.text)) < 3:
        return None  # "**Why?** Because ...": a lead-in, not a question a card can ask alone
    return (question, end) if _bold_line(question) and is_question(question.text) else None


def _callout(note: ParsedNote, visit: Visit) -> Item | None:
    """`> [!question] What is earned security?` over its answer: Obsidian's own Q/A."""
    block = visit.block
    if block.callout not in _ASKING or block.title is None:
        return None
    question = block.title.strip()
    if not is_question(question.text):
        return None
    found = _answer(block.children, _BELOW_HEADINGS)
    if found is None or not found[0].text.strip():
        return None
    answer, blocks = found
    if len(blocks) == 1 and blocks[0].kind == "paragraph":
        blocks = ()
    ref = SourceRef(note.path, block.line, visit.headings)
    return Item(
        "question", ref, question, answer=answer, answer_blocks=blocks, rule="question.callout"
    )


_ASKING = frozenset(["question", "faq", "help", "q"])
"""Callout types that ask (`[!question]`, `[!faq]`, `[!help]`): the title is the question."""


def _bold_line(text: InlineText) -> bool:
    """Text that is emphasised from its first character to its last."""
    size = len(text.text.rstrip())
    return size > 0 and any(m.kind in _BOLD and m.start == 0 and m.end >= size for m in text.marks)


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
        if parts and block.kind == "paragraph" and _bold_question(block.text):
            break  # "**How long does it take?**" after the answer: the next question
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
    if parts and _unanswered(text):
        return None
    return text, tuple(blocks)


_PLACEHOLDER = re.compile(
    r"^\W*(?:todo|tbd|tk|n/?a|tba|\?+|(?:write|add|type|put|fill in)\b.{0,30}\b(?:here|later)|"
    r"answer here|(?:to be|will) (?:answered|filled in|written|added)|coming soon|empty)\W*$",
    re.IGNORECASE,
)
"""What a journal template or an unfinished note puts where the answer will go."""


def _unanswered(text: InlineText) -> bool:
    """A placeholder ("TODO", "_Write your answer here._", "..."), only a pointer elsewhere
    ("See [[Deactivating strategies]].", links to other notes) or only instructions ("Leave
    a comment below."): the question is asked, not answered."""
    plain = text.text.strip()
    if not any(c.isalpha() for c in plain) or _PLACEHOLDER.match(plain):
        return True
    links = sum(m.kind in ("wikilink", "link") for m in text.marks)
    if links > 1 and text.link_share() > 0.8:
        return True  # "What's next?" over links to other notes: a way on, not an answer
    spans = sentences(plain)  # "Subscribe to the newsletter.", "See [[X]].": sent elsewhere
    return bool(spans) and all(is_instruction(plain[a:b]) for a, b in spans)


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


def _unlabel(text: InlineText, label: re.Pattern[str]) -> InlineText:
    """FAQ-style notes write `Q: ...` and `A: ...`; the card needs only what follows."""
    found = label.match(text.text)
    return text.slice(found.end(), len(text.text)) if found else text


_SPEAKER = re.compile(r"(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}):\s+")


def _unspoken(question: InlineText, answer: InlineText) -> tuple[InlineText, InlineText]:
    """An interview's turn: `Interviewer: Does attachment predict who pursues?` answered by
    `Therapist: Usually. ...`. When both open on a different speaker's name, the names go;
    one label alone ("Anxious attachment: what is it?") may be the topic, and stays."""
    asked, said = _SPEAKER.match(question.text), _SPEAKER.match(answer.text)
    if asked is None or said is None or asked["who"] == said["who"]:
        return question, answer
    return _unlabel(question, _SPEAKER), _unlabel(answer, _SPEAKER)


def _shorten(text: InlineText) -> InlineText:
    spans = sentences(text.text)
    end = 0
    for n, (_, stop) in enumerate(spans):
        if n >= ANSWER_SENTENCES or (n and len(words(text.text[:stop])) > ANSWER_WORDS):
            break
        end = stop
    return text.slice(0, end or len(text.text)).strip()
