"""The owner's report on their own work: what they did, what broke, what comes next
(`notekind.report`).

A write-up of a project or a bug follows a form: "Progress made", "Challenges and future
work"; or "Steps to reproduce", "Expected behaviour", "Possible causes". Item by item its
lines read like definitions ("Parser: now reads nested lists"), but they say where one
piece of the owner's work stood on one day, and a guessed cause of their bug is a guess: a
card would ask a reader to recall a chore. Some of these headings are as often a
subject's ("Possible causes" of a fever, its "Progress", a paper's "Future work"), so a
note is a report only with two different ones, one of them a report's alone ("Progress
made", "Steps to reproduce"); then those sections are left out, and the background the
owner wrote down beside them stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.extractors.notefeatures import Section
from cards.extractors.notespans import Span, under
from cards.parse import ParsedNote

TAIL = r"\s*(?:\([^)]*\))?\W*$"
"""At most a note in brackets after the heading: "Possible causes (from a chatbot)"."""
OWN = re.compile(
    r"^(?:progress (?:made|so far)|challenges and future work|steps to reproduce"
    r"|(?:issue|bug|problem) description|current implementation details|troubleshooting steps"
    r"|what i(?:'ve| have)? tried)" + TAIL,
    re.I,
)
"""A heading only a report on one's own work has."""
SHARED = re.compile(
    r"^(?:progress|future work|next steps|(?:expected|actual|observed) behaviou?r"
    r"|possible causes)" + TAIL,
    re.I,
)
"""A heading a report has, and a subject's note as often."""
CUES = ("progress", "work", "step", "behavio", "description", "implementation", "cause", "tried")
"""A word every report heading holds: the regular expressions run only on these."""


def report(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """The sections under a report's headings, in a note with two different ones, one of
    them a report's alone."""
    del note
    own = [i for i, s in enumerate(parts) if s.level and _cued(s.title, OWN)]
    if not own:
        return
    found = sorted({*own, *(i for i, s in enumerate(parts) if s.level and _cued(s.title, SHARED))})
    if len({parts[i].title.casefold() for i in found}) < 2:
        return
    for i in found:
        yield under(parts, i, "report", "a section of the owner's report on their work")


def _cued(title: str, pattern: re.Pattern[str]) -> bool:
    low = title.casefold()
    return any(cue in low for cue in CUES) and pattern.match(title.strip()) is not None
