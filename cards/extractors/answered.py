"""A claim that a question of the same note already asks and answers.

    ## What is a tarn?
    A tarn is a small mountain lake in a hollow a glacier carved.

The heading asks "What is a tarn?" and its answer is the sentence under it; that sentence
is also a definition ("{{A tarn}} is {{a small mountain lake ...::What is a tarn?}}").
Judges of whole-vault decks mark the pair as a duplicate: two Anki notes for one fact, and
neither buries the other. The question stays (its back shows the lines around the
definition too), and the claim that defines the question's own subject inside its answer
goes. A claim in the answer about something else ("Static typing is ..." under "When are
types checked?") is a fact of its own and stays, unless it is the whole answer: then any
question asks its fact ("How do kilns fire?" over the one line under it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cards.extractors.registry import normalise
from cards.giveaway import singular
from cards.items import Item

_WHAT_IS = re.compile(r"what\s+(?:is|are)\s+(?:an?\s+|the\s+)?(.+?)\s*\?*$", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:an?|the) ")
_WHOLE = 1.5
"""An answer at most this many times the length of a claim inside it is that claim, with
a word of lead-in or a short aside."""
_ALIAS = frozenset(["or", "aka", "also"])
"""Words after a term that open another name for it, not a longer term."""


def without_asked(items: Sequence[Item]) -> list[Item]:
    """`items` less the claims that define what a "What is X?" question among them asks,
    from inside that question's answer."""
    asked = [a for q in items if q.kind == "question" and (a := _asked(q))]
    if not asked:
        return list(items)
    return [i for i in items if i.kind != "claim" or not _answered(i, asked)]


def _asked(question: Item) -> tuple[str, str] | None:
    """The subject a "What is X?" question asks about ("" for another question), and its
    padded answer, normalised."""
    if question.answer is None:
        return None
    found = _WHAT_IS.match(question.plain.strip())
    subject = _one(normalise(found.group(1))) if found else ""
    return subject, f" {normalise(question.answer.text)} "


def _one(phrase: str) -> str:
    """`phrase` (normalised) with its last word singular: "What are tarns?" asks what "A
    tarn is" says."""
    head, _, last = phrase.rpartition(" ")
    return f"{head} {singular(last)}".lstrip() if last else phrase


def _answered(claim: Item, asked: Sequence[tuple[str, str]]) -> bool:
    """Whether one of the `asked` questions answers `claim`. Its text and term are
    normalised once, not once a question: a glossary of questions holds hundreds."""
    text = normalise(claim.plain)
    if not text:
        return False
    term = _one(_ARTICLE.sub("", normalise(claim.term), count=1)) if claim.term else ""
    opening = _ARTICLE.sub("", text, count=1)
    padded = f" {text} "
    return any(_defines(padded, term, opening, a) or _whole(padded, a[1]) for a in asked)


def _whole(padded: str, answer: str) -> bool:
    """Whether the claim is most of an answer: any question whose back is that one sentence
    ("How do kilns fire?" over the line the claim is) asks the same fact."""
    return padded in answer and len(answer) <= _WHOLE * len(padded)


def _defines(padded: str, term: str, opening: str, asked: tuple[str, str]) -> bool:
    """Whether the claim stands in the answer and opens on, or defines, the asked subject. A
    term that only begins with the subject names something else ("Buffer capacity is ..."
    under "What is a buffer?") and is a fact of its own; one that goes on to another name
    for it ("A buffer or pH buffer is ...") is the subject still."""
    subject, answer = asked
    if not subject or padded not in answer:
        return False
    if term.startswith(f"{subject} ") and term.split()[len(subject.split())] not in _ALIAS:
        return False
    if term == subject:
        return True
    opened = opening.split()[: len(subject.split())]
    return _one(" ".join(opened)) == subject  # "Tarns are ..." under "What are tarns?"
