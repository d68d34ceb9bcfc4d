"""How the claim rules read a note: the rule's two hooks, and what each hook is given.

    ## Key terms                  <- a block rule reads a block whole (a heading, a table,
    - Freeze: the impulse to ...     a `Term: meaning` item) and may claim it;
    Sleep is **the foundation**.  <- a sentence rule reads one sentence of a paragraph
                                     that no block rule claimed, and may claim it.

A rule that claims text ends the search for it, with or without an item: "- Anxious:
craves closeness" is a trait's label, which the term rule claims so that no later rule
reads it as a definition. A rule that is switched off is never asked, so its text goes
on to the rules after it, as in markdown-it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from cards.extractors.claims.defines import definition_term
from cards.extractors.claims.shared import claim_like, skip_annotation, skip_label
from cards.extractors.taxonomy import Taxonomy
from cards.extractors.walk import Visit
from cards.inline import InlineText
from cards.items import Item, SourceRef
from cards.language import symbols_before
from cards.parse import ParsedNote


@dataclass(frozen=True, slots=True)
class Claimed:
    """What a block rule found in a block, and whether it leaves any of it to other rules."""

    items: tuple[Item, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    """Parts of the paragraph's text claimed: the sentence rules skip them."""
    whole: bool = True
    """The whole block is claimed: no rule after this one reads it."""


class Reading:
    """One note being read, and what the walk has learned of it so far."""

    def __init__(self, note: ParsedNote, taxonomy: Taxonomy | None) -> None:
        self.note = note
        self.taxonomy = taxonomy
        self.points: set[int] = set()
        """The first paragraphs of the items of a list that "Key points:" introduces."""
        self.glossed: set[int] = set()
        """The first paragraphs of the items of a list whose other items define terms."""

    def ref(self, visit: Visit, text: InlineText, offset: int = 0) -> SourceRef:
        """Where `offset` of a block's `text` is: its file line, under the block's headings."""
        return SourceRef(self.note.path, visit.block.line + text.line_of(offset), visit.headings)


class Passage:
    """One sentence of a paragraph, `text[start:end]`, and what the sentence rules ask of
    it, each answered once on first use: most sentences are rejected before the costly
    questions (which term it defines) are asked."""

    def __init__(self, reading: Reading, visit: Visit, start: int, end: int) -> None:
        self.reading = reading
        self.visit = visit
        self.text = visit.block.text
        """The whole paragraph's text."""
        self.start = start
        self.end = end

    @cached_property
    def lead(self) -> int:
        """Where the sentence's own words start: after a lead-in label or a leading emoji."""
        text, start, end = self.text, self.start, self.end
        colon = text.text.find(":", start, end) >= 0
        start = skip_label(text, start, end)
        if colon and start < end:
            start = skip_annotation(text.text, start, end)
        if start < end and text.text[start] > "\u2000":
            start = symbols_before(text.text, start)  # a Notion callout's "💡 "
        return start

    @cached_property
    def sentence(self) -> InlineText:
        return self.text.slice(self.lead, self.end).strip()

    @property
    def plain(self) -> str:
        return self.sentence.text

    @cached_property
    def ok(self) -> bool:
        """A claim at all (`shared.claim_like`): long enough, no question or instruction."""
        return claim_like(self.plain)

    @cached_property
    def term(self) -> str:
        """The term the sentence defines, or ''."""
        return definition_term(self.plain)

    @property
    def ref(self) -> SourceRef:
        return self.reading.ref(self.visit, self.text, self.lead)


BlockRule = Callable[[Reading, Visit], Claimed | None]
SentenceRule = Callable[[Passage], Sequence[Item] | None]


@dataclass(frozen=True, slots=True)
class ClaimRule:
    """A rule's hooks: on whole blocks, on single sentences of a paragraph, or both. A hook
    returns None to pass the text on, and an answer (items, perhaps none) to claim it."""

    block: BlockRule | None = None
    sentence: SentenceRule | None = None

    @property
    def module(self) -> str:
        """The module that defines the rule."""
        hook = self.block or self.sentence
        return hook.__module__ if hook is not None else __name__
