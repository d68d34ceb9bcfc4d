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
from cards.language import BE


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
_CLAUSE_BREAKS = (", which ", "; ", ", and then ")
"""What a lead holds when it runs over clauses: what the name names is not one of them."""
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
        glossing = _GLOSSING.match(text, unnamed, end)
        begin = glossing.end() if glossing else unnamed  # ", that is, the induction of ..."
        if text[begin:end].split(" ", 1)[0].lower() in _RELATIVE_OPENERS:
            return None  # "the threads we call warp, which we tie ...": a clause about the term
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
    begin = tokens[0].start() if _words(lead[: tokens[0].start()]) == 0 else 0
    end = tokens[-1].end()
    if any(mark in text[begin:end] for mark in _CLAUSE_BREAKS):
        return None  # "..., then there are layers ..., which form X": clauses, no name
    begin = past_referring(text, past_fronted(text, begin, end), end)
    return (begin, end) if begin < end else None


def says_what_it_is(predicate: str, verb: str = "") -> bool:
    """Whether the words of a definition's second deletion name what its term is, a
    category ("a string that ...", "the process by which ...", "an enzyme ..."), so that
    "What is X?" asks for them. A property of the term answers no such question ("a little
    harder to clean", "about freshness", "not that strong", "the default now", "the
    glaze since ash is ...", "A and the inner wall is B"): the judges of the decks mark
    that hint as a false question. The predicate's own words tell, with no parse; after a
    `verb` that gives a meaning ("means", "stands for", "is when", or "are called" after
    them), the words are what the term means however they start ("no prime factors are
    shared", "More general spaces are called ..."), and only a second subject tells. An
    aside in brackets says nothing of either."""
    spoken = (_BRACKETED.sub(" ", predicate).strip(" ,;") or predicate).lower()
    tokens = re.findall(r"[\w'’]+(?:[-/][\w'’]+)*|[,;]|\.(?=\s)", spoken)
    if _MEANING.search(verb):
        return not _second_subject(tokens)
    words = [t for t in tokens if t not in _JOINS and t != "."]
    while words[1:] and words[0] in _HEDGES:
        words = words[1:]  # "just a sequence of ...", "usually the call stack"
    if not words:
        return False
    first, after = words[0], words[1:2]
    if first in _PROPERTY_OPENERS or (first == "a" and after and after[0] in _A_DEGREE):
        return False  # "not that strong", "about ...", "a little harder to clean"
    bare = words[1:] if first in _DEGREE else words
    if bare and bare[0] in _COMPARATIVES and (not bare[1:] or bare[1] in _AFTER):
        return False  # "harder to clean", "much faster": not "smaller networks"
    if first in _JUDGEMENTS and (not after or after[0] in _AFTER):
        return False  # "deprecated since Java 9", "useful for ...": said of it, not what it is
    if len(words) <= _SHORT + 1 and words[-1] in _NOW:
        return False  # "the default now": a status
    if any(w in _REASONS for w in words[1 : _SHORT + 1]):
        return False  # "the glaze since ash is ...": why, not what
    return words[0] in _QUANTIFIERS or not _second_subject(tokens)


def _second_subject(tokens: list[str]) -> bool:
    """Whether a predicate goes on to say "Y is" of a second subject after "and" or a comma
    ("A and the inner wall is B", "dyes and salts are added"), with no relative
    word before that would make it a clause of the first ("a set whose order is ...")."""
    joined = None
    for at, token in enumerate(tokens):
        if token in _RELATIVE:
            return False
        if token in BE and joined is not None and at > joined + 1:
            return True  # a subject between the join and its verb: not "and is cognate"
        if token in _JOINS and at > 0:
            joined = at
        elif token == ".":
            joined = None  # "... to any n. The n-sphere is ...": a sentence of its own
    return False


_BRACKETED = re.compile(r"\([^()]*\)")
_MEANING = re.compile(
    r"\b(?:means?|refers?\s+to|stands?\s+for|denotes?|defined\s+as|when|called|named|"
    r"termed|known\s+as)\b",
    re.IGNORECASE,
)
_PROPERTY_OPENERS = frozenset(
    "not no never about now as rarely more less most least since because for used must "
    "should can cannot may might will".split()
)
"""First words of a predicate that says how its term is, what it is for ("for proximity
sensing", "used to ...") or what it must or can do ("must be filed ..."), never what it is."""
_HEDGES = frozenset(
    "just usually often sometimes always mostly only still simply basically essentially "
    "generally also typically actually merely really very too so quite rather pretty fairly "
    "extremely".split()
)
"""Adverbs before what a predicate says: passed over ("just a sequence of instructions",
"very fine quartz"), the judgement they may qualify read next ("too slow")."""
_A_DEGREE = frozenset("little bit lot tad".split())
"""After "a": a measure of how, not a thing ("a little harder", "a lot like X")."""
_DEGREE = frozenset("little bit lot tad much far even slightly somewhat".split())
_COMPARATIVES = frozenset(
    "better worse harder easier faster slower simpler safer cheaper bigger smaller larger "
    "higher lower stronger weaker newer older".split()
)
_JUDGEMENTS = frozenset(
    "deprecated depreciated obsolete outdated dead good bad great important useful useless "
    "necessary possible impossible true false common rare popular expensive cheap easy hard "
    "difficult slow fast simple complex tricky optional required mandatory available "
    "unavailable recommended discouraged preferred fine okay ok nice cool awesome terrible "
    "best worst".split()
)
"""Adjectives of judgement or status: a property when no noun follows them."""
_AFTER = frozenset("to for in on at with since because and but or if when than by from".split())
_NOW = frozenset("now today nowadays anymore currently".split())
_REASONS = frozenset("since because so".split())
_QUANTIFIERS = frozenset("each every all both any".split())
"""First words of a predicate that is a clause of conditions ("each node has two children
and all leaves are level"): its second subject is the definition's, not a peer's."""
_SHORT = 3
"""Words of a noun phrase short enough that a reason after it is the card's point."""
_RELATIVE = frozenset(
    "that which who whom whose where when what how why if whether whereby because "
    "since once until unless after before though although".split()
)
_JOINS = frozenset("and but while whereas , ;".split())


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))
