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

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cards.extractors.claims.defines import definition_term
from cards.extractors.claims.shared import claim_like, skip_annotation, skip_bold_line, skip_label
from cards.extractors.taxonomy import Taxonomy
from cards.extractors.walk import Visit
from cards.inline import InlineText
from cards.items import Item, SourceRef
from cards.language import bare_verb, symbols_before
from cards.parse import Block, ParsedNote


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
        self.advice: set[int] = set()
        """The first paragraphs of the items of a list whose other items give advice."""
        self.disputed: set[int] = set()
        """The first paragraphs of a list's "Claim:" items that the note weighs, not makes."""

    def ref(self, visit: Visit, text: InlineText, offset: int = 0) -> SourceRef:
        """Where `offset` of a block's `text` is: its file line, under the block's headings."""
        return SourceRef(self.note.path, visit.block.line + text.line_of(offset), visit.headings)


class Passage:
    """One sentence of a paragraph, `text[start:end]`, and what the sentence rules ask of
    it: its own words (`plain`, after a lead-in label) and whether it is a claim at all
    (`ok`), read once for every rule; its marked-up text (`sentence`) and which term it
    defines only on first use, since most sentences are rejected before a rule needs either."""

    __slots__ = (
        "_sentence",
        "_term",
        "end",
        "lead",
        "ok",
        "plain",
        "reading",
        "start",
        "text",
        "visit",
    )

    def __init__(self, reading: Reading, visit: Visit, start: int, end: int) -> None:
        self.reading = reading
        self.visit = visit
        self.text = visit.block.text
        """The whole paragraph's text."""
        self.start = start
        self.end = end
        self.lead = _lead(self.text, start, end)
        """Where the sentence's own words start: after a lead-in label or a leading emoji."""
        self.plain = self.text.text[self.lead : end].strip()
        """The sentence's words as plain text: `sentence.text` without slicing any marks."""
        self.ok = claim_like(self.plain) and not hedged_order(self.plain)
        """A claim at all (`shared.claim_like`): long enough, no question or instruction."""
        self._sentence: InlineText | None = None
        self._term: str | None = None

    @property
    def sentence(self) -> InlineText:
        """The sentence with its marks: sliced only for a rule that reads them."""
        if self._sentence is None:
            self._sentence = self.text.slice(self.lead, self.end).strip()
        return self._sentence

    @property
    def term(self) -> str:
        """The term the sentence defines, or ''."""
        if self._term is None:
            self._term = definition_term(self.plain, self.reading.note.title)
        return self._term

    @property
    def ref(self) -> SourceRef:
        return self.reading.ref(self.visit, self.text, self.lead)


_HEDGES = ("Just ", "Simply ", "just ", "simply ")


def hedged_order(plain: str) -> bool:
    """An instruction behind a hedge ("Just stir the pot twice", "Simply follow the guide
    below"): a step of the writer's, as bare as any imperative, that the instruction test
    misses because its verb is not the first word. The word after the hedge is read as
    any sentence's first word is (`language.bare_verb`: "Just one valve opens", "Simply
    put, ..." are no orders), and a verb in "-ply" ("multiply", "apply") is no adverb."""
    if not plain.startswith(_HEDGES):
        return False
    rest = plain.split(" ", 1)[1]
    verb = rest.split(" ", 1)[0] if " " in rest else ""
    if not verb.islower():
        return False
    return (verb.endswith("ply") and verb.isalpha()) or bare_verb(verb, rest)


_NUMBERING = re.compile(r"(?:∴\s*)?(?:\d{1,3}\]|\([A-Z]\d{1,2}\))\s+")
"""A list's number typed with a bracket ("3] Kites need wind."), which markdown reads as text,
or an argument's tag for a premise or a conclusion ("**(P2)** Every kite needs wind", "∴ (C1)
..."): the sentence starts after it."""
_NUMBER_STARTS = frozenset("0123456789(∴")


def _lead(text: InlineText, start: int, end: int) -> int:
    opens = text.text[start : start + 1]
    numbered = opens in _NUMBER_STARTS and _NUMBERING.match(text.text, start, end)
    if numbered:
        start = numbered.end()
    if text.breaks:
        start = skip_bold_line(text, start, end)
    colon = text.text.find(":", start, end) >= 0
    start = skip_label(text, start, end)
    if colon and start < end:
        start = skip_annotation(text.text, start, end)
    if start < end and text.text[start] > "\u2000":
        start = symbols_before(text.text, start)  # a Notion callout's "💡 "
    return start


BlockRule = Callable[[Reading, Visit], Claimed | None]
SentenceRule = Callable[[Passage], Sequence[Item] | None]


@dataclass(frozen=True, slots=True)
class ClaimRule:
    """A rule's hooks: on whole blocks, on single sentences of a paragraph, or both. A hook
    returns None to pass the text on, and an answer (items, perhaps none) to claim it."""

    block: BlockRule | None = None
    sentence: SentenceRule | None = None
    kinds: frozenset[str] = frozenset(["paragraph"])
    """The kinds of block the block hook reads: it is never shown another."""

    @property
    def module(self) -> str:
        """The module that defines the rule."""
        hook = self.block or self.sentence
        return hook.__module__ if hook is not None else __name__


def first_nested(visit: Visit) -> Block | None:
    """The first paragraph of the first item nested under `visit`'s block, where a writer
    carries an item on, answers it or spells out its term; None when nothing is nested."""
    nested = visit.next()
    if nested is None or nested.kind != "list" or not nested.children:
        return None
    first = nested.children[0].children[:1]
    return first[0] if first and first[0].kind == "paragraph" else None
