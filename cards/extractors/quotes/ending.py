"""The attribution a quote's last paragraph ends with, and the quote without it.

    > We suffer more often in imagination than in reality. — Seneca
    > ... across time and space (Ainsworth, 1973).
    > Rivers carve valleys slowly. (Source: Field Guide to Erosion)

Writers sign a quote where their editor makes it easy: a dash line, a dash after the last
sentence, a bold or italic name on the last line, an author-year citation, a name in
brackets, a `Source:` label. Each shape is read only at the end of the quote, so a dash
or a bracket inside a sentence is never taken for a name.
"""

from __future__ import annotations

import re

from cards.extractors.quotes.names import (
    BRACKETED,
    DASH_LINE,
    TITLE_DOT,
    lower_name,
    name_line,
    person,
)
from cards.inline import InlineText
from cards.language import words

_CITED = re.compile(
    r"\s*\((?P<who>[A-Z][\w'’.&\s-]{1,60}?,?\s+(?:1[5-9]|20)\d\d[a-z]?(?:,\s*pp?\.\s*[\d–-]+)?)\)"
    r"\.?\s*$"
)
"""An author-year citation closing the quote: `... across time and space (Ainsworth, 1973).`"""
_NAMED = re.compile(rf"(?<=[.!?…\"”’])\s*{BRACKETED}\s*$")
"""Closing a blockquote's last sentence: `... sophistication. (Leonardo da Vinci)`."""

_SOURCE_TAIL = re.compile(
    r"\s*\((?i:source|sources|via)\s*:\s*(?P<src>[^()\n]{1,80})\)\.?\s*$"
    r"|(?:^|(?<=\n))(?i:source|sources|via)\s*:\s*(?P<line>[^\n]{1,120})$"
)
"""A source named last, as a label (`(Source: Wikipedia)`, `_Source: the lecture slides_`):
where the quote was found, so its attribution when nothing else names one."""
_TAIL = re.compile(
    rf"[.!?…](?:[\"”’')]|\s)*\s(?P<dash>[—–―]|--)\s*(?P<who>[A-Za-z*_](?:[^.!?]|{TITLE_DOT}){{1,80}}?)\s*$"
)
"""`... in reality. — Seneca`, `... 'the walker will not miss.' " -- Mara Lindqvist`; a name
may be written in lower case (`— bell hooks`), or wrapped onto the next line (`-- Ralph
Waldo` / `Emerson`)."""

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


def split_attribution(text: InlineText) -> tuple[InlineText, str]:
    """The attribution, if the quote ends with one, and the quote without it.

    Either a last line that starts with a dash, a dash and a name right after
    the last sentence (`... in reality. — Seneca`), or an author-year citation
    closing the quote (`... across time and space (Ainsworth, 1973).`). A dash
    inside a sentence is never taken for one, nor a bare `(1973)` or `(p. 5)`.
    """
    sourced = _SOURCE_TAIL.search(text.text)
    if sourced:
        rest, who = split_attribution(text.slice(0, sourced.start()).strip())
        return rest, who or (sourced["src"] or sourced["line"]).strip()
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
