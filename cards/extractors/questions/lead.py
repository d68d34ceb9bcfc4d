"""Whether an answer cut to fit a card kept only the line that leads in to it.

    ## How did terracing spread?
    > Farming changes brought by settlers from the hills      <- all the back kept
    >
    > - Stone walls that held the soil on slopes, built ...    <- the answer: cut, as
    > - Channels that carried snowmelt down to each step ...      none of it fits

    - What is a fresco made of?
        - A fresco is made of **lime plaster** and **pigment**  <- all the back kept
            - ## Lime plaster                                    <- the answer: nested,
                - Slaked lime mixed with sand, laid wet ...         cut whole

A caption over a list (a phrase with no verb of its own: "Farming changes brought by
settlers") names what the list holds, and an item whose nested items are groups, each a
label over its own notes, and which names those groups ("made of lime plaster and
pigment"), is their table of contents: the list is the answer. When not one of its items
fits, the back is that line alone, which reads as an answer and says nothing the question
does not: no card is better than it. A sentence over a list of details ("A fresco is
painted on wet plaster" over how long it takes to dry) answers by itself, and stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from cards.extractors.questions.fit import leads_in
from cards.giveaway import stems
from cards.language import AUX, words
from cards.parse import Block

_GROUPS = 2
"""Nested groups the item's line names, at least, to be their table of contents."""


def only_lead(source: Sequence[Block], kept: Sequence[Block]) -> bool:
    """Whether `kept`, the answer cut from `source`, is one paragraph or one item's own
    words whose list, right after it or nested under it, was cut whole."""
    if len(kept) != 1:
        return False
    one = kept[0]
    at = next((n for n, b in enumerate(source) if b.line == one.line and b.kind == one.kind), -1)
    if at < 0:
        return False
    if one.kind == "blockquote" and not one.callout:
        return only_lead(source[at].children, one.children)
    if one.kind == "paragraph":
        listed = at + 1 < len(source) and source[at + 1].kind == "list"
        return listed and caption(one.text.text)
    if one.kind != "list" or len(one.children) != 1:
        return False
    item = one.children[0]
    whole = next((i for i in source[at].children if i.line == item.line), None)
    if [c.kind for c in item.children] != ["paragraph"] or whole is None:
        return False
    nested = [i for c in whole.children[1:] if c.kind == "list" for i in c.children]
    line = item.children[0].text.text
    return bool(nested) and (caption(line) or _contents(line, nested))


def unled(kept: Sequence[Block]) -> tuple[Block, ...]:
    """`kept` without a last list item that only leads in ("... with a counter like this")
    to what was cut after it, the code or the list it announced; the items before it stay.
    An item that ends on a colon is left for the answer's checks, which make no card of
    a back that ends announcing more."""
    last = kept[-1] if kept else None
    if last is None or last.kind != "list" or len(last.children) < 2:
        return tuple(kept)
    item = last.children[-1]
    own = item.children[0] if len(item.children) == 1 else None
    if own is None or own.kind != "paragraph" or not leads_in(own.text.text):
        return tuple(kept)
    if own.text.text.rstrip().endswith(":"):
        return tuple(kept)  # a back that ends on a colon is no card (`unanswered`)
    return (*kept[:-1], replace(last, children=last.children[:-1]))


def caption(text: str) -> bool:
    """A line with no auxiliary verb and no full stop: a phrase that names, not a sentence."""
    return not text.rstrip().endswith((".", "!", "?")) and AUX.isdisjoint(words(text))


def _contents(line: str, nested: Sequence[Block]) -> bool:
    """Whether `line` names the groups nested under it: each nested item a label over its
    own notes, and two of the labels' words at least in the line."""
    if not all(len(i.children) > 1 for i in nested):
        return False
    named = stems(line)
    return sum(not named.isdisjoint(stems(i.children[0].text.text)) for i in nested) >= _GROUPS
