"""The owner's working text, line by line: what they mean to do, not what they know.

A note being written carries its owner's marks of work still to do. Each line reads like
any other ("Tin: add a picture of the ore #todo", "IDEA: a kite that charges a phone"),
and a card would ask the reader to recall a chore or a whim. Three kinds, each a rule:

- **todo**: a line carrying an open `#todo` tag (`#todo`, `#todo-think`; not one marked
  done, `#todo-done`) or a `FILL:` blank, with the lines nested under it in a list, and a
  list item whose nested lines are all such tasks (the task's heading: "Examples of
  levers" over "#todo: add two"). A line that only mentions a to-do list stays.
- **memoline**: a line opening on a memo's label in capitals ("IDEA: ...", "POST: ...",
  "WRITING-PROMPT: ...", "TASK: ...", "GOAL: ..."), on an exclamation ("!! BIG NEWS"), or
  on the owner's remark labelled as theirs ("My comment: ..."), or marked by its owner as a
  joke ("... (LOL)"): a plan, a cheer, an aside, a laugh. The label must be
  in capitals: "Idea: a notion in the mind" is a glossary's line. A joke goes even when it
  quotes someone by name.
- **draft**: a note whose lines carry three open `#todo` or `FILL:` marks or more: a
  brainstorm being worked out, its questions answered by the owner's guesses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.extractors.notefeatures import END, Section
from cards.extractors.notekind_scaffold import OPENER
from cards.extractors.notespans import Span
from cards.parse import ParsedNote

TODO = re.compile(r"(?<![\w#`'\"/.])#todo(?:-[\w-]+)?(?![\w`'\"-])|\bFILL:")
"""An open or closed to-do tag, or a blank to fill; `done` tells them apart. Not an id in
code or quotes ("`#todo-list`", a stylesheet's selector)."""
DONE = ("-done", "-completed", "-finished")
MEMO_LABEL = re.compile(
    OPENER.pattern + r"[*_]{0,2}"
    r"(?:IDEAS?|POST|PROJ(?:ECT)?|TASK|GOAL|PLAN|PROMPT|WRITING[- ]PROMPT|BLOG)[*_]{0,2}\s*:"
    r"|^(?:>\s*)*(?:[-*+]\s+)?!{2,}"
)
"""A line opening, after its bullet, number or task box (a template's blank opens the same
way), on a memo's label in capitals ("- IDEA: ...", "**GOAL**: ..."), or on two
exclamation marks or more."""
REMARK = re.compile(
    r"^(?:>\s*)*(?:[-*+]\s+)?[*_]{0,2}(?:my|personal) (?:comments?|commentary|take|two cents"
    r"|rant|musings?|thoughts?|opinion)[*_]{0,2}\s*:",
    re.I,
)
"""A line opening on the owner's remark, labelled as theirs ("My comment: ...")."""
LAUGH = re.compile(r"\((?:lol|lmao|rofl|haha+|xd)\)\W*$", re.I)
"""A laugh in brackets closing the line: "... (LOL)." marks it as the owner's joke."""
DRAFT_MARKS = 3
"""Open to-do marks that make a note a working draft."""


def todo(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """Each line that is a task still open, with what is nested under it, and the list
    item over tasks alone."""
    lines = note.note.body.splitlines()
    first = note.note.body_line
    tasks = {i: _nested_end(lines, i) for i in _outside_code(lines) if _open(lines[i])}
    for i, end in tasks.items():
        yield Span(first + i, first + end, "todo", "a task still open")
    covered = {j for i, end in tasks.items() for j in range(i, end)}
    heads = {i - 1 for i in tasks if i and lines[i - 1].strip()} - covered
    for i in sorted(heads):
        nested = [j for j in range(i + 1, _nested_end(lines, i)) if lines[j].strip()]
        if nested and covered.issuperset(nested):
            yield Span(first + i, first + i + 1, "todo", "a list item over open tasks")


def memoline(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """Each line opening on a memo's label or an exclamation, or closing on a laugh."""
    first = note.note.body_line
    for i, raw in enumerate(note.note.body.splitlines()):
        text = raw.lstrip()
        if MEMO_LABEL.match(text) or (")" in text and LAUGH.search(text)) or _remark(text):
            yield Span(first + i, first + i + 1, "memoline", "a memo's line", quotes=True)


def draft(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """A note with several tasks still open: the whole of it is a draft."""
    body = note.note.body
    if body.count("#todo") + body.count("FILL:") < DRAFT_MARKS:
        return
    lines = body.splitlines()
    if sum(_open(lines[i]) for i in _outside_code(lines)) >= DRAFT_MARKS:
        yield Span(1, END, "draft", "a working draft, its tasks still open")


RULES = (("todo", todo), ("memoline", memoline), ("draft", draft))
"""This module's kinds, in the order `notekind.ruler` asks them."""


def _remark(text: str) -> bool:
    head = text[:16].lower()
    return ("my " in head or "personal " in head) and REMARK.match(text) is not None


def _outside_code(lines: list[str]) -> Iterator[int]:
    """The indexes of the lines outside fenced code, where `#todo` may be a program's."""
    fenced = False
    for i, raw in enumerate(lines):
        if raw.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced:
            yield i


def _open(raw: str) -> bool:
    if "#todo" not in raw and "FILL:" not in raw:
        return False
    return any(not found[0].endswith(DONE) for found in TODO.finditer(raw))


def _bullet(raw: str) -> bool:
    return raw.lstrip()[:2] in ("- ", "* ", "+ ")


def _indent(raw: str) -> int:
    return len(raw.expandtabs(4)) - len(raw.lstrip().expandtabs(4))


def _nested_end(lines: list[str], i: int) -> int:
    """The line after the list lines nested under list item `i` (blank lines inside them
    included): `i + 1` for a line that is no list item or has none under it."""
    if not _bullet(lines[i]):
        return i + 1
    depth = _indent(lines[i])
    end = i + 1
    for j in range(i + 1, len(lines)):
        if not lines[j].strip():
            continue
        if _indent(lines[j]) <= depth:
            break
        end = j + 1
    return end
