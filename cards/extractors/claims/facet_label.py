"""Labels that name a facet of the note's subject rather than a term of their own.

    ## Why the slump matters
    - Morale: sinks as the weeks drag on            <- a reason the heading asks for
    ## Benefits of pooling
    - Reuse: fewer sockets opened per request       <- one of the benefits, not a term
    - Role of the kiln: it fires the glaze twice    <- the role of a thing, not a thing
    - Slow and costly: each batch takes a week      <- two labels joined, no one term
    - Patented by: a saddler from the next town     <- a relation, its other end the value

Under a heading that asks why, or that names what its items weigh (benefits, risks,
causes, use cases, triggers, ...), a `Label: value` line gives one reason, one benefit or
one cause, and its label says which: "What is morale?" asks what the note never says.
A label that opens on an aspect and "of" (`Role of ...`, `Discovery of ...`) names a facet
of what follows it, and two labels joined by "and" (`Slow and costly`, `Logs & alerts`)
file a remark under both rather than name one thing. A label that is a participle and a
preposition (`Patented by`, `Used for`, `Known as`) names a relation of the heading's subject, whose
other end is the value: it is no thing to ask for. Such a line is still a claim about
the note's subject, so its value is hidden with the label kept as context. A value that
opens on what kind of thing the label is (`Geology: the study of the earth`, `Ridge and
furrow: a pattern of ...`) is a definition all the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from cards.extractors.claims.labels import genus
from cards.extractors.claims.shared import FACETS, participle
from cards.language import words

_WEIGHING = frozenset(
    "why benefits advantages disadvantages drawbacks pros cons risks challenges impacts "
    "effects consequences causes reasons triggers improvements uses".split()
)
"""Heading words over a list of reasons, merits or causes: its labels are which one."""
_ASPECTS = frozenset(
    "role roles purpose goal goals importance discovery history list type types kind kinds "
    "examples events benefits advantages disadvantages causes effects impact".split()
)
"""What opens a label that is an aspect of something else: "Role of the kiln"."""


def facet(term: str, meaning: str, headings: Sequence[str]) -> bool:
    """Whether `Term: meaning` gives a facet of the note's subject under its label (the
    value hidden alone) rather than a term and what it is."""
    if term.lower() in FACETS:
        return True
    ws = words(term)
    if len(ws) == 2 and participle(ws):
        return True  # "Patented by: a saddler ...": who did it, not what "patented by" is
    if len(ws) > 2 and ws[1] == "of" and ws[0] in _ASPECTS:
        return True  # "Role of the kiln: it fires ..."; "Theory of tillage: ..." a term
    if ("and" in ws[1:-1] or " & " in term) and not genus(meaning):
        return True  # "Slow and costly: ...", "Glazes and slips: ...": two labels, no term
    return bool(headings) and _weighs(headings[-1]) and not genus(meaning)


@lru_cache(maxsize=256)
def _weighs(heading: str) -> bool:
    """A heading that asks why or names the merits, risks or causes its items list (asked
    once per heading, not once per item under it)."""
    ws = [word.removesuffix("'s").removesuffix("’s") for word in words(heading)]
    return bool(_WEIGHING.intersection(ws)) or "use cases" in " ".join(ws)  # "Why's the slump ..."
