"""Where an answer ends: on the writer's last finished sentence, and not on the first
part of a list the writer goes on with.

    ## What is a kiln?
    A furnace for firing clay. Potters use it for bowls, tiles,     <- left unfinished: cut
    > Three things changed the craft:
    > 1. The wheel turned faster ...                                <- the first of four points:
    > - Glazes came from the east ...                                  the list goes on under
                                                                       another marker

A note kept as a draft stops mid-sentence ("For example: a bowl, a tile,"); a back that
ends there reads as broken, and the sentences before it are the answer, unless the broken
one turns on them ("But if ...,", "Because ...,"): there the writer had not yet written
the point, and what comes before only sets it up, so there is no card. A list whose
first item is numbered and whose next items are bullets is two lists to the parser: the
answer cut between them shows one point of several as the whole, so the back keeps the
text above the list, or is no card when that text only announces the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from cards.extractors.questions.fit import leads_in
from cards.language import sentences
from cards.parse import Block

_UNFINISHED = (",", ";")
"""How a sentence the writer broke off ends: on a comma before the next item of a series."""
_TURNS = frozenset("but however yet still although though because so whereas".split())
"""What a sentence opens on when it turns on the ones before: it holds the point."""


def finished(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """The answer without the sentence it ends on when the writer left that one unfinished
    after a finished one in the same paragraph or item; nothing when that sentence turns
    on the ones before. A text that is one unfinished sentence is left as it is: list
    items written as a series end on commas too."""
    if not blocks:
        return tuple(blocks)
    last = blocks[-1]
    if last.kind in ("list", "item", "blockquote") and last.children:
        inner = finished(last.children)
        return (*blocks[:-1], replace(last, children=inner)) if inner else ()
    if last.kind != "paragraph" or not last.text.text.rstrip().endswith(_UNFINISHED):
        return tuple(blocks)
    spans = sentences(last.text.text)
    if len(spans) < 2:
        return tuple(blocks)
    broken = last.text.text[spans[-1][0] : spans[-1][1]].split(maxsplit=1)
    if broken and broken[0].lower().strip(",") in _TURNS:
        return ()  # "... 8 to 48 minutes. But if they kept a copy there," the point is unwritten
    return (*blocks[:-1], replace(last, text=last.text.slice(0, spans[-2][1]).strip()))


def continued(source: Sequence[Block], kept: Sequence[Block]) -> tuple[Block, ...] | None:
    """`kept`, the answer cut from `source`, without a list it ends on that the next block
    of `source` continues as another list; None when what is left only leads in to it."""
    if not kept:
        return tuple(kept)
    last = kept[-1]
    at = next((n for n, b in enumerate(source) if b.line == last.line), -1)
    if at < 0:
        return tuple(kept)
    if last.kind == "blockquote" and source[at].kind == "blockquote":
        inner = continued(source[at].children, last.children)
        return None if inner is None else (*kept[:-1], replace(last, children=inner))
    goes_on = at + 1 < len(source) and source[at + 1].kind == "list"
    if last.kind != "list" or not goes_on or len(kept) < 2:
        return tuple(kept)
    lead = kept[-2]
    if lead.kind != "paragraph" or leads_in(lead.text.text):
        return None  # "Three things changed it:" over its first point only
    return tuple(kept[:-1])
