"""Where a definition says what its term is: the second deletion of its note.

    Endorphins are [our natural pain-killers].              <- after the term and its verb
    [A starter kept alive with flour] is called a levain.   <- before a term named last
    Grafting: [Grafting] joins [a cutting to ...]          <- the term named again: c1 too

The first deletion hides the term; the second, asked as "What is X?" (`faces.what_is`),
hides what the sentence says the term is, and no more: not another name for it, not a
second clause (`claims/clause.py`), not the lead of a name that belongs to another noun.
"""

from __future__ import annotations

import re

from cards.extractors.claims.clause import aside_start, clause_end, past_alias, restated


def meaning_deletions(text: str, term: tuple[int, int]) -> tuple[tuple[int, int, int], ...]:
    """The deletions a definition adds to its term's (start, end, number): what the term is
    (2), and the term named again where that starts (1), hidden with the first naming."""
    defined = defined_span(text, term)
    if defined is None:
        return ()
    again = restated(text, term, defined[0])
    if again is None:
        return ((*defined, 2),)
    after = _CONNECTOR.match(text, again[1])
    return ((*again, 1), (max(after.end() if after else again[1], again[1]), defined[1], 2))


_CONNECTOR = re.compile(
    r"""[\s*_"'”’“‘)\]:,;=→–—-]*"""
    r"(?:(?:is|are|was|were)(?:\s+(?:defined\s+as|called|known\s+as|when))?|refers?\s+to|means?|"
    r"stands?\s+for|describes?|denotes?)?\b[\s:,]*",
    re.IGNORECASE,
)
_LEAD_IN = frozenset(
    "we i you they call called calls term termed terms name named names known as is are "
    "was were this these those the a an it which that so".split()
)
_COPULAS = frozenset("is are was were be been being".split())
"""Before "called": the sentence names what its subject is ("A starter ... is called a
levain"). After any other word, "called" names a noun of the sentence ("a step called
proofing"), and what comes before it is no definition of the name."""
_NAMING = frozenset({"called", "named", "termed"})
_HOW_CALLED = frozenset(
    "also often sometimes usually commonly generally simply collectively frequently now "
    "formally informally widely just".split()
)
"""Adverbs between a verb and "called" ("is also called", "are often termed"): skipped."""
_PRONOUNS = frozenset("it they this these".split())
_FRAMES = frozenset("In Since Because As For Without".split())
"""What opens a lead that frames or gives a reason, whose pronoun names its subject
elsewhere: "In weaving, they are called ...", "Since ..., it is called ..."."""
_STOPS_SHORT = frozenset("of to and or but for with by in on at from".split())
"""Last words of a lead that stops short of its phrase ("Because of", "units each of")."""
_TRIMMED = _LEAD_IN | _HOW_CALLED
"""Words between what a term names and the term, left out of the deletion."""


def defined_span(text: str, term: tuple[int, int]) -> tuple[int, int] | None:
    """Where a definition says what its term is: after the term and its verb ("Endorphins
    are [our natural pain-killers]."), up to where a second clause or a closing aside
    begins (`clause.clause_end`: "a number[, so a pointer's type ...]"), or, for a term
    named last ("When stress overlaps, we call these distressed relationships."), before
    it. None when that leaves no words."""
    end = len(text.rstrip(" .!;:"))
    start, stop = term
    lead = text[:start]
    if _words(lead) <= 1 or stop < end:  # the term comes first, or the sentence goes on
        after = _CONNECTOR.match(text, stop)
        begin = after.end() if after else stop
        begin = max(begin, stop)
        unnamed = past_alias(text, begin, end)
        if unnamed is None:
            return None  # "Gauge, aka Track Width": another name, not what it is
        begin = unnamed
        end = min(clause_end(text, begin, end), aside_start(text, begin, end))
        end = len(text[:end].rstrip(" ,;"))
        return (begin, end) if _words(text[begin:end]) >= 1 and begin < end else None
    tokens = list(re.finditer(r"[\w'’-]+", lead))
    named = [
        "",
        "",
        *(t.group().lower() for t in tokens[-4:] if t.group().lower() not in _HOW_CALLED),
    ]
    if named[-1] in _NAMING and named[-2] not in _COPULAS:
        return None  # "... during a step called proofing": the name of a noun, defined by none
    if named[-2:] == ["known", "as"] and named[-3] not in _COPULAS:
        return None  # "... carry a tool known as an adze": the noun's name
    if named[-3] in _PRONOUNS and lead.lstrip(' *_"“').split(" ", 1)[0] in _FRAMES:
        return None  # "In weaving, they are called ...", "Since ..., it is called ...": elsewhere
    while tokens and tokens[-1].group().lower() in _TRIMMED:
        tokens.pop()
    if not tokens or tokens[-1].group().lower() in _STOPS_SHORT:
        return None  # "Owing to that, it is called ...": the lead is no phrase
    return (tokens[0].start() if _words(lead[: tokens[0].start()]) == 0 else 0, tokens[-1].end())


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))
