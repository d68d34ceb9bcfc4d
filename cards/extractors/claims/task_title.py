"""Headings shaped like sentences that title a task, a use case or a step of an example.

    ## Insert numbered rows that increase by one      <- a how-to's task, its object first
    ## Using filters to hide rows                     <- a gerund and an infinitive: no tense
    ## Repeat edits on adjacent lines                 <- a task verb before a plural object
    ## Merge sort splits the list in half             <- a claim: a noun, then its verb's object
    ## Player opens the inventory                     <- a use case: a role, no article
    ## `flush()` is called again                      <- a step of a code walkthrough

Each reads as a sentence, but none asserts something a reader could learn apart from
the section under it: a card of the heading would hide the rest of a title.
"""

from __future__ import annotations

from cards.inline import InlineText
from cards.language import AUX, PREPOSITIONS, in_s, words

_TASKS = frozenset(
    "insert add create remove delete install configure enable disable rename replace convert "
    "generate update run open copy move edit print sort filter repeat append organize "
    "organise center centre prefix throw wrap split merge".split()
)
"""Verbs a how-to's heading opens on."""
_ROLES = frozenset("user customer admin administrator client visitor player buyer seller".split())
"""Who a use case or a user story is about, named without an article."""
_RELATIVE = frozenset("that which who whose where when".split())


def task_title(text: InlineText, verb: int | None) -> bool:
    """Whether the heading, whose finite verb (as `finite_verb` reads it) is word `verb`,
    titles a task, a use case or a code step."""
    if not verb:
        return False
    ws = words(text.text)
    if ws[verb - 1] == "to":
        return True  # "Using filters to hide rows": the verb is an infinitive's
    said = ws[verb]
    if ws[0] in _TASKS and said not in AUX and _object(ws, verb):
        return True  # "Insert numbered rows that ...", "Repeat edits on ...": a task
    if verb == 1 and ws[0] in _ROLES and text.text[:1].isupper():
        return True  # "User posts a message": a use case
    return any(m.kind == "code" and m.start == 0 for m in text.marks) and "(" in text.text


def _object(ws: list[str], verb: int) -> bool:
    """Whether the word read as the verb is the task's plural object ("Sort files by
    date", "Add rows that ..."), or a verb of a clause on it ("Add a row that sums ..."):
    a verb with an object of its own ("Run length coding stores every repeat", "Filter
    feeders strain plankton") makes the first words a noun, and the heading a claim."""
    if ws[verb - 1] in _RELATIVE:
        return True
    after = ws[verb + 1] if verb + 1 < len(ws) else ""
    return in_s(ws[verb]) and (not after or after in PREPOSITIONS or after in _RELATIVE)
