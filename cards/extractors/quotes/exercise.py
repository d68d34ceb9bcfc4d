"""An exercise set out as a quote: a problem statement is the task, not someone's words.

    ### Container problem
    > Given n non-negative integers a1, ..., an, find two lines that hold the most water.

    > Suppose a server fails on 10% of days. What is the chance it fails twice in a week?

Programming and course notes put the problem they solve in a blockquote, or in quotation
marks, as they copied it: a quote card of it asks for words nobody said. An exercise
reads as one: it sets up a case (`Given ...`, `Suppose ...`, `You are given ...`) or sits
under a heading that names it a problem, and it asks something (a question, or a task
such as `Find ...`, `Return ...`, `Prove ...`); or it sets a task about symbols and
numbers (`Find the mean of X.`). A saying that opens the same way asks nothing and holds
no symbols (`Given enough eyeballs, all bugs are shallow.`), and stays a quote.
"""

from __future__ import annotations

import re

from cards.extractors.analysis import analyse
from cards.language import words

_SET_UP = frozenset("given suppose assume let consider imagine".split())
"""The first word of a problem's set-up."""
_TASKS = frozenset(
    "find return write implement design determine compute calculate prove show solve print "
    "output count sort derive estimate evaluate explain describe draw list give analyze analyse "
    "recall flip".split()
)
"""Imperatives that set a task."""
_NAMED = frozenset(
    "problem problems exercise exercises question questions task tasks assignment homework "
    "quiz challenge kata puzzle practice".split()
)
"""Words of a short heading over an exercise: `Problem 3`, `Exercises`, `Knapsack problem`;
a title that only mentions one (`The riddle that keeps a sailor awake`) is no such heading."""
_WORK = frozenset("homework quiz quizzes exam exams midterm final assignment worksheet".split())
"""Words of a note's title that make it course work: its quoted passages are problems."""
_SYMBOLS = re.compile(
    r"[=<>≤≥±\u00d7÷^∑√]|\[[\w, ]*\]|\bO\(|\d\s*[-+*/%]\s*\d|\d%|\b(?![AaI]\b)[A-Za-z]\b(?![.'’])"
)
"""What a problem is about: a formula, an index, a variable of one letter, a percentage."""


_HOW = frozenset({("how", "many"), ("how", "much")})
"""A question a problem asks, though its writer ended it with a full stop."""
_SUPPOSE = frozenset("suppose assume given".split())
"""A set-up that may come after a case is stated: the story first, then its assumption."""
_DIGIT = re.compile(r"\d")


def exercise(text: str, headings: tuple[str, ...] = (), title: str = "") -> bool:
    """Whether `text` sets an exercise rather than quotes someone. In a note of course work
    (`title`: "Week 4 Homework", "Tide Tables Quiz"), any text with symbols or
    numbers to work on sets one."""
    said = [s.words for s in analyse(text) if s.words]
    if not said:
        return False
    if title and _WORK.intersection(words(title)) and _SYMBOLS.search(text):
        return True
    first = said[0]
    asks = "?" in text or any(ws[0] in _TASKS or ws[:2] in _HOW for ws in said)
    set_up = first[0] in _SET_UP or first[:3] == ("you", "are", "given")
    if set_up and (asks or _SYMBOLS.search(text)):
        return True
    if asks and _DIGIT.search(text) and any(ws[0] in _SUPPOSE for ws in said[1:]):
        return True  # "A shop sells 3 kinds of tea. Suppose 5 people ... How many ...?"
    heading = headings[-1].lower().split() if headings else []
    if len(heading) <= 4 and not _NAMED.isdisjoint(heading) and asks:  # "Knapsack problem"
        return True
    posed = set_up or first[0] in _TASKS or first[0] == "you"
    if posed and any(not _NAMED.isdisjoint(h.lower().split()) for h in headings):
        return True  # "Given a knotted rope, untie it ...", "You may assume ...", "Write a
        # program to ..." under "Leetcode Questions > Trees": the problem and its terms
    return first[0] in _TASKS and bool(_SYMBOLS.search(text))
