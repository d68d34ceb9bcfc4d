"""The notes' records added up, as a build's summary shows them.

Each note's record (`report.note_record`) says what it gives the deck and what it left
out; a build that takes most notes from the cache adds up the same records, so it says
what a build of every note says. A card the user never sees is a choice they cannot
undo unless the summary says it was made, so what was left out is counted too: by the
per-note cap (`ranking.py`), as boilerplate (`sharing.py`), and as notes and sections
read as not knowledge (`extractors/notekind.py`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from cards.extractors.notespans import Dropped
from cards.sharing import boilerplate_texts


class ReadAs(NamedTuple):
    """Items left out as not knowledge, from how many whole notes and how many sections,
    and the notes and sections per kind (most first)."""

    items: int = 0
    notes: int = 0
    sections: int = 0
    kinds: tuple[tuple[str, int], ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "notes": self.notes,
            "sections": self.sections,
            "kinds": dict(self.kinds),
        }


def read_as_record(dropped: Iterable[Dropped]) -> list[list[Any]]:
    """One note's `Dropped`s as its record and its cache entry keep them (JSON)."""
    return [[d.kind, d.whole, d.items] for d in dropped]


def read_as_rows(rows: Iterable[Sequence[object]]) -> tuple[Dropped, ...]:
    """`read_as_record` read back. A row of the wrong shape or types raises (`ValueError`,
    `TypeError`): a damaged cache entry is a miss, never half read."""
    out = []
    for kind, whole, items in rows:
        if not isinstance(kind, str) or not isinstance(whole, bool):
            raise TypeError("expected a kind and whether it was the whole note")
        if not isinstance(items, int) or isinstance(items, bool):
            raise TypeError("expected a whole number of items")
        out.append(Dropped(kind, whole, items))
    return tuple(out)


def read_as_total(records: Iterable[dict[str, Any]]) -> ReadAs:
    """The notes' records added up. A note read whole as one kind counts once, as that
    note, whatever sections of it another kind would also have left out."""
    items = notes = sections = 0
    kinds: Counter[str] = Counter()
    for record in records:
        dropped = read_as_rows(record.get("read_as", ()))
        items += sum(d.items for d in dropped)
        whole = [d.kind for d in dropped if d.whole]
        if whole:
            notes += 1
            kinds[whole[0]] += 1
        else:
            sections += len(dropped)
            kinds.update(d.kind for d in dropped)
    return ReadAs(items, notes, sections, tuple(most_first(kinds)))


def read_as_json(data: dict[str, Any] | None) -> ReadAs:
    """`ReadAs.as_json` back, for a build that replays the last one's report."""
    if not data:
        return ReadAs()
    kinds = tuple((str(k), int(n)) for k, n in dict(data["kinds"]).items())
    return ReadAs(int(data["items"]), int(data["notes"]), int(data["sections"]), kinds)


def most_first(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """Counts largest first, ties by name: the same order every build."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def capped_total(records: Iterable[dict[str, Any]]) -> tuple[int, int]:
    """Cards left out by the per-note cap, and from how many notes."""
    cut = [int(r["capped"]) for r in records if r["capped"]]
    return sum(cut), len(cut)


class DeckCounts(NamedTuple):
    """What the notes' records add up to, as the summary shows it."""

    items: Counter[str]
    anki_notes: Counter[str]
    """Per item kind."""
    cards: Counter[str]
    """Per item kind, as Anki counts them."""
    folders: Counter[str]
    """Cards per top-level folder."""
    capped: tuple[int, int]
    """Cards left out by the per-note cap, and from how many notes."""
    boilerplate: int
    """Texts left out as boilerplate."""
    read_as: ReadAs
    """Items of notes and sections read as not knowledge."""


def deck_counts(records: dict[str, dict[str, Any]]) -> DeckCounts:
    counts = DeckCounts(Counter(), Counter(), Counter(), Counter(), (0, 0), 0, ReadAs())
    for path, record in records.items():
        counts.items.update(record["items"])
        counts.anki_notes.update(record["anki_notes"])
        counts.cards.update(record["cards"])
        if record["cards"]:
            counts.folders[top_folder(path)] += sum(record["cards"].values())
    shared = boilerplate_texts(str(r.get("facts", "")) for r in records.values())
    notes = records.values()
    return counts._replace(
        capped=capped_total(notes), boilerplate=shared, read_as=read_as_total(notes)
    )


def top_folder(path: str) -> str:
    """The vault's top-level folder a note is in; '' at the root."""
    head, sep, _ = path.partition("/")
    return head if sep else ""
