"""What a build read, made and wrote, as records; and as the next build replays it.

Problems stay `Problem` records here: the command line alone turns them into
text. A build that finds nothing changed reports what the last one found, so
the report is also kept, as JSON, in the build cache's record.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cards.anki.media import Packed
from cards.cardspecs import CardSpec
from cards.deckcounts import ReadAs, deck_counts, read_as_json, read_as_record
from cards.errors import NoteError, Problem
from cards.identity import STATUSES, Change
from cards.notecards import NoteCards
from cards.sharing import facts_key


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build read, made and wrote."""

    output: Path
    notes_read: int
    notes_skipped: tuple[Problem, ...]
    """Per note that could not be used, why."""
    warnings: tuple[Problem, ...] = ()
    """Notes used, but read or rendered with a problem."""
    items: Counter[str] = field(default_factory=Counter)
    anki_notes: Counter[str] = field(default_factory=Counter)
    """Anki notes per item kind, tombstones not counted."""
    cards: Counter[str] = field(default_factory=Counter)
    """Cards per item kind, as Anki counts them (a note with three deletions is three)."""
    folders: Counter[str] = field(default_factory=Counter)
    """Cards per top-level folder of the vault ('' for notes at its root)."""
    capped: tuple[int, int] = (0, 0)
    """Cards left out by the per-note cap, and from how many notes."""
    boilerplate: int = 0
    """Texts left out as boilerplate: each in `BOILERPLATE_NOTES` notes or more."""
    read_as: ReadAs = field(default_factory=ReadAs)
    """Items of notes and sections read as not knowledge (`extractors/notekind.py`)."""
    counts: dict[str, int] = field(default_factory=dict)
    """Anki notes added, changed, kept and gone since the last build."""
    tombstones: int = 0
    media: tuple[Packed, ...] = ()
    """Images packed with the deck."""
    parsed: int = 0
    """Notes parsed this time."""
    cached: int = 0
    """Notes whose cards came from the cache."""
    up_to_date: bool = False
    """Nothing changed since the last build: its deck and manifest were kept as they are."""
    problems: tuple[Problem, ...] = ()
    """Every warning and skipped note, in vault order."""

    def replayable(self) -> dict[str, Any]:
        """The report as a later build with nothing to do gives it again: every card kept."""
        return {
            "output": str(self.output),
            "notes_read": self.notes_read,
            "notes_skipped": _rows(self.notes_skipped),
            "warnings": _rows(self.warnings),
            "problems": _rows(self.problems),
            "items": dict(sorted(self.items.items())),
            "anki_notes": dict(sorted(self.anki_notes.items())),
            "cards": dict(sorted(self.cards.items())),
            "folders": dict(sorted(self.folders.items())),
            "capped": list(self.capped),
            "boilerplate": self.boilerplate,
            "read_as": self.read_as.as_json(),
            "kept": sum(self.anki_notes.values()),
            "tombstones": self.tombstones,
            "media": [[m.name, str(m.source)] for m in self.media],
        }


def replay(data: dict[str, Any]) -> BuildReport:
    """The last build's report, for a build that found nothing changed since."""
    skipped = _problems(data["notes_skipped"])
    return BuildReport(
        output=Path(str(data["output"])),
        notes_read=int(data["notes_read"]),
        notes_skipped=skipped,
        warnings=_problems(data["warnings"]),
        items=_counter(data["items"]),
        anki_notes=_counter(data["anki_notes"]),
        cards=_counter(data["cards"]),
        folders=_counter(data["folders"]),
        capped=(int(data["capped"][0]), int(data["capped"][1])),
        boilerplate=int(data.get("boilerplate", 0)),
        read_as=read_as_json(data.get("read_as")),
        counts=dict.fromkeys(STATUSES, 0) | {"kept": int(data["kept"])},
        tombstones=int(data["tombstones"]),
        media=tuple(Packed(str(name), Path(str(source))) for name, source in data["media"]),
        cached=int(data["notes_read"]) - len(skipped),
        up_to_date=True,
        problems=_problems(data["problems"]),
    )


class Tally:
    """What the notes add to a build's report and to the cache's record, as they come."""

    def __init__(self, unreadable: Sequence[NoteError]) -> None:
        self.notes = {
            e.path: note_record(f"!{Problem.of(e)}", NoteCards.failed(e)) for e in unreadable
        }
        self.skipped = [Problem.of(e) for e in unreadable]
        self.warnings: list[Problem] = []
        self.problems = list(self.skipped)
        self.media: dict[str, Packed] = {}
        self.parsed = 0
        self.unreadable = len(unreadable)

    def add(self, key: str | None, note: NoteCards, parsed: bool) -> None:
        self.notes[note.path] = note_record(key or f"!{note.error}", note)
        self.parsed += parsed
        self.warnings += note.warnings
        self.skipped += [note.error] if note.error else []
        self.problems += [*note.warnings, *([note.error] if note.error else [])]
        for packed in note.media:
            self.media.setdefault(packed.name, packed)

    def own(self, specs: Iterable[CardSpec]) -> None:
        """Each note's share of the deck as `specs` (the deck's, a shared text's card made
        one) give it: a note whose text another note's card holds owns no card of it."""
        owned(self.notes, specs)

    def report(
        self, output: Path, notes: int, counts: dict[str, int], tombstones: int
    ) -> BuildReport:
        """The report of a build that read `notes` notes (and unreadable entries)."""
        made = deck_counts(self.notes)
        return BuildReport(
            output=output,
            notes_read=notes + self.unreadable,
            notes_skipped=tuple(self.skipped),
            warnings=tuple(self.warnings),
            items=made.items,
            anki_notes=made.anki_notes,
            cards=made.cards,
            folders=made.folders,
            capped=made.capped,
            boilerplate=made.boilerplate,
            read_as=made.read_as,
            counts=counts,
            tombstones=tombstones,
            media=tuple(self.media[k] for k in sorted(self.media)),
            parsed=self.parsed,
            cached=notes - self.parsed,
            problems=tuple(self.problems),
        )


def note_record(key: str, cards: NoteCards) -> dict[str, Any]:
    """What the build cache's record keeps of one note: the key of its bytes (`!` and why,
    for a note that cannot be read), its images as probed and as packed, its facts (hashed),
    and what it adds to the report, so that a later build can tell it unchanged, count it
    unread, and find the notes that share a text with it."""
    record = {
        "key": key,
        "probes": [[p.target, p.wiki, p.real, p.size, p.mtime] for p in cards.probes],
        "media": sorted([p.name, str(p.source)] for p in cards.media),
        "items": dict(cards.items),
        "facts": facts_key(cards.specs),
        "capped": cards.capped,
        "read_as": read_as_record(cards.read_as),
        "warnings": [[p.path, p.line, p.message] for p in cards.warnings],
        "error": [cards.error.path, cards.error.line, cards.error.message] if cards.error else None,
    }
    return record | deck_share(cards.specs)


def deck_share(specs: Iterable[CardSpec]) -> dict[str, Any]:
    """A note's Anki notes and cards per kind: its share of the report."""
    notes: Counter[str] = Counter()
    cards: Counter[str] = Counter()
    for spec in specs:
        notes[spec.extractor] += 1
        cards[spec.extractor] += spec.cards
    return {"live": sum(notes.values()), "anki_notes": dict(notes), "cards": dict(cards)}


def owned(records: dict[str, dict[str, Any]], specs: Iterable[CardSpec]) -> None:
    """Set each record's share of the report from the cards it owns in `specs`."""
    by_note: dict[str, list[CardSpec]] = {}
    for spec in specs:
        by_note.setdefault(spec.path, []).append(spec)
    for path, record in records.items():
        record.update(deck_share(by_note.get(path, ())))


@dataclass(frozen=True, slots=True)
class CheckResult:
    up_to_date: bool
    reasons: tuple[str, ...]
    changes: tuple[Change, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)
    """Cards added, changed, kept and gone, as the next build would count them."""
    problems: tuple[Problem, ...] = ()
    """Every warning and skipped note, in vault order."""


def _rows(problems: tuple[Problem, ...]) -> list[list[Any]]:
    return [[p.path, p.line, p.message] for p in problems]


def _counter(data: dict[str, Any]) -> Counter[str]:
    return Counter({str(k): int(v) for k, v in data.items()})


def _problems(rows: list[list[Any]]) -> tuple[Problem, ...]:
    return tuple(Problem(str(path), int(line), str(message)) for path, line, message in rows)
