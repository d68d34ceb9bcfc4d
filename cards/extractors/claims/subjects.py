"""What makes a sentence's subject a term worth a "What is ...?" card.

    Working memory is a small store ...        -> a term
    This is a common pattern ...               -> a pronoun: what it stands for is elsewhere
    The first is a shorter commute.            -> a counted one of something named before
    The key word is "patience".                -> a role ("the key word", "the goal") that
                                                  the sentence fills, not a term it defines
    My therapist says this is my attachment    -> a clause

Every definition pattern ends by asking whether its subject is a term, so the test is one
function: a short noun phrase that names something on its own, not a pronoun, a
quantifier, a clause, or a phrase that points back at what came before.
"""

from __future__ import annotations

import re
from itertools import pairwise

from cards.language import (
    AUX,
    CONJUNCTIONS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    WH,
    finite_verb,
    words,
)

_QUANTIFIERS = frozenset("many some most all few several each every any no".split())
_POINTING = frozenset(
    "first second third last other others remaining former latter following previous same "
    "above below aforementioned rest next final".split()
)
"""Words of a subject that points back at what came before: "The first is ...", "The
remaining items are ...", "The other is ...": one of things named elsewhere."""
_PLACED = frozenset("above below following aforementioned former latter rest same".split())
"""A subject that is a place in the text ("Below is a summary"), without a determiner."""
_ORDINALS = frozenset("first second third last former latter other next final".split())
_ROLES = frozenset(
    "word words point idea trick goal aim problem answer question result reason thing "
    "difference lesson key secret solution issue catch takeaway upshot gist truth things "
    "example examples scenario situation benefit way message output outcome exception "
    "caveat alternative counterexample mistake mistakes pitfall pitfalls".split()
)
"""Heads of a subject that names a role the sentence fills ("The key word is ...", "The
goal is to ...", "The problem is that ..."): it says what fills the role, and defines no
term."""


def subject_ok(subject: str) -> bool:
    """A term worth asking about: a short noun phrase, not a pronoun, clause or quantifier."""
    ws = words(subject)
    if not 1 <= len(ws) <= 8 or "," in subject or ";" in subject or subject[:1] in "\"“'‘":
        return False
    if ":" in subject:  # "A: Dopamine", "Note: Sleep": a label, then the subject
        return False
    if subject.count("“") != subject.count("”") or subject.count('"') % 2:
        return False  # 'Says "N': a quotation cut by the verb inside it
    if subject.count("(") != subject.count(")"):
        return False  # "Narasimha) (also ...": a sentence cut inside brackets
    first = ws[0]
    if first in PRONOUNS or first in PREPOSITIONS or first in CONJUNCTIONS or first in WH:
        return False
    if first in _QUANTIFIERS or first in {"if", "when", "while", "because", "although", "since"}:
        return False
    if len(ws) > 1 and first.endswith("ed") and ws[1] in ("to", "on", "with"):
        return False  # "Compared to X", "Based on Y": a frame, not a term
    if len(ws) > 1 and first.endswith("ing") and (ws[1] in DETERMINERS or ws[1] in PRONOUNS):
        return False  # a gerund clause ("Exploring our template"), not "Working memory"
    if _VERB_OBJECT.match(subject) and not first.endswith(_NOT_VERB):
        return False  # a verb and its object ("sets the flag", "Opens a valve"): a predicate
    if len(ws) == 2 and first.endswith("ing") and (ws[1] in _MANNER or ws[1].endswith("ly")):
        return False  # "Arriving late", "Thinking clearly": an activity, not a term
    if any(w in AUX for w in ws):
        return False
    if len(ws) > 1 and (
        ws[1] in _CLAUSE_OPENERS or (first.endswith("ing") and ws[1] in PREPOSITIONS)
    ):
        return False  # "see if the third valve", "Depending on whether the ..."
    if (first in _VERDICTS and not subject.istitle()) or not _named(subject):
        return False  # "Good design", "Biggest weight concern"; "n", "2.5", "a.b = c"
    if _points_back(ws) or _counted(subject, ws):
        return False  # "The first is ...", "The key word is ...": no term of its own
    if (
        first in _SPEAKERS
        or first in _COMPARATIVES
        or (first in ("a", "an", "the") and ws[1:2] and ws[1] in _COMPARATIVES)
        or ws[-1] in _HEDGED
        or first in _CARDINALS
        or (subject[:1].isdigit() and first.isdigit())
    ):
        return False  # "Our release train is ...", "Larger pages mean ...": no term
    if len(ws) == 2 and first.endswith("ing") and _example_operand(subject):
        return False  # "Dropping TEMP means ...": a step on an example, not a term
    return len(ws) < 3 or finite_verb(subject) is None  # "My therapist says this": a clause


def _counted(subject: str, ws: list[str]) -> bool:
    """ "Second layer", "12th entry", "First reply": a place in a sequence told elsewhere,
    unless the phrase is a proper name ("First Amendment")."""
    first = ws[0]
    if first not in _ORDINAL_WORDS and not (first[:1].isdigit() and _NTH.fullmatch(first)):
        return False
    if ws[-1] in _NAMED_SERIES:
        return False  # "Second law", "First Amendment": a numbered law has a name
    return len(ws) == 1 or not subject.istitle()


_NAMED_SERIES = frozenset("law laws rule principle theorem amendment".split())


_ORDINAL_WORDS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth last next final".split()
)
_NTH = re.compile(r"\d+(?:st|nd|rd|th)")
_HEDGED = frozenset("usually often always typically generally sometimes also".split())
"""An adverb that ends a subject ("A smaller bundle usually"): a claim's hedge, not a term."""
_CARDINALS = frozenset("two three four five six seven eight nine ten twelve".split())
"""A count as a subject ("Three stages of grief: ..."): a list told, not a term."""
_SPEAKERS = frozenset("my our your".split())
"""The writer's or the reader's own ("Our pricing page is ..."): a memo, not a term."""
_COMPARATIVES = frozenset(
    "larger smaller bigger higher lower longer shorter faster slower greater fewer more less "
    "deeper wider narrower heavier lighter cheaper older newer".split()
)
"""A comparison as a subject ("Larger batches are ..."): an effect, not a term."""


def _example_operand(subject: str) -> bool:
    """A gerund acting on a literal: a capitalised code or an item of the example ("Removing
    KEYS", "Adding 5")."""
    second = subject.split()[1] if len(subject.split()) > 1 else ""
    core = second.strip("`'\"“”*_")
    return len(core) > 1 and (core.isupper() or core[:1].isdigit())


def _named(subject: str) -> bool:
    """A subject with a word of its own: not a variable, a number or an expression ("n is
    the size of the problem", "2.5 is the ratio", "x.rim = y.rim means ...")."""
    if any(c in subject for c in "=[]{}<>"):
        return False
    if subject[:1] in "$%@-" and len(subject) > 1:
        return True  # "$2 is the second field", "%d is a slot": syntax, named
    return any(sum(c.isalpha() for c in w) > 1 for w in words(subject))


_MANNER = frozenset("late early well fast slow hard right wrong often alone together".split())
"""Adverbs after a gerund that make it an activity ("Arriving late")."""
_CLAUSE_OPENERS = frozenset("if whether how what why".split())
_THEN = frozenset("on upon to".split())
"""After a participle that opens a clause: "Depending on whether ...", "According to ..."."""
_VERDICTS = frozenset(
    "good great bad better worse biggest ideal perfect poor terrible excellent".split()
)
"""Adjectives of a maxim's subject ("Good design is a single idea ...", "Great performance
means ..."): a judgement, not a term."""


def _points_back(ws: list[str]) -> bool:
    """A subject that stands for something said before, or names a role: "The first",
    "Another analogy", "Second", "The goal", "Problem", "Hegel said it", "One benefit of
    this lattice", "the handle of that carved spoon"."""
    first = ws[0]
    if first in _ASIDES or ws[-1] in PRONOUNS or first in _PLACED or ws[-1] in _WHERE:
        return True  # "Below is a summary of ...", "Same is the case ...", "Point 2 above"
    if _POINTERS.intersection(ws[1:]) or any(
        w == "that" and prev in PREPOSITIONS for prev, w in pairwise(ws)
    ):
        return True  # "of that carved spoon"; "the threads that run" is a relative clause
    if first in _PARTS and len(ws) > 1 and (ws[1][0].isdigit() or ws[1] in _ROMAN):
        return True
    if len(ws) == 1:
        return first in _ORDINALS or first in _ROLES  # "Second is ...", "Problem is ..."
    return (first in DETERMINERS and ws[1] in _POINTING) or _role(ws)


_WHERE = frozenset(["above", "below"])
_ASIDES = frozenset(
    "another such also still just only equally similarly especially obviously clearly "
    "basically essentially generally usually typically actually really simply finally "
    "additionally however therefore thus hence".split()
)
"""First words of a subject that is no term: "Another analogy", "Also interesting"."""
_PARTS = frozenset("chapter chapters section part page episode lecture lesson".split())
"""A part of a text by its number ("Chapter 54 is about ..."): the sentence summarises it."""
_ROMAN = frozenset("i ii iii iv v vi vii viii ix x xi xii".split())
_RANKING = frozenset(
    "key main real big whole only important basic central core hard correct right wrong "
    "common biggest typical frequent".split()
)
"""What ranks a role ("the key word", "the main point"), as "the halting problem" names one."""


def _role(ws: list[str]) -> bool:
    """ "The goal", "the key word", "One benefit of ...", "Author's example": a determiner or
    a possessive, a ranking word or none, and a role ("A chord is a set of notes"
    defines one)."""
    head = ws[: ws.index("of")] if "of" in ws else ws
    if head[-1] not in _ROLES or not (head[0] in _OWNERS or head[0].endswith("'s")):
        return False
    if head[-1] in _SHOWN and len(head) <= 4:
        return True  # "The prototypical example of ...": an example named, not a term
    return len(head) == 2 or (len(head) == 3 and head[1] in _RANKING)


_SHOWN = frozenset(["example", "examples"])


_POINTERS = frozenset("this these those".split())
"""A word that points back, anywhere in a subject: "One benefit of this associativity"."""
_OWNERS = frozenset("the one my our your their his her its".split())


_NOT_VERB = ("ss", "us", "is", "'s")
"""Endings of a word in -s that is no verb's third person ("Glass", "Cactus", "Basis")."""
_VERB_OBJECT = re.compile(r"[A-Za-z]+s\s+(?:the|a|an)\s", re.IGNORECASE)
