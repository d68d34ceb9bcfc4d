"""Whether a definition's predicate says what its term is or only how it is.

    Pewter is [an alloy of tin with a little copper].      <- a category: "What is pewter?"
    Pewter is [cheaper than silver].                        <- a property: no such question

`faces` asks "What is X?" of a definition's second deletion (`meaning.py`) only when its
words name a category; a property asked that way reads as a false question.
"""

from __future__ import annotations

import re

from cards.language import BE, QUANTIFIERS


def says_what_it_is(predicate: str, verb: str = "") -> bool:
    """Whether the words of a definition's second deletion name what its term is, a
    category ("a string that ...", "the process by which ...", "an enzyme ..."), so that
    "What is X?" asks for them. A property of the term answers no such question ("a little
    harder to sand", "about freshness", "not that strong", "the default now", "the
    glaze since ash is ...", "A and the inner wall is B"): the judges of the decks mark
    that hint as a false question. The predicate's own words tell, with no parse; after a
    `verb` that gives a meaning ("means", "stands for", "is when", or "are called" after
    them), the words are what the term means however they start ("no prime factors are
    shared", "More general spaces are called ..."), unless they open on what it brings
    about ("less checking at runtime", "potentially ..."), and only a second subject tells.
    With no verb between the term and the deletion, a deletion that opens on a verb of
    becoming or seeming ("becomes the main doctrine") says what the term came to be. An
    example of something ("an example of a relay") is not what the thing is. An aside in
    brackets says nothing."""
    spoken = (_BRACKETED.sub(" ", predicate).strip(" ,;") or predicate).lower()
    tokens = re.findall(r"[\w'’]+(?:[-/][\w'’]+)*|[,;]|\.(?=\s)", spoken)
    if _MEANING.search(verb):
        brings = bool(tokens) and tokens[0] in _EFFECTS and _MEANS.search(verb) is not None
        return not brings and not _second_subject(tokens)
    if not verb.strip() and tokens[:1] and tokens[0] in _BECOMING:
        return False  # "Uniformitarianism [becomes the main doctrine]": what it came to be
    words = [t for t in tokens if t not in _JOINS and t != "."]
    while words[1:] and words[0] in _HEDGES:
        words = words[1:]  # "just a sequence of ...", "usually the call stack"
    if not words:
        return False
    if words[0] in _ONE and words[1:3] == ["example", "of"]:
        return False  # "A walkie-talkie is [an example of a half-duplex system]"
    first, after = words[0], words[1:2]
    if first in _PROPERTY_OPENERS or (first == "a" and after and after[0] in _A_DEGREE):
        return False  # "not that strong", "about ...", "a little harder to sand"
    bare = words[1:] if first in _DEGREE else words
    if bare and bare[0] in _COMPARATIVES and (not bare[1:] or bare[1] in _AFTER):
        return False  # "harder to sand", "much faster": not "smaller networks"
    if first in _JUDGEMENTS and (not after or after[0] in _AFTER):
        return False  # "deprecated since Java 9", "useful for ...": said of it, not what it is
    if len(words) <= _SHORT + 1 and words[-1] in _NOW:
        return False  # "the default now": a status
    if any(w in _REASONS for w in words[1 : _SHORT + 1]):
        return False  # "the glaze since ash is ...": why, not what
    # "each node has two children and all leaves are level": a clause of conditions, whose
    # second subject is the definition's, not a peer's
    return words[0] in QUANTIFIERS or not _second_subject(tokens)


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
_EFFECTS = frozenset("less more fewer potentially possibly probably likely".split())
"""First words after "means" of what a thing brings about, not what it means."""
_MEANS = re.compile(r"\bmeans?\b", re.IGNORECASE)
_BECOMING = frozenset(
    "becomes became remains remained seems seemed appears appeared turns turned grows "
    "grew gets got".split()
)
"""Verbs of what a thing comes to be or seems, opening a deletion right after its term."""
_ONE = frozenset("a an one another".split())
"""Before "example of": one case of something, not what the thing is."""
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
"very soft tin"), the judgement they may qualify read next ("too slow")."""
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
_SHORT = 3
"""Words of a noun phrase short enough that a reason after it is the card's point."""
_RELATIVE = frozenset(
    "that which who whom whose where when what how why if whether whereby because "
    "since once until unless after before though although".split()
)
_JOINS = frozenset("and but while whereas , ;".split())
