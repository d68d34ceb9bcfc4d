"""Labels of a worked example's parts: what the problem gives and what it seeks.

    Givens: the kettle holds two litres.     <- a premise of one exercise
    Unknowns: how long the kettle takes.     <- what that exercise asks for
    Unknowns: a quantity the problem seeks.  <- the word defined: a glossary line

A worked example lays out its premises and its target under labels shaped like a
glossary's terms. The value is a fact of that one exercise, so "What are givens?" asks
nothing a reader could answer off the page; only a value that opens on a kind ("a quantity
...") defines the word.
"""

from __future__ import annotations

from cards.language import words

_PARTS = frozenset("given givens known knowns unknown unknowns sought".split())
"""A worked example's labels over its premises and its target."""


def worked_part(term: str, meaning: str) -> bool:
    """Whether `term` labels a premise or the target of one exercise rather than naming a
    term: a single part word over a value that names no kind ("a ...", "an ...");
    "the" opens a premise as often ("the tank is full") as a genus."""
    ws = words(term)
    lead = words(meaning)[:1]
    return len(ws) == 1 and ws[0] in _PARTS and lead not in (["a"], ["an"])
