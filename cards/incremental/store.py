"""The build cache in `OUT/.cache/`: a rebuild re-parses only the notes that changed.

Per note, an entry keyed by a hash of the note's path and the bytes that were
parsed (`entries.py`) holds its `NoteCards`, in a namespace for the tool
version, its code, the configuration and the vault's naming. A stat index
(size, time -> key) spares re-reading unchanged files; a file written in the
last two seconds is always re-read, as git does, so an edit within the
clock's resolution is never missed. The last build's record (every note's
key, every output's hash) tells a rebuild that nothing changed; the content
of the tombstones it wrote spares reading them back from its package. A
build removes what will never be read again: entries of notes since edited
or deleted, and the namespaces of other configurations of the same deck.

A store opened read-only (`cards check`, `cards diff`) writes nothing at all.
The folder ignores itself for git.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from cards import __version__
from cards.incremental.entries import FORMAT, DamagedEntryError, decode, encode
from cards.notecards import NoteCards

log = logging.getLogger(__name__)
RACY_SECONDS = 2.0
TEMP_SUFFIX = ".tmp"
_JSON_MAGIC = b"CARDS-JSON "


@dataclass(frozen=True, slots=True)
class Stat:
    """What the stat index compares: a file unchanged in size and time is unchanged."""

    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> Stat | None:
        try:
            st = path.stat()
        except OSError:
            return None
        return cls(st.st_size, st.st_mtime_ns)

    @property
    def settled(self) -> bool:
        """Written long enough ago that a later write would change its time."""
        return time.time() - self.mtime_ns / 1e9 > RACY_SECONDS


def note_key(rel: str, raw: bytes) -> str:
    """The key of a note's entry: its path and the very bytes that are parsed."""
    return hashlib.sha256(rel.encode() + b"\0" + raw).hexdigest()


class Store:
    """Note entries, the stat index and the last build's record for one namespace."""

    def __init__(self, out_dir: Path, identity: tuple[str, ...], writable: bool) -> None:
        parts = (str(FORMAT), __version__, code_digest(), *identity)
        namespace = hashlib.sha256("\0".join(parts).encode())
        self.root = out_dir / ".cache"
        self.dir = self.root / namespace.hexdigest()[:20]
        self.writable = writable
        index = _read_json(self.dir / "stat.json")
        self._index: dict[str, list[Any]] = index if isinstance(index, dict) else {}
        self._index_dirty = False

    def known_key(self, rel: str, stat: Stat | None) -> str | None:
        """The key the stat index holds for an unchanged, settled file; None: read it."""
        known = self._index.get(rel)
        if stat is None or not stat.settled or not isinstance(known, list) or len(known) != 3:
            return None
        return str(known[2]) if known[:2] == [stat.size, stat.mtime_ns] else None

    def index(self, rel: str, stat: Stat | None, key: str) -> None:
        """Remember a settled file's key, read while its size and time were `stat`."""
        if stat is not None and stat.settled and self._index.get(rel) != [*_pair(stat), key]:
            self._index[rel] = [*_pair(stat), key]
            self._index_dirty = True

    def has(self, key: str) -> bool:
        return entry_path(self.dir, key).is_file()

    def load(self, key: str, rel: str) -> NoteCards | None:
        """The note's cached cards; None when absent. A damaged entry is a miss, said once."""
        try:
            raw = entry_path(self.dir, key).read_bytes()
        except OSError:
            return None
        try:
            return decode(raw, rel)
        except DamagedEntryError as exc:
            log.warning("%s: its cache entry is damaged (%s): parsed again", rel, exc)
            return None

    def last(self) -> dict[str, Any] | None:
        data = _read_json(self.dir / "last.json")
        return data if isinstance(data, dict) else None

    def remember(self, record: dict[str, Any], tombstones: dict[str, list[Any]]) -> None:
        """Keep the build's record and the content of the tombstones it wrote, and drop what
        other configurations or tool versions cached for the same deck: a namespace is never
        used again once its identity changed, and each is as large as the deck."""
        self._write_json(
            self.dir / "tombstones.json", {"apkg": record["apkg"], "cards": tombstones}
        )
        self._write_json(self.dir / "last.json", record)
        deck = Path(str(record.get("report", {}).get("output", ""))).name
        for other in sorted(self.root.glob("*/last.json")):
            if other.parent == self.dir:
                continue
            last = _read_json(other)
            output = last.get("report", {}).get("output") if isinstance(last, dict) else None
            if deck and isinstance(output, str) and Path(output).name == deck:
                shutil.rmtree(other.parent, ignore_errors=True)

    def tombstones(self, apkg: str | None) -> dict[str, list[Any]]:
        """Tombstone GUID -> [fields, tags, deck] as the package with digest `apkg` holds them;
        nothing if the package is not the one the last build wrote. A rebuild's tombstones are
        mostly earlier ones: read here, they spare inflating the whole previous collection."""
        data = _read_json(self.dir / "tombstones.json")
        if not isinstance(data, dict) or apkg is None or data.get("apkg") != apkg:
            return {}
        cards = data.get("cards")
        return cards if isinstance(cards, dict) else {}

    def sweep(self, keep: set[str]) -> None:
        """Remove every note entry but those of `keep` (the keys of the notes just built), and
        the temporary files of builds that were killed. An edited note's earlier entry is
        never read again, so without this the cache of a vault in daily use would grow by an
        entry per edit, for good. Listing 10,000 entries takes milliseconds."""
        for entry in (self.dir / "notes").glob("*/*"):
            if not (entry.suffix == ".note" and entry.stem in keep):
                entry.unlink(missing_ok=True)
        for temporary in self.dir.glob(f".*{TEMP_SUFFIX}"):
            temporary.unlink(missing_ok=True)

    def flush(self) -> None:
        if self._index_dirty:
            self._write_json(self.dir / "stat.json", self._index)
            self._index_dirty = False

    def _write_json(self, path: Path, data: Any) -> None:
        """Checksummed like the entries: a damaged record or tombstone is never believed."""
        if self.writable:
            text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
            write_bytes(
                path, _JSON_MAGIC + hashlib.sha256(text).hexdigest().encode() + b"\n" + text
            )


def _pair(stat: Stat) -> list[int]:
    return [stat.size, stat.mtime_ns]


def entry_path(directory: Path, key: str) -> Path:
    return directory / "notes" / key[:2] / f"{key}.note"


def store_entry(directory: Path, key: str, cards: NoteCards) -> None:
    """Write one note's entry. Worker processes call this themselves, so the main process,
    which also has to merge every note's result, is not the bottleneck of a cold build."""
    write_bytes(entry_path(directory, key), encode(cards))


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A hash of the tool's own source: any change to it (not only a release) empties the cache."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".css"):
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def file_digest(path: Path) -> str | None:
    """Streamed: the deck and manifest of a large vault are tens of megabytes."""
    try:
        with path.open("rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


def _read_json(path: Path) -> Any:
    """What `_write_json` wrote, or None: missing, cut short, or failing its checksum."""
    try:
        first, _, text = path.read_bytes().partition(b"\n")
        if first != _JSON_MAGIC + hashlib.sha256(text).hexdigest().encode():
            return None
        return json.loads(text)
    except (OSError, ValueError):
        return None


def write_bytes(path: Path, data: bytes) -> None:
    """Atomic, and quiet on failure: a cache that cannot be written only costs speed. The
    temporary name is unique per process, which is all the cache needs (two writers of one
    entry write the same bytes); a killed writer's is swept by the next build."""
    try:
        _ensure_dir(path.parent)
        tmp = path.with_name(f".{path.name}.{os.getpid()}{TEMP_SUFFIX}")
        tmp.write_bytes(data)
        tmp.replace(path)
    except (OSError, StopIteration):
        return


_made: set[Path] = set()


def _ensure_dir(folder: Path) -> None:
    """Create a cache folder once per process, and the ignore file that keeps it out of git."""
    if folder in _made:
        return
    folder.mkdir(parents=True, exist_ok=True)
    root = next(p for p in (folder, *folder.parents) if p.name == ".cache")
    if not (root / ".gitignore").exists():
        (root / ".gitignore").write_text("# vault-cards build cache\n*\n", encoding="utf-8")
    _made.add(folder)
