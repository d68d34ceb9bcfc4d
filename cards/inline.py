"""Inline text with its formatting kept beside it.

Extractors need plain text (to find sentences and patterns) and cards need
the formatting (bold, highlights, links, math). Keeping both in one record,
with marks as character ranges over the plain text, lets an extractor cut a
sentence out of a paragraph and still render it faithfully.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class Mark:
    """A formatted range of `InlineText.text`."""

    start: int
    end: int
    kind: str
    """strong, em, mark (highlight), code, math, link, wikilink, embed."""
    data: str = ""
    """Link target, embed target, or math source."""


@dataclass(frozen=True, slots=True)
class InlineText:
    """Plain text plus formatting marks, footnote references and line breaks."""

    text: str = ""
    marks: tuple[Mark, ...] = ()
    footnotes: tuple[tuple[int, int], ...] = ()
    """(offset in text, footnote id): where a footnote reference stood."""
    breaks: tuple[int, ...] = ()
    """Offsets of line breaks, so a sentence can be traced to its source line."""
    tags: tuple[str, ...] = field(default=())
    """Obsidian `#tags` met in the text (they are removed from `text`)."""

    def slice(self, start: int, end: int) -> InlineText:
        """The part between two offsets, with the marks and footnotes that fall in it."""
        marks = tuple(
            Mark(max(m.start, start) - start, min(m.end, end) - start, m.kind, m.data)
            for m in self.marks
            if (m.start < end and m.end > start) or (m.start == m.end and start <= m.start < end)
        )
        notes = tuple((o - start, i) for o, i in self.footnotes if start <= o <= end)
        breaks = tuple(b - start for b in self.breaks if start <= b < end)
        return InlineText(self.text[start:end], marks, notes, breaks)

    def narrowed(self, start: int, end: int) -> InlineText:
        """The same block's text without what lies outside two offsets (a task box, a block
        id): unlike a `slice`, which is a part, it keeps the block's `#tags`."""
        return replace(self.slice(start, end), tags=self.tags)

    def strip(self) -> InlineText:
        """Without surrounding white space, marks shifted to match."""
        left = len(self.text) - len(self.text.lstrip())
        right = len(self.text.rstrip())
        return self.slice(left, right) if (left, right) != (0, len(self.text)) else self

    def line_of(self, offset: int) -> int:
        """How many line breaks come before `offset` (0 for the first line)."""
        return sum(1 for b in self.breaks if b < offset)

    def link_share(self) -> float:
        """Share of the non-space text that is link text: high for 'See also [[x]]' lines."""
        linked = sum(
            len("".join(self.text[m.start : m.end].split()))
            for m in self.marks
            if m.kind in ("link", "wikilink")
        )
        if not linked:
            return 0.0  # most paragraphs: no need to measure the whole text
        return linked / len("".join(self.text.split()))


def concat(parts: list[InlineText], sep: str = " ") -> InlineText:
    """Join pieces (paragraphs of a quote, say) into one text, keeping every mark in place."""
    text: list[str] = []
    marks: list[Mark] = []
    notes: list[tuple[int, int]] = []
    breaks: list[int] = []
    tags: list[str] = []
    pos = 0
    for n, part in enumerate(parts):
        if n:
            text.append(sep)
            if "\n" in sep:
                breaks.append(pos)
            pos += len(sep)
        text.append(part.text)
        marks += [Mark(m.start + pos, m.end + pos, m.kind, m.data) for m in part.marks]
        notes += [(o + pos, i) for o, i in part.footnotes]
        breaks += [b + pos for b in part.breaks]
        tags += part.tags
        pos += len(part.text)
    return InlineText("".join(text), tuple(marks), tuple(notes), tuple(breaks), tuple(tags))
