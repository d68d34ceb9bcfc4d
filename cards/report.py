"""What a build read, made and wrote, as records; and as the next build replays it.

Problems stay `Problem` records here: the command line alone turns them into
text. A build that finds nothing changed reports what the last one found, so
the report is also kept, as JSON, in the build cache's record.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cards.anki.media import Packed
from cards.errors import Problem
from cards.identity import STATUSES, Change


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
