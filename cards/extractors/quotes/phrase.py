"""Which words of a quote its card hides: the phrase a reader would recall.

    > Cold water doesn't lead to clear thinking.    -> ... lead to {{clear thinking}}.
    > A **small step** every morning beats a leap.  -> A {{small step}} every morning ...
    > Rest well, then climb again. — A. Writer      -> only the attribution is hidden

The emphasised phrase, else the object of the first sentence's key clause (`point.py`).
Judges of real decks marked the tail of the sentence (what followed its last comma, or
what "is" or an opener led to) as an arbitrary span: "{{and you would be right}}",
"{{to succeed}}", "{{that's true…}}", a list's last items. So a tail is hidden only in a
quote with no attribution, whose card has nothing else to ask, and then from its first
content word, at most `MAX_HIDDEN` words when one such tail exists. An attributed quote
with no object to recall hides only the attribution (`key(..., attributed=True)` is None,
and `faces.py` hides the attribution alone). A deletion never opens or closes a bracket
or a quotation mark alone.
"""

from __future__ import annotations

import re
from collections import Counter

from cards.extractors.quotes.given import given_away, shown
from cards.extractors.quotes.point import points
from cards.extractors.quotes.specific import named, outdone, plain_word, sharper, specific
from cards.extractors.quotes.vocab import opens_nothing
from cards.extractors.quotes.worth import (
    analogy,
    announces,
    called,
    trivial,
    turned,
    verbless,
)
from cards.inline import InlineText, Mark
from cards.language import AUX, sentences, words

_WORD = re.compile(r"\S+")
_ETC = re.compile(r"\betc\b", re.IGNORECASE)
_BOUNDARY = re.compile(r"[,;:–—]\s+|\s+-\s+")
_COPULA = frozenset("is are was were means becomes lies".split())
_OPENER = frozenset(
    "that which who whom whose because when where while if unless until than but and or so "
    "to in on for with without by from into through".split()
)
_ITEMS = re.compile(
    r",\s+(?:[^,;:.!?—–]{1,30},\s+)+(?:and|or)\s+[^,;:.!?—–]{1,30}?(?=[,;:.!?—–]|$)"
)
"""The rest of a list whose first item a phrase is: ", pleasure, and power"."""
_LIST_WORDS = 8
"""Words a phrase and the rest of its list hold at most, to be hidden as one."""
_BUT = re.compile(r"[,;]?\s+(?:but|yet)\s")
"""A phrase the sentence turns from: the point is the other member of the contrast."""
_LATER = 3
"""Sentences after the first whose objects may stand for its everyday word."""
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
    if len(spans) > 1 and setup(text[start:stop]):
        start, stop = spans[1]
    while stop > start and text[stop - 1] in ".!?,;:":
        stop -= 1
    tokens = [(start + t.start(), t.group()) for t in _WORD.finditer(text[start:stop])]
    if len(tokens) < (5 if attributed else 4):
        return None
    half = analogy(text, start, stop) or turned(text, start, spans[0][1])
    half = half or called(text, start, spans[0][1])
    if half is not None:
        return half  # "Sleep is to the mind {{what water is to a garden}}"
    listed = (attributed and _listed(text[start:stop])) or _ETC.search(text, start, stop)
    found = points(text, start, stop)
    recalled = next(found, None)
    counts = shown(text)  # "won't find {{love}}. ... won't find love.": the next object
    if recalled is not None and _BUT.match(text, recalled[1]):
        fits = (p for p in found if _fits(text, p, counts, start if listed else None))
        recalled = next(fits, recalled)  # "is noisy, but lifts {{a barrel of water}}"
    told = recalled is not None and announces(text, recalled)
    if told and recalled is not None and text[recalled[1] :].lstrip().startswith(":"):
        at = text.index(":", recalled[1]) + 1
        at += len(text[at:stop]) - len(text[at:stop].lstrip())
        if stop > at and _short(text[at:stop]) and _balanced(text[at:stop]):
            return (at, stop)  # "the rest of the tools: {{saw, plane, chisel}}"
    hollow = recalled is not None and (told or trivial(text, recalled))
    given = recalled is not None and given_away(text[recalled[0] : recalled[1]], counts)
    if recalled is not None and (hollow or given):
        fits = (p for p in found if _fits(text, p, counts, start if listed else None))
        better = next(fits, None)
        if better is None and not attributed:  # "a {{chance}} ...", "{{rest}} ... rest": later
            later = [(a, b) for a, b in spans if a >= stop][:_LATER]
            fits = (p for a, b in later for p in points(text, a, b) if _fits(text, p, counts, None))
            better = next(fits, None) or specific(text, counts)  # "the {{tapestry workshop}}"
            if not hollow and better is not None and not outdone(text, recalled, better):
                better = None  # "{{Hiraeth}}. Hiraeth is ...": a name, said again, stays
        if better is not None or attributed:
            return better  # none: the card asks who said it
    if recalled is not None and not attributed and plain_word(text, recalled):
        other = specific(text[:stop], counts)  # "made by a {{maker}}": the "{{tin glaze}}"
        if other is not None and other[0] >= start and named(text, other):
            recalled = other if sharper(text, recalled, other) else recalled
    if recalled is not None and listed and "," in text[start : recalled[1] + 1]:
        recalled = None  # one of a list's items: "{{Latin}}, Greek, Hebrew"
    items = _ITEMS.match(text, recalled[1]) if recalled is not None and not attributed else None
    if recalled is not None and items is not None:
        whole = (recalled[0], items.end())  # "from the {{view of rest, work, and play}}"
        recalled = whole if _short(text[whole[0] : whole[1]], _LIST_WORDS) else recalled
    if recalled is not None and _balanced(text[recalled[0] : recalled[1]]):
        return verbless(text, recalled)  # "meant to mark the {{high tide}}"
    if attributed:
        return None  # a tail is no phrase to recall: the card asks who said it
    middle = len(tokens) // 2
    halves = [at for at, _ in tokens[middle:-1]] + [at for at, _ in tokens[middle - 1 : 0 : -1]]
    starts = [at for at in _starts(text, start, stop, tokens) if _short(text[at:stop])]
    halves.sort(key=lambda at: not _short(text[at:stop]))  # a short tail first, if any
    for at in starts + halves:
        at = _content(text, at, stop)
        phrase = text[at:stop]
        if phrase and _balanced(phrase) and not _ETC.search(phrase):
            return (at, stop)
    return None


def _fits(text: str, span: tuple[int, int], counts: Counter[str], listed: int | None) -> bool:
    """Whether another object may stand for one the text gives away: balanced, not one of
    a list's items (`listed`: where the listing sentence starts), not given away too.
    (With none, an unattributed quote keeps the first: its clause tails read worse.)"""
    a, b = span
    item = listed is not None and "," in text[listed : b + 1]
    fair = _balanced(text[a:b]) and not item and not trivial(text, span)
    return fair and not given_away(text[a:b], counts)


def _content(text: str, at: int, stop: int) -> int:
    """Where a tail's first content word starts: no phrase opens on "and", "to" or "then"."""
    for found in _WORD.finditer(text, at, stop):
        if not opens_nothing(found.group()):
            return found.start()
    return stop


def _short(phrase: str, most: int = MAX_HIDDEN) -> bool:
    return len(phrase.split()) <= most


def _starts(text: str, start: int, stop: int, tokens: list[tuple[int, str]]) -> list[int]:
    """Where the tail an unattributed quote hides may start, best first, when its sentence
    has no object to recall. (It may still hide a list's items: its card has nothing
    better to ask.)"""
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
    return found


def _listed(sentence: str) -> bool:
    """Whether the sentence ends in a list: the part between its last two commas has at
    most two words ("Greek, Latin, Hebrew and Persian"; not "..., apparently, ...; and
    when compelled to choose one of two evils, nobody will ...")."""
    parts = sentence.split(",")
    if len(parts) < 3 or len(parts[-2].split()) > 2:
        return False
    last = parts[-1].lower().split()  # "X, doubtless, is the Sun", "..., try to make them one"
    return len(last) <= 2 or (bool({"and", "or", "etc"} & set(last)) and last[0] not in AUX)


def _label(body: InlineText, mark: Mark) -> bool:
    """Whether an emphasised phrase labels the quote, or a part of it, rather than stresses
    it: bold words that open it or a sentence of it and end on a colon (`**Seneca:** "..."`,
    `... the tide. **A freer rendering:** ...`): the writer's heading, not the passage's."""
    before = body.text[: mark.start].rstrip(" *_\n")
    opens = not before or before[-1] in ".!?\n"
    return opens and body.text[mark.start : mark.end + 1].rstrip(" *_\n").endswith(":")


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


_SETUP = frozenset("say suppose imagine assume".split())


def setup(sentence: str) -> bool:
    """ "Let's say you have a wooden box.": a case set up for the point that follows,
    whose noun is no point to recall."""
    return any(w in _SETUP for w in words(sentence)[:3])
