"""Notes, and sections of notes, whose KIND is not knowledge: a diary, a memo, a résumé.

Line by line a diary or a project memo reads like any note ("Lantern: a lamp app for
campers", "Release: the build is tagged by whoever is on call"), so rules that judge one
line at a time keep making cards of it. What gives it away is the whole note or section
(`notefeatures.py` counts what it shows). Each kind is a rule:

- **diary**: a note where a share of the sentences speak in the first person (a smaller
  share in a diary's folder or a file named for a day), or a section under a date heading
  written in the first person. A lecturer's "I" in a few sentences is not a share.
- **memo**: a note titled, or a section headed, as a memo ("Meeting notes", "To do",
  "Pitch", "Itinerary", "Kite design doc"), a note titled as its owner's idea ("Tide
  clock Idea"), or a note that plans its authors' own project: what someone must do.
- **course**: a course's administration ("Learning goals", "Syllabus", "Exam schedule"),
  and a student's write-up titled by its number ("HW2 Route planner").
- **review**: a title naming the owner's reviews or reflections ("My film reviews",
  "Looking back on 2021") with the owner's voice in it, or a section headed as the
  owner's position ("My claims"): tastes and positions, not facts.
- **resume**: the owner's résumé: headings that are periods of a life ("High School
  (2013-2017)", "First job (2016-Present)"), or a title naming a résumé or CV over such
  headings or a résumé's fields ("Dates:", "Location:"). An era or a life under its years
  ("The Showa era (1926-1989)") is a subject, and stays.

More kinds: the owner's things (apps, classmates, queues, meals) in `..._owner.py`; output,
works cited in `..._pasted.py`; letters, talks, playthroughs in `..._records.py`; blanks in
`..._scaffold.py`; an idea in `..._proposal.py`; a report on work in `..._report.py`; a preface,
a status in `..._preface.py`; tasks, memos in `..._working.py`; talk to a reader in `..._meta.py`.

Left out means: the items of the note or section are dropped, except a quote with a named
source (a line of Seneca pasted into a diary is still Seneca's). Each kind is a rule
(`notekind.diary`, ...) a vault that disagrees switches off with `disable_rules`; what each
left out is counted (`Dropped`, `notespans.py`) for the build's summary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from cards.extractors import notefeatures as nf
from cards.extractors import notekind_meta as meta
from cards.extractors import notekind_owner as owner
from cards.extractors import notekind_pasted, notekind_preface, notekind_proposal, notekind_report
from cards.extractors import notekind_records as records
from cards.extractors import notekind_scaffold as scaffold
from cards.extractors import notekind_working as working
from cards.extractors.notefeatures import DATE_HEADING, DIARY_FOLDER, END, WORD, Section
from cards.extractors.notespans import Span, under
from cards.extractors.ruler import Ruler
from cards.parse import ParsedNote

COURSE = re.compile(
    r"^(?:(?:course|class|lesson|learning|module) (?:goals?|objectives?|outcomes?)|objectives"
    r"|syllabus|home ?work|assignments|problem sets?|due dates?|grading|office hours"
    r"|(?:midterm|final exam|exam)s? (?:dates?|schedule|logistics|info(?:rmation)?|rules|format)"
    r"|ice ?breakers?|course (?:info|information|logistics|schedule)|(?:class|course) (?:rules"
    r"|policies)|instructor|(?:student|class|team|group) presentations?"
    r"|my (?:study )?(?:resources|materials))\W*$"
    r"|\bsyllabus\b|\bcoursework\W*$|\b(?:sprint|assignment|homework) ?#?\d* requirements\W*$"
    r"|^(?:assignment|homework|hw|problem set)\s*#?\s*\d+\b",
    re.I,
)
"""A heading or title naming a course's administration, not its subject: its goals, rules
and dates, an exam's arrangements, the student's own kit ("My resources") and where the
coursework is kept ("Marine biology coursework", last in its heading: not "Coursework and
stress in students"), a numbered piece of coursework and what follows its number
("Homework 3 feedback") or requirements ("Sprint 2 requirements"). A bare "Midterm" is left."""
ASSIGNMENT = re.compile(r"^(?:as|hw)[\s_-]?\d{1,2}\b|^(?:homework|assignment)\s*#?\s*\d+\b", re.I)
"""A title that is an assignment's number ("HW2 Route planner", "AS04 Survey design"): a
student's own write-up for a course, graded on what they plan and did, not what is so."""
MEMO = re.compile(
    r"^(?:meeting(?: notes| minutes)?|minutes|stand-?up|(?:sprint )?retrospective|to[- ]?dos?"
    r"|tasks|action items|next steps|roadmap|backlog|deploy(?:ment)? notes|team members"
    r"|itinerary|(?:trip|travel) plans?|(?:places|sites|things|people) (?:we|i)(?:'ll|’ll| will"
    r"| are going to| plan to) (?:see|visit|do|meet))\W*$"
    r"|\b(?:pitch(?:es| deck)?|project ideas?|ideas? for (?:my|a|the)\b)\b|\bdesign docs?\W*$",
    re.I,
)
"""A heading or title naming a memo: minutes, plans, to-do lists, pitches, a trip's plan
("Itinerary", "Places we'll see": the owner's visits, not "Itinerary of the first crusade"),
and a design doc by its working name ("Kite design doc"); "Design Document" spelt out is
the subject of a software course."""
IDEA = re.compile(r"\bideas?(?:\s+\d+)?\W*$", re.I)
"""A title naming its owner's idea ("Tide clock Idea", "Garden app ideas 2"): a plan of
what to build, its lines taglines and wishes. Titles only: a heading "Key ideas" is the
gist of a book."""
REVIEW = re.compile(
    r"\b(?:reviews|my (?:review|thoughts|take)|looking back|year in review|reflections?)\b", re.I
)
"""A title naming the owner's reviews or reflections: "My film reviews", "Looking back"."""
OWN_VIEW = re.compile(r"\bmy (?:philosophy|opinions?|views?|understanding|theory)\b", re.I)
"""A title that declares its note the owner's own view ("Weight - my philosophy", "My
understanding of tides"): what it asserts is theirs, even when it is written
impersonally ("Energy is the curvature of spacetime")."""
OPINION = re.compile(
    r"^my (?:\w+ )?(?:claims|thoughts|opinions?|take|views?|verdict|beliefs?|response"
    r"|arguments?)\b|^my (?:\w+ )?thinking\W*$",
    re.I,
)
"""A heading naming the owner's own claims ("My claims", "My general view", "My verdict",
"My moral thinking"): an argument's premises, not settled facts. Not "My notes" or
"My sources", what the owner gathered, nor "My critical thinking checklist", a
discipline's tools."""
RESUME = re.compile(r"\b(?:r[ée]sum[ée]s?|cv|curriculum vitae)\b", re.I)
"""A title naming a résumé (with its fields or periods: "CV CMake" is computer vision)."""
PERIOD = re.compile(
    r"\(\s*(?:approx\.?|c\.|ca\.)?\s*(?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)?\d\d|present"
    r"|now|today)\s*\)",
    re.I,
)
"""A heading's span of years: "(2013-2017)", "(Approx. 2020-Present)"; only 19xx and 20xx,
the years of a living owner's life."""
LIFE = re.compile(
    r"\b(?:childhood|(?:high|middle|grad(?:uate)?) school|college|university|undergrad\w*"
    r"|masters?|bachelors?|ph\.?d|internships?|apprenticeship|volunteer\w*|military service"
    r"|(?:first|second|third|current|previous|last|summer|part-time) job)\b",
    re.I,
)
"""A stage of a life: with a span of years, a heading is a résumé's period. Without one a
span is a subject's, even one that runs to the present ("Republic (1944-present)"), as are
people and wars under their years. Not "years" or "jobs" alone: an era, or a surname."""

HINTED_SENTENCES = 3
"""A daily note is often a few lines: enough to read its voice when its name says diary."""
PERSONAL_SHARE = 0.35
"""First-person sentences that make a note (or a section) a diary or review."""
HINTED_SHARE = 0.1
"""The same, for a note whose folder or file name says it is a diary: a daily note that
only logs what its owner read ("Osmosis is ...") is kept; one that speaks as its owner,
even now and then, is a diary."""

Test = Callable[[ParsedNote, list[Section]], Iterator[Span]]


def ruler() -> Ruler[Test]:
    """The kinds, each a rule of its own so that a vault whose journal holds its knowledge
    switches one off (`disable_rules`) and keeps the rest."""
    rules = [
        ("diary", _diary),
        ("memo", _memo),
        ("course", _course),
        ("review", _review),
        ("resume", _resume),
        *owner.RULES,
        ("output", notekind_pasted.output),
        ("citations", notekind_pasted.citations),
        ("letters", records.letters),
        ("transcript", records.transcript),
        ("playlog", records.playlog),
        ("scaffold", scaffold.scaffold),
        ("testnote", scaffold.testnote),
        ("proposal", notekind_proposal.proposal),
        ("report", notekind_report.report),
        ("preface", notekind_preface.preface),
        ("status", notekind_preface.status),
        *working.RULES,
        ("meta", meta.meta),
    ]
    return Ruler("notekind", rules)


def left_out(note: ParsedNote, rules: Ruler[Test]) -> tuple[Span, ...]:
    """The spans of the note that the enabled kinds leave out; none for a note of knowledge.
    A note left out whole is that span alone: its sections are inside it, and counting an
    item under a section would report a whole note as a section."""
    if not len(rules):
        return ()
    parts = nf.sections(note)
    spans = tuple(span for rule in rules for span in rule.func(note, parts))
    whole = next((span for span in spans if span.whole), None)
    return (whole,) if whole else spans


def _diary(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """The owner's voice makes a diary, not a date alone: a daily note that logs facts under
    the day's name is knowledge; a lecture under its date heading too."""
    hinted = bool(DIARY_FOLDER.search(note.path)) or nf.date_named(note.note.name)
    share = nf.share(parts, HINTED_SENTENCES if hinted else nf.MIN_SENTENCES)
    if share >= PERSONAL_SHARE or (hinted and share >= HINTED_SHARE):
        yield Span(1, END, "diary", f"{share:.0%} of its sentences in the first person")
        return
    if hinted and any(s.dated for s in parts) and nf.share(parts, 1):
        yield Span(1, END, "diary", "dated entries in a diary's folder, in the first person")
        return
    for i, section in enumerate(parts):
        dated = section.level and DATE_HEADING.match(section.title)
        if dated and nf.share(parts[i : nf.end(parts, i)], 1) >= HINTED_SHARE:  # no lecture's
            yield under(parts, i, "diary", "a date as its heading")


def _memo(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """A memo says what someone must do or build: its title or heading names it, or its
    sentences plan the authors' own project; a knowledge section beside it stays."""
    if MEMO.search(note.title) or IDEA.search(note.title):
        yield Span(1, END, "memo", "titled as a memo or an idea")
        return
    project = sum(s.project for s in parts)
    if project >= 3 and project * 5 >= sum(s.sentences for s in parts):
        yield Span(1, END, "memo", "plans its authors' own project")
        return
    for i in [i for i, s in enumerate(parts) if s.level and MEMO.search(s.title)]:
        yield under(parts, i, "memo", "a memo's heading")


def _review(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """Tastes and positions: a whole note titled as reviews with its owner's voice in it
    ("Reviews of sorting algorithms" is knowledge), or titled as the owner's own view."""
    if REVIEW.search(note.title) and nf.share(parts) >= HINTED_SHARE:
        yield Span(1, END, "review", "the owner's reviews, in the first person")
        return
    if OWN_VIEW.search(note.title):
        yield Span(1, END, "review", "titled as the owner's own view")
        return
    for i, section in enumerate(parts):
        if section.level and OPINION.match(section.title):
            yield under(parts, i, "review", "my claims")


def _resume(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """A résumé lists its owner's life by periods or fields: two periods of a life make one,
    and a résumé's title makes one of any span of years or two fields."""
    titled = RESUME.search(note.title) is not None
    periods = [i for i, s in enumerate(parts) if s.level and _period(s.title, titled)]
    fields = sum(s.fields for s in parts)
    if len(periods) >= 2 or (titled and (periods or fields >= 2)):
        yield Span(1, END, "resume", "a résumé: periods of a life, or its fields")
        return
    for i in periods:
        yield under(parts, i, "resume", "a life's period")


def _period(title: str, titled: bool) -> bool:
    """A span of years that is a stage of the owner's life; under a résumé's title, any span
    of years is one of its entries."""
    return PERIOD.search(title) is not None and (titled or LIFE.search(title) is not None)


def _course(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """A course's running, not its subject: a title that is little but its administration
    or an assignment's number, else the sections headed as its administration."""
    found = COURSE.search(note.title)
    if found and len(WORD.findall(note.title.replace(found[0], " "))) <= 2:
        yield Span(1, END, "course", "titled as a course's administration")
        return
    if ASSIGNMENT.search(note.title):
        yield Span(1, END, "course", "titled as an assignment")
        return
    for i, section in enumerate(parts):
        if section.level and COURSE.search(section.title):
            yield under(parts, i, "course", "a course's administration")
