"""A build's report as the lines and the JSON the command line prints.

Words that mean two things are kept apart: a vault's *notes* are the files
read; Anki *notes* are what the deck holds (one per fact); *cards* are what
Anki shows, counted as Anki counts them (a note with three deletions is
three cards). The volume is said in days of study, and by top-level folder,
so a user sees where it comes from and what to exclude.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from cards.deckcounts import ReadAs, most_first
from cards.items import KINDS
from cards.manifest import manifest_path
from cards.report import BuildReport
from cards.sharing import BOILERPLATE_NOTES

NEW_PER_DAY = 20
"""Anki's default of new cards a day."""
FOLDERS_SHOWN = 8


def days(cards: int) -> int:
    """Days of new cards at Anki's default pace."""
    return -(-cards // NEW_PER_DAY)


def summary_lines(report: BuildReport) -> list[str]:
    manifest = manifest_path(report.output)
    if report.up_to_date:
        lines = [f"{report.output} is up to date: nothing changed since the last build"]
    else:
        lines = [f"wrote {report.output} and {manifest}"]
    used = report.notes_read - len(report.notes_skipped)
    cached = f" ({report.cached} from the cache)" if report.cached else ""
    lines.append(
        f"notes read: {report.notes_read}{cached}, used: {used}, "
        f"skipped: {len(report.notes_skipped)}, with warnings: {len(report.warnings)}"
    )
    for kind in KINDS:
        lines.append(
            f"  {kind:9} {report.items.get(kind, 0):5d} items -> "
            f"{report.anki_notes.get(kind, 0):5d} Anki notes, {report.cards.get(kind, 0):5d} cards"
        )
    notes, cards = sum(report.anki_notes.values()), sum(report.cards.values())
    lines.append(
        f"deck: {_count(notes, 'Anki note')}, {_count(cards, 'card')}: "
        f"{_count(days(cards), 'day')} of new cards "
        f"at {NEW_PER_DAY} a day"
    )
    if len(report.folders) > 1:
        lines.append("cards per top-level folder: " + _folders(report.folders))
    if report.capped[0]:
        left_out, notes = report.capped
        lines.append(
            f"left out: {left_out} cards of {notes} note{'s' * (notes != 1)} over "
            "max_cards_per_note "
            "(cards.toml; 0 for no cap)"
        )
    if report.boilerplate:
        lines.append(
            f"left out: {_count(report.boilerplate, 'text')} found in {BOILERPLATE_NOTES} notes "
            "or more, as boilerplate (a template's line, a page footer)"
        )
    if report.read_as.items:
        lines.append(_read_as(report.read_as))
    counts = ", ".join(f"{n} {s}" for s, n in report.counts.items())
    lines.append(f"Anki notes since the last build: {counts}")
    if report.tombstones:
        lines.append(
            f"orphaned Anki notes kept as tombstones: {report.tombstones} "
            "(in Anki: search tag:cards::orphaned; drop them here with --prune-orphans)"
        )
    reasons = Counter(p.message.split("(")[0].split(":")[0].strip() for p in report.notes_skipped)
    lines += [f"  skipped {n}: {reason}" for reason, n in sorted(reasons.items())]
    return lines


def _read_as(read_as: ReadAs) -> str:
    """What `notekind` left out, by the rule names that switch it off: a user who keeps
    knowledge in a journal must learn from the summary that the journal made no cards,
    and how to have them back."""
    parts = [_count(read_as.notes, "note")] if read_as.notes else []
    parts += [_count(read_as.sections, "section")] if read_as.sections else []
    rules = ", ".join(f"notekind.{k} {n}" for k, n in read_as.kinds)
    return (
        f"left out: {_count(read_as.items, 'item')} of {' and '.join(parts)} read as the "
        f"owner's records (diary, memo, course admin, lists ...), not knowledge, by rule: {rules} "
        "(disable_rules in cards.toml keeps them)"
    )


def _folders(folders: Counter[str]) -> str:
    ranked = most_first(folders)
    shown = [f"{name or '(top level)'} {n}" for name, n in ranked[:FOLDERS_SHOWN]]
    rest = len(ranked) - FOLDERS_SHOWN
    return ", ".join(shown) + (f", and {rest} more" if rest > 0 else "")


def summary_json(report: BuildReport) -> dict[str, Any]:
    cards = sum(report.cards.values())
    return {
        "output": str(report.output),
        "manifest": str(manifest_path(report.output)),
        "notes_read": report.notes_read,
        "notes_parsed": report.parsed,
        "notes_from_cache": report.cached,
        "notes_skipped": [str(p) for p in report.notes_skipped],
        "warnings": [str(p) for p in report.warnings],
        "items": dict(sorted(report.items.items())),
        "anki_notes": dict(sorted(report.anki_notes.items())),
        "cards": dict(sorted(report.cards.items())),
        "cards_per_folder": dict(sorted(report.folders.items())),
        "capped": {"cards": report.capped[0], "notes": report.capped[1]},
        "boilerplate_texts": report.boilerplate,
        "read_as": report.read_as.as_json(),
        "days_at_20_a_day": days(cards),
        "since_last_build": report.counts,
        "orphaned": report.tombstones,
        "media": len(report.media),
        "up_to_date": report.up_to_date,
    }


def _count(n: int, thing: str) -> str:
    """'1 card', '2 cards': a summary read by people."""
    return f"{n} {thing}{'s' * (n != 1)}"
