"""Notes, and sections of notes, whose KIND is not knowledge: a diary, a memo, a course's admin.

Line by line a diary or a project memo reads like any note ("Slate: a forum for everyone",
"Deploy: there's some commands ..."), so rules that judge one line at a time keep making
cards of it. What gives it away is the whole note or section (`notefeatures.py` counts
what it shows). Each kind is a rule:

- **diary**: a note where a share of the sentences speak in the first person (a smaller
  share in a diary's folder or a file named for a day), or a section under a date heading
  written in the first person. A lecturer's "I" in a few sentences of a lecture is not
  enough: it takes a share, over enough sentences to be a share.
- **memo**: a note titled, or a section headed, as a memo ("Meeting notes", "To do",
  "Pitch", "a game's design doc"), or a note that plans its authors' own project.
  Such a section states what someone must do, not what is so.
- **course**: a course's administration ("Learning goals", "Syllabus", "Homework").
- **review**: a title naming the owner's reviews or reflections ("Anecdotal Reviews",
  "Looking back on 2021") with the owner's voice in it: tastes, not facts.

Left out means: the items of the note or section are dropped, except a quote with a named
source (a line of Seneca pasted into a diary is still Seneca's). Each kind is a rule of
its own (`notekind.diary`, `.memo`, `.course`, `.review`), so a vault that disagrees
switches it off with `disable_rules`; what each left out is counted (`Dropped`) for the
build's summary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from cards.extractors import notefeatures as nf
from cards.extractors.notefeatures import DATE_HEADING, DIARY_FOLDER, END, WORD, Section
from cards.extractors.ruler import Ruler
from cards.items import Item
from cards.parse import ParsedNote

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

    @property
    def whole(self) -> bool:
        """The span is the whole note."""
        return self.start <= 1 and self.end == END


class Dropped(NamedTuple):
    """What one span left out: its kind, whether it was the whole note, how many items."""

    kind: str
    whole: bool
    items: int


Test = Callable[[ParsedNote, list[Section]], Iterator[Span]]


def ruler() -> Ruler[Test]:
    rules = [("diary", _diary), ("memo", _memo), ("course", _course), ("review", _review)]
    return Ruler("notekind", rules)


def left_out(note: ParsedNote, rules: Ruler[Test]) -> tuple[Span, ...]:
    """The spans of the note that the enabled kinds leave out; none for a note of knowledge."""
    if not len(rules):
        return ()
    parts = nf.sections(note)
    return tuple(span for rule in rules for span in rule.func(note, parts))


def sift(
    items: Iterable[Item], spans: tuple[Span, ...]
) -> tuple[tuple[Item, ...], tuple[Dropped, ...]]:
    """Items outside every span (inside one, a quote with a named source survives), and what
    each span that left out an item left out: an item is counted once, in its first span."""
    kept: list[Item] = []
    dropped = [0] * len(spans)
    for item in items:
        at = next((i for i, s in enumerate(spans) if s.start <= item.ref.line < s.end), None)
        if at is None or (item.kind == "quote" and item.attribution):
            kept.append(item)
        else:
            dropped[at] += 1
    counts = (Dropped(s.kind, s.whole, n) for s, n in zip(spans, dropped, strict=True) if n)
    return tuple(kept), tuple(counts)


def _diary(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    hinted = bool(DIARY_FOLDER.search(note.path)) or nf.date_named(note.note.name)
    share = nf.share(parts, HINTED_SENTENCES if hinted else nf.MIN_SENTENCES)
    if share >= PERSONAL_SHARE or (hinted and share >= HINTED_SHARE):
        yield Span(1, END, "diary", f"{share:.0%} of its sentences in the first person")
        return
    if hinted and any(s.dated for s in parts):
        yield Span(1, END, "diary", "dated entries in a diary's folder")
        return
    for i, section in enumerate(parts):
        if section.level and DATE_HEADING.match(section.title):
            end = nf.end(parts, i)
            if nf.share(parts[i:end], 1) >= HINTED_SHARE:  # not a lecture's date
                yield Span(section.line, nf.line(parts, end), "diary", "a date as its heading")


def _memo(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    if MEMO.search(note.title):
        yield Span(1, END, "memo", "titled as a memo")
        return
    project = sum(s.project for s in parts)
    if project >= 3 and project * 5 >= sum(s.sentences for s in parts):
        yield Span(1, END, "memo", "plans its authors' own project")
        return
    for i, section in enumerate(parts):
        if section.level and MEMO.search(section.title):
            yield Span(section.line, nf.line(parts, nf.end(parts, i)), "memo", "a memo's heading")


def _review(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    if REVIEW.search(note.title) and nf.share(parts) >= HINTED_SHARE:
        yield Span(1, END, "review", "the owner's reviews, in the first person")


def _course(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    found = COURSE.search(note.title)
    if found and len(WORD.findall(note.title.replace(found[0], " "))) <= 2:
        yield Span(1, END, "course", "titled as a course's administration")
        return
    for i, section in enumerate(parts):
        if section.level and COURSE.search(section.title):
            end = nf.line(parts, nf.end(parts, i))
            yield Span(section.line, end, "course", "a course's administration")
