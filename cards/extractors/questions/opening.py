"""Whether a note's title that asks is answered by the note's opening, or only set up by it.

    # Why Do Glaciers Move?
    - Ice is a solid, yet it can flow like a very slow liquid      <- background: no word
    - Snow piles up over centuries and packs into layers              of the question, and
                                                                      a sentence of its own
    # Why Do Glaciers Move?
    - Glaciers slide on a film of meltwater under their weight     <- answers: "glaciers"

    # What Is a Kelp Forest?
    - It is an underwater wood of giant brown algae                <- "it": the title's subject
    # What Is RNA?
    - Ribonucleic acid carries the gene's message                  <- its initials: the subject
    # How does a siphon work?
    - Air pressure on the open surface                              <- a bare answer, no verb

An article saved under the question of its headline opens as the article did: on the
setting, the history or an anecdote, and answers the headline pages later. A section under
a heading that asks is written to answer it; a whole note under its title is not, so its
first lines answer only when they take up the question's own subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from cards.extractors.questions.vague import EMPTY
from cards.language import finite_verb, is_instruction, words
from cards.parse import Block

BARE = 5
"""Words under which an opening with no verb is a bare answer ("Air pressure on the
surface"), not a clause whose verb the reader missed ("Author ran the service")."""
PREFIX = 4
"""Letters two words share to be one word: "type" and "types", "check" and "checked"."""
_STOP = re.compile(r";\s|(?<=[.!?])\s")
"""Where an answer's first item or sentence ends."""
_REFERS = frozenset("it it's its they this these such".split())
"""An opening word that stands for the title's subject: "It is a ..."."""
_INITIALS = re.compile(r"\b[A-Z][A-Z0-9]{1,5}\b")


def set_up(question: str, answer: str) -> bool:
    """Whether the answer's first item or sentence is more than a bare phrase, shares no
    word with the question, does not open on a pronoun for its subject and does not spell
    out the question's initials: the article's setting, not the answer to its title."""
    first = _STOP.split(answer.strip(), maxsplit=1)[0]
    said = words(first)
    if not said or said[0] in _REFERS or (len(said) <= BARE and finite_verb(first) is None):
        return False
    if shares(question, said):
        return False
    initials = "".join(w[0] for w in said)
    return not any(c.lower() in initials for c in _INITIALS.findall(question))


def shares(question: str, said: list[str]) -> bool:
    """Whether `said` (words) takes up a word of the question's own, not its "how" or "do"."""
    return not {_stem(w) for w in words(question) if w not in EMPTY}.isdisjoint(map(_stem, said))


def named_again(answer: str, heading: str) -> bool:
    """A short answer that only names the heading's term again ("A queue, obviously." under
    "Queues" for "What is it?"): the card would ask the heading and show it back."""
    said = words(answer)
    own = [w for w in said if w not in EMPTY and w not in _FILLERS]
    term = _stems(heading)
    return 0 < len(said) <= SHORT and bool(own) and all(_stem(w) in term for w in own)


SHORT = 6
"""Words an answer that only names a term again has at most."""
_FILLERS = frozenset(
    "duh obviously clearly naturally basically simply just literally really actually lol".split()
)
"""Interjections and stance adverbs that add no content to an answer ("A queue,
obviously."). Single words: "of course" split would make "course" one of them."""


def restating(blocks: Sequence[Block], asked: str) -> Sequence[Block]:
    """A list under the question whose first item says at most half of the question's own
    words while later items say them all ("When is rent due?" over an item on deposits,
    then "Rent is due on the first"): those items, the answer among the background. When
    none says them all and the first says none, a "how" or "when" is answered from the
    first item that says most of them on. Otherwise the blocks as they are."""
    asking = words(asked)
    own = {_stem(w) for w in asking if w not in EMPTY}
    if not blocks or blocks[0].kind != "list" or len(own) < 2 or asking[0] == "why":
        return blocks  # an item that says what "why" asks about states it, not its reason
    items = blocks[0].children
    leads = [_lead(i) for i in items]
    if not leads or _answers(leads[0]) or 2 * len(own & _stems(leads[0])) > len(own):
        return blocks
    chosen = tuple(i for i, s in zip(items, leads, strict=True) if own <= _stems(s))
    if not chosen and asking[0] != "what" and not own & _stems(leads[0]):  # "How does a
        start = next((n for n, s in enumerate(leads) if 2 * len(own & _stems(s)) > len(own)), 0)
        chosen = tuple(items[start:]) if start else ()  # kiln fire clay?" over its history
    return (replace(blocks[0], children=chosen),) if chosen else blocks


def _answers(lead: str) -> bool:
    """An item that answers whatever words it uses: a definition's bare noun phrase ("A tool
    for cutting ..."), the steps a "how" asks for ("Soak the seeds ..."), or the "Yes" or
    "No" a question of whether asks for, its reasons in the items after it."""
    ws = words(lead)
    if ws[:1] in (["yes"], ["no"]):
        return True
    bare = ws[:1] in (["a"], ["an"], ["the"]) and finite_verb(lead) is None
    return bare or is_instruction(lead, ws)


def _lead(item: Block) -> str:
    """An item's own words, not its sub-list's."""
    lead = item.children[0] if item.children else item
    return lead.text.text if lead.kind == "paragraph" else ""


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in words(text)}


def _stem(word: str) -> str:
    return word.removesuffix("'s").strip("_")[:PREFIX]
