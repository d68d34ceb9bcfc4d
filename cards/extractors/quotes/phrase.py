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

Judges also marked deletions that start at "of" (it continues a noun phrase: "the
weight {{of ...}}"), that hide a list's last items ("Greek, Latin, {{and Hebrew}}"), or
that hide most of a long passage: "of" opens no phrase, a comma in a sentence with two or
more is a list's, not a clause's, and no phrase is longer than `MAX_HIDDEN` words. When no
phrase fits, a quote with an attribution hides only that (`key(..., attributed=True)` is
None, and `faces.py` hides the attribution alone); one without still hides the half after
its middle word, since its card has nothing else to ask.
"""

from __future__ import annotations

import re

from cards.inline import InlineText, Mark
from cards.language import sentences

_WORD = re.compile(r"\S+")
_ETC = re.compile(r"\betc\b", re.IGNORECASE)
_BOUNDARY = re.compile(r"[,;:–—]\s+|\s+-\s+")
_COPULA = frozenset("is are was were means becomes lies".split())
_OPENER = frozenset(
    "that which who whom whose because when where while if unless until than but and or so "
    "to in on for with without by from into through".split()
)
MAX_HIDDEN = 12
"""A phrase of more words is a passage to recite, not one to recall."""
_OPENS = frozenset("([“")
_CLOSES = frozenset(")]”")


def key(body: InlineText, attributed: bool = False) -> tuple[int, int] | None:
    """The phrase to hide: the emphasised one, else the end of the first sentence, cut at
    a phrase's start; None when none fits and the quote has an attribution to hide."""
    for mark in body.marks:
        emphasis = mark.kind in ("strong", "mark") and mark.end > mark.start
        if emphasis and not _label(body, mark) and _short(body.text[mark.start : mark.end]):
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
    for at in _starts(text, start, stop, tokens, attributed) + ([] if attributed else halves):
        phrase = text[at:stop]
        if _balanced(phrase) and not _ETC.search(phrase) and (not attributed or _short(phrase)):
            return (at, stop)
    return None


def _short(phrase: str) -> bool:
    return len(phrase.split()) <= MAX_HIDDEN


def _starts(
    text: str, start: int, stop: int, tokens: list[tuple[int, str]], attributed: bool
) -> list[int]:
    """Where the hidden phrase may start, best first. (A quote without an attribution may
    still hide a list's items: its card has nothing better to ask.)"""
    n = len(tokens)
    found: list[int] = []
    listed = _listed(text[start:stop])
    for boundary in reversed(list(_BOUNDARY.finditer(text, start, stop))):
        if listed and boundary.group().startswith(","):
            continue  # a list's comma: what follows is its last items
        before = sum(1 for at, _ in tokens if at < boundary.start())
        if before >= 2 and 2 <= n - before <= max(3, 0.7 * n):
            found.append(boundary.end())
    words = [w.lower().strip("\"'“”‘’()[],;:") for _, w in tokens]
    for i in range(1, n - 2):
        if words[i] in _COPULA and n - i - 1 <= max(3, 0.7 * n):
            found.append(tokens[i + 1][0])
            break
    for i in range(max(1, int(0.3 * n)), n - 1):
        if words[i] in _OPENER and not (listed and words[i] in ("and", "or")):
            found.append(tokens[i][0])
            break
    if listed and attributed:  # never a list's items: "{{M-Theory, etc}}", "{{Latin, Greek}}"
        found = [at for at in found if "," not in text[at:stop]]
    return found


def _listed(sentence: str) -> bool:
    """Whether the sentence ends in a list: the part between its last two commas has at
    most two words ("Greek, Latin, Hebrew and Persian"; not "..., apparently, ...; and
    when compelled to choose one of two evils, nobody will ...")."""
    parts = sentence.split(",")
    return len(parts) >= 3 and len(parts[-2].split()) <= 2


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
