"""The last look at a claim before it becomes a card: its cloze, and its subject.

    Hindu is an exonym                        <- a deletion "Hind|u" grows to the whole word
    ... (the Chapter 4 index                  <- one ending inside brackets takes the closer
    "Sin is Obvious"                          <- a quotation mark it opens or closes alone goes
    a process called bonding                  <- "called" is no part of what is hidden
    He needed to choose                       <- the subject is somewhere else: no item

Every rule picks its deletion its own way (the emphasis, the term, the predicate); what it
picked must still be a phrase a reader can recall whole. A deletion that cuts a word or a
name in two, or that holds half of a pair of brackets, hides a span no one would learn; one
that hides only a function word or a single letter asks for nothing. When no whole phrase
can be had, the claim makes no card: an arbitrary span is worse than none.

A claim led by a personal pronoun ("He ...", "Their argument ...") or by a pointer and its
noun ("This process ...", "This type of colour mixing ...") speaks of something an earlier
sentence named; rules that could name it (a definition under its term's heading) already
put the name in its place, so what still leads so has its subject elsewhere. A `Term:
statement` line whose statement opens on "he" or "his" is an anecdote under a label.
"""

from __future__ import annotations

import dataclasses
import re

from cards.extractors.claims.hollow import hollow
from cards.items import Item
from cards.language import FUNCTION_WORDS, finite_verb, words

LONGEST = 16
"""Words a claim's deletion may hide at most; a definition's is its term."""
_CLAUSE_WORDS = frozenset(
    "where which who whom whose when whereas what until unless if whether because since".split()
)
"""Words that open a clause: a term that holds one took its verb from that clause."""


def _clause_in(term: str) -> bool:
    """A term that holds a clause's first word ("Right way to check if a variable"): its
    verb was the clause's. Code's "else if" is a keyword, not a clause."""
    ws = words(term)
    return any(
        w in _CLAUSE_WORDS and not (w == "if" and ws[i - 1 : i] == ["else"])
        for i, w in enumerate(ws)
    )


_CITED = re.compile(r"(?:[1-3]\s)?(?:[A-Z][a-z]+\.?\s)?\d+[:.]\d+(?:[-–]\d+)?(?:\s?[a-z])?")
"""A reference to a chapter and verse, a law's section or a page: where to look, not what
to recall."""
_WE = re.compile(r"[*_ ]*We(?:['’](?:ll|re|ve|d))?\s")
_REST = frozenset("other others another additional misc miscellaneous".split())
_CONTINUES = re.compile(
    r"[*_\"“ ]*(?:\(?\d{1,2}\)|->|→|(?:And|But|So|Then|Or)(?=[ ,])|(?:Thus|Hence|Therefore|Also"
    r"|However|Moreover|Furthermore|Instead|Similarly|Otherwise|Again|Now),"
    r"|In (?:the|this|that|our) (?:example|case|scenario)\b|For example\b|E\.g\.)"
)
"""What opens the next step of an argument (a step's number, an arrow, a connective) or a
claim about an example the card does not show ("In the example, .c files are ...")."""
_PAIRS = (("(", ")"), ("[", "]"), ("{", "}"), ("“", "”"))
_REACH = 80
"""How far past the deletion its partner bracket may be for the deletion to take it in."""
_EDGE = " \t\n,;"
_SPACED = ".:—–-"
"""Marks that leave a deletion's edge only with a space on their other side: "-e" and
".NET" keep theirs, "A MaximumTransactionId -" loses its dash."""


def mend(item: Item) -> Item | None:
    """The claim with its deletion made a whole phrase, or None when it cannot be or when
    the claim's subject is elsewhere."""
    plain = item.text.text
    if leads_elsewhere(plain):
        return None
    if item.term and (_DANGLING.search(item.term) or _clause_in(item.term)):
        return None  # "Make with", "Marriages where the wife": a term cut out of its clause
    if item.term and item.term.split(" ", 1)[0].lower() in _REST:
        return None  # "Other perks", "Other allocated memory": a list's remainder, no term
    if item.term and hollow(plain, item.term):
        return None  # "Output nodes: shows the output of the nodes", "X is a good guy"
    if _CONTINUES.match(plain):
        return None  # "(5) Then in the 18th century ...", "But it ...": the rest of an argument
    if not item.term and _WE.match(plain):
        return None  # "We need to reduce ...", "We want to measure ...": the class's own plan
    if item.key is None:
        return item
    if not item.term and _whole_clause(plain, item.key):
        return None  # "{{Employees shall not make commitments}} or promises ...": no phrase
    key = item.key if item.term else _first_clause(plain, item.key)
    if key is None:
        return None  # a deletion of a whole long clause: no one recalls it word for word
    key = whole_phrase(plain, key)
    if key is None or _CITED.fullmatch(plain, *key):
        return None  # nothing whole to hide, or a verse's number ("6:151", "1 Kings 22:22")
    return item if key == item.key else dataclasses.replace(item, key=key)


def _whole_clause(plain: str, key: tuple[int, int]) -> bool:
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


def _first_clause(plain: str, key: tuple[int, int]) -> tuple[int, int] | None:
    """A long deletion cut where its first clause ends ("skilled liars and can deceive
    others, while truthful ..." hides "skilled liars and can deceive others"), or None when
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
    balanced = _balance(plain, a, b)
    if balanced is None:
        return None
    a, b = balanced
    dangling = _DANGLING.search(plain, a, b)
    if dangling is not None and dangling.start() > a and plain[b:].strip(_ENDING):
        a, b = _trim(plain, a, dangling.start())  # "(at 50 hertz) and a": the "and a" goes
    hidden = plain[a:b]
    if b - a < 2 or (
        all(w in FUNCTION_WORDS or w in _LINKING for w in words(hidden))
        and not _SYMBOLS.sub("", hidden)
    ):
        return None  # "n", "the", "to us": nothing to recall ("The &&" names an operator)
    return a, b


_DANGLING = re.compile(r"(?:\s+(?:and|or|but|the|a|an|of|to|in|with|for))+$")
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
    for opener, closer in _PAIRS:
        if opener not in plain and closer not in plain:
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


_PERSONAL = re.compile(r"[*_\"“ ]*(?:He|She|His|Her|Him|Their|Its)\b(?![-'’])")
_POINTER_NOUN = re.compile(
    r"[*_\"“ ]*(?:This|These|Those|Such)\s+(?:type|kind|form|sort|process|approach|method"
    r"|idea|view|argument|step|stage|phase|gradual|outward|one|way|figure|change)\b"
)
_LABELLED_PERSONAL = re.compile(
    r"^[*_]*\w[\w-]*(?: [\w-]+){0,3}[*_]*:\s+[*_]*(?:he|she|his|her|him)\b", re.IGNORECASE
)


def leads_elsewhere(plain: str) -> bool:
    """A claim whose subject a sentence before it named: a personal pronoun or a pointer
    with its noun leads it ("He needed to ...", "This process causes ..."), or, after a
    `Term:` label, "he" or "his" does ("Heuristics: he advanced the slide ...")."""
    first = plain.lstrip('*_"“ ')[:1]
    if first in "HTIS" and (_PERSONAL.match(plain) or _POINTER_NOUN.match(plain)):
        return True
    return ":" in plain[:62] and _LABELLED_PERSONAL.match(plain) is not None
