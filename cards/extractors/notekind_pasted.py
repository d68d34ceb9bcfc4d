"""Text that stands for somewhere else, not written about a subject: a program's output
pasted under its code (`notekind.output`), a note's works cited (`notekind.citations`).

A note on a web framework shows a route that returns `<p>Welcome back, {name}!</p>` and
then, as a blockquote, what the browser showed: "Welcome back, Ada!". The quote rules
read a blockquote as a passage worth keeping; this one is the code's output, and a card
of it asks the reader to recall a page they never saw. What gives it away is the pair,
not the line: the quoted words are the words of the code just above it. A blockquote
after code that explains it ("This loop runs once per element, so ...") shares few of the
code's words, and stays. Only a blockquote within two blocks after a code block is looked
at, so a note without code costs one pass over its top-level blocks.

Under "Works cited" or "Bibliography" a line names a source and what it is ("Routing
guide: the framework's own page on URL rules"): where the note came from, not what it
says. A heading "References" may be a subject (Python's references to values) and is
left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.extractors.notefeatures import END, Section
from cards.extractors.notespans import Span, under
from cards.parse import Block, ParsedNote

CITED = re.compile(
    r"^(?:works (?:cited|consulted)|cited works|bibliography|citations|sources cited"
    r"|literature cited)\b",
    re.I,
)
"""A heading over a note's sources ("Works cited and further reading", "Bibliography")."""
CITED_WORDS = ("cited", "consulted", "bibliograph", "citation")
WORD = re.compile(r"[^\W\d_]{3,}")
"""A word of three letters or more: short ones ("a", "to", "id") are in any code."""
ECHOED_SHARE = 0.8
"""The share of a blockquote's words found in the code above it that makes it output."""
LEAST_WORDS = 3
REACH = 2
"""How many blocks before a blockquote may hold the code (a line between them is usual:
"You can test the above code by ...")."""


def output(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """Blockquotes that repeat the words of the code block just above them."""
    blocks = note.blocks
    for i, block in enumerate(blocks):
        if block.kind != "blockquote" or block.callout:
            continue
        code = next((b for b in reversed(blocks[max(0, i - REACH) : i]) if b.kind == "code"), None)
        if code is not None and _echoes(block, code.source.lower()):
            end = blocks[i + 1].line if i + 1 < len(blocks) else END
            yield Span(block.line, end, "output", "repeats the code above it")


def _echoes(quote: Block, source: str) -> bool:
    words = [w.lower() for child in quote.children for w in WORD.findall(child.text.text)]
    found = sum(word in source for word in words)
    return len(words) >= LEAST_WORDS and found >= ECHOED_SHARE * len(words)


def citations(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """Sections headed as the works a note cites, with their subsections."""
    for i, section in enumerate(parts):
        lower = section.title.lower()
        if section.level and any(w in lower for w in CITED_WORDS) and CITED.match(section.title):
            yield under(parts, i, "citations", "works cited")
