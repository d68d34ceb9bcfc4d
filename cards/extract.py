"""Vault -> parsed notes -> items: the reading half of the pipeline, shared by every command.

Each note is read and parsed on its own; a note that fails becomes a
`NoteError` in the result and the rest of the vault goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cards.config import Config, load_config
from cards.errors import NoteError
from cards.extractors import Registry, default_extractors
from cards.extractors.answered import without_asked
from cards.extractors.notekind import left_out
from cards.extractors.notespans import Dropped, sift
from cards.items import Item
from cards.parse import ParsedNote, parse_note
from cards.vault import MAX_NOTE_BYTES, SourceNote, iter_note_paths, read_note

PLUGIN_FILES = ("excalidraw-plugin", "kanban-plugin")
"""Front matter keys of files that plugins keep as Markdown: an Excalidraw drawing (its text
elements are labels on shapes, its data a comment) and a Kanban board (its items are tasks on
cards). Neither is a note that asserts anything."""
AGENT_FILES = frozenset({"agents.md", "claude.md", "gemini.md", "copilot-instructions.md"})
"""Names of the files a vault keeps for a coding assistant: instructions to a program ("Use
uv, never pip"), not knowledge for its owner."""


@dataclass(frozen=True, slots=True)
class NoteResult:
    """One note's items, or why it was skipped."""

    path: str
    note: ParsedNote | None
    items: tuple[Item, ...] = ()
    error: NoteError | None = None
    warnings: tuple[str, ...] = ()
    excluded: bool = False
    """Left out on purpose (front matter `cards: false`)."""
    read_as: tuple[Dropped, ...] = ()
    """Parts (or all) of the note read as a diary, a memo, a course's administration, the
    owner's reviews or their résumé, and how many items each left out
    (`extractors/notekind.py`)."""


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


def extract_note(
    vault: Path, path: Path, registry: Registry, max_bytes: int = MAX_NOTE_BYTES
) -> NoteResult:
    """Read, parse and extract one note; any failure is reported, never raised."""
    rel = path.relative_to(vault).as_posix()
    try:
        source = read_note(vault, path, max_bytes)
    except NoteError as exc:
        return NoteResult(rel, None, error=exc)
    return extract_source(source, registry)


def extract_source(source: SourceNote, registry: Registry) -> NoteResult:
    """Parse and extract one note already read; any failure is reported, never raised.

    Front matter `cards: false` leaves the note out, as does a plugin's own file or a coding
    assistant's instructions (`CLAUDE.md`);
    `cards: {exclude: [quote]}` turns extractors off for this note only. A note, or a
    section, whose kind is not knowledge (a diary, a memo, a course's administration, a review,
    a résumé) gives no items but named quotes.
    """
    rel = source.path
    try:
        switch = source.metadata.get("cards", True)
        agent = rel.rsplit("/", 1)[-1].lower() in AGENT_FILES
        if switch is False or agent or any(key in source.metadata for key in PLUGIN_FILES):
            return NoteResult(rel, None, excluded=True)
        skip = _excluded(switch, rel, registry)
        parsed = parse_note(source)
        items = tuple(registry.run(parsed, skip))
        spans = left_out(parsed, registry.kinds) if items else ()
        dropped: tuple[Dropped, ...] = ()
        if spans:
            items, dropped = sift(items, spans)
        items = tuple(without_asked(items))  # only a question that stays takes its claim
        return NoteResult(rel, parsed, items, warnings=parsed.warnings, read_as=dropped)
    except NoteError as exc:
        return NoteResult(rel, None, error=exc)
    except RecursionError:
        return NoteResult(rel, None, error=NoteError(rel, 1, "nested too deeply to parse"))
    except Exception as exc:  # a bug of ours on one note must not stop a vault of thousands
        return NoteResult(rel, None, error=internal_error(rel, exc))


def internal_error(rel: str, exc: Exception) -> NoteError:
    reason = f"internal error ({type(exc).__name__}: {exc}); note skipped, please report it"
    return NoteError(rel, 1, reason)


def _excluded(switch: object, rel: str, registry: Registry) -> frozenset[str]:
    if switch is True or switch is None:
        return frozenset()
    names = switch.get("exclude", []) if isinstance(switch, dict) else None
    if isinstance(names, str):
        names = [names]
    if not isinstance(names, list) or not isinstance(switch, dict) or set(switch) - {"exclude"}:
        raise NoteError(rel, 2, "front matter 'cards' must be false or {exclude: [extractor, ...]}")
    unknown = sorted(set(map(str, names)) - set(registry.names))
    if unknown:
        known = ", ".join(registry.names)
        raise NoteError(
            rel, 2, f"front matter 'cards' excludes unknown extractor {unknown[0]!r} ({known})"
        )
    return frozenset(map(str, names))


def iter_extract(
    vault: Path,
    registry: Registry | None = None,
    entries: Iterable[Path | NoteError] | None = None,
    max_bytes: int = MAX_NOTE_BYTES,
) -> Iterator[NoteResult]:
    """One result per note (or unreadable entry), in vault order."""
    registry = registry or default_extractors()
    for entry in iter_note_paths(vault) if entries is None else entries:
        if isinstance(entry, NoteError):
            result = NoteResult(entry.path, None, error=entry)
        else:
            result = extract_note(vault, entry, registry, max_bytes)
        yield result


def extract_vault(
    vault: Path, registry: Registry | None = None, config: Config | None = None
) -> Extraction:
    """Every note of the vault the configuration selects, in sorted path order."""
    config = config or load_config(vault)
    registry = registry or config.registry()
    entries = [e for e in iter_note_paths(vault) if config.selects(_rel(vault, e))]
    return Extraction(vault, tuple(iter_extract(vault, registry, entries, config.max_note_bytes)))


def _rel(vault: Path, entry: Path | NoteError) -> str:
    return entry.path if isinstance(entry, NoteError) else entry.relative_to(vault).as_posix()
