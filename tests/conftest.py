"""Shared helpers: small real vaults on disk, and a real Anki collection to import into."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cards.cli import cli

ROOT = Path(__file__).resolve().parent.parent
MakeVault = Callable[[dict[str, str | bytes]], Path]
"""The `make_vault` fixture's type."""


def extracted_lines(vault: Path) -> set[tuple[str, int]]:
    """The note and line of each item `cards extract` gives for `vault`, through the CLI:
    what a rule switched off in `cards.toml` adds is what it left out."""
    result = CliRunner().invoke(cli, ["extract", str(vault), "--format", "json"])
    assert result.exit_code == 0, result.output
    return {(i["note"], i["line"]) for i in json.loads(result.output)}


@pytest.fixture
def make_vault(tmp_path: Path) -> MakeVault:
    """Write notes (relative path -> text or bytes) into the test's vault folder: made by the
    first call, added to by the next."""

    def make(notes: dict[str, str | bytes]) -> Path:
        vault = tmp_path / "vault"
        vault.mkdir(exist_ok=True)
        for rel, body in notes.items():
            path = vault / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(body, bytes):
                path.write_bytes(body)
            else:
                path.write_text(body, encoding="utf-8")
        return vault

    return make


@pytest.fixture
def anki_collection(tmp_path: Path) -> Iterator[Any]:
    """A fresh, real Anki collection (the `anki` package from PyPI)."""
    from anki.collection import Collection

    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        yield col
    finally:
        col.close()


def import_apkg(col: Any, path: Path) -> Any:
    """Import a package the way Anki's own importer does; returns the import log."""
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    request = ImportAnkiPackageRequest(
        package_path=os.fspath(path.resolve()),
        options=ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True),
    )
    return col.import_anki_package(request).log


def build_and_import(col: Any, vault: Path, out: Path) -> None:
    """Build `vault` into `out` with the real command line, then import its deck into `col`."""
    from click.testing import CliRunner

    from cards.cli import cli

    result = CliRunner().invoke(cli, ["build", str(vault), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    import_apkg(col, out / f"{vault.name}.apkg")


def uncached_copy(out: Path, where: Path) -> Path:
    """A copy of a build's output folder without its cache: a build into it has no record
    of the last build, so it looks at every note (what an incremental build must equal)."""
    shutil.copytree(out, where)
    shutil.rmtree(where / ".cache")
    return where
