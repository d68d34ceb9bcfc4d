"""The build cache in `OUT/.cache/`: a rebuild re-parses only the notes that changed.

Per note, an entry keyed by the tool version, the configuration, the vault's
naming, the note's path and a hash of its content holds what the note gave:
finished card specs, item counts, warnings, and a probe of every image it
embeds (resolved path, size, time), re-checked on each hit so a changed image
invalidates the note. A stat index (size, time, hash) spares re-reading
unchanged files; a file written in the last two seconds is always re-hashed,
as git does, so an edit within the clock's resolution is never missed. The
last build's record (every input and output hash) tells a rebuild that nothing
changed; the content of the tombstones it wrote spares reading them back from
its package. A build removes what will never be read again: the entries of
notes since edited or deleted, and what other configurations or tool versions
cached for the same deck.

Entries are JSON (then the fields as UTF-8 text), never pickle: a cache
committed by mistake to a shared repository must not be able to run code.
The folder ignores itself for git.
Anything unreadable in the cache is treated as a miss.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from cards import __version__
from cards.deck import CardSpec
from cards.errors import NoteError
from cards.media import Packed, Probe
from cards.vault import MAX_NOTE_BYTES, special_kind

FORMAT = 4
"""2: specs and probes as positional lists (smaller, faster to read and write than objects).
3: the note's final fields as one block of bytes after the JSON (`spill.pack`).
4: a note's repeated values (path, deck, kinds, tag lists) written once, specs point to them;
the new-card GUID is no longer kept."""
RACY_SECONDS = 2.0


@dataclass
class CachedNote:
    """What one note contributed to a build."""

    excluded: bool = False
    error: tuple[str, int, str] | None = None
    warnings: list[str] = field(default_factory=list)
    items: dict[str, int] = field(default_factory=dict)
    specs: list[CardSpec] = field(default_factory=list)
    probes: list[Probe] = field(default_factory=list)
    packed: list[Packed] = field(default_factory=list)
    media_warnings: list[str] = field(default_factory=list)
    block: bytes = b""
    """The specs' final fields, moved out of them by `spill.pack`."""
    lengths: list[int] = field(default_factory=list)
    """Per spec, its fields' length in `block`, or -1 when it kept them."""

    @property
    def note_error(self) -> NoteError | None:
        return NoteError(*self.error) if self.error else None

    def to_json(self) -> dict[str, Any]:
        return {
            "excluded": self.excluded,
            "error": list(self.error) if self.error else None,
            "warnings": self.warnings,
            "items": self.items,
            **_spec_rows(self.specs),
            "probes": [[p.target, p.wiki, p.real, p.size, p.mtime] for p in self.probes],
            "packed": [[p.name, str(p.source)] for p in self.packed],
            "media_warnings": self.media_warnings,
            "lengths": self.lengths,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], block: bytes = b"") -> CachedNote:
        error, probes = data["error"], data["probes"]
        return cls(
            excluded=bool(data["excluded"]),
            error=(str(error[0]), int(error[1]), str(error[2])) if error else None,
            warnings=[str(w) for w in data["warnings"]],
            items={str(k): int(v) for k, v in data["items"].items()},
            specs=_specs(data["shared"], data["specs"]),
            probes=[Probe(str(t), bool(w), str(r), int(z), int(m)) for t, w, r, z, m in probes],
            packed=[Packed(str(n), Path(p)) for n, p in data["packed"]],
            media_warnings=[str(w) for w in data["media_warnings"]],
            block=block,
            lengths=[int(n) for n in data["lengths"]],
        )


_SHARED = (0, 1, 2, 5, 7, 8)
"""Positions in a spec of the values a note's cards repeat: kind, extractor, path, note type,
tags, deck. Written once per note, each spec holds their indexes."""


def _spec_rows(specs: list[CardSpec]) -> dict[str, Any]:
    """The specs as rows: line, identity text, fields, trait list and digest as they are,
    the repeated values as indexes into the note's `shared` list. Not `stored` (it belongs
    to one build's field store) nor the new-card GUID (resolution works it out for the rare
    cached card that is new, rather than every card carrying one until the build ends)."""
    index: dict[Any, int] = {}
    rows = []
    for s in specs:
        at = [index.setdefault(s[i], len(index)) for i in _SHARED]
        rows.append([*at, s.line, s.match, s.fields, s.clozes, s.digest])
    return {"shared": list(index), "specs": rows}


def _specs(shared: list[Any], rows: list[list[Any]]) -> list[CardSpec]:
    """Specs back from `_spec_rows`: the note's repeated values are one object each, as they
    were when made (JSON would give every card its own copy)."""
    values = [tuple(v) if isinstance(v, list) else str(v) for v in shared]
    return [
        CardSpec(
            values[kind],
            values[extractor],
            values[path],
            int(line),
            str(match),
            values[notetype],
            tuple(fields),
            values[tags],
            values[deck],
            tuple(map(tuple, clozes)) if clozes else (),
            "",
            str(digest),
        )
        for kind, extractor, path, notetype, tags, deck, line, match, fields, clozes, digest in rows
    ]


class BuildCache:
    """Note entries and the last build's record, for one vault, configuration and tool version."""

    def __init__(self, out_dir: Path, *identity: str) -> None:
        parts = (str(FORMAT), __version__, code_digest(), *identity)
        namespace = hashlib.sha256("\0".join(parts).encode())
        self.root = out_dir / ".cache"
        self.dir = self.root / namespace.hexdigest()[:20]
        self._index_path = self.dir / "stat.json"
        self._index: dict[str, list[Any]] = _read_json(self._index_path) or {}
        self._index_dirty = False

    def note_key(self, vault: Path, path: Path) -> str | None:
        """Hash of the note's path and content, via the stat index when the file is unchanged."""
        rel = path.relative_to(vault).as_posix()
        try:
            stat = path.stat()
        except OSError:
            return None
        if special_kind(stat.st_mode) or stat.st_size > MAX_NOTE_BYTES:
            return _unread_key(rel, stat)
        known = self._index.get(rel)
        fresh = time.time() - stat.st_mtime_ns / 1e9 > RACY_SECONDS
        if known and known[:2] == [stat.st_size, stat.st_mtime_ns] and fresh:
            return str(known[2])
        try:
            content = path.read_bytes()
        except OSError:
            return None
        digest = hashlib.sha256(rel.encode() + b"\0" + content).hexdigest()
        if fresh:
            self._index[rel] = [stat.st_size, stat.st_mtime_ns, digest]
            self._index_dirty = True
        return digest

    def load(self, key: str) -> CachedNote | None:
        try:
            raw = self._entry(key).read_bytes()
            head, _, block = raw.partition(b"\n")
            note = CachedNote.from_json(json.loads(head), block)
        except (OSError, KeyError, TypeError, ValueError, IndexError):
            return None
        if len(note.lengths) != len(note.specs) or sum(n for n in note.lengths if n > 0) != len(
            block
        ):
            return None  # cut short: a miss, never wrong fields
        return note

    def last(self) -> dict[str, Any] | None:
        data = _read_json(self.dir / "last.json")
        return data if isinstance(data, dict) else None

    def remember(self, record: dict[str, Any]) -> None:
        """Keep the build's record, and drop what earlier versions of the tool or of the
        configuration cached for the same deck: a namespace is never used again once its
        identity changed, and each is as large as the deck's collection."""
        _write_json(self.dir / "last.json", record)
        deck = Path(str(record.get("report", {}).get("output", ""))).name
        for other in sorted(self.root.glob("*/last.json")):
            if other.parent == self.dir:
                continue
            last = _read_json(other)
            output = last.get("report", {}).get("output") if isinstance(last, dict) else None
            if deck and isinstance(output, str) and Path(output).name == deck:
                shutil.rmtree(other.parent, ignore_errors=True)

    def remember_tombstones(self, apkg: str | None, cards: dict[str, list[Any]]) -> None:
        """The content of the tombstones a build wrote into the package whose digest is `apkg`:
        what reading them back from that package would give (see `tombstones`)."""
        _write_json(self.dir / "tombstones.json", {"apkg": apkg, "cards": cards})

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
        """Remove every note entry but those of `keep` (the keys of the notes just built). An
        edited note's earlier entry is never read again, so without this the cache of a vault
        in daily use would grow by an entry per edit, for good. Listing 10,000 entries takes
        milliseconds."""
        for entry in (self.dir / "notes").glob("*/*"):
            if not (entry.suffix == ".note" and entry.stem in keep):
                entry.unlink(missing_ok=True)

    def flush(self) -> None:
        if self._index_dirty:
            _write_json(self._index_path, self._index)
            self._index_dirty = False

    def _entry(self, key: str) -> Path:
        return _entry(self.dir, key)


def _unread_key(rel: str, stat: os.stat_result) -> str:
    """The key of a file the note reader refuses unread (a pipe, a device, one too large):
    reading it to hash it could hang or flood memory, so its kind, size and time stand in."""
    unread = f"{rel}\0unread\0{stat.st_mode}:{stat.st_size}:{stat.st_mtime_ns}"
    return hashlib.sha256(unread.encode()).hexdigest()


def _entry(directory: Path, key: str) -> Path:
    return directory / "notes" / key[:2] / f"{key}.note"


def store_entry(directory: Path, key: str, note: CachedNote) -> None:
    """Write one note's entry: its JSON on one line, then its fields' block. Worker processes
    call this themselves, so the main process, which also has to merge every note's result,
    is not the bottleneck of a cold build."""
    text = json.dumps(note.to_json(), ensure_ascii=False, separators=(",", ":"))
    _write_bytes(_entry(directory, key), text.encode("utf-8") + b"\n" + note.block)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A hash of the tool's own source: any change to it (not only a release) empties the cache."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
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
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_json(path: Path, data: Any) -> None:
    """Atomic, and quiet on failure: a cache that cannot be written only costs speed.

    `json.dumps`, not `json.dump`: only the former uses the C encoder. The
    temporary name is unique per process, which is all the cache needs (two
    writers of one entry write the same bytes).
    """
    _write_bytes(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())


def _write_bytes(path: Path, data: bytes) -> None:
    try:
        _ensure_dir(path.parent)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
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
