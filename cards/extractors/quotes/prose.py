"""Whose words a quotation in running text is, as the sentence around it says.

    "The map is not the territory." - Alfred Korzybski         <- a dash and a byline
    As Esther Perel puts it, "The quality of our ..."          <- a verb of saying
    Prof. Miller: "The dimensions matter more than the boxes."  <- a speaker's line

    Resolver: "Where is example.com?"                          <- a dialogue: no one's quote
    Root: "Ask the .com servers."
    Resolver: "Where is example.com?"

A name next to a quotation says whose it is only when it is a name: a dash may as well
open a comment on the quotation (`- makes sense`), a line may open on a label (`Error:`,
`**Translation:**`), and lines of speakers that answer each other are a conversation, as
a diary, a transcript or an explanation acted out by its parts writes one. In a diary
every "she said" is a conversation, so only a citation makes a quote there.
"""

from __future__ import annotations

import re

from cards.commonness import everyday
from cards.extractors.quotes.around import book_authors
from cards.extractors.quotes.grades import grade
from cards.extractors.quotes.names import (
    NAME,
    PAREN_AFTER,
    SAID_BEFORE,
    SAYS,
    TITLE_DOT,
    byline,
    someone,
    speaker,
)
from cards.extractors.walk import Visit, walk
from cards.inline import InlineText
from cards.language import words
from cards.parse import ParsedNote

_AFTER = re.compile(
    rf"^\s*(?:-{{1,2}}|—|–|―|~)\s*(?P<who>(?:[^.;\n]|{TITLE_DOT}|(?<=\d)\.(?=\d)){{2,80}}?)"
    rf"(?:(?!{TITLE_DOT}|(?<=\d)\.\d)[.;]|\s*$)"
)
"""`"..." - Covey`; Goodreads writes `“...” ― Amir Levine, Attached` with a horizontal bar."""
_SAID_AFTER = re.compile(
    rf"^[,\s]*(?:{SAYS}\s+(?P<who>{NAME})|(?P<who2>{NAME})\s+{SAYS})(?=[\s.,;:!?]|$)"
)
"""`"...," says Dan Siegel.` and `"...," Dan Siegel writes.`"""
_TURN = re.compile(rf"^[ \t]*(?:[-*+]\s+|\d+[.)]\s+)?(?P<who>{NAME})[ \t]*:[ \t]*[\"“]", re.M)
"""A line of a conversation: a speaker, a colon, the words in quotation marks."""
_PARTIES = frozenset("me i you we interviewer host guest q a".split())
"""Speakers who make a run of speaker lines a conversation: the writer, an interview's roles."""
_DIARY_PARTS = frozenset("daily dailies journal journals diary diaries".split())
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    r"\b(?:(?:1[89]|20)\d\d[-_.](?:0?[1-9]|1[0-2])[-_.](?:0?[1-9]|[12]\d|3[01])"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}})\b",
    re.IGNORECASE,
)
"""A daily note's name or title: `2024-11-04`, `2024_11_04`, `4 November 2024`, `Nov 4, 2024`."""


def said(note: ParsedNote, visit: Visit, text: InlineText, open_: int, close: int) -> str:
    """Who the quotation `text[open_:close]` is attributed to in its sentence: a dash and a
    byline after it, a name in brackets, a verb of saying with a name before or after it,
    or a speaker opening its line; "" when none, or when the sentence reports a
    conversation."""
    plain = text.text
    if visit.block.line + text.line_of(open_) in _conversations(note):
        return ""
    after = _AFTER.match(plain[close:])
    if after and byline(after.group("who")) and not grade(after.group("who")):
        return after.group("who")
    bracketed = PAREN_AFTER.match(plain[close:])
    if bracketed and grade(bracketed.group("who")):
        bracketed = None  # "(Sahih)": the report's grade, the sentence may still name its speaker
    if bracketed and not bracketed.group("who").replace("-", "").isupper():  # "(CALEA)"
        who = bracketed.group("who")
        if " " in who or not everyday(who.lower()):  # "(Habit)": a word, no one's name
            return who
    if diary(note):
        return ""  # "Sam said, '...'" in a diary: a conversation, not a quotation
    after_said = _SAID_AFTER.match(plain[close:])
    if after_said is not None and "\n" in after_said.group() and _TURN.search(_line(plain, open_)):
        after_said = None  # `Jonas: "..."` then `Maya said ...` on the next line: Jonas's
    found = after_said or SAID_BEFORE.search(plain[max(0, open_ - 120) : open_])
    if found is not None:
        who = next(g for g in found.groups() if g is not None)
        if len(who.rsplit(None, 1)[-1]) > 2:  # the sentence's full stop, not an initial's ("J.")
            who = who.rstrip(".")
        return "" if _concept(note, visit, who) else someone(who)
    start = max(0, open_ - 60)
    who = speaker(plain[start:open_]) or _introduced(note, plain, open_)
    if who and _bold(text, plain.rfind(who, start, open_)):
        return ""  # "**Translation:** '...'": the note's own label
    return who


def _concept(note: ParsedNote, visit: Visit, who: str) -> bool:
    """`Propaganda says "I want you to take this plan"` in a note on propaganda: the
    speaker is the subject the note is about, one word it also writes in lower case, a
    thing made to speak, not someone quoted."""
    word = who.lower()
    if " " in word or word == who or f" {word}" not in note.note.body:
        return False
    about = " ".join((note.title, *visit.headings)).lower()
    return word in words(about) and re.search(rf"\b{re.escape(word)}\b", note.note.body) is not None


def _line(plain: str, at: int) -> str:
    """The line of `plain` that `at` stands in, up to `at` and one character past."""
    return plain[plain.rfind("\n", 0, at) + 1 : at + 1]


def _introduced(note: ParsedNote, plain: str, open_: int) -> str:
    """The book's author, when the sentence that leads to the quotation by a colon has the
    author for its subject: by name or surname, or as "the author" (`Ruiz sets the scene,
    then gives the line that ends it: "..."`, `In the last chapter, the author sums up:
    "..."`). A phrase of time or place may come first. Whose words follow is clear only
    for the author: any other subject may introduce anyone's."""
    if plain[:open_].rstrip()[-1:] != ":":
        return ""
    authors = book_authors(note)
    if not authors:
        return ""
    stop = plain.rfind(". ", 0, open_)
    start = max(stop + 2 if stop >= 0 else 0, plain.rfind("\n", 0, open_) + 1)
    lead = plain[start:open_].lstrip(' *_"“')
    framed = _FRAME.match(lead)
    lead = lead[framed.end() :] if framed else lead
    if _THE_AUTHOR.match(lead) and len(authors) == 1:
        return authors[0]
    for name in authors:
        if any(lead.startswith(f"{n} ") or lead.startswith(f"{n}'s ") for n in _forms(name)):
            return name
    return ""


_FRAME = re.compile(
    r"(?i:in|at|on|from|after|before|towards?|near|by|later|early|finally|then)\b[^,:]{0,60},\s+"
)
"""`In the epilogue, `, `Towards the end, `: when or where in the book, before the subject."""
_THE_AUTHOR = re.compile(r"(?i:the\s+(?:author|writer|book)\b)")
"""The book's author named by their role, or the book speaking for them."""


def _forms(name: str) -> tuple[str, ...]:
    """How a note names an author: in full or by surname."""
    return (name, name.split()[-1]) if " " in name else (name,)


def _bold(text: InlineText, at: int) -> bool:
    return any(m.kind == "strong" and m.start <= at < m.end for m in text.marks)


def diary(note: ParsedNote) -> bool:
    """A daily note: named or titled by its date alone (a weekday may go with it; a blog
    post's `2018-07-11-title` is named by its title too), or kept in a folder of daily
    notes or a journal."""
    *folders, name = note.path.lower().split("/")
    named = {word for part in folders for word in part.replace("_", " ").split()}
    return bool(named & _DIARY_PARTS) or _dated(name.rsplit(".", 1)[0]) or _dated(note.title)


def _dated(name: str) -> bool:
    """A name that is a date and at most one word more."""
    found = _DATE.search(name)
    rest = name[: found.start()] + " " + name[found.end() :] if found else ""
    return found is not None and len(_WORDS.findall(rest)) <= 1


_WORDS = re.compile(r"[^\W\d_]+")
"""Words of a file name, which hyphens and underscores join: `2018-07-11-a-week-in-osaka`."""

_last: tuple[ParsedNote, frozenset[int]] | None = None


def _conversations(note: ParsedNote) -> frozenset[int]:
    """The lines of the note that are turns of a conversation: speaker lines next to one
    another (a blank line between at most) among which a speaker speaks twice, or the
    writer ("Me:") or an interview's party speaks. Speakers who each speak once are a
    collection of quotes. The last note's answer is kept: each of its speaker lines asks."""
    global _last
    if _last is not None and _last[0] is note:
        return _last[1]
    turns: list[tuple[int, str]] = []
    for visit in walk(note.blocks):
        text = visit.block.text
        if visit.block.kind == "paragraph" and ":" in text.text:
            for found in _TURN.finditer(text.text):
                line = visit.block.line + text.line_of(found.start())
                turns.append((line, found.group("who").lower()))
    lines: set[int] = set()
    run: list[tuple[int, str]] = []
    for turn in [*sorted(turns), (1 << 30, "")]:
        if run and turn[0] - run[-1][0] > 2:
            who = [w for _, w in run]
            if len(set(who)) < len(who) or _PARTIES.intersection(who):
                lines.update(n for n, _ in run)
            run = []
        run.append(turn)
    _last = (note, frozenset(lines))
    return _last[1]
