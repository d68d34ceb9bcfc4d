"""Labels over values that look like `Term: meaning` and define no term.

    Yellow dots: where the probe was sighted.       <- a figure's key, about a plot
    Estimate: P(two heads in three tosses)          <- an exercise's instruction
    Keywords: lanterns, harbour, salt.              <- a memo's tags
    Backlog: every team keeps a backlog of tickets. <- the label said again in its value
    Tariff: Tariff means a tax on imports.          <- the term doubled: the value alone

A glossary line names a term and says what it is; these lines share its shape but not
its job. A colour and a mark name a legend's entry, which means nothing off the figure;
an instruction to work something out asks a question the card cannot answer; a value that
repeats its label is a remark about a topic (or a near-circular one), and a value that
opens on its label is the definition already, so the label is dropped rather than shown
twice.
"""

from __future__ import annotations

import re

from cards.extractors.claims.story import story
from cards.extractors.claims.worked import worked_part
from cards.language import AUX, FUNCTION_WORDS, PREPOSITIONS, finite_verb, words

_COLOURS = frozenset(
    "red green blue yellow orange purple violet black white grey gray pink brown cyan "
    "magenta teal dashed dotted solid shaded hollow filled light dark".split()
)
_MARKS = frozenset(
    "dot dots curve curves line lines bar bars point points circle circles square squares "
    "triangle triangles arrow arrows area areas region regions marker markers outline "
    "outlines shading cross crosses star stars band bands box boxes".split()
)
"""What a plot draws: its key names one by colour or stroke and mark ("Blue curve")."""
_KEYED = re.compile(rf"=\s*(?:{'|'.join(sorted(_COLOURS))})\b", re.IGNORECASE)
_TASKS = frozenset(
    "estimate compute calculate find prove solve derive determine simplify sketch show "
    "evaluate".split()
)
"""Instructions of an exercise: "Estimate: P(...)", "Prove: the sum is even"."""
_ARTICLES = frozenset(["a", "an", "the"])
_CONJUNCTIONS = frozenset("because since so when while if unless".split())
_SUBORDINATE = frozenset(
    "where when that which who whose what how why whether so because if while as since".split()
)
"""Words that open a clause inside a gerund's phrase: a verb after one is that clause's."""
_TAGS = frozenset(
    "key words|keywords|tags|tag|hashtags|key phrases|recommended|optional|required|mandatory"
    "|miscellaneous|misc|meta".split("|")
)
"""A memo's labels over the words it files a note under."""
_VERDICTS = frozenset(
    "downfall downfalls downside downsides upside upsides drawback drawbacks "
    "pros cons verdict recommendation recommendations requirements".split()
)
"""Labels that weigh or prescribe for the topic above them ("Downfall: not agile", "Pros:
...", "Recommendations: ..."): the value judges the topic, it says what no term is."""
_LEVELS = frozenset(
    "basic basics beginner beginners novice intermediate advanced expert experts easy medium "
    "hard difficult".split()
)
"""Labels that grade what follows by level ("Beginner: ...", "Advanced: ..."): a tier of
a course, a tool or a task, not a term; "What is advanced?" asks nothing."""


def label_only(term: str, meaning: str, colon: bool) -> bool:
    """Whether `Term: meaning` (`colon`) or `Term - meaning` is a label over a value that
    defines no term."""
    if legend(term, meaning) or (tags(term) and not named(meaning)) or exercise(term, meaning):
        return True
    if term.lower() in _VERDICTS and not genus(meaning):
        return True  # "Drawback: slow to start"; "Downside: a fall from power" is a term
    if term.lower() in _LEVELS and not (genus(meaning) or _adjective_gloss(meaning)):
        return True  # "Advanced: ..."; "Basic: having a pH above seven" glosses the word
    if remark(term, meaning) or inflected(term, meaning) or story(term, meaning):
        return True
    if worked_part(term, meaning):
        return True  # "Givens: ..." in a worked example; "Unknowns: a quantity ..." a term
    return colon and circular(term, meaning, restated(term, meaning))


def legend(term: str, meaning: str = "") -> bool:
    """A figure's key: a colour or stroke, then a mark ("Yellow Dots", "Dashed line"), or
    colours set against what they show ("Routing: trucks = red, depots = blue")."""
    ws = words(term)
    if 1 < len(ws) <= 3 and ws[0] in _COLOURS and ws[-1] in _MARKS:
        return not named(meaning, ws[-1])  # "Black box: a system known by ...": a term
    return "=" in meaning and _KEYED.search(meaning) is not None


def named(meaning: str, mark: str = "") -> bool:
    """A value that names a kind ("a seam left where ...", "small cool stars that ..."):
    a glossary's meaning; a key's value says what the mark stands for ("the fitted
    path", "where the probe was sighted")."""
    first = words(meaning)[:1]
    return first in (["a"], ["an"]) or (bool(mark) and mark in words(meaning))


def exercise(term: str, meaning: str) -> bool:
    """An instruction over what to work out ("Estimate: P(no rain)"); "Estimate: an
    approximate value" still defines the noun."""
    ws = words(term)
    return len(ws) == 1 and ws[0] in _TASKS and not genus(meaning)


def _adjective_gloss(meaning: str) -> bool:
    """A meaning that opens as a dictionary glosses an adjective ("having ...", "of or
    relating to ...", "not ...", "able to ..."): the label is a word being defined."""
    return bool(_ADJECTIVE_GLOSS.intersection(words(meaning)[:1]))


_ADJECTIVE_GLOSS = frozenset(
    "having of not relating able full lacking without characterised characterized showing "
    "capable resembling".split()
)


def genus(meaning: str) -> bool:
    """A meaning that opens on what kind of thing the term is ("the urge to take flight"):
    a definition, even when it says the term again."""
    return bool(_ARTICLES.intersection(words(meaning)[:1]))


def remark(term: str, meaning: str) -> bool:
    """A meaning that is a clause with a subject of its own, which a glossary line's
    meaning never is: a gerund's before an auxiliary ("Readability: Naming each step
    would help a reader"),
    or after a framing phrase ("Pensions: in Norway, the state pays ...")."""
    ws = words(meaning)
    if len(ws) < 4 or ws[0] in words(term):
        return False
    if ws[0].endswith("ing") and len(ws[0]) > 5 and not ws[0].endswith("thing"):
        verb = finite_verb(meaning)  # an auxiliary only: "-s" words are as often nouns
        return verb is not None and ws[verb] in AUX and not _SUBORDINATE.intersection(ws[:verb])
    if ws[0] not in PREPOSITIONS and ws[0] not in ("up", "until"):
        return False
    comma = meaning.find(", ", 0, 60)
    after = words(meaning[comma + 2 :]) if comma > 0 else []
    if not after or after[0] in _ARTICLES or after[0] in words(term):
        return False  # "Quorum: in our cluster, quorum means ...": about the term after all
    return finite_verb(meaning[comma + 2 :]) is not None


def doubled(term: str, meaning: str, at: int) -> bool:
    """Whether the meaning opens on the term as written, an article at most before it
    ("Tariff: Tariff means ...", "Kestrel: The Kestrel engine is ...")."""
    lead = meaning[:at].strip().lower()
    return at >= 0 and lead in ("", "the", "a", "an") and meaning.startswith(term, at)


def tags(term: str) -> bool:
    """A memo's keywords, or a label that ranks or files what follows ("Optional: ...",
    "Misc: ..."): not a term."""
    return term.lower() in _TAGS


def restated(term: str, meaning: str) -> int:
    """Where the term comes again in its meaning as words of their own, or -1."""
    low, name = meaning.lower(), term.lower()
    if len(name) < 3 or name not in low:  # a substring first: most meanings end here
        return -1
    return word_at(low, name)


def word_at(text: str, word: str) -> int:
    """Where `word` first stands in `text` as words of its own ("Hind" in "was called
    Hind", not in "Hindu"), or -1."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
            return at
        at = text.find(word, at + 1)
    return -1


def inflected(term: str, meaning: str) -> bool:
    """A one-word label whose value opens on the same word inflected ("Merge: Merges two
    lists"): it says the label again, not what it is."""
    first = words(meaning)[:1]
    low = term.lower()
    return (
        bool(first)
        and " " not in term
        and first[0] != low
        and first[0].startswith(low)
        and len(first[0]) - len(low) <= 2
    )


def circular(term: str, meaning: str, at: int) -> bool:
    """A one-word label said again later in its value as a noun of its own, the value no
    genus ("Backlog: every team keeps a backlog", "Leader: one leader per ward"): a
    topic and a remark on it. As a modifier ("Swap: size of the swap area") it still
    names what the value is about."""
    if at <= 0 or " " in term.strip() or genus(meaning) or "(" in meaning[:at]:
        return False  # "ACL: the access control list (ACL)": an aside names it
    after = words(meaning[at + len(term) :])[:1]
    return not after or after[0] in FUNCTION_WORDS or after[0] in _CONJUNCTIONS
