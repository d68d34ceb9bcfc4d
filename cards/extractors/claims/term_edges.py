"""Words at the edges of a defined term that belong to the sentence, not to the term.

    e.g. Basalt is volcanic.                  <- an example's lead: the term is "Basalt"
    The small bone is called its stirrup.     <- a possessive before a name given last
    Bonsai literally means "tray planting".   <- an adverb of the naming verb
    Usually a shuttle is a tool that ...      <- a hedge on the sentence: the term is "a shuttle"
    Apparently the cache is a ring buffer.    <- the writer's stance on it: no term
    Currently the cache is a plain list.      <- a state at one time: no term
    Even though the cache is small, it ...    <- a concession, its clause goes on: no term

Each is read as part of the subject by the rules that find a term, and a card of it would
ask "What is Apparently the cache?". Without the first four, the term is what the
sentence defines ("usually", "technically" only hedge the definition); an adverb of the
writer's stance makes the sentence a remark on its subject (as "Obviously X is ..." is
for the subject rules), so it defines nothing; so does one of time ("Now", "Currently":
how things stand at a step of an explanation), and a subordinator ("Even though",
"Although") puts the subject in a clause that the sentence goes on past.
"""

from __future__ import annotations

import re

from cards.inline import InlineText

_EXAMPLE = re.compile(r"(?:e\.\s?g\.|i\.\s?e\.|eg\b|ie\b),?\s+", re.IGNORECASE)
_HEDGED = re.compile(
    r"(?:^|\s+)(?:(?:literally|basically|essentially|simply|really|actually|only|just)\b\s*)+$",
    re.IGNORECASE,
)
"""Adverbs a naming verb takes before it ("X literally means"), which end no term."""
_HEDGES = frozenset(
    "basically essentially generally usually typically actually technically ultimately".split()
)
"""Adverbs that hedge the whole sentence and leave it a definition ("Usually a shuttle is")."""
_STANCES = frozenset(
    "apparently obviously clearly arguably presumably supposedly now currently nowadays "
    "although though whereas because since unless".split()
)
"""Adverbs of the writer's stance or of the time, and subordinators, which open no term
("Apparently the cache is ...", "Currently the queue is ...", "Although X is ...")."""
POSSESSIVES = frozenset("its their his her our my your".split())
"""A possessive that points back before a term ("its valency"): no part of the name."""
_CONCEDED = frozenset("though if when".split())
"""What "even" turns into a subordinator ("Even though X are ...", "Even if X is ...")."""


def _conceding(first: list[str]) -> bool:
    """Whether the term opens on "even" and a subordinator; "Even numbers" is a term."""
    rest = first[1].split(None, 1)
    return first[0].lower() == "even" and len(rest) == 2 and rest[0].lower() in _CONCEDED


def bare_term(term: str, sentence: InlineText) -> tuple[str, InlineText]:
    """The term without the sentence's words at its edges, and the sentence without an
    example's lead (which the card can state without); '' when nothing of a term is left
    ("Really only means ...") or the sentence is a remark ("Apparently X is ...")."""
    lead = _EXAMPLE.match(term)
    if lead:
        term, sentence = term[lead.end() :], sentence.slice(lead.end(), len(sentence.text))
    first = term.split(None, 1)
    if len(first) == 2 and (first[0].lower() in _STANCES or _conceding(first)):
        return "", sentence  # a remark on the sentence's subject, as "Obviously X is ..."
    if len(first) == 2 and first[0].lower() in _HEDGES:
        term, first = first[1], first[1].split(None, 1)  # "Usually a shuttle is ..."
    if len(first) == 2 and first[0].lower() in POSSESSIVES:
        term = first[1]
    hedge = _HEDGED.search(term)
    if hedge:
        term = term[: hedge.start()]
    return term, sentence


def with_short_form(plain: str, end: int) -> int:
    """Where a term ending at `end` ends with the short form or aside in brackets right
    after it, which names it too ("Domain Name System (DNS) is ..."); an aside that dates
    it or gives its origin is not hidden with it."""
    short = _SHORT.match(plain, end)
    return short.end() if short and not _DATED.search(short.group()) else end


_SHORT = re.compile(r"\s*\([^()]{1,60}\)")
"""A short form or an aside in brackets right after the term: `Domain Name System (DNS)`,
`Sharding (splitting rows across servers)`."""
_DATED = re.compile(
    r"\b(?:1\d{3}|20\d\d|centur(?:y|ies)|BCE?|CE|AD)\b"
    r"|\(\s*(?:from|greek|latin|lit\b|literally|born|died|c\.|ca\.|circa)",
    re.I,
)
"""An aside that dates the term or gives its origin ("The Tellurion Codex (early 14th
century)", "An astrolabe (from Greek ...)"): read with the card, not recalled as the
term; judges marked it hidden as a cloze over more than the name."""
