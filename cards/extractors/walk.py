"""Walking a note's block tree with the context extractors need: headings above, quote depth."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from cards.inline import InlineText
from cards.language import heading_start, without_trailing_symbols
from cards.parse import Block

QUOTE_CALLOUTS = frozenset({"", "quote", "cite", "citation"})
"""Blockquotes of these callout types ("" is a plain `>` quote) hold someone else's words;
other callouts (`[!note]`, `[!summary]`) hold the author's own."""


@dataclass(frozen=True, slots=True)
class Visit:
    block: Block
    headings: tuple[str, ...]
    """Heading path above the block."""
    quoted: bool
    """Inside a blockquote or quote callout: someone else's words."""
    siblings: Sequence[Block]
    index: int
    """Position of `block` in `siblings`."""
    parent: Block | None = None
    """The enclosing block (a list item, a callout), None at top level."""

    @property
    def parent_kind(self) -> str:
        return self.parent.kind if self.parent else ""

    def previous(self) -> Block | None:
        return self.siblings[self.index - 1] if self.index else None

    def next(self) -> Block | None:
        return self.siblings[self.index + 1] if self.index + 1 < len(self.siblings) else None


_last: tuple[Sequence[Block], tuple[Visit, ...]] | None = None


def walk(blocks: Sequence[Block]) -> Iterator[Visit]:
    """Every block in document order, depth first.

    Every extractor walks the same note in turn, so the last walk is kept and
    handed to the next extractor instead of being made again.
    """
    global _last
    if _last is None or _last[0] is not blocks:
        _last = (blocks, tuple(_walk(blocks)))
    return iter(_last[1])


def _walk(blocks: Sequence[Block]) -> Iterator[Visit]:
    stack: tuple[tuple[int, str], ...] = ()
    """The open headings, levels and titles: a tuple, so an item keeps the one it began
    under by reference, with no copy for every item of every note."""
    path: tuple[str, ...] = ()
    """The heading titles in `stack`, rebuilt only when a heading changes it."""

    def visit(seq: Sequence[Block], quoted: bool, parent: Block | None) -> Iterator[Visit]:
        nonlocal stack, path
        for i, block in enumerate(seq):
            if block.kind == "heading" and not quoted:
                open_ = len(stack)
                while open_ and stack[open_ - 1][0] >= block.level:
                    open_ -= 1
                stack = stack[:open_]
                path = tuple(t for _, t in stack)
                yield Visit(block, path, quoted, seq, i, parent)
                stack += ((block.level, block.text.text.strip()),)
                path = tuple(t for _, t in stack)
                continue
            yield Visit(block, path, quoted, seq, i, parent)
            if block.children:
                inner = quoted or (block.kind == "blockquote" and block.callout in QUOTE_CALLOUTS)
                kept, kept_path = stack, path
                yield from visit(block.children, inner, block)
                if block.kind == "item" and stack is not kept:
                    stack, path = kept, kept_path  # `- ## Fillers` in an item heads it only

    yield from visit(blocks, False, None)


def heading_text(block: Block) -> InlineText:
    """A heading's own words: without white space around them, or a number or emoji that
    only orders or decorates them (`heading_start`, and "... change? 🤔" at the end)."""
    text = block.text.strip()
    start = heading_start(text.text)
    end = len(without_trailing_symbols(text.text))
    return text.slice(start, end) if start or end < len(text.text) else text


def paragraphs(block: Block) -> Iterator[Block]:
    """The paragraphs inside a container, in order."""
    for child in block.children:
        if child.kind == "paragraph":
            yield child
        elif child.children:
            yield from paragraphs(child)
