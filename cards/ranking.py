"""At most so many cards from one note: what the note stresses first, then the rest in order.

A glossary pasted whole, a list of chapters, a lecture's every line: one note
can give hundreds of cards, months of study that nobody chose. So a note's
cards are capped (`max_cards_per_note` in cards.toml, cards as Anki counts
them), keeping first what the note itself marks as worth remembering:

1. claims that are headings, emphasised (bold, highlight, a key-points
   callout), and definitions of the note's own subject (its title);
2. then everything else, taking each kind in turn (a claim, a question, a
   quote, a trait list, a claim, ...), each kind in the note's order, so that a
   long note keeps some of each rather than whatever its first pages hold.

What is kept stays in the note's order; what is left out is counted, and the
build summary says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, zip_longest

from cards.cardspecs import CardSpec
from cards.extractors.registry import normalise
from cards.items import Item

MAX_CARDS_PER_NOTE = 40
"""The default cap: two days of new cards at Anki's default pace. On the three shared vaults
it touches 0.2 %, 3.5 % and 2.7 % of the notes that give cards, and cuts the lists pasted
whole (232 cards from one note); 20 would touch 15 % of one vault's (docs/performance.md)."""
STRESSED = frozenset({"claim.heading", "claim.emphasis", "claim.key-points"})
"""Rules whose claims the note itself marks: a heading that states it, emphasis, a callout."""


def stressed(item: Item, title: str) -> bool:
    """Whether the note marks this item as worth remembering, or it defines the note's own
    subject ("Stoicism is ..." in a note titled Stoicism)."""
    if item.rule in STRESSED:
        return True
    return bool(item.term) and normalise(item.term) == normalise(title)


def capped(
    made: Sequence[tuple[Item, CardSpec]], title: str, cap: int
) -> tuple[list[CardSpec], int]:
    """The specs kept under the cap (0: no cap), in note order, and how many cards were left
    out. The first card of the note is always kept, however many cards it makes."""
    total = sum(spec.cards for _, spec in made)
    if cap <= 0 or total <= cap:
        return [spec for _, spec in made], 0
    first = [at for at, (item, _) in enumerate(made) if stressed(item, title)]
    marked = set(first)
    by_kind: dict[str, list[int]] = {}
    for at, (item, _) in enumerate(made):
        if at not in marked:
            by_kind.setdefault(item.kind, []).append(at)
    turns = zip_longest(*(by_kind[kind] for kind in sorted(by_kind)))
    order = first + [at for at in chain.from_iterable(turns) if at is not None]
    kept: set[int] = set()
    count = 0
    for at in order:
        cards = made[at][1].cards
        if count + cards <= cap or not kept:
            kept.add(at)
            count += cards
    return [spec for at, (_, spec) in enumerate(made) if at in kept], total - count
