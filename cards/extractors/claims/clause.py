"""Where a deletion's own clause ends: what a card hides is one fact, not the sentence's rest.

    a whole number{{, so its halves are ...}}         <- a second clause after a comma: cut
    the heap{{, which holds what outlives a call}}    <- a relative clause: cut
    {{trade goods by barter}} (in most villages ...)  <- an aside closing the deletion: cut
    {{and the guess was wrong}}                       <- opens on a conjunction: no phrase

A reader recalls the head of what a sentence says: the noun phrase, the value, the name.
A deletion that runs on past a comma into another clause hides two facts at once, and
the second one is not what the card asks; one that opens on "and" or "so" hides the link
between two thoughts, not either of them. Cutting keeps the first fact whole, and shows
the rest of the sentence as its context.
"""

from __future__ import annotations

import re

from cards.extractors.claims.phrase import dangling_end
from cards.language import CONJUNCTIONS, FUNCTION_WORDS, WH, finite_verb, words

_JOINED = re.compile(
    r"(?<=[a-z]{3})(?<!etc)(?<!approx)(?<!incl)(?<!resp)(?<!misc)(?<!esp)(?<!vol)\.\s+(?=[A-Za-z])"
    r"|\s*(?:;|\s[—–]|(?<=[a-z]) -)\s"
    r"|,\s+(?:(?P<joining>but|so|yet|while|whereas|although|though|because|since|thus|hence"
    r"|therefore)|which|who|whom|whose|where|i\.e\.|e\.g\.|meaning|that is)[\s,]"
    r"|\s(?=because\s)|(?P<second>\s(?:and|but) )(?=(?:is|are|was|were|has|have|can|will)\s)"
    r"|(?P<conjoined>\s(?:and|but)\s)(?=(?:the\s|its\s|their\s)?[a-z]{3,}\s(?:is|are|was|were)\s)"
    r"|,\s+(?P<subject>it|it['’]s|they|there|he|she|we|you|this|these)\s"
    r"|(?P<splice>,)(?=\s+[^\s,]+(?:\s[^\s,]+)?\s(?:is|are|was|were|refers\sto|means)\s)"
)
"""A sentence's end (not an abbreviation's dot: "etc.", "approx.", "incl."), or a comma
(or semicolon, or spaced dash) that opens a second clause: "..., which ...", "..., but
...", "..., it comprises ...", "...; ...", "... — ...", or a second predicate of the same
subject ("a file format and is read by ..."), or a second subject and its verb after a
predicate ("the lengthwise set and weft is ..."), or a reason ("a two-way road because cars
pass both ways"), or a second subject of a word or two and its verb after a comma ("the
warp runs lengthwise, weft refers to the rest")."""
_NOT_ONLY = re.compile(r"\bnot (?:only|just|merely|simply)\b", re.IGNORECASE)
"""What opens the first half of a phrase whose second half opens on "but"."""
_MARKS = (",", ";", "—", "–", " - ", ". ", " and ", " but ", " because ")
_AND = re.compile(r",\s+(?:and|or)\s")
_MIN_WORDS = 2
"""Words a deletion keeps before a cut: "the stack" is a phrase, "a" is not."""
_SUBJECT_WORDS = 3
"""Words a clause after "and" may take before its verb: more, and the verb is a relative
clause's inside a list item ("copy, edit, or delete any file that's kept ...")."""
_ASIDE_WORDS = 3
"""Words an aside holds to be one: "(GPU)" and "(Lake Tana)" gloss what they follow,
and hiding the phrase without them would leave its answer in sight."""
_FRONTED = frozenset(
    "if when whenever while although though because since once unless where in on at "
    "for with by after before during".split()
)
"""Words that open a phrase fronted before the clause it belongs to: the comma after it
("if it rains, they stay in") does not end the clause."""
_COMPLEMENT = frozenset("that whether".split())
"""Words that open a reported clause, which may front a phrase of its own ("means that if
two clocks drift apart, they are reset"): the phrase after them is what is fronted."""
_OPENERS = CONJUNCTIONS | {"because"}
"""Words a phrase worth recall never opens on: they join it to the clause before."""


def clause_end(text: str, a: int, b: int) -> int:
    """Where `text[a:b]` runs on into a second clause, or `b`: a list ("flour, water,
    and salt") is one phrase, a clause after "and" has its own verb ("..., and rumours
    are a poor guide to prices")."""
    span = text[a:b]
    if not any(mark in span for mark in _MARKS):
        return b
    fronted = _fronted(span)
    for found in _JOINED.finditer(text, a, b):
        dash = found.group().strip()
        if dash and dash in "—–-" and f" {dash} " in text[found.end() : b]:
            continue  # "a tool that a cook – or a baker – keeps": an aside
        if dash and dash in "—–-" and text.count(f" {dash} ", a, found.start()) % 2:
            continue  # "a cook – or a baker – keeps": the aside's closing dash
        if found.group("joining") and _modifier(text[found.end() : b]):
            continue  # "a cheap, but often faulty part": one phrase
        if found.group("joining") == "but" and _NOT_ONLY.search(text, a, found.start()):
            continue  # "not only its colour, but its smell": one phrase in two halves
        if found.group("second") and "," in text[a : found.start() - 1]:
            continue  # "seeds sprout, grow tall and are cut": a series of verbs
        if fronted and found.group().startswith(","):
            continue  # "if two clocks drift apart, they are reset": one clause
        if found.group("conjoined") and not _conjoined(text, a, found.start()):
            continue  # "values and beliefs were taught": one subject of two nouns
        if found.group("splice") and not _spliced(text, a, found.start()):
            continue  # "bones, flesh, hair are ...": a list's last item, not a new subject
        if _cuts(text, a, found.start()):
            return found.start()
    for found in _AND.finditer(text, a, b):
        rest = text[found.end() : b].split(",", 1)[0]
        verb = finite_verb(rest)
        if (
            not fronted
            and verb is not None
            and verb <= _SUBJECT_WORDS
            and _cuts(text, a, found.start(), least=1)  # "flavour, and pepper means heat"
        ):
            return found.start()
    return b


_NOT_SUBJECTS = CONJUNCTIONS | WH | {"that", "etc", "as", "so", "then"}


def _spliced(text: str, a: int, comma: int) -> bool:
    """Whether the words after a comma at `comma` are a second subject ("the warp runs
    lengthwise, weft refers to ...", "a rib ..., a sponge is ..."): no comma before it (which makes
    it a list's last item), and not a conjunction or a relative word ("and columns are",
    "that are", "how likely is") or "etc."."""
    first = text[comma + 1 :].split(None, 1)[0].lower().rstrip(".")
    before = text[a:comma]
    joined = " and " in before or " but " in before  # "... and in most machines, all ..."
    return "," not in before and not joined and first not in _NOT_SUBJECTS


def _conjoined(text: str, a: int, at: int) -> bool:
    """Whether "and" at `at` joins a second clause to a predicate ("is the lengthwise set
    and weft is the crosswise set"): what comes before it follows a verb of being, and holds
    no comma (a list's last item: "flour, salt and yeast are") and no word that opens a
    clause ("the fact that heat and light are"), whose subject the two nouns would be."""
    before = text[a:at]
    if "," in before or _CLAUSE_OPENERS.intersection(words(before)):
        return False
    return _BEING.search(text, 0, a) is not None or _BEING_IN.search(before) is not None


_BEING = re.compile(r"\b(?:is|are|was|were|means)\W*$")
_BEING_IN = re.compile(r"\s(?:is|are|was|were)\s")
_CLAUSE_OPENERS = frozenset("that which who where when whether if".split())


def _fronted(span: str) -> bool:
    """Whether a span opens on a phrase fronted before its clause, at once or after a word
    that opens a reported clause ("that if ...", "whether when ...")."""
    first, _, rest = span.partition(" ")
    if first.lower() in _COMPLEMENT:
        first = rest.split(" ", 1)[0]
    return first.lower() in _FRONTED


def past_fronted(text: str, a: int, b: int) -> int:
    """Where the clause of `text[a:b]` starts past a phrase fronted before it ("In pottery,
    the process of joining ..." starts at "the process"), or `a` when none is; `b` when
    nothing follows the phrase ("If the soil is dry, then")."""
    if not _fronted(text[a:b]):
        return a
    comma = text.rfind(", ", a, b)
    if comma < 0:
        return a
    then = _THEN.match(text, comma + 2, b)
    return then.end() if then else comma + 2


_THEN = re.compile(r"then\s+")


def aside_start(text: str, a: int, b: int) -> int:
    """Where a bracketed aside that closes `text[a:b]` starts ("trade goods by
    barter (in most villages ...)"), or `b` when none does or nothing would be left."""
    if not text[a:b].endswith(")"):
        return b
    start = text.rfind(" (", a, b)
    if start < 0 or ")" in text[start : b - 1] or not _cuts(text, a, start):
        return b
    if "), " in text[a:start]:
        return b  # "by fuel (coal, oil), by cycle (two, four)": the last item's own aside
    aside = [w for w in text[start + 2 : b - 1].split() if w[:1].isalpha()]
    if len(aside) < _ASIDE_WORDS or aside[0].lower() in ("or", "aka", "a.k.a.", "also"):
        return b  # "(GPU)", "(or dashed line)": another name for what is hidden
    return start


def own_clause(text: str, key: tuple[int, int]) -> tuple[int, int]:
    """A claim's deletion cut to its own clause and without a closing aside, and without a
    conjunction it opens on ("and not that it rains daily" hides "not that it ...")."""
    a, b = key
    b = min(clause_end(text, a, b), aside_start(text, a, b))
    if opens_joined(text[a:b]) and text[a].islower() and " " in text[a:b]:
        a = text.index(" ", a) + 1
    return a, len(text[:b].rstrip(" ,;"))


def value_key(text: str, key: tuple[int, int]) -> tuple[int, int]:
    """The value a sentence gives its quantity, in place of the quantity's one-word name
    that the writer emphasised ("**Cost** is proportional to n * k" hides "n * k"): the
    name is a facet label, the value is what a reader learns."""
    a, b = key
    if text[:a].strip(' *_"“') or " " in text[a:b].strip():
        return key
    found = _VALUE.match(text, b)
    if found is None or not _MATH.search(found.group("value")):
        return key
    return found.start("value"), found.end("value")


_VALUE = re.compile(
    r"[*_]*\s+(?:is|are|=|equals)\s+(?:(?:proportional|equal|close) to\s+|about\s+|roughly\s+)?"
    r"(?P<value>[^;,:]{1,30}?)\s*\.?$"
)
_MATH = re.compile(r"[+*/^=<>%]|\bO\(|^[\d.]+(?:\s\w+)?$")
"""A value: a formula, a big-O, or a number with at most a unit."""


def opens_joined(hidden: str) -> bool:
    """A deletion that opens on a conjunction: the link between two thoughts ("and the
    guess was wrong", "so most shops close ...")."""
    return hidden.split(" ", 1)[0].lower() in _OPENERS


_EMPTY = frozenset("same one ones other others different following above below".split())


def _modifier(rest: str) -> bool:
    """What follows "but" qualifies one phrase ("cheap, but often faulty parts", "paid
    to some, but not yet all of its staff"), or corrects it ("not a new process, but instead
    a thread"), not a second clause."""
    first = rest.split(" ", 1)[0].lower()
    return first in _QUALIFIERS


_QUALIFIERS = frozenset(
    "not often sometimes rarely seldom still also usually generally typically mostly slightly "
    "largely partly highly very less more instead rather".split()
)


def _enough(text: str, a: int, b: int, least: int = _MIN_WORDS) -> bool:
    return len(text[a:b].split()) >= least


def _cuts(text: str, a: int, at: int, least: int = _MIN_WORDS) -> bool:
    """Whether a deletion from `a` may end at `at`: with words enough before it (`least`;
    one content word before a clause with a subject and verb of its own), and not inside a
    bracket ("(the roots hold water; ...)"), nor after a word that stops short of its
    phrase."""
    if not _enough(text, a, at, least) or dangling_end(text, a, at) < at:
        return False  # "a reply to it and, since ...": the cut would leave "and"
    if all(w in FUNCTION_WORDS or w in _EMPTY for w in words(text[a:at])):
        return False  # "the same - keep the larger": what is left says nothing
    return text.count("(", a, at) <= text.count(")", a, at)
