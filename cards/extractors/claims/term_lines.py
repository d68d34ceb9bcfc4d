"""claim.term-lines: terms and meanings typed one to a line, and Dataview's inline fields.

    Anchoring:: relying on the first number heard.
    Halo effect: one good trait colours the rest.
    Horn effect: one bad trait colours the rest.
    Starboard — the right side of a boat facing forward.     <- a dash in place of a colon
    Port — the left side of a boat facing forward.

A paragraph of `Term: meaning` lines (two or more, or one next to another such line in
plain text, where every line is a paragraph of its own) is a glossary typed without list
markers; `Key:: value` is a Dataview field, and a flashcard plugin's `Term::meaning` card.
A line that defines nothing (`rating:: 4`) is metadata: the rule claims its span anyway,
so that no sentence rule makes a claim of it. A line that announces a claim (`Key idea:
...`) makes the labelled rule's item, its sentence ending with the line.
"""

from __future__ import annotations

import re

from cards.extractors.claims.labelled import asserted
from cards.extractors.claims.reading import Claimed, ClaimRule, Reading
from cards.extractors.claims.shared import ANNOTATIONS
from cards.extractors.claims.terms import announces, term_claim
from cards.extractors.walk import Visit
from cards.items import Item

_FIELD_LINE = re.compile(
    r"^(?P<term>[^:\n]{1,50})(?P<sep>::?)(?:(?<=::):?[ \t]*|[ \t]+)(?P<rest>[^\s:][^\n]*)$", re.M
)
"""A line `Key:: value` (a Dataview inline field), `Term::meaning` or `Term:::meaning` (a
flashcard plugin's card, one way or both), or `Term: meaning`."""


def term_lines(reading: Reading, visit: Visit) -> Claimed | None:
    """The definitions of a paragraph's field lines, and the spans of all of them."""
    block = visit.block
    text = block.text
    if block.kind != "paragraph":
        return None
    if ":" not in text.text:
        return _dashed(reading, visit) if text.breaks else None
    if "::" not in text.text and not text.breaks and not _in_term_run(visit):
        return None
    run = not text.breaks
    items: list[Item] = []
    spans: list[tuple[int, int]] = []
    lines = list(_FIELD_LINE.finditer(text.text))
    if not run and sum(found.group("sep") == ":" for found in lines) < 2:
        lines = [found for found in lines if found.group("sep") == "::"]
    for found in lines:
        if found.group("term").strip().lower() in ANNOTATIONS:
            continue  # "A: Yes. Long, secure ...": an answer's sentences, read as any others
        spans.append((found.start(), found.end()))
        if announces(found):  # "Key idea: ..." on a line: the labelled rule's claim, made here
            line = block.line + text.line_of(found.start())  # since its sentence ends there
            item = asserted(reading, visit, text, found.start("rest"), found.end(), line)
            items.extend([item] if item else [])
            continue
        for pair, end in _pairs(text.text, found):
            item = term_claim(reading, visit, text, pair, end, "claim.term-lines")
            items.extend([item] if item else [])
    return Claimed(tuple(items), tuple(spans), whole=False)


_PAIR = re.compile(
    r",[ \t]+(?P<term>[A-Z][\w.'’/-]*(?:[ \t][\w.'’/-]+){0,2})(?P<sep>:)[ \t]+(?P<rest>[^\s:])"
)
"""A second `Term: meaning` on a line after a comma: "SSL: secure sockets, TLS: its heir"."""


def _pairs(line: str, found: re.Match[str]) -> list[tuple[re.Match[str], int]]:
    """Each `Term: meaning` a field line holds and where its meaning ends: a second one
    after a comma (`_PAIR`), when the first term is as short, is a definition of its own,
    since one deletion over "secure sockets, TLS: its heir" hides two meanings and a term."""
    commas = (
        []
        if len(found.group("term").split()) > 3
        else list(_PAIR.finditer(line, found.start("rest"), found.end()))
    )
    pairs = [found, *(_TERM.match(line, comma.start("term"), found.end()) for comma in commas)]
    ends = [comma.start() for comma in commas] + [found.end()]
    return [(pair, end) for pair, end in zip(pairs, ends, strict=True) if pair is not None]


_TERM = re.compile(r"(?P<term>[^:\n]{1,50})(?P<sep>:)[ \t]+(?P<rest>\S)")
"""A pair `_PAIR` found, from its term on."""


_DASH_LINE = re.compile(
    r"^(?P<term>[^—–\n]{1,50}?)[ \t]+(?P<sep>[—–])[ \t]+(?P<rest>\S[^\n]*)$", re.M
)
"""`Starboard — the right side of a boat`: a glossary line with an em or en dash."""


def _dashed(reading: Reading, visit: Visit) -> Claimed | None:
    """A paragraph whose every line is `Term — meaning`: a glossary typed with dashes."""
    text = visit.block.text
    lines = list(_DASH_LINE.finditer(text.text))
    if len(lines) < 2 or len(lines) != len(text.breaks) + 1:
        return None
    found = (term_claim(reading, visit, text, f, f.end(), "claim.term-lines") for f in lines)
    items = tuple(item for item in found if item)
    return (
        Claimed(items, tuple((f.start(), f.end()) for f in lines), whole=False) if items else None
    )


def _in_term_run(visit: Visit) -> bool:
    """A one-line paragraph `Term: meaning` on the line next to another of its shape:
    plain text gives each line of a typed glossary a paragraph of its own."""
    line = visit.block.line
    if not _FIELD_LINE.match(visit.block.text.text):
        return False
    return any(
        block is not None
        and block.kind == "paragraph"
        and abs(block.line - line) == 1  # the next line, not the next paragraph
        and _FIELD_LINE.match(block.text.text) is not None
        for block in (visit.previous(), visit.next())
    )


RULE = ClaimRule(block=term_lines)
