"""Whether a question a rule found is one a card can ask: a question of the subject, not the
writer thinking aloud, and answered by the note rather than mused over.

    ## Terminal apps?                  <- a topic with a question mark: it asks nothing
    ## Why would I want this?          <- the writer asking themself, and answering
    I want to cut off some of the screen.   in the first person
    - But why is the water pushing up? <- a turn in an argument, its first half elsewhere
    **How does pair production work?** <- asked, but answered "I guess ...": an opinion
    1. Which phase comes first?        <- a quiz: its answer is a list of options
       A. Planning  B. Review

Notes ask questions for many reasons besides teaching their answer: to organise a list
of apps, to argue with a reader, to wonder. Every question rule finds its questions by
shape; this is the one test, for all of them, of what the question and its answer say.
"""

from __future__ import annotations

import re

from cards.items import Item
from cards.language import AUX, WH, words

_OPENERS = WH | AUX | frozenset(["which", "whom"])
_MINE = re.compile(r"\b(?:I|I['’](?:m|ve|d)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")
"""The writer in the first person; "I" in capitals, as "i" is as often a loop's index."""
_TURNS = frozenset("but or and now wait".split())
"""Words that open a question as the next turn of an argument: "But why ...", "Or if ..."."""
_LEAD = re.compile(r"^.{1,60}?(?::|\s[-–—])\s+(?=\S)")
"""A label or a topic before the question: "Master the JavaScript Interview: What's ...?"."""
_MUSING = re.compile(
    r"^(?:well\b|i\s+guess\b|i\s+think\b|i\s+believe\b|i\s+suppose\b|comment\b)", re.I
)
"""An answer that opens as an opinion or a reply: "Well, ...", "I guess ...", "Comment 1:"."""
_OPTIONS = re.compile(r"(?:^|;\s*)[A-Da-d][.)]\s")
"""Options of a quiz, "A. ...; B. ...": the answer a card would show is a list to choose from."""


def askable(item: Item) -> bool:
    """Whether a question item asks about its subject and the note answers it. A card the
    writer spelled out for a flashcard plugin is theirs to word, and always asks."""
    if item.rule == "question.flashcard":
        return True
    question = item.plain.strip()
    openings = (question, _LEAD.sub("", question), question.partition(", ")[2])
    if not any(_asks([w.removesuffix("'s") for w in words(o)]) for o in openings if o):
        return False  # "Terminal Apps?", "?": a topic, not a question
    ws = words(question)
    if ws[0] in _TURNS:
        return False
    said = item.answer.text.strip() if item.answer else ""
    if _MUSING.match(said) or _OPTIONS.search(said) or _asked_back(said):
        return False  # an opinion, a quiz, or another question ("What is the mean?")
    # "Why would I want this?" over "... I want to cut off some ...": the writer's own case
    first = said.split(". ", 1)[0]
    return not (_MINE.search(first) and _MINE.search(question))


def _asks(ws: list[str]) -> bool:
    """An opening that asks: a wh-word or an auxiliary among its first words, or after an
    "if" clause ("If a modification fails, will ..."). The caller tries it after a label
    ("Master the JavaScript Interview: What's ...") and after a comma ("In Clean
    Architecture, should ...") too."""
    return any(w in _OPENERS for w in ws[:3]) or (ws[:1] == ["if"] and any(w in AUX for w in ws))


def _asked_back(said: str) -> bool:
    """An answer that is one question ("What is the mean?"): asked again, not answered."""
    return said.endswith("?") and not any(c in said.rstrip("?") for c in ".!?;")
