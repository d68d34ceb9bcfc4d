"""What the kinds of `notekind.py` leave out of a note: spans of lines, the items in them,
and how many each span left out (`Dropped`), which a note's record keeps for the build's
summary (`deckcounts.py`)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from cards.extractors.notefeatures import END, Section, end, line
from cards.items import Item


@dataclass(frozen=True, slots=True)
class Span:
    """Lines `start` (inclusive) to `end` (exclusive) read as `kind`."""

    start: int
    end: int
    kind: str
    why: str
    quotes: bool = False
    """A quote with a named source inside goes too: the owner marked the line as theirs
    (a joke), not as someone's words worth keeping."""

    @property
    def whole(self) -> bool:
        """The span is the whole note."""
        return self.start <= 1 and self.end == END


def under(parts: list[Section], i: int, kind: str, why: str) -> Span:
    """Section `i` with its subsections: what a heading's kind covers."""
    return Span(parts[i].line, line(parts, end(parts, i)), kind, why)


class Dropped(NamedTuple):
    """What one span left out: its kind, whether it was the whole note, how many items."""

    kind: str
    whole: bool
    items: int


def sift(
    items: Iterable[Item], spans: tuple[Span, ...]
) -> tuple[tuple[Item, ...], tuple[Dropped, ...]]:
    """Items outside every span (inside one, a quote with a named source survives, unless the
    span takes quotes too), and what each span that left out an item left out: an item is
    counted once, in the span that starts first (the outer one of nested spans)."""
    starts, owners, ends = _pieces(spans)
    kept: list[Item] = []
    dropped = [0] * len(spans)
    for item in items:
        at = bisect_right(starts, item.ref.line) - 1
        if at < 0 or item.ref.line >= ends[at] or _named(item, spans[owners[at]]):
            kept.append(item)
        else:
            dropped[owners[at]] += 1
    counts = (Dropped(s.kind, s.whole, n) for s, n in zip(spans, dropped, strict=True) if n)
    return tuple(kept), tuple(counts)


def _named(item: Item, span: Span) -> bool:
    return item.kind == "quote" and bool(item.attribution) and not span.quotes


def _pieces(spans: tuple[Span, ...]) -> tuple[list[int], list[int], list[int]]:
    """The spans cut into pieces that do not overlap, sorted, so that one `bisect` finds the
    span an item is in: each piece's start, its span's index and its end."""
    starts: list[int] = []
    owners: list[int] = []
    ends: list[int] = []
    covered = 0
    for i in sorted(range(len(spans)), key=lambda i: (spans[i].start, -spans[i].end, i)):
        start = max(spans[i].start, covered)
        if start < spans[i].end:
            starts.append(start)
            owners.append(i)
            ends.append(spans[i].end)
            covered = spans[i].end
    return starts, owners, ends
