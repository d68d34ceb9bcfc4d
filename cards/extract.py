"""Vault -> parsed notes -> items: the reading half of the pipeline, shared by every command.

Each note is read and parsed on its own; a note that fails becomes a
`NoteError` in the result and the rest of the vault goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cards.errors import NoteError
from cards.extractors import Registry, default_extractors
from cards.items import Item
from cards.parse import ParsedNote, parse_note
from cards.vault import iter_note_paths, read_note

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class NoteResult:
    """One note's items, or why it was skipped."""

    path: str
    note: ParsedNote | None
    items: tuple[Item, ...] = ()
    error: NoteError | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    vault: Path
    notes: tuple[NoteResult, ...] = field(default=())

    @property
    def items(self) -> list[Item]:
        return [item for result in self.notes for item in result.items]

    @property
    def errors(self) -> list[NoteError]:
        return [r.error for r in self.notes if r.error is not None]

    @property
    def warnings(self) -> list[str]:
        return [w for r in self.notes for w in r.warnings]


def extract_note(vault: Path, path: Path, registry: Registry) -> NoteResult:
    """Read, parse and extract one note; any failure is reported, never raised."""
    rel = path.relative_to(vault).as_posix()
    try:
        parsed = parse_note(read_note(vault, path))
        return NoteResult(rel, parsed, tuple(registry.run(parsed)), warnings=parsed.warnings)
    except NoteError as exc:
        return NoteResult(rel, None, error=exc)
    except RecursionError:
        return NoteResult(rel, None, error=NoteError(rel, 1, "nested too deeply to parse"))


def iter_extract(
    vault: Path, registry: Registry | None = None, entries: Iterable[Path | NoteError] | None = None
) -> Iterator[NoteResult]:
    """One result per note (or unreadable entry), in vault order; problems are also logged."""
    registry = registry or default_extractors()
    for entry in iter_note_paths(vault) if entries is None else entries:
        if isinstance(entry, NoteError):
            result = NoteResult(entry.path, None, error=entry)
        else:
            result = extract_note(vault, entry, registry)
        for problem in (*result.warnings, *([str(result.error)] if result.error else [])):
            log.warning("%s", problem)
        yield result


def extract_vault(vault: Path, registry: Registry | None = None) -> Extraction:
    """Every note of the vault, in sorted path order."""
    return Extraction(vault, tuple(iter_extract(vault, registry)))
