"""Rule `quote.blockquote`: a blockquote or a quote callout is a quoted passage.

    > [!quote] Craving sex
    > Both of these puzzles make perfect sense ...
    > \\-[[Come As You Are by Emily Nagoski]]          <- trailing attribution line

    > Sue Johnson calls this "solace sex".^[Johnson, Love Sense, 121.]   <- footnote

The quote marks itself: a `>` says "someone else's words", so every blockquote of a quote
type is a quote, attributed or not. Its attribution is, in order: a trailing dash line or
name inside it, a line around it (`around`), a footnote inside it, a callout title that
names a source or a person (`titles`). Callouts of other types (note, tip, ...) hold the
author's own words, not a quote.
"""

from __future__ import annotations

import re

from cards.extractors.quotes.around import (
    LOCATOR,
    after_attribution,
    before_attribution,
    located,
)
from cards.extractors.quotes.aside import aside
from cards.extractors.quotes.cited import cited, source_above, source_first
from cards.extractors.quotes.exercise import exercise
from cards.extractors.quotes.make import MIN_WORDS, quote, unwrapped
from cards.extractors.quotes.names import (
    BRACKETED,
    DASH_LINE,
    TITLE_DOT,
    lower_name,
    name_line,
    person,
    speaker,
)
from cards.extractors.quotes.passage import latin_script, not_a_passage, original
from cards.extractors.quotes.titles import (
    TITLE_PLACE,
    linked_heading,
    title_names_source,
    title_source,
)
from cards.extractors.walk import QUOTE_CALLOUTS, Visit
from cards.inline import InlineText, concat
from cards.items import Item
from cards.language import words
from cards.parse import Block, ParsedNote

_CITED = re.compile(
    r"\s*\((?P<who>[A-Z][\w'’.&\s-]{1,60}?,?\s+(?:1[5-9]|20)\d\d[a-z]?(?:,\s*pp?\.\s*[\d–-]+)?)\)"
    r"\.?\s*$"
)
"""An author-year citation closing the quote: `... across time and space (Ainsworth, 1973).`"""
_NAMED = re.compile(rf"(?<=[.!?…\"”’])\s*{BRACKETED}\s*$")
"""Closing a blockquote's last sentence: `... sophistication. (Leonardo da Vinci)`."""
_SAID = re.compile(r"[\"“](?P<q>[^\"“”]+)[\"”]$")
"""The one quotation that closes a quote."""
_TAIL = re.compile(
    rf"[.!?…](?:[\"”’')]|\s)*\s(?P<dash>[—–―]|--)\s*(?P<who>[A-Za-z*_](?:[^.!?]|{TITLE_DOT}){{1,80}}?)\s*$"
)
"""`... in reality. — Seneca`, `... 'the walker will not miss.' " -- Mara Lindqvist`; a name
may be written in lower case (`— bell hooks`), or wrapped onto the next line (`-- Ralph
Waldo` / `Emerson`)."""


_EXAMPLES = (["before"], ["after"], ["example"], ["examples"], ["output"], ["input"])
"""The last word of a heading over an example set out as a blockquote: "Before", "After"."""
_CLOSED = re.compile(
    r"[\"”](?P<dash>\s+[-–—]\s*)(?P<who>[A-Z][\w.'’ -]{2,60}?(?:,\s*[^,\"“”\n]{2,80}?)?)\.?\s*$"
)
"""A name after a closing quotation mark and a dash, perhaps with the work: `"The
performance of a system ..." - Prof. Russell Ackoff`, `... the field "what do you need" -
Wendell Berry, The Unsettling of America.`"""
_SIGNED = re.compile(
    r"(?<=[.!?…\"”])\s+(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3},\s+[^.!?]{3,80}?"
    r"\(\s*(?:1[0-9]|20)\d\d(?:\s*[-–]\s*\d{1,4})?\s*\))\s*$"
)
"""A byline after the last sentence, with the work and its year: `... love color the most.
John Ruskin, The Stones of Venice (1851-3)`."""


def blockquote(note: ParsedNote, visit: Visit) -> list[Item]:
    """The quote a blockquote or quote callout holds, with its attribution."""
    block = visit.block
    if block.kind != "blockquote" or block.callout not in QUOTE_CALLOUTS:
        return []
    parts = [c.text for c in block.children if c.kind == "paragraph"]
    who = ""
    if parts:
        parts[-1], who = _split_attribution(parts[-1])
    if not who:
        who = _list_attribution(block) or after_attribution(visit) or before_attribution(visit)
    whole = concat([p for p in parts if p.text.strip()], sep="\n").strip()
    whole = _translation(whole, parts)
    if not who and whole.footnotes:  # before unwrapping: `> "..."[^1]` cites after the mark
        who = note.footnotes.get(whole.footnotes[0][1], InlineText()).text
    whole, work = source_first(whole)
    body, speaking = _spoken(unwrapped(whole))
    if visit.headings and words(visit.headings[-1])[-1:] in _EXAMPLES:
        return []  # "#### Before" over "> We only have two boxes left.": an example, no quote
    if len(words(body.text)) < MIN_WORDS or exercise(body.text, visit.headings, note.title):
        return []
    who = speaking or who or work or _source_above(visit)
    if aside(visit, body.text, who):
        return []
    if not_a_passage(body.text, bool(who), latin_script(note.title), bool(block.callout)):
        return []
    who = who or linked_heading(note.blocks, block.line)
    title = block.title.text.strip() if block.title else ""
    if not who and title:
        who = title_source(title, body.text)
    if not who and block.title and title_names_source(block.title, body.text):
        who = title
    if who and LOCATOR.fullmatch(who.strip(" .")):
        who = located(note, who)
    elif not who and title:
        where = TITLE_PLACE.search(title)  # "> [!quote] Page 12", "Highlight - Location 402"
        who = located(note, where.group("where")) if where else ""
    return [quote(note, visit, block.line, body, who, "quote.blockquote", title)]


def _translation(whole: InlineText, parts: list[InlineText]) -> InlineText:
    """A passage in the note's language with a paragraph of its original before or after it
    (`> karmaṇy evādhikāras te ...` / `> You have a right to your work alone ...`): the
    translation alone, which a card can ask for. A passage mostly in the original stays
    whole, for `not_a_passage` to judge."""
    if len(parts) < 2 or original(whole.text):
        return whole
    kept = concat([p for p in parts if p.text.strip() and not original(p.text)], sep="\n")
    labels = _GLOSS_LABELS.match(kept.text)
    kept = kept.slice(labels.end(), len(kept.text)) if labels else kept.strip()
    return kept if kept.text[:1].isupper() or kept.text[:1] in '"“0123456789' else whole


_GLOSS_LABELS = re.compile(
    r"\s*(?:(?:[\w ]{0,20}(?:transliteration|translation|devanaa?gari|meaning|original)"
    r"[^:\n]{0,30}):?\s+)*",
    re.IGNORECASE,
)
"""`IAST Transliteration: Translation (by ...): `: the labels of the parts left out."""


def _source_above(visit: Visit) -> str:
    before = visit.previous()
    return source_above(before.text) if before is not None and before.kind == "paragraph" else ""


def _spoken(body: InlineText) -> tuple[InlineText, str]:
    """`> Seneca: “We suffer more often in imagination ...”`: a quote that is one speaker's words
    is theirs, whoever's book or note quotes them (an e-reader highlight of a quotation)."""
    text = body.text
    if text[-1:] not in '"”' or ":" not in text:
        return body, ""
    found = _SAID.search(text)
    if found is None or "\n" in text[: found.start()]:
        return body, ""
    who = speaker(text[: found.start()])
    return (body.slice(found.start("q"), found.end("q")).strip(), who) if who else (body, "")


def _split_attribution(text: InlineText) -> tuple[InlineText, str]:
    """The attribution, if the quote ends with one, and the quote without it.

    Either a last line that starts with a dash, a dash and a name right after
    the last sentence (`... in reality. — Seneca`), or an author-year citation
    closing the quote (`... across time and space (Ainsworth, 1973).`). A dash
    inside a sentence is never taken for one, nor a bare `(1973)` or `(p. 5)`.
    """
    start = text.breaks[-1] + 1 if text.breaks else 0
    found = DASH_LINE.match(text.text[start:])
    if found and len(words(found.group("who"))) <= 14:
        return text.slice(0, start).strip(), found.group("who")
    last = text.text[start:].strip()
    if start and _emphasised_line(text, start) and name_line(last):
        return text.slice(0, start).strip(), last  # "**J.R.R. Tolkien**" on the last line
    if start and _byline(text, start, last):
        return text.slice(0, start).strip(), last  # "Sigmund Freud, *Civilization and ...*"
    tail = _TAIL.search(text.text)
    if tail and tail.group("who")[:1].islower() and not lower_name(tail.group("who")):
        tail = None  # "... over. — and more": no name
    if tail and "\n" in tail.group("who") and not name_line(" ".join(tail.group("who").split())):
        tail = None  # a dash in the quote's last line but one, and more lines under it
    if tail and len(words(tail.group("who"))) <= 8:
        return text.slice(0, tail.start("dash")).strip(), " ".join(tail.group("who").split())
    cited = _CITED.search(text.text) or _NAMED.search(text.text)
    if cited:
        return text.slice(0, cited.start()).strip(), cited.group("who")
    closed = _CLOSED.search(text.text)
    if closed and name_line(closed["who"]):
        return text.slice(0, closed.start("dash")).strip(), closed["who"].strip()
    signed = _SIGNED.search(text.text)
    if signed and name_line(signed["who"]) and len(person(signed["who"])) >= 2:
        return text.slice(0, signed.start("who")).strip(), signed["who"].strip()
    return text, ""


def _byline(text: InlineText, start: int, last: str) -> bool:
    """A last line that names a person, after a line that ends a sentence: `Sigmund Freud`,
    or `Sigmund Freud, *Civilization and Its Discontents*` with the work emphasised."""
    if not name_line(last) or text.text[:start].rstrip()[-1:] not in '.!?…"”’':
        return False
    name, comma, work = last.partition(",")
    if comma:
        at = start + text.text[start:].find(work.strip())
        return any(m.kind in ("em", "strong") and m.start <= at < m.end for m in text.marks)
    return len(name.split()) >= 2 and last[-1:].isalpha()


def _emphasised_line(text: InlineText, start: int) -> bool:
    """Whether the text from `start` to its end is bold or italic as a whole."""
    end = len(text.text.rstrip())
    return any(
        m.kind in ("strong", "em") and m.start <= start + 1 and m.end >= end for m in text.marks
    )


def _list_attribution(block: Block) -> str:
    """`> - Author` parses as a one-item list at the end of the quote."""
    last = block.children[-1] if block.children else None
    if last is None or last.kind != "list" or len(last.children) != 1 or len(block.children) < 2:
        return ""
    item = last.children[0].children
    text = item[0].text.text.strip() if item and item[0].kind == "paragraph" else ""
    if 0 < len(words(text)) <= 10 or cited(text, colon=False):
        return text  # "- Swami Vivekananda", "- Speech ..., Complete Works Vol. 5, Page 233"
    return ""
