"""A `Label: statement` line whose statement has no subject of its own: the label is it.

    Kiln shelf: holds the pots during {{the firing}}       <- the statement opens on a verb
    {{Kiln shelf}}: holds the pots during the firing       <- so the label is what it says of
    Setting `GLAZE_PATH`: This tells the mixer ...         <- a pointer at the label: the
    Setting {{GLAZE_PATH}}: This tells the mixer ...       <- label's code name is hidden
    Grog: fired clay {{that opens the body}}               <- a noun phrase that describes
    {{Grog}}: fired clay that opens the body               <- the label: its definition
    Purpose: holds the pots during {{the firing}}          <- an everyday label: as it was

Book, course and tool notes list facets this way, the name, then what it does ("Kiln
shelf: holds ..."), the subject left out because the label says it, or a noun phrase that
is the label's definition. Judges of whole-vault decks mark a deletion over the verb phrase
or its trailing tail there as arbitrary: the name, the one specific thing on the card,
stays in view while a vague span is hidden. So
the deletion moves to the label when the label is a name (a code name, a word rarer than
everyday English, or a title-cased name) and what was hidden holds no code name of its own,
which would be as specific. A statement with a generic subject of its own ("you ...",
"the crew ...") is `label_topic`'s to judge.
"""

from __future__ import annotations

import re

from cards.commonness import WORD, everyday
from cards.extractors.claims.label_topic import facet, said_again, term, topic
from cards.extractors.claims.shared import NOT_TERMS
from cards.language import (
    AUX,
    DETERMINERS,
    FUNCTION_WORDS,
    OBJECT_PRONOUNS,
    SUBJECT_PRONOUNS,
    in_s,
    words,
)

_LABEL = 60
"""How far into the line a label's colon may stand."""
_LABEL_WORDS = 5
_POINTERS = frozenset("it this".split())
_CODE = re.compile(r"`[^`]+`|[A-Za-z][\w.]*(?:_\w+|\(\)|[a-z][A-Z]\w*|\.[a-z]\w*)")
"""A code name: in backticks, or with an underscore, a call's brackets, an inner capital
or an inner dot ("GLAZE_PATH", "mix()", "kilnTemp", "kiln.fire")."""


def label_subject(plain: str, key: tuple[int, int]) -> tuple[int, int] | None:
    """The deletion `key` moved to the label of a line whose statement has no subject, or a
    generic one (`label_topic`), when the label names something and `key` hides no code
    name; None for "we", or a generic pronoun that says the label again, under a label that
    is no term; `key` otherwise."""
    colon = plain.find(": ", 0, _LABEL)
    if colon <= 0 or key[0] <= colon:
        return key
    a = len(plain[:colon]) - len(plain[:colon].lstrip("*_ "))
    b = len(plain[:colon].rstrip("*_ "))
    label = plain[a:b]
    statement = plain[colon + 2 :]
    generic = topic(plain, colon + 2, key, label)
    if generic in ("we", "pronoun") and not term(label):
        if generic == "we" or said_again(label, statement):
            return None  # "Filters: you can filter ...", "Estimate: we take ...": a remark
        return key  # "Reefing: you tie the sail down ...": a fact under its topic
    own = generic is None or (generic == "noun" and (not term(label) or facet(label)))
    if own and not (_subjectless(statement) or _described(plain, colon + 2, key)):
        return key  # "Spinnaker: Gennakers are ...": a subject of its own
    ws = label.split()
    if not 0 < len(ws) <= _LABEL_WORDS or label.lower() in NOT_TERMS:
        return key
    code = _CODE.search(label)
    if code is not None:
        start, end = code.span()
        if label[start] == "`":
            start, end = start + 1, end - 1
        return a + start, a + end  # "Setting {{GLAZE_PATH}}": the name, not the gerund
    hidden = plain[key[0] : key[1]]
    if _CODE.search(hidden) is not None or not _named(label):
        return key  # the deletion already hides code, or the label is an everyday word
    return a, b


def _subjectless(statement: str) -> bool:
    """A statement that opens on its verb ("holds the pots", "Calculates activations ...")
    or on a pointer at the label and its verb ("This tells ...", "It stores ..."). An
    opening word in -s is a verb when its object follows: a determiner, a pronoun or a
    plural ("stores the keys", "Calculates totals"); before a word of another shape it may
    as well be a plural subject ("Corals build reefs", "bees carry the pollen")."""
    parts = statement.lstrip("*_ ").split(" ", 2)
    if len(parts) < 3:
        return False  # "carries pots.": too short to say what the label does
    first, second = parts[0], parts[1].lower()
    if first.lower() in _POINTERS:
        return second in AUX or in_s(second)
    if not first.isalpha() or first.lower() in FUNCTION_WORDS or not in_s(first.lower()):
        return False
    if second in DETERMINERS or second in OBJECT_PRONOUNS or second in SUBJECT_PRONOUNS:
        return True  # "holds the pots", "lets you ...", "Ensures we ..."
    return second.isalpha() and second not in FUNCTION_WORDS and in_s(second)


def _described(plain: str, start: int, key: tuple[int, int]) -> bool:
    """A statement that is a noun phrase describing the label, its deletion the phrase's
    own clause or modifier ("Sinter: fused grains {{that hold the body together}}"): a
    definition whose term is the label."""
    if _MODIFIER.match(plain, key[0]) is None:
        return False
    ws = words(plain[start : key[0]])
    return 0 < len(ws) <= _LABEL_WORDS and not (
        AUX.intersection(ws) or SUBJECT_PRONOUNS.intersection(ws)
    )


_MODIFIER = re.compile(r"(?:that|which|who|with|used|made|consisting|containing)\b")
"""What opens a noun's own clause or modifier, unlike a verb's object."""


def _named(label: str) -> bool:
    """A label that names one thing: a word rarer than everyday English, or two or more
    words each capitalised but its function words ("Bisque Firing", "Cone of Heat")."""
    ws = WORD.findall(label)
    if any(not everyday(w.lower()) for w in ws):
        return True
    named = [w for w in ws if w.lower() not in FUNCTION_WORDS]
    return len(named) >= 2 and all(w[:1].isupper() for w in named)
