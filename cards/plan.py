"""Everything a build does but write: the vault's notes -> their cards -> matched to the manifest.

`cards build`, `check`, `diff` and `preview` share it, so each sees exactly
what a build would write. The vault is opened once (`open_vault`: its
configuration, naming and notes); `make_plan` maps `note_cards` over the
notes through the cache, parks each card's fields on disk as it comes, and
resolves the cards against the last build's manifest.
"""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cards.anki import read_package
from cards.cardspecs import CardSpec, Naming
from cards.config import Config, load_config
from cards.errors import CardsError, NoteError
from cards.identity import Content, Resolution, resolve
from cards.incremental import KEPT, FieldStore, Notes, Progress, Store, file_digest, map_notes
from cards.manifest import Entry, load_manifest, manifest_path
from cards.notecards import CardContext
from cards.report import BuildReport, Tally
from cards.sharing import share
from cards.vault import VaultScan, scan_vault


@dataclass(frozen=True, slots=True)
class Job:
    """The vault as this run sees it: configuration, naming, outputs and notes."""

    vault: Path
    config: Config
    naming: Naming
    target: Path
    """OUT/<vault name>.apkg; its manifest beside it."""
    scan: VaultScan
    paths: tuple[Path, ...]
    """The notes the configuration selects, in vault order."""
    unreadable: tuple[NoteError, ...]
    """Entries of the vault that are no notes it can read (a link to a folder)."""

    @property
    def identity(self) -> tuple[str, ...]:
        """What every cached result depends on besides the note itself."""
        n = self.naming
        return (self.config.digest, n.deck, n.vault, n.tag_prefix, vault_name(self.vault))

    def notes(self) -> Notes:
        make = functools.partial(_context, self.vault, self.config, self.naming, self.scan)
        return Notes(
            self.vault, self.paths, self.scan.files_by_name, self.config.max_note_bytes, make
        )


def _context(vault: Path, config: Config, naming: Naming, scan: VaultScan) -> CardContext:
    return CardContext(
        vault, naming, config.registry(), scan.files_by_name, config.max_cards_per_note
    )


@dataclass(frozen=True, slots=True)
class Plan:
    """What a build would write: the report, the resolved cards and where their fields wait."""

    report: BuildReport
    resolution: Resolution
    notes: dict[str, dict[str, Any]]
    """Per note, what the next build needs to know it is unchanged (`note_record`)."""
    fields: FieldStore
    parked: tuple[int, ...]
    """Per spec given to `resolve`, its number in `fields` (or `KEPT`)."""

    def joined(self, at: int) -> str:
        """Card `at`'s fields, joined as the package holds them, when they were parked."""
        return self.fields.joined(self.parked[self.resolution.sources[at]])

    def card_fields(self, at: int) -> tuple[str, ...]:
        card = self.resolution.cards[at]
        return card.fields or self.fields.fields(self.parked[self.resolution.sources[at]])


def open_vault(vault: Path, out_dir: Path, config: Config | None = None) -> Job:
    config = config or load_config(vault)
    target = output_path(vault, out_dir)
    name = vault_name(vault)
    naming = Naming(config.deck or name, config.obsidian_vault or name, config.tag_prefix)
    scan = scan_vault(vault)
    paths: list[Path] = []
    unreadable: list[NoteError] = []
    for entry in scan.notes:
        rel = entry.path if isinstance(entry, NoteError) else entry.relative_to(vault).as_posix()
        if config.selects(rel):
            if isinstance(entry, NoteError):
                unreadable.append(entry)
            else:
                paths.append(entry)
    return Job(vault, config, naming, target, scan, tuple(paths), tuple(unreadable))


def make_plan(
    job: Job, cache: Store | None, prune: bool, progress: Progress | None, jobs: int
) -> Plan:
    fields = FieldStore()
    specs: list[CardSpec] = []
    parked: list[int] = []
    tally = Tally(job.unreadable)
    for got in map_notes(job.notes(), cache, jobs, progress):
        tally.add(got.key, got.cards, got.parsed)
        kept, numbers = fields.park(got.cards.specs)
        specs += kept
        parked += numbers
    previous = load_manifest(manifest_path(job.target), job.naming.deck, (s.match for s in specs))
    specs, parked = shared(specs, parked, fields, previous.entries)
    tally.own(specs)
    earlier = functools.partial(earlier_content, job.target, cache)
    held = specs

    def fields_of(at: int) -> tuple[str, ...]:
        return held[at].fields if parked[at] == KEPT else fields.fields(parked[at])

    resolution = resolve(
        specs, previous, job.naming.deck, build_time(), prune, earlier, None, fields_of
    )
    report = tally.report(job.target, len(job.paths), resolution.counts(), resolution.tombstones)
    return Plan(
        report,
        resolution,
        tally.notes,
        fields,
        tuple(parked),
    )


def shared(
    specs: list[CardSpec], parked: list[int], fields: FieldStore, before: Sequence[Entry]
) -> tuple[list[CardSpec], list[int]]:
    """The cards with each text shared by several notes made one (`sharing.share`), and
    where their fields are: a merged card's are in the spec itself."""

    def fields_of(at: int) -> tuple[str, ...]:
        return specs[at].fields if parked[at] == KEPT else fields.fields(parked[at])

    kept, where = share(specs, fields_of, before)
    if len(kept) == len(specs):
        return specs, parked
    return kept, [KEPT if s.fields else parked[at] for s, at in zip(kept, where, strict=True)]


def earlier_content(target: Path, cache: Store | None, guids: set[str]) -> dict[str, Content]:
    """What the previous package holds for these cards: tombstones the last build wrote from
    the cache (while the package is the one it wrote), anything else from the package."""
    found: dict[str, Content] = {}
    known = cache.tombstones(file_digest(target)) if cache else {}
    for guid in guids:
        row = known.get(guid)
        if isinstance(row, list) and len(row) == 3 and all(isinstance(r, list) for r in row[:2]):
            fields, tags, deck = row
            found[guid] = (tuple(map(str, fields)), tuple(map(str, tags)), str(deck))
    rest = guids - found.keys()
    return found | read_package(target, rest) if rest else found


def build_time() -> int:
    """When changed cards are stamped: SOURCE_DATE_EPOCH if set (reproducible builds), else now."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return int(time.time())
    try:
        return int(value)
    except ValueError as exc:
        raise CardsError(f"SOURCE_DATE_EPOCH={value!r} is not a whole number of seconds") from exc


def output_path(vault: Path, out_dir: Path) -> Path:
    """`OUT/<vault name>.apkg`, refusing any place inside the vault: notes are never written to."""
    vault_abs, out_abs = vault.resolve(), out_dir.resolve()
    if out_abs == vault_abs or vault_abs in out_abs.parents:
        raise CardsError(f"{out_dir}: output folder is inside the vault; choose one outside it")
    return out_dir / f"{vault_name(vault)}.apkg"


def vault_name(vault: Path) -> str:
    return vault.resolve().name or "vault"
