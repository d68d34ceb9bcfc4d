"""vault -> notes -> items -> cards -> .apkg, and the report of what happened."""

from __future__ import annotations

import logging
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from cards.deck import Card, make_cards, write_apkg
from cards.errors import CardsError
from cards.extract import iter_extract
from cards.extractors import Registry

log = logging.getLogger(__name__)

DEFAULT_EPOCH = 1767225600
"""2026-01-01T00:00:00Z: the card time when SOURCE_DATE_EPOCH is not set."""


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build read, made and wrote."""

    output: Path
    notes_read: int
    notes_skipped: tuple[str, ...]
    """One `path:line: reason` per note that could not be used."""
    items: Counter[str] = field(default_factory=Counter)
    cards: Counter[str] = field(default_factory=Counter)
    notes_written: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "output": str(self.output),
            "notes_read": self.notes_read,
            "notes_skipped": list(self.notes_skipped),
            "items": dict(sorted(self.items.items())),
            "cards": dict(sorted(self.cards.items())),
            "anki_notes": self.notes_written,
        }


def build_timestamp() -> int:
    """SOURCE_DATE_EPOCH when set (reproducible-builds convention), else a fixed date."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return DEFAULT_EPOCH
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


def build(vault: Path, out_dir: Path, registry: Registry | None = None) -> BuildReport:
    """Build the vault's deck into `out_dir`. A bad note is skipped and reported, never fatal."""
    target = output_path(vault, out_dir)
    name = vault_name(vault)
    cards: list[Card] = []
    items: Counter[str] = Counter()
    skipped: list[str] = []
    read = 0
    for result in iter_extract(vault, registry):
        read += 1
        if result.error or result.note is None:
            skipped.append(str(result.error))
            continue
        items.update(i.kind for i in result.items)
        cards += make_cards(result.note, result.items, name)
    write_apkg(cards, target, build_timestamp())
    counted: Counter[str] = Counter(f"{c.kind}:{c.notetype}" for c in cards)
    return BuildReport(target, read, tuple(skipped), items, counted, len(cards))
