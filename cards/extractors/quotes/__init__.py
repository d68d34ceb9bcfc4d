"""Quoted passages with their attribution: one rule for each way a note quotes someone.

    > [!quote] Craving sex                                   <- quote.blockquote
    > Both of these puzzles make perfect sense ...
    > \\-[[Come As You Are by Emily Nagoski]]

    As Esther Perel puts it, "The quality of our ..."        <- quote.inline
    | Quote | Author |                                      <- quote.table
    ### "Love is a verb."                                    <- quote.heading
    - Well done is better than well said. Benjamin Franklin. <- quote.list
    - Attention is the currency of learning. (Location 263) <- quote.highlight

Each rule reads one kind of block (paragraphs, blockquotes, lists, ...) and returns the
quotes it finds in one such block of a note. The rules that read a block's kind are tried
in order on every block outside a quote, and the first that finds one takes the block: a
rule switched off (`disable_rules` in `cards.toml`) leaves its blocks to the rules after
it, as a markdown-it rule leaves its text. A rule asks only the blocks it reads, so a
note costs each rule what its own blocks cost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from cards.extractors.quotes.blockquote import blockquote
from cards.extractors.quotes.heading import heading
from cards.extractors.quotes.highlight import highlight
from cards.extractors.quotes.inline import inline
from cards.extractors.quotes.lists import listed
from cards.extractors.quotes.table import table
from cards.extractors.ruler import Ruler
from cards.extractors.walk import Visit, walk
from cards.items import Item
from cards.parse import ParsedNote

Find = Callable[[ParsedNote, Visit], list[Item]]


@dataclass(frozen=True, slots=True)
class QuoteRule:
    """A rule: the kind of block it reads, and the quotes it finds in one such block."""

    reads: str
    """`paragraph`, `blockquote`, `list`, `table` or `heading`: no other block is asked."""
    find: Find


RULES: tuple[tuple[str, QuoteRule], ...] = (
    ("blockquote", QuoteRule("blockquote", blockquote)),
    ("inline", QuoteRule("paragraph", inline)),
    ("highlight", QuoteRule("paragraph", highlight)),
    ("list", QuoteRule("list", listed)),
    ("table", QuoteRule("table", table)),
    ("heading", QuoteRule("heading", heading)),
)
"""The ways a quote appears in a note, in the order they are tried."""


def ruler() -> Ruler[QuoteRule]:
    """A fresh ruler of the quote rules, all on."""
    return Ruler("quote", RULES)


def extract_quotes(note: ParsedNote, rules: Ruler[QuoteRule] | None = None) -> Iterator[Item]:
    """The quotes of a note, each from the first rule that is on and finds one in its block."""
    reading: dict[str, list[Find]] = {}
    for rule in rules if rules is not None else ruler():
        reading.setdefault(rule.func.reads, []).append(rule.func.find)
    for visit in walk(note.blocks):
        if visit.quoted:
            continue
        for find in reading.get(visit.block.kind, ()):
            found = find(note, visit)
            if found:
                yield from found
                break
