"""Where a definition says what its term is: the second deletion of its note.

    Endorphins are [our natural pain-killers].              <- after the term and its verb
    [A starter kept alive with flour] is called a levain.   <- before a term named last
    Grafting: [Grafting] joins [a cutting to ...]          <- the term named again: c1 too
    Tar is [a pitch once brushed on tar paper].            <- named in what it is: asked alone

The first deletion hides the term (unless what it is names it again); the second, asked
as "What is X?" (`faces.what_is`), hides what the sentence says the term is, and no more:
not another name for it, not a second clause (`claims/clause.py`), not the lead of a name
that belongs to another noun.
"""

from __future__ import annotations

import re

from cards.extractors.claims.again import named_again
from cards.extractors.claims.alias import TERM_ADVERBS, past_alias, restated
from cards.extractors.claims.clause import aside_start, clause_end, past_fronted
from cards.extractors.claims.guessable import guessable
from cards.extractors.claims.refer_as import past_referring


def meaning_deletions(
    text: str, term: tuple[int, int], literal: tuple[tuple[int, int], ...] = ()
) -> tuple[tuple[int, int, int], ...]:
    """A definition's deletions (start, end, number): its term (1), the term named again
    where what it is starts or anywhere outside it (1, `again.py`), hidden with the first
    naming, and what the term is (2), last: the deletion `faces` asks "What is X?" of.
    Where what the term is names the term itself, it is asked alone and the term stays in
    the clear: hiding that naming would cut the answer in pieces, and a card hiding the
    term would show it in the answer's words. `literal`: where the text is code or math,
    whose words are names, never guessed. None when the sentence says no meaning."""
    defined = defined_span(text, term)
    if defined is None:
        return ()
    a, b = defined
    if guessable(text[a:b]) and not any(s < b and a < e for s, e in literal):
        return ()  # "Tempering is {{a process}}": what any reader fills in
    again = restated(text, term, defined[0])
    if again is not None:
        after = _CONNECTOR.match(text, again[1])
        defined = (max(after.end() if after else again[1], again[1]), defined[1])
    named = ((again,) if again else ()) + literal
    elsewhere = [s for s in named_again(text, term, named) if not _straddles(s, defined)]
    label = next((_LABEL.match(text, e) for s, e in elsewhere if s == defined[0]), None)
    if label is not None:  # "Loam: soil of sand and clay is called loam": a label, not a word
        defined = (label.end(), defined[1])
    if any(defined[0] <= s and e <= defined[1] for s, e in elsewhere):
        return ((*defined, 2),)  # "Tar is a pitch once brushed on tar paper": asked alone
    ones = [term, *([again] if again else []), *elsewhere]
    return (*((s, e, 1) for s, e in ones), (*defined, 2))


_LABEL = re.compile(r"[*_]*\s*:\s+")
"""A colon after the term named first, as a label, before what a term named last is."""


def _straddles(span: tuple[int, int], defined: tuple[int, int]) -> bool:
    """Whether a naming runs across an edge of what the term is: hidden with neither."""
    return span[0] < defined[0] < span[1] or span[0] < defined[1] < span[1]


_CONNECTOR = re.compile(
    r"""[\s*_"'”’“‘)\]:,;=→–—-]*"""
    rf"(?:(?:{'|'.join(sorted(TERM_ADVERBS))})\s+"
    r"(?=(?:is|are|was|were|refers?|means?|stands?|describes?|denotes?)\b))?"
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
_GLOSSING = re.compile(r"(?:that is|i\.e\.|in other words|namely),?\s+", re.IGNORECASE)
"""What opens a gloss after a term named first: no part of what the term is."""
_RELATIVE_OPENERS = frozenset("which who whom whose whereby".split())
"""What a relative clause opens on: after the term, it says something of it in a clause of
its own, never what the term is."""
_TRIMMED = _LEAD_IN | _HOW_CALLED | {"have", "has", "had", "been", "its", "their"}
"""Words between what a term names and the term, left out of the deletion."""
_CLAUSE_BREAKS = (", which ", "; ", ", and then ")
"""What a lead holds when it runs over clauses: what the name names is not one of them."""


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
        glossing = _GLOSSING.match(text, unnamed, end)
        begin = glossing.end() if glossing else unnamed  # ", that is, the drying of ..."
        if text[begin:end].split(" ", 1)[0].lower() in _RELATIVE_OPENERS:
            return None  # "the threads we call warp, which we tie ...": a clause about the term
        end = min(clause_end(text, begin, end), aside_start(text, begin, end))
        end = len(text[:end].rstrip(" ,;"))
        return _paired(text, begin, end) if _words(text[begin:end]) >= 1 and begin < end else None
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
    begin = tokens[0].start() if _words(lead[: tokens[0].start()]) == 0 else 0
    end = tokens[-1].end()
    if any(mark in text[begin:end] for mark in _CLAUSE_BREAKS):
        return None  # "..., then there are layers ..., which form X": clauses, no name
    begin = past_referring(text, past_fronted(text, begin, end), end)
    return _paired(text, begin, end) if begin < end else None


def _paired(text: str, begin: int, end: int) -> tuple[int, int]:
    """What a term is, with a bracket it opens closed inside it ("a thread (the outermost)",
    not "a thread (the outermost") and without a quotation mark it only closes ("skips over
    warps\"" after the opening mark was left out): a deletion holds both marks of a pair or
    neither."""
    span = text[begin:end]
    if span.count("(") > span.count(")"):
        closer = _CLOSER.match(text, end)
        end = closer.end() if closer else end
    elif (span.endswith('"') and span.count('"') % 2) or _closes_alone(span):
        end = len(text[: end - 1].rstrip(" ,;"))
    return begin, end


def _closes_alone(span: str) -> bool:
    return span.endswith("”") and span.count("”") > span.count("“")


_CLOSER = re.compile(r"[^\w\s()]{0,3}\)")
"""The bracket a span leaves open, right after its last word and the marks that close it
("... (the 'lip')")."""


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))
