"""vault -> notes -> items -> cards -> .apkg + manifest, and the report of what happened.

`plan` does everything but write, so `cards diff` shows exactly what
`cards build` would do.
"""

from __future__ import annotations

import logging
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from cards.config import Config, load_config
from cards.deck import CardSpec, Naming, make_specs, write_apkg
from cards.errors import CardsError, NoteError
from cards.extract import iter_extract
from cards.extractors import Registry
from cards.manifest import Resolution, load_manifest, manifest_path, resolve, save_manifest
from cards.media import Media, Packed
from cards.vault import scan_vault

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build read, made and wrote."""

    output: Path
    notes_read: int
    notes_skipped: tuple[str, ...]
    """One `path:line: reason` per note that could not be used."""
    warnings: tuple[str, ...] = ()
    """Notes used, but read or parsed with a problem."""
    items: Counter[str] = field(default_factory=Counter)
    cards: Counter[str] = field(default_factory=Counter)
    """Cards per `extractor:notetype`, tombstones not counted."""
    resolution: Resolution | None = None
    media: tuple[Packed, ...] = ()
    """Images to pack with the deck."""

    def as_dict(self) -> dict[str, object]:
        res = self.resolution
        return {
            "output": str(self.output),
            "manifest": str(manifest_path(self.output)),
            "notes_read": self.notes_read,
            "notes_skipped": list(self.notes_skipped),
            "warnings": list(self.warnings),
            "items": dict(sorted(self.items.items())),
            "cards": dict(sorted(self.cards.items())),
            "since_last_build": res.counts() if res else {},
            "orphaned": res.tombstones if res else 0,
            "media": len(self.media),
        }


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


def plan(
    vault: Path,
    out_dir: Path,
    registry: Registry | None = None,
    prune: bool = False,
    config: Config | None = None,
) -> BuildReport:
    """Everything a build does except writing: read, extract, match against the manifest."""
    config = config or load_config(vault)
    target = output_path(vault, out_dir)
    naming = Naming(
        config.deck or vault_name(vault),
        config.obsidian_vault or vault_name(vault),
        config.tag_prefix,
    )
    scan = scan_vault(vault)
    media = Media(vault, scan.files_by_name)
    registry = registry or config.registry()
    entries = [e for e in scan.notes if config.selects(_rel(vault, e))]
    specs: list[CardSpec] = []
    items: Counter[str] = Counter()
    skipped: list[str] = []
    warnings: list[str] = []
    read = 0
    for result in iter_extract(vault, registry, entries, config.max_note_bytes):
        read += 1
        warnings += result.warnings
        if result.excluded:
            continue
        if result.error or result.note is None:
            skipped.append(str(result.error))
            continue
        items.update(i.kind for i in result.items)
        seen = len(media.warnings)
        specs += make_specs(result.note, result.items, naming, media)
        for problem in media.warnings[seen:]:
            log.warning("%s", problem)
            warnings.append(problem)
    previous = load_manifest(manifest_path(target), naming.deck)
    resolution = resolve(specs, previous, naming.deck, build_time(), prune)
    counted: Counter[str] = Counter(f"{s.extractor}:{s.notetype}" for s in specs)
    packed = tuple(media.packed[k] for k in sorted(media.packed))
    return BuildReport(
        target, read, tuple(skipped), tuple(warnings), items, counted, resolution, packed
    )


def _rel(vault: Path, entry: Path | NoteError) -> str:
    return entry.path if isinstance(entry, NoteError) else entry.relative_to(vault).as_posix()


def build(
    vault: Path,
    out_dir: Path,
    registry: Registry | None = None,
    prune: bool = False,
    config: Config | None = None,
) -> BuildReport:
    """Build the vault's deck and manifest into `out_dir`. A bad note is skipped and reported.

    The deck is written first, then the manifest, each atomically: a build
    stopped between the two leaves a deck the old manifest still describes
    well enough (the next build re-stamps what changed).
    """
    report = plan(vault, out_dir, registry, prune, config)
    assert report.resolution is not None
    write_apkg(report.resolution.cards, report.output, report.media)
    save_manifest(report.resolution.manifest, manifest_path(report.output))
    return report
