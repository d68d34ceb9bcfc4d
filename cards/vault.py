"""Walk a vault and read each note into a `SourceNote`.

Only reads: nothing here (or anywhere in the tool) writes inside the vault.
A note that cannot be read raises `NoteError` with its path and line, so the
build can report it and go on with the others.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cards.errors import CardsError, NoteError
from cards.front_matter import load_front_matter
from cards.sanitize import UNSAFE, clean_name, name_problem, without_unsafe

NOTE_SUFFIXES = (".md", ".markdown", ".txt")
MAX_NOTE_BYTES = 5_000_000
"""Larger files are exports or logs, not notes; reading one would stall the whole build."""
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_FENCE = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n")
_FENCE_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class SourceNote:
    """One note as read from disk, before any Markdown parsing."""

    path: str
    """Vault-relative path with forward slashes: the note's identity."""
    name: str
    """File name without extension."""
    metadata: Mapping[str, Any]
    body: str
    """Text after the front matter."""
    body_line: int
    """File line (1-based) on which `body` starts."""
    plain: bool
    """True for `.txt` notes, which are normalised to Markdown before parsing."""
    tags: tuple[str, ...] = field(default=())
    """Front matter tags, as written (`relationship/love`)."""
    warnings: tuple[str, ...] = field(default=())
    """`path:line: message` for what was read but not cleanly (a guessed encoding)."""


@dataclass(frozen=True, slots=True)
class VaultScan:
    """One walk of the vault: the notes to read, and every other file by name (for embeds)."""

    notes: tuple[Path | NoteError, ...]
    files_by_name: dict[str, list[str]]


def scan_vault(vault: Path) -> VaultScan:
    """Notes in sorted order (a folder's files, then its subfolders), skipping dot-entries.

    Folder links are not followed (a link back up the tree would loop); each
    is reported as a `NoteError` in place of a path.
    """
    if not vault.exists():
        raise CardsError(f"{vault}: no such folder")
    if not vault.is_dir():
        raise CardsError(f"{vault}: is a file, not a vault folder")
    notes: list[Path | NoteError] = []
    files: dict[str, list[str]] = {}
    for root, dirs, names in os.walk(vault):
        here = Path(root)
        folder = here.relative_to(vault).as_posix()
        prefix = "" if folder == "." else folder + "/"  # a note's path, without a Path per note
        kept = []
        for name in sorted(d for d in dirs if not d.startswith(".")):
            rel = prefix + name
            if (here / name).is_symlink():
                notes.append(NoteError(rel, 1, "link to a folder: not followed"))
            elif name_problem(name):
                problem = f"folder name {name_problem(name)}: not read"
                notes.append(NoteError(_shown(rel), 1, problem))
            else:
                kept.append(name)
        dirs[:] = kept
        for name in sorted(names):
            if name.startswith("."):
                continue
            if name.lower().endswith(NOTE_SUFFIXES):
                problem = name_problem(name)
                if problem:
                    notes.append(
                        NoteError(_shown(prefix + name), 1, f"file name {problem}: not read")
                    )
                else:
                    notes.append(here / name)
            else:
                files.setdefault(name.lower(), []).append(prefix + name)
    return VaultScan(tuple(notes), files)


def _shown(rel: str) -> str:
    """A path fit to print: bytes that are not UTF-8 as `\\xff`, control and bidi characters
    as `\\u202e` (a terminal would act on them; a report, a manifest or a log cannot hold some)."""
    raw = rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if not name_problem(raw):  # nearly every path: one look, not one per character
        return raw
    return "".join(f"\\u{ord(c):04x}" if name_problem(c) else c for c in raw)


def iter_note_paths(vault: Path) -> Iterator[Path | NoteError]:
    """The notes of `scan_vault`, for callers that need no attachments."""
    yield from scan_vault(vault).notes


def read_note(
    vault: Path, path: Path, max_bytes: int = MAX_NOTE_BYTES, raw: bytes | None = None
) -> SourceNote:
    """Read and split one note. Raises `NoteError` for what makes the note unusable.

    `raw`: the note's bytes as `read_bytes` gave them, so that what is parsed is exactly
    what the build cache keyed.
    """
    rel = path.relative_to(vault).as_posix()
    if raw is None:
        raw = _read_inside(vault, path, rel, max_bytes)
    warnings: list[str] = []
    text = _decode(raw, rel, warnings)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    unsafe = UNSAFE.search(text)
    if unsafe:
        line = text.count("\n", 0, unsafe.start()) + 1
        code = f"U+{ord(unsafe.group()):04X}"
        warnings.append(f"{rel}:{line}: control characters ({code}) removed: Anki cannot hold them")
        text = without_unsafe(text)
    if not text.strip():
        raise NoteError(rel, 1, "empty note")
    metadata, body, body_line = _split_front_matter(text, rel)
    if not body.strip():
        raise NoteError(rel, body_line, "front matter only: no text to make cards from")
    return SourceNote(
        path=rel,
        name=path.stem,
        metadata=metadata,
        body=body,
        body_line=body_line,
        plain=path.suffix.lower() == ".txt",
        tags=_tags(metadata.get("tags")),
        warnings=tuple(warnings),
    )


def read_bytes(vault: Path, path: Path, max_bytes: int = MAX_NOTE_BYTES) -> bytes:
    """A note's bytes, after every check `read_note` makes before reading."""
    return _read_inside(vault, path, path.relative_to(vault).as_posix(), max_bytes)


def _read_inside(vault: Path, path: Path, rel: str, max_bytes: int) -> bytes:
    """The note's bytes; never follows a link out of the vault, never reads a huge file."""
    try:
        if path.is_symlink():
            target = path.resolve(strict=True)
            if not target.is_relative_to(vault.resolve()):
                raise NoteError(rel, 1, "link to a file outside the vault: not read")
        return read_regular(path, max_bytes, rel)
    except RuntimeError as exc:  # resolve() on a link loop, on some Python versions
        raise NoteError(rel, 1, "symlink loop") from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if isinstance(exc, FileNotFoundError):
            reason = "vanished before it could be read"
        elif exc.errno == errno.ELOOP:
            reason = "symlink loop"
        raise NoteError(rel, 1, f"cannot read: {reason}") from exc


def read_regular(path: Path, max_bytes: int, rel: str) -> bytes:
    """A regular file's bytes, its size checked before anything is read and the read itself
    bounded. A named pipe would block the build forever and a device (`/dev/zero`) never
    end; neither is opened for reading (a pipe is opened without waiting, only to ask)."""
    info = path.stat()
    kind = special_kind(info.st_mode)
    if kind:
        raise NoteError(rel, 1, f"{kind}, not a regular file: not read")
    if info.st_size > max_bytes:
        raise _too_large(rel, info.st_size, max_bytes)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as fh:
        kind = special_kind(os.fstat(fd).st_mode)  # replaced since the check above
        if kind:
            raise NoteError(rel, 1, f"{kind}, not a regular file: not read")
        raw = fh.read(max_bytes + 1)  # a file that grew since: no more than the limit
    if len(raw) > max_bytes:
        raise _too_large(rel, len(raw), max_bytes)
    return raw


def _too_large(rel: str, size: int, max_bytes: int) -> NoteError:
    megabytes = f"{size / 1e6:.1f} MB; limit {max_bytes / 1e6:.0f} MB"
    return NoteError(rel, 1, f"too large to be a note ({megabytes})")


def special_kind(mode: int) -> str:
    """What a file that is not a regular file is ('' for a regular file)."""
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _decode(raw: bytes, rel: str, warnings: list[str]) -> str:
    """UTF-8 or a BOM's encoding; else Windows-1252, which Windows editors save and whose
    curly quotes and dashes Latin-1 would read as control characters; else Latin-1, which
    decodes anything. Non-UTF-8 warns."""
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NoteError(rel, 1, "binary file, not a text note")
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            text = raw.decode(codec, errors="replace").lstrip("\ufeff")
            if "\ufffd" in text:
                line = text[: text.index("\ufffd")].count("\n") + 1
                warnings.append(f"{rel}:{line}: bytes that are not {codec} were replaced")
            elif codec != "utf-8-sig":
                warnings.append(
                    f"{rel}:1: encoded as {codec.upper()}, not UTF-8; read all the same"
                )
            return text
    try:
        return raw.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:  # one of the five bytes Windows-1252 leaves undefined
            warnings.append(f"{rel}:{line}: not UTF-8; read as Latin-1")
            return raw.decode("latin-1")
        warnings.append(f"{rel}:{line}: not UTF-8; read as Windows-1252")
        return text


def _split_front_matter(text: str, rel: str) -> tuple[dict[str, Any], str, int]:
    opening = _FENCE.match(text)
    if not opening:
        return {}, text, 1
    closing = _FENCE_END.search(text, opening.end())
    if not closing:
        raise NoteError(rel, 1, "front matter opened with '---' is never closed")
    metadata = load_front_matter(text[opening.end() : closing.start()], rel, 2)
    body_start = closing.end() + 1
    body_line = text.count("\n", 0, body_start) + 1
    return metadata, text[body_start:], body_line


def _tags(value: object) -> tuple[str, ...]:
    """Front matter tags, each once, as names Anki can hold (`sanitize.clean_name`)."""
    if value is None:
        return ()
    items = value if isinstance(value, list) else str(value).replace(",", " ").split()
    seen: dict[str, None] = {}
    for item in items:
        tag = clean_name(str(item)).strip().lstrip("#")
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)
