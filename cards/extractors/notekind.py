"""Notes, and sections of notes, whose KIND is not knowledge: a diary, a memo, a course's admin.

Line by line a diary or a project memo reads like any note ("Slate: a forum for everyone",
"Deploy: there's some commands ..."), so rules that judge one line at a time keep making
cards of it. What gives it away is the whole note or section, read once from the parse
every extractor shares. A few strong features, each for a reason:

- **A date as a heading or as the opening of an entry** (`## 24/09/2022`, `- 3 Mar 2024: ...`).
  A fact is filed under its subject, never under the day its owner learnt it: a dated
  heading marks a diary entry (or a meeting's minutes), and the section under it is left out.
- **The share of first-person sentences** ("I", "my", "me"). Knowledge is written about its
  subject; a note where most sentences are about its writer is a diary, a review or a
  reflection. A lecturer's "I" in a few sentences of a lecture is not enough: it takes a
  share, over enough sentences to be a share.
- **Headings that name the kind**: "Learning goals", "Syllabus", "Homework", "Icebreaker"
  (a course's administration), "Meeting notes", "To do", "Action items", "Pitch" (a memo).
  Such a section states what someone must do, not what is so.
- **Project language**: "we will", "our app", "the MVP": a note that plans its authors'
  work rather than describing the world.
- **A title naming reviews or reflections** ("Anecdotal Reviews", "Looking back on 2021"),
  with the owner's voice in it: opinions of films and books, and a year's reflections,
  are tastes, not facts.
- **A folder or file name** (`journal/`, `diary/`, `daily/`, `Daily Notes/`, a file named
  for a day: `2024-11-07.md`, `Entry of 31st Jan, 2025.md`) is only a hint: it lowers
  the share of first person that makes a diary, since people also log what they learnt
  under the day's name.

Left out means: the items of the note or section are dropped, except a quote with a named
source (a line of Seneca pasted into a diary is still Seneca's). Each kind is a rule of
its own (`notekind.diary`, `.memo`, `.course`, `.review`), so a vault that disagrees
switches it off with `disable_rules`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from cards.extractors.analysis import analyse
from cards.extractors.ruler import Ruler
from cards.items import Item
from cards.parse import Block, ParsedNote

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATE = (
    rf"(?:{_DAY}(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}[/.-]\d{{1,2}}[/.-]\d{{1,2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}))"
)
DATE_HEADING = re.compile(
    rf"^(?:(?:entry|diary|journal|log|notes?|meeting)\s+(?:of|on|for)?\s*)?{_DATE}\W*$", re.I
)
"""A heading that is a date, maybe with a weekday or "Entry of": `Mon, 3 March 2024`."""
DATE_OPENER = re.compile(rf"^\W{{0,3}}{_DATE}\s*[:\-–—]\s*\S", re.I)
"""An entry that opens on a date: `24/09/2022: ran 5 km`."""
DATE_NAME = re.compile(_DATE, re.I)
"""A file named for a day: `2022-09-24.md`, `Entry of 31st Jan, 2025.md`."""
DIARY_FOLDER = re.compile(
    r"(?:^|/)(?:daily[\s_-]*notes?|daily|dailies|diary|diaries|journals?|journaling)/", re.I
)
_WORD = re.compile(r"[^\W\d_]+")
_FIRST = re.compile(r"\b(?:I(?![/.-]\w)|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|[Mm]y|me|myself)\b")
_PROJECT = re.compile(
    r"\b(?:we(?:'ll|’ll| will| are going to| plan to| need to| should)|our (?:app|project|team"
    r"|product|game|site|website|users?|mvp|clients?|customers?|goal)|the mvp)\b",
    re.I,
)
COURSE = re.compile(
    r"^(?:(?:course|class|lesson|learning|module) (?:goals?|objectives?|outcomes?)|objectives"
    r"|syllabus|home ?work|assignments|problem sets?|due dates?|grading|office hours"
    r"|ice ?breakers?|course (?:info|information|logistics|schedule)|(?:class|course) (?:rules"
    r"|policies)|instructor)\W*$|\bsyllabus\b",
    re.I,
)
"""A heading or title naming a course's administration, not its subject."""
MEMO = re.compile(
    r"^(?:meeting(?: notes| minutes)?|minutes|stand-?up|(?:sprint )?retrospective|to-?dos?"
    r"|tasks|action items|next steps|roadmap|backlog|deploy(?:ment)? notes|team members)\W*$"
    r"|\b(?:pitch(?:es| deck)?|project ideas?|ideas? for (?:my|a|the)\b)\b|\w design doc",
    re.I,
)
"""A heading or title naming a memo: minutes, plans, to-do lists, pitches, one game's
design document."""

REVIEW = re.compile(
    r"\b(?:reviews|my (?:review|thoughts|take)|looking back|year in review|reflections?)\b", re.I
)
"""A title naming the owner's reviews or reflections: "Anecdotal Reviews", "Looking Back"."""

MIN_SENTENCES = 6
"""Fewer sentences than this make no share worth the name."""
HINTED_SENTENCES = 3
"""A daily note is often a few lines: enough to read its voice when its name says diary."""
PERSONAL_SHARE = 0.35
"""First-person sentences that make a note (or a section) a diary or review."""
HINTED_SHARE = 0.1
"""The same, for a note whose folder or file name says it is a diary: a daily note that
only logs what its owner read ("A Byzantine fault is ...") is kept; one that speaks
as its owner, even now and then, is a diary."""


@dataclass(frozen=True, slots=True)
class Span:
    """Lines `start` (inclusive) to `end` (exclusive) read as `kind`."""

    start: int
    end: int
    kind: str
    why: str


@dataclass(slots=True)
class _Section:
    """One heading's own text (to the next heading of any level), as counted."""

    level: int
    title: str
    line: int
    sentences: int = 0
    first: int = 0
    project: int = 0
    dated: int = 0


Test = Callable[[ParsedNote, list[_Section]], Iterator[Span]]

END = 10**9
"""A span's end when it runs to the note's end."""


def ruler() -> Ruler[Test]:
    rules = [("diary", _diary), ("memo", _memo), ("course", _course), ("review", _review)]
    return Ruler("notekind", rules)


def left_out(note: ParsedNote, rules: Ruler[Test]) -> tuple[Span, ...]:
    """The spans of the note that the enabled kinds leave out; none for a note of knowledge."""
    if not len(rules):
        return ()
    sections = _sections(note)
    return tuple(span for rule in rules for span in rule.func(note, sections))


def kept(items: Iterable[Item], spans: tuple[Span, ...]) -> tuple[Item, ...]:
    """Items outside every span; inside one, a quote with a named source survives."""
    return tuple(
        item
        for item in items
        if (item.kind == "quote" and item.attribution)
        or not any(s.start <= item.ref.line < s.end for s in spans)
    )


def _diary(note: ParsedNote, sections: list[_Section]) -> Iterator[Span]:
    hinted = bool(DIARY_FOLDER.search(note.path)) or _date_named(note.note.name)
    share = _share(sections, HINTED_SENTENCES if hinted else MIN_SENTENCES)
    if share >= PERSONAL_SHARE or (hinted and share >= HINTED_SHARE):
        yield Span(1, END, "diary", f"{share:.0%} of its sentences in the first person")
        return
    if hinted and any(s.dated for s in sections):
        yield Span(1, END, "diary", "dated entries in a diary's folder")
        return
    for i, section in enumerate(sections):
        if section.level and DATE_HEADING.match(section.title):
            end = _end(sections, i)
            if _share(sections[i:end], 1) >= HINTED_SHARE:  # not a lecture's date
                yield Span(section.line, _line(sections, end), "diary", "a date as its heading")


def _memo(note: ParsedNote, sections: list[_Section]) -> Iterator[Span]:
    if MEMO.search(note.title):
        yield Span(1, END, "memo", "titled as a memo")
        return
    project = sum(s.project for s in sections)
    if project >= 3 and project * 5 >= sum(s.sentences for s in sections):
        yield Span(1, END, "memo", "plans its authors' own project")
        return
    for i, section in enumerate(sections):
        if section.level and MEMO.search(section.title):
            yield Span(section.line, _line(sections, _end(sections, i)), "memo", "a memo's heading")


def _review(note: ParsedNote, sections: list[_Section]) -> Iterator[Span]:
    if REVIEW.search(note.title) and _share(sections) >= HINTED_SHARE:
        yield Span(1, END, "review", "the owner's reviews, in the first person")


def _course(note: ParsedNote, sections: list[_Section]) -> Iterator[Span]:
    found = COURSE.search(note.title)
    if found and len(_WORD.findall(note.title.replace(found[0], " "))) <= 2:
        yield Span(1, END, "course", "titled as a course's administration")
        return
    for i, section in enumerate(sections):
        if section.level and COURSE.search(section.title):
            end = _line(sections, _end(sections, i))
            yield Span(section.line, end, "course", "a course's administration")


def _date_named(name: str) -> bool:
    """A name that is a date, maybe with a word or two around it ("Entry of ...")."""
    found = DATE_NAME.search(name)
    return found is not None and len(_WORD.findall(name.replace(found[0], " "))) <= 2


def _share(sections: list[_Section], least: int = MIN_SENTENCES) -> float:
    total = sum(s.sentences for s in sections)
    return sum(s.first for s in sections) / total if total >= least else 0.0


def _end(sections: list[_Section], i: int) -> int:
    """Where section `i` ends with its subsections: the index of the next heading as high."""
    level = sections[i].level
    for j in range(i + 1, len(sections)):
        if 0 < sections[j].level <= level:
            return j
    return len(sections)


def _line(sections: list[_Section], j: int) -> int:
    return sections[j].line if j < len(sections) else END


def _sections(note: ParsedNote) -> list[_Section]:
    """The note cut at every heading, each part counted once."""
    out = [_Section(0, note.title, 1)]
    for block in note.blocks:
        if block.kind == "heading":
            out.append(_Section(block.level, block.text.text.strip(), block.line))
        else:
            _count(block, out[-1])
    return out


def _count(block: Block, section: _Section) -> None:
    if block.kind == "paragraph":
        text = block.text.text
        if DATE_OPENER.match(text):
            section.dated += 1
        for sentence in analyse(text):
            section.sentences += 1
            section.first += bool(_FIRST.search(sentence.text))
            section.project += bool(_PROJECT.search(sentence.text))
    elif block.kind in ("list", "item"):
        for child in block.children:
            _count(child, section)
