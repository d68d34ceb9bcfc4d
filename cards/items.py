"""What extractors produce: one `Item` per claim, question, quote or trait list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cards.inline import InlineText
from cards.parse import Block

KINDS = ("claim", "question", "quote", "traits")


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where an item came from."""

    path: str
    """Vault-relative note path."""
    line: int
    """File line (1-based)."""
    headings: tuple[str, ...] = ()
    """Heading path above the item, outermost first."""


@dataclass(frozen=True, slots=True)
class Item:
    """One thing worth remembering, with what a card needs to show it."""

    kind: str
    """claim, question, quote or traits."""
    ref: SourceRef
    text: InlineText
    """Claim sentence, question, quote body; for traits, the sentence or label that named them."""
    key: tuple[int, int] | None = None
    """Range of `text.text` to hide on a cloze card (the emphasised phrase, the predicate)."""
    answer: InlineText | None = None
    """Question: the text under the heading, shortened to its first sentences."""
    answer_blocks: tuple[Block, ...] = ()
    """Question: the blocks the answer comes from, so the card shows lists, tables, code."""
    attribution: str = ""
    title: str = ""
    """Quote: callout title."""
    term: str = ""
    """Claim that defines something: the defined term (gives a "What is ...?" card)."""
    category: str = ""
    """Traits: the taxonomy category."""
    traits: tuple[str, ...] = ()
    rule: str = ""
    """The rule that found it, qualified by kind (`claim.heading`, `quote.blockquote`)."""

    @property
    def plain(self) -> str:
        return self.text.text

    def to_json(self) -> dict[str, Any]:
        """The item as `cards extract --format json` prints it (docs/extraction.md)."""
        out: dict[str, Any] = {"kind": self.kind, "note": self.ref.path, "line": self.ref.line}
        if self.kind == "traits":
            out.update(category=self.category, items=list(self.traits))
        else:
            out["text"] = _flat(self.plain)
        if self.kind == "question":
            out["answer"] = _flat(self.answer.text) if self.answer else ""
        if self.kind == "quote":
            out.update(attribution=self.attribution, title=self.title)
        if self.term:
            out["term"] = self.term
        if self.key and self.kind in ("claim", "quote"):
            out["cloze"] = _flat(self.plain[self.key[0] : self.key[1]])  # what the card hides
        out.update(headings=list(self.ref.headings), rule=self.rule)
        return out


def _flat(text: str) -> str:
    """One line: soft line breaks of the note are layout, not content."""
    return " ".join(text.split())
