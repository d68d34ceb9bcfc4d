"""A claim's deletion made a phrase a reader can recall whole.

    Hindu is an exonym                        <- a deletion "Hind|u" grows to the whole word
    ... (the Chapter 4 index                  <- one ending inside brackets takes the closer
    "Fog is Early"                            <- a quotation mark it opens or closes alone goes
    a process called bonding                  <- "called" is no part of what is hidden
    the yield will be 4.5 tonnes              <- nor is the "be" the value follows
    {{Pilots shall not fly}} within ...       <- subject and verb hidden together: none

Every rule picks its deletion its own way (the emphasis, the term, the predicate); what it
picked must still be a phrase. A deletion that cuts a word in two, or holds half of a pair
of brackets, hides a span no one would learn; one that hides only a function word or a
single letter asks for nothing; one of a whole long clause is not recalled word for word,
and is cut where its first clause ends.
"""

from __future__ import annotations

import re

from cards.language import BE, FUNCTION_WORDS, finite_verb, words

LONGEST = 16
"""Words a claim's deletion may hide at most; a definition's is its term."""
_PAIRS = (("(", ")"), ("[", "]"), ("{", "}"), ("“", "”"))
_MARKS = frozenset('()[]{}“”"')
_REACH = 80
"""How far past the deletion its partner bracket may be for the deletion to take it in."""
_EDGE = " \t\n,;"
_SPACED = ".:—–-"
"""Marks that leave a deletion's edge only with a space on their other side: "-e" and
".NET" keep theirs, "A MaximumTransactionId -" loses its dash."""


def whole_clause(plain: str, key: tuple[int, int]) -> bool:
    """A deletion that opens the sentence and holds its verb: subject and predicate hidden
    together, with the rest of the sentence left to show ("{{Being good at your job is
    necessary}}, but not sufficient ...")."""
    a, b = key
    rest = plain[b:].lstrip(" *_=")
    if rest[:1] == ",":
        rest = rest[1:].lstrip() if _JOINING.match(rest[1:].lstrip()) else ""
    if plain[:a].strip(' *_="“') or not rest[:1].isalpha():
        return False  # "{{Virtue is the only good}} – externals ...", "..., according to X"
    return finite_verb(plain[a:b]) is not None


_JOINING = re.compile(r"(?:but|and|or|yet|so|while|whereas|although|though|because)\b")
"""What carries a sentence on past a comma, unlike an attribution ("according to ...")."""


def first_clause(plain: str, key: tuple[int, int]) -> tuple[int, int] | None:
    """A long deletion cut where its first clause ends ("quick climbers and can scale
    cliffs, while older ..." hides "quick climbers and can scale cliffs"), or None when
    that is still longer than anyone recalls."""
    a, b = key
    if plain.count(" ", a, b) < LONGEST:
        return key
    for found in _CLAUSE_END.finditer(plain, a, b):
        if plain.count(" ", a, found.start()) >= 3:
            b = found.start()
            break
    return (a, b) if plain.count(" ", a, b) < LONGEST else None


_CLAUSE_END = re.compile(r"[;,:]\s|\s[—–-]\s|\s\(")


def whole_phrase(plain: str, key: tuple[int, int]) -> tuple[int, int] | None:
    """The deletion `key` of `plain` grown to whole words, its edges cleared of stray
    punctuation and of "called", and its brackets and quotation marks balanced; None when
    what is left hides nothing worth recall."""
    a, b = key
    while 0 < a < len(plain) and plain[a - 1].isalnum() and plain[a].isalnum():
        a -= 1
    while 0 < b < len(plain) and plain[b - 1].isalnum() and plain[b].isalnum():
        b += 1
    a, b = _trim(plain, a, b)
    if plain.startswith("called ", a):
        a, b = _trim(plain, a + 7, b)
    if plain.endswith(" called", a, b):
        a, b = _trim(plain, a, b - 7)
    verb = plain[a:b].split(" ", 1)
    if a > 0 and len(verb) == 2 and verb[0] in _COPULA and len(verb[1].strip()) > 1:
        a, b = _trim(plain, a + len(verb[0]) + 1, b)  # "will {{be Y[0]}}": the value is hidden
    balanced = _balance(plain, a, b)
    if balanced is None:
        return None
    a, b = balanced
    end = dangling_end(plain, a, b)
    if end < b and plain[b:].strip(_ENDING):
        a, b = _trim(plain, a, end)  # "(at 50 hertz) and a": the "and a" goes
    hidden = plain[a:b]
    first = hidden.split(" ", 1)[0].lower()
    if b - a < 2 or (
        (first in FUNCTION_WORDS or first in _LINKING)
        and hidden.count(" ") < 5
        and all(w in FUNCTION_WORDS or w in _LINKING for w in words(hidden))
        and not _SYMBOLS.sub("", hidden)
    ):
        return None  # "n", "the", "to us": nothing to recall ("The &&" names an operator)
    return a, b


def past_label(plain: str, key: tuple[int, int]) -> tuple[int, int]:
    """A deletion that opens a line or a sentence on a label of a word or two and its colon
    ("{{Benefits: fewer polls}}") moved past the label: the label names the facet the card
    asks for, what follows it is the answer, and a reader cannot recall both as one phrase."""
    a, b = key
    if plain[:a].rstrip(" *_")[-1:] not in ("", ".", ":"):
        return key  # "hardest in {{two seasons: in spring}}": a sentence's words, no label
    label = _LABEL.match(plain, a, b)
    if label is None or len(plain[label.end() : b].split()) < _MIN_ANSWER:
        return key
    return label.end(), b


_LABEL = re.compile(r"[*_ ]*[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?[*_]*:\s+(?=[*_]*\w)")
_MIN_ANSWER = 2
"""Words an answer past a label keeps: "Benefits: {{less}}" asks nothing."""


def dangling_end(text: str, a: int, b: int) -> int:
    """Where `text[a:b]` ends without the words it stops on short of their phrase ("and
    a"); `b` when it ends on none, and never before its first word."""
    end = b
    while True:
        cut = text.rfind(" ", a, end)
        if cut <= a or text[cut + 1 : end] not in _DANGLING:
            return end
        end = len(text[:cut].rstrip())


_COPULA = BE | {"be", "been", "being"}
"""The verb a value follows ("the yield will be Y[n]"): what a reader recalls is the value,
so a deletion that opens on it starts past it."""
_DANGLING = frozenset("and or but the a an of to in with for".split())
"""Words a deletion can end on only by stopping short of their phrase, when the sentence
goes on after it ("the mode the other person is in." ends its sentence)."""
_ENDING = " \t\n.!?;:\"'”’)"
_LINKING = frozenset("if then when while because since although though unless whether".split())
_SYMBOLS = re.compile(r"[\w\s.,;:'’\"“”()]+")


def _trim(plain: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (
        plain[a] in _EDGE or (plain[a] in _SPACED and plain[a + 1 : a + 2] in ("", " "))
    ):
        a += 1
    while b > a and (plain[b - 1] in _EDGE or (plain[b - 1] in _SPACED and plain[b - 2] == " ")):
        b -= 1
    return a, b


def _balance(plain: str, a: int, b: int) -> tuple[int, int] | None:
    """Brackets and quotation marks whole inside the deletion: a partner just outside is
    taken in, a lone mark at an edge is left out; one lone in the middle spoils it."""
    if _MARKS.isdisjoint(plain[a:b]):
        return a, b
    for opener, closer in _PAIRS:
        if opener not in plain[a:b] and closer not in plain[a:b]:
            continue
        depth, lowest = 0, 0
        for c in plain[a:b]:
            depth += (c == opener) - (c == closer)
            lowest = min(lowest, depth)
        if lowest < 0:  # a closer without its opener: "Texts) according to ..."
            start = plain.rfind(opener, max(0, a - _REACH), a)
            if plain[a] == closer:
                a, b = _trim(plain, a + 1, b)
            elif start >= 0 and lowest == -1:
                a = start
            else:
                return None
            depth = lowest = 0
            for c in plain[a:b]:
                depth += (c == opener) - (c == closer)
                lowest = min(lowest, depth)
            if lowest < 0:
                return None
        if depth > 0:  # an opener without its closer: "(Chapter 4, 15"
            end = plain.find(closer, b, b + _REACH)
            if plain[b - 1] == opener:
                a, b = _trim(plain, a, b - 1)
            elif end >= 0 and depth == 1:
                b = end + 1
            else:
                return None
    if plain.count('"', a, b) % 2:
        if plain[b - 1] == '"':
            b -= 1
        elif plain[a] == '"':
            a += 1
        else:
            return None
        a, b = _trim(plain, a, b)
    return (a, b) if a < b else None
