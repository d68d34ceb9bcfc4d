"""Values that tell a story under a label, where a glossary line would say what a term is.

    Setbacks: Initially had trouble keeping the dough warm.   <- a project's log, no subject
    Sea walls: They gave up on them after the storm.          <- someone's deed, told
    Origin myth: A fisherman found the first isle on his hook. <- a tale, retold
    Tundra: a treeless plain where the subsoil stays frozen.  <- a meaning: kept

A meaning is timeless: it says what the term is, in the present. A value in the past
tense, its subject a pronoun that points off the line or someone the line brings in
("a fisherman"), or no subject at all after a word of sequence ("Initially", "Later"), tells
what happened: a diary's entry, a write-up's hurdles, an anecdote. "What is a setback?"
answered by it asks what the card cannot answer. A passive naming ("was called", "was
introduced in 1991") and a participle that narrows a noun ("settings changed by the
user") are no story.
"""

from __future__ import annotations

from cards.language import DETERMINERS, PREPOSITIONS, words

_SEQUENCE = frozenset(
    "initially originally eventually finally later then recently afterwards".split()
)
"""Words that place a subjectless past verb in the writer's own timeline ("Initially had
...", "Later went back to ..."). Not "once" or "first", which as often open a participle
that describes the term ("Annealing: once heated, the glass ...", "Undercoat: first
applied layer ...")."""
_TELLERS = frozenset("i we he she they it there".split())
"""Subjects that point off the line: who "they" are, the card cannot say."""
_NAMING = frozenset("it they he she".split())
"""Pronouns that, opening the value, stand for the term itself."""
_INDEFINITE = frozenset(["a", "an", "some"])
"""An indefinite subject brings someone into a tale ("A merchant once said ...")."""
_PAST = frozenset(
    "said told had got went did made took came became gave saw thought knew met began "
    "wrote ran felt left kept lost found".split()
)
"""Irregular past forms, beside every verb in -ed."""
_BE_PAST = frozenset(["was", "were"])


def story(term: str, meaning: str) -> bool:
    """Whether the value under `term` tells what happened rather than what the term is."""
    ws = words(meaning)
    if len(ws) < 3:
        return False
    if ws[0] in _SEQUENCE:
        return _past(ws, 1)  # "Initially struggled with the kiln ...": the writer's log
    said = set(words(term))
    for i in range(1, min(len(ws), 5)):
        if ws[i] in said:
            return False  # "Tides: the tides rose ...": about the term after all
        if _past(ws, i):
            return _teller(ws[:i], ws[i])
    return False


def _teller(subject: list[str], verb: str) -> bool:
    """A pronoun right before the verb ("At the time they tried"), but for the term's own
    pronoun and a past "was" that says what it was, or an indefinite noun
    phrase of a word or two ("A fisherman", "A young potter") that opens the value before an
    irregular past ("said", "was"): a form in -ed after a noun is as often a participle
    ("a row of hand-painted tiles")."""
    if subject == [subject[-1]] and subject[-1] in _NAMING and verb in _BE_PAST:
        return False  # "Vikings: They were seafaring raiders": what the term was, in a history
    if subject[-1] in _TELLERS:
        return True
    irregular = verb in _PAST or verb in _BE_PAST
    return irregular and subject[0] in _INDEFINITE and 1 < len(subject) <= 3


def _past(ws: list[str], i: int) -> bool:
    """A past verb at `i` that is the clause's own: not a passive's participle ("was
    introduced"), not a participle narrowing a noun ("pages printed by", "a freshly
    painted wall")."""
    word = ws[i]
    after = ws[i + 1] if i + 1 < len(ws) else ""
    if word in _BE_PAST:
        return not (after.endswith(("ed", "en")) or after in _PARTICIPLES)
    if word in _PAST:
        return after not in PREPOSITIONS or after in ("to", "up", "out")
    before = ws[i - 1] if i else ""
    if not word.endswith("ed") or word.endswith("eed") or len(word) < 5:
        return False
    return after not in PREPOSITIONS and before not in DETERMINERS and not before.endswith("ly")


_PARTICIPLES = frozenset(
    "called known named born made given seen built taken written found".split()
)
