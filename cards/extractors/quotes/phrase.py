"""Which words of a quote its card hides: a phrase that finishes the thought.

    > Stay hungry, stay foolish.                    -> Stay hungry, {{stay foolish}}.
    > The only way to do great work is to love what you do.
                                                    -> ... is {{to love what you do}}.
    > We suffer more often in imagination than in reality.
                                                    -> ... {{than in reality}}.

A quote's card asks for the words that finish it, so they must be a phrase a
reader can recall: what follows the quote's last clause boundary (a comma,
semicolon, colon or dash), else what its verb "is" or "means" leads to, else
the phrase a conjunction or preposition opens in its second half. Cutting at
the middle word instead gave deletions that start inside a phrase ("the same
{{kind of thing}}", "By {{God ...}}"), which judges of real decks marked to
fix. A deletion never opens or closes a bracket or a quotation mark alone.
"""

from __future__ import annotations

import re

from cards.inline import InlineText, Mark
from cards.language import sentences

_WORD = re.compile(r"\S+")
_BOUNDARY = re.compile(r"[,;:–—]\s+|\s+-\s+")
_COPULA = frozenset("is are was were means becomes lies".split())
_OPENER = frozenset(
    "that which who whom whose because when where while if unless until than but and or so "
    "to in on of for with without by from into through".split()
)
_OPENS = frozenset("([“")
_CLOSES = frozenset(")]”")


def key(body: InlineText) -> tuple[int, int] | None:
    """The phrase to hide: the emphasised one, else the end of the first sentence, cut at
    a phrase's start."""
    for mark in body.marks:
        if mark.kind in ("strong", "mark") and mark.end > mark.start and not _label(body, mark):
            return (mark.start, mark.end)
    spans = sentences(body.text)
    if not spans:
        return None
    text = body.text
    start, stop = spans[0]
    while stop > start and text[stop - 1] in ".!?,;:":
        stop -= 1
    tokens = [(start + t.start(), t.group()) for t in _WORD.finditer(text[start:stop])]
    if len(tokens) < 4:
        return None
    middle = len(tokens) // 2
    halves = [at for at, _ in tokens[middle:-1]] + [at for at, _ in tokens[middle - 1 : 0 : -1]]
    for at in _starts(text, start, stop, tokens) + halves:
        if _balanced(text[at:stop]):
            return (at, stop)
    return None


def _starts(text: str, start: int, stop: int, tokens: list[tuple[int, str]]) -> list[int]:
    """Where the hidden phrase may start, best first."""
    n = len(tokens)
    found: list[int] = []
    for boundary in reversed(list(_BOUNDARY.finditer(text, start, stop))):
        before = sum(1 for at, _ in tokens if at < boundary.start())
        if before >= 2 and 2 <= n - before <= max(3, 0.7 * n):
            found.append(boundary.end())
    words = [w.lower().strip("\"'“”‘’()[],;:") for _, w in tokens]
    for i in range(1, n - 2):
        if words[i] in _COPULA and n - i - 1 <= max(3, 0.7 * n):
            found.append(tokens[i + 1][0])
            break
    for i in range(max(1, int(0.3 * n)), n - 1):
        if words[i] in _OPENER:
            found.append(tokens[i][0])
            break
    return found


def _label(body: InlineText, mark: Mark) -> bool:
    """Whether an emphasised phrase labels the quote rather than stresses it: bold words
    that open it and end on a colon (`**Seneca:** "..."`, `**The difference:** ...`)."""
    return not body.text[: mark.start].strip() and body.text[mark.start : mark.end + 1].rstrip(
        " *_"
    ).endswith(":")


def _balanced(phrase: str) -> bool:
    """Every bracket and curly quotation mark the phrase opens it closes, after opening it;
    straight double quotes come in pairs. (A lone ’ is an apostrophe.)"""
    if phrase.count('"') % 2:
        return False
    depth = 0
    for c in phrase:
        if c in _OPENS:
            depth += 1
        elif c in _CLOSES:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
