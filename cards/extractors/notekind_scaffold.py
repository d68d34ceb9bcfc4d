"""A note's scaffolding, not its knowledge: a template's blanks and a note that tests the tool.

Two kinds, each a rule of its own (`notekind.scaffold`, `notekind.testnote`):

- **scaffold**: one line that is a template's blank, left as its owner wrote it. A field
  whose whole value is the template's instruction in brackets ("Subtype: (If the order is
  not one of the main kinds)", "Author: [your name]") says what goes there, not what is
  so; a placeholder in capitals ("INSERT DIAGRAM: the pump's valves", "TODO: ...") marks
  what is still to come. A field whose bracketed value is a fact ("Born: (c. 1340)") holds
  no instruction's word and stays; SQL's "INSERT INTO" is a statement, not a placeholder.
- **testnote**: a note titled, or a file named, as a test of the vault or its tools ("Test
  note X", "Testing 2", "Sandbox"): what is pasted into it (a snack's label, lorem ipsum)
  is there to see how it renders. "Test-driven development" and "Testing in Python" name
  their subjects, and stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.extractors.notefeatures import END, Section
from cards.extractors.notespans import Span
from cards.parse import ParsedNote

OPENER = re.compile(r"^\s*(?:>\s*)*(?:[-*+]\s+|\d{1,3}[.)]\s+)?(?:\[[ xX]\]\s+)?")
"""What starts a line before its text: a quote's marks, a bullet or number, a task box."""
INSTRUCTED = re.compile(
    r"^[*_]{0,2}[^\W\d_][\w ./&'-]{0,40}?[*_]{0,2}\s*:\s*[*_]{0,2}\s*[(\[<]\s*"
    r"(?:if|fill(?:ed)? in|fill|optional(?:ly)?|to (?:be )?fill\w*|add|insert|enter|write"
    r"|describe|list|put|your|e\.?g\.?|tbd|tbc|to be (?:added|decided|confirmed))\b"
    r"[^)\]>]*[)\]>]\s*[*_]{0,2}\s*$",
    re.I,
)
"""A field whose whole value is a bracketed instruction: "**Subtype**: (If ...)",
"Author: [your name]", "Notes: (optional)"."""
PLACEHOLDER = re.compile(
    r"^[*_]{0,2}(?:INSERT (?!INTO\b)[A-Z]{2,}(?: [A-Z]{2,})*|(?:TODO|TBD|FIXME|PLACEHOLDER)"
    r"(?: [A-Z]{2,})*)[*_]{0,2}\s*(?::|$)"
)
"""A placeholder in capitals: "INSERT MEME: ...", "INSERT IMAGE HERE", "TODO: ..."; case
matters, since "Insert: adds a row" and "Todo lists help" are text."""
MARKS = ("(", "[", "<", "INSERT", "TODO", "TBD", "FIXME", "PLACEHOLDER")
"""What a blank holds one of: a substring test before either pattern is asked."""
TEST_NOTE = re.compile(
    r"^(?:(?:a\s+)?test(?:ing)?|sandbox|scratch ?pad|playground)"
    r"(?:\s+(?:note|page|file|doc(?:ument)?))?(?:\s+(?:[a-z]|\d{1,3}))?\W*$",
    re.I,
)
"""A title or file name that tests the tool and names no subject: "Test Note X", "Test 2",
"Testing", "Sandbox"."""


def scaffold(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """Each line of the note that is a template's blank: its items say nothing."""
    source = note.note
    for offset, raw in enumerate(source.body.splitlines()):
        if not any(map(raw.__contains__, MARKS)):
            continue
        text = OPENER.sub("", raw, count=1)
        if PLACEHOLDER.match(text) or INSTRUCTED.match(text):
            line = source.body_line + offset
            yield Span(line, line + 1, "scaffold", "a template's blank")


def testnote(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """A note titled, or a file named, as a test of the tool."""
    if TEST_NOTE.match(note.title.strip()) or TEST_NOTE.match(note.note.name.strip()):
        yield Span(1, END, "testnote", "titled as a test of the tool")
