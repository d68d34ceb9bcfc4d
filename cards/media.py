"""Embedded images: resolve them inside the vault, pack them under collision-free names.

    ![[diagram.png]]   ![[diagram.png|300]]   ![alt](assets/diagram.png)

`![[name]]` finds the file anywhere in the vault as Obsidian does (same
folder first, then the shortest path); a path is taken relative to the
note's folder, then to the vault root. Nothing outside the vault is ever
read: `../` that climbs out, absolute paths, and links that resolve outside
are refused with a warning, and the card is made without the image. The
packed name carries a hash of the content, so two different `image.png`
never collide and an unchanged image keeps its name across builds.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlparse

from cards.anki.media import Packed
from cards.errors import Problem
from cards.vault import special_kind

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".avif"})
MAX_MEDIA_BYTES = 20_000_000


@dataclass(frozen=True, slots=True)
class Probe:
    """One embed's resolution as the file system saw it."""

    target: str
    wiki: bool
    real: str
    size: int
    mtime: int


@dataclass
class Media:
    """Resolves embeds for one build; collects what to pack and what went wrong."""

    vault: Path
    files_by_name: dict[str, list[str]]
    """Lower-case file name -> vault-relative paths, from the vault walk."""
    packed: dict[str, Packed] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    probes: dict[str, list[Probe]] = field(default_factory=dict)
    """Per note, every embed it resolved: what a cache must re-check."""
    _resolved: dict[tuple[str, str], str | None] = field(default_factory=dict)

    def image(self, note: str, line: int, target: str, wiki: bool) -> str | None:
        """The packed name for an embed in `note`, or None (with a warning) if it cannot be used."""
        key = (note, target)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(note, line, target, wiki)
            self.probes.setdefault(note, []).append(
                Probe(target, wiki, *self.probe(note, target, wiki))
            )
        return self._resolved[key]

    def probe(self, note: str, target: str, wiki: bool) -> tuple[str, int, int]:
        """Where an embed leads and that file's size and time, without reading it: enough to
        tell whether a cached card's image is still the same."""
        raw = target if wiki else unquote(target)
        if (not wiki and urlparse(target).scheme) or _escapes(note, raw):
            return ("", -1, -1)
        path = self._locate(note, raw)
        try:
            real = path.resolve(strict=True) if path is not None else None
            stat = real.stat() if real is not None else None
        except (OSError, RuntimeError):
            return ("?", -1, -1)
        if real is None or stat is None:
            return ("", -1, -1)
        return (str(real), stat.st_size, stat.st_mtime_ns)

    def packed_for(self, note: str) -> list[Packed]:
        """The images one note's cards use."""
        names = sorted({n for (owner, _), n in self._resolved.items() if owner == note and n})
        return [self.packed[n] for n in names]

    def still_valid(self, note: str, probes: list[Probe]) -> bool:
        return all((p.real, p.size, p.mtime) == self.probe(note, p.target, p.wiki) for p in probes)

    def _resolve(self, note: str, line: int, target: str, wiki: bool) -> str | None:
        def warn(message: str) -> None:
            self.warnings.append(Problem(note, line, message))

        if not wiki and urlparse(target).scheme:
            warn(f"image {target!r} is not in the vault: not packed")
            return None
        raw = target if wiki else unquote(target)
        suffix = PurePosixPath(raw).suffix.lower()
        if suffix not in IMAGE_SUFFIXES:
            if suffix == ".svg":
                warn(f"SVG image {raw!r} not packed (SVG can carry script)")
            return None  # a transcluded note, a PDF: shown as its name
        if _escapes(note, raw):
            warn(f"image {raw!r} is outside the vault: not read")
            return None
        path = self._locate(note, raw)
        if path is None:
            warn(f"image {raw!r} not found in the vault")
            return None
        vault = self.vault.resolve()
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):
            warn(f"image {raw!r} cannot be read")
            return None
        if not real.is_relative_to(vault):
            warn(f"image {raw!r} is outside the vault: not read")
            return None
        try:
            info = real.stat()
            if special_kind(info.st_mode):  # a pipe would block the build, a device never end
                kind = special_kind(info.st_mode)
                warn(f"image {raw!r} is {kind}: not packed")
                return None
            if info.st_size > MAX_MEDIA_BYTES:
                warn(f"image {raw!r} is over 20 MB: not packed")
                return None
            digest = hashlib.sha256(real.read_bytes()).hexdigest()[:12]
        except OSError as exc:
            warn(f"image {raw!r} cannot be read: {exc.strerror or exc}")
            return None
        name = f"{_safe_stem(real.stem)}-{digest}{suffix}"
        self.packed.setdefault(name, Packed(name, real))
        return name

    def _locate(self, note: str, raw: str) -> Path | None:
        folder = PurePosixPath(note).parent
        if "/" not in raw:
            found = sorted(
                self.files_by_name.get(raw.lower(), []),
                key=lambda p: (PurePosixPath(p).parent != folder, p.count("/"), p),
            )
            return self.vault / found[0] if found else None
        for base in (folder, PurePosixPath()):
            candidate = self.vault / base / raw
            if candidate.exists() or candidate.is_symlink():
                return candidate
        return None


def _escapes(note: str, raw: str) -> bool:
    """An absolute path, or one whose `..` climbs above the vault from the note's folder."""
    if raw.startswith(("/", "\\")) or (len(raw) > 1 and raw[1] == ":"):
        return True
    depth = len(PurePosixPath(note).parent.parts)
    for part in PurePosixPath(raw.replace("\\", "/")).parts:
        depth += -1 if part == ".." else 0 if part == "." else 1
        if depth < 0:
            return True
    return False


def _safe_stem(stem: str) -> str:
    kept = "".join(c if c.isalnum() or c in "-_" else "-" for c in stem)
    return kept.strip("-")[:40] or "image"
