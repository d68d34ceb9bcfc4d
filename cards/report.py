"""What a build read, made and wrote, as records; and as the next build replays it.

Problems stay `Problem` records here: the command line alone turns them into
text. A build that finds nothing changed reports what the last one found, so
the report is also kept, as JSON, in the build cache's record.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cards.anki.media import Packed
from cards.errors import NoteError, Problem
from cards.identity import STATUSES, Change
from cards.notecards import NoteCards


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
    cards: Counter[str] = field(default_factory=Counter)
    """Cards per `extractor:notetype`, tombstones not counted."""
    counts: dict[str, int] = field(default_factory=dict)
    """Cards added, changed, kept and gone since the last build."""
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
            "cards": dict(sorted(self.cards.items())),
            "kept": sum(self.cards.values()),
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
        items=Counter({str(k): int(v) for k, v in data["items"].items()}),
        cards=Counter({str(k): int(v) for k, v in data["cards"].items()}),
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
        self.items: Counter[str] = Counter()
        self.cards: Counter[str] = Counter()
        self.media: dict[str, Packed] = {}
        self.parsed = 0
        self.unreadable = len(unreadable)

    def add(self, key: str | None, note: NoteCards, parsed: bool) -> None:
        self.notes[note.path] = note_record(key or f"!{note.error}", note)
        self.parsed += parsed
        self.warnings += note.warnings
        self.skipped += [note.error] if note.error else []
        self.problems += [*note.warnings, *([note.error] if note.error else [])]
        self.items.update(dict(note.items))
        self.cards.update(f"{s.extractor}:{s.notetype}" for s in note.specs)
        for packed in note.media:
            self.media.setdefault(packed.name, packed)

    def report(
        self, output: Path, notes: int, counts: dict[str, int], tombstones: int
    ) -> BuildReport:
        """The report of a build that read `notes` notes (and unreadable entries)."""
        return BuildReport(
            output=output,
            notes_read=notes + self.unreadable,
            notes_skipped=tuple(self.skipped),
            warnings=tuple(self.warnings),
            items=self.items,
            cards=self.cards,
            counts=counts,
            tombstones=tombstones,
            media=tuple(self.media[k] for k in sorted(self.media)),
            parsed=self.parsed,
            cached=notes - self.parsed,
            problems=tuple(self.problems),
        )


def note_record(key: str, cards: NoteCards) -> dict[str, Any]:
    """What the build cache's record keeps of one note: the key of its bytes (`!` and why,
    for a note that cannot be read), its images as probed and as packed, and what it adds
    to the report, so that a later build can tell it unchanged and count it unread."""
    return {
        "key": key,
        "live": len(cards.specs),
        "probes": [[p.target, p.wiki, p.real, p.size, p.mtime] for p in cards.probes],
        "media": sorted([p.name, str(p.source)] for p in cards.media),
        "items": dict(cards.items),
        "cards": dict(Counter(f"{s.extractor}:{s.notetype}" for s in cards.specs)),
        "warnings": [[p.path, p.line, p.message] for p in cards.warnings],
        "error": [cards.error.path, cards.error.line, cards.error.message] if cards.error else None,
    }


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


def _problems(rows: list[list[Any]]) -> tuple[Problem, ...]:
    return tuple(Problem(str(path), int(line), str(message)) for path, line, message in rows)
