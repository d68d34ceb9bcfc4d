"""The sidecar `<vault>.cards.json`: what earlier builds made, so the next one updates in place.

One line per card: its GUID, note, kind, identity text (fingerprint), a
digest of its content, its time, its cloze numbers. Reading, writing, and the
format; how cards are matched against it is `identity.py`.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import operator
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from cards.anki.notetypes import FIELD_SEP
from cards.errors import CardsError
from cards.manifest_check import ManifestError, check_entry, check_head

FORMAT = 2
READS = (1, 2)
"""Format 1 kept every field; 2 keeps a digest (tombstones read the previous package)."""


_NONE: Mapping[str, int] = MappingProxyType({})
ORDER = operator.attrgetter("note", "kind", "match", "guid")
"""The order of a manifest's lines: grouped by note, so a git diff reads note by note."""


class Entry(NamedTuple):
    """One card as the last build wrote it: its identity, a digest of its content, its time.

    A named tuple: a large manifest holds hundreds of thousands."""

    guid: str
    note: str
    kind: str
    extractor: str
    match: str
    notetype: str
    digest: str
    """Hash of the card's note type, fields, tags and deck: equal means unchanged."""
    mod: int
    clozes: Mapping[str, int] = _NONE
    """Trait list: normalised trait -> its cloze number."""
    cloze_max: int = 0
    """Highest cloze number ever given in this note: retired numbers are never reused."""
    orphaned: bool = False

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "guid": self.guid,
            "note": self.note,
            "kind": self.kind,
            "extractor": self.extractor,
            "fingerprint": self.match,
            "notetype": self.notetype,
            "digest": self.digest,
            "mod": self.mod,
        }
        if self.clozes:
            data.update(clozes=dict(sorted(self.clozes.items())), cloze_max=self.cloze_max)
        if self.orphaned:
            data["orphaned"] = True
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any], memo: dict[Any, Any] | None = None) -> Entry:
        """`memo` shares equal values (a note's path, kinds, times, and identity texts the
        caller already holds) across entries: the JSON reader gives each line its own
        copies, tens of megabytes in a large manifest."""
        shared = (memo if memo is not None else {}).setdefault
        notetype = shared(data["notetype"], str(data["notetype"]))
        numbers = data.get("clozes")
        if "digest" in data:
            digest = str(data["digest"])
        else:  # format 1 kept the fields themselves
            fields = tuple(str(f) for f in data["fields"])
            tags = tuple(str(t) for t in data["tags"])
            digest = content_digest(notetype, fields, tags, str(data["deck"]))
        return cls(
            guid=str(data["guid"]),
            note=shared(data["note"], str(data["note"])),
            kind=shared(data["kind"], str(data["kind"])),
            extractor=shared(data["extractor"], str(data["extractor"])),
            match=shared(data["fingerprint"], str(data["fingerprint"])),
            notetype=notetype,
            digest=digest,
            mod=shared(data["mod"], int(data["mod"])),
            clozes={str(k): int(v) for k, v in dict(numbers).items()} if numbers else _NONE,
            cloze_max=int(data.get("cloze_max", 0)),
            orphaned=bool(data.get("orphaned", False)),
        )


def content_digest(notetype: str, fields: Sequence[str], tags: Sequence[str], deck: str) -> str:
    """What decides whether Anki must update a card, in 24 hex digits.

    Joined with separators no field can hold (Anki itself splits fields on \\x1f).
    """
    text = "\x1e".join((notetype, FIELD_SEP.join(fields), " ".join(tags), deck))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class Manifest:
    vault: str
    entries: tuple[Entry, ...] = ()


def manifest_path(apkg: Path) -> Path:
    return apkg.with_name(apkg.stem + ".cards.json")


def load_manifest(path: Path, vault: str, known: Iterable[str] = ()) -> Manifest:
    """The last build's manifest; an empty one before the first build.

    `known`: identity texts the caller holds (this build's cards'). An entry whose text
    equals one shares that string instead of holding a copy: in a rebuild nearly every
    card is unchanged, and its text is then held once, not twice.
    """
    if not path.exists():
        return Manifest(vault)
    held = {text: text for text in known}
    try:
        manifest = _read_lines(path, dict(held))
        if manifest is None:
            data = check_head(json.loads(path.read_text(encoding="utf-8")))
            if data.get("format") not in READS:
                raise ManifestError(f"format {data.get('format')!r}, expected {FORMAT}")
            memo: dict[Any, Any] = dict(held)
            cards = enumerate(data["cards"], 1)
            entries = tuple(Entry.from_json(check_entry(e, n), memo) for n, e in cards)
            manifest = Manifest(data["vault"], entries)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CardsError(
            f"{path}: cannot read the manifest ({exc}); restore it from version control, "
            "or delete it to start over (Anki would then see every card as new)"
        ) from exc
    if manifest.vault != vault and manifest.entries and not held.keys() & _texts(manifest):
        raise CardsError(
            f"{path}: this manifest is the deck {manifest.vault!r}'s, not {vault!r}'s, and "
            "shares no card with it: another vault's? Build into another folder (-o), or "
            "delete it to start over (Anki would then see every card as new)"
        )
    return manifest


def _texts(manifest: Manifest) -> set[str]:
    return {entry.match for entry in manifest.entries}


_OPEN_CARDS = ', "cards": [\n'
"""Ends the first line of a manifest as `manifest_lines` writes it; one card per line follows."""


_BATCH = 2000
"""Card lines parsed per call: one JSON array of many lines parses faster than each line
alone, and a batch of them is small beside the whole manifest."""


def _read_lines(path: Path, memo: dict[Any, Any]) -> Manifest | None:
    """The manifest read in batches of lines, when it is laid out as `manifest_lines` writes
    it; else None (the caller parses the whole document). A large manifest is never held
    whole, as text and as a list of dicts, at once."""
    entries: list[Entry] = []
    with path.open(encoding="utf-8") as fh:
        first = fh.readline()
        if not first.endswith(_OPEN_CARDS):
            return None
        try:
            head = check_head(json.loads(first[: -len(_OPEN_CARDS)] + "}"), whole=False)
        except ValueError:
            return None
        if head.get("format") not in READS:
            return None
        ended = False
        for batch in iter(lambda: list(itertools.islice(fh, _BATCH)), []):
            if ended:
                return None  # lines after the closing one
            if batch[-1] == "]}\n":
                ended = True
                batch.pop()
            text = "".join(batch).rstrip()
            if not text:
                continue
            try:
                rows = enumerate(json.loads(f"[{text.removesuffix(',')}]"), len(entries) + 1)
                entries += [Entry.from_json(check_entry(row, n), memo) for n, row in rows]
            except (ValueError, KeyError, TypeError):  # reading it whole says what is wrong
                return None
    return Manifest(head["vault"], tuple(entries)) if ended else None


def readable(path: Path) -> Path:
    """Temporary files are private (0600); an output file gets the usual mode under the umask."""
    mask = os.umask(0)
    os.umask(mask)
    path.chmod(0o666 & ~mask)
    return path


def manifest_lines(manifest: Manifest) -> Iterable[str]:
    """The file, line by line: entries grouped by note, one per line, so a git diff shows each
    changed card (and json's C encoder stays in use: indent= would switch to the slow one)."""
    entries: Sequence[Entry] = manifest.entries
    if not _in_order(entries):
        entries = sorted(entries, key=ORDER)
    head = json.dumps({"format": FORMAT, "vault": manifest.vault}, ensure_ascii=False)
    yield f"{head[:-1]}{_OPEN_CARDS}"
    for n, entry in enumerate(entries):
        comma = ",\n" if n + 1 < len(entries) else "\n"
        yield entry_line(entry) + comma
    yield "]}\n"


def _in_order(entries: Sequence[Entry]) -> bool:
    """A build's own manifest comes in file order: checked pairwise, it needs no sorted copy
    (whose keys alone would hold every card's identity once more)."""
    keys = map(ORDER, entries)
    return all(map(operator.le, keys, map(ORDER, itertools.islice(entries, 1, None))))


_quote = json.JSONEncoder(ensure_ascii=False).encode


def entry_line(e: Entry) -> str:
    """`json.dumps(e.to_json(), ensure_ascii=False, sort_keys=True)`, three times faster: the
    keys are known and in order, so only the strings go through the JSON encoder."""
    head = ""
    if e.clozes:
        numbers = _quote(dict(sorted(e.clozes.items())))
        head = f'"cloze_max": {e.cloze_max}, "clozes": {numbers}, '
    return (
        f'{{{head}"digest": {_quote(e.digest)}, "extractor": {_quote(e.extractor)}, '
        f'"fingerprint": {_quote(e.match)}, "guid": {_quote(e.guid)}, "kind": {_quote(e.kind)}, '
        f'"mod": {int(e.mod)}, "note": {_quote(e.note)}, "notetype": {_quote(e.notetype)}'
        + (', "orphaned": true}' if e.orphaned else "}")
    )


def manifest_text(manifest: Manifest) -> str:
    return "".join(manifest_lines(manifest))


def save_manifest(manifest: Manifest, path: Path) -> None:
    """Write atomically (a temporary file beside it, then a rename), streaming line by line."""
    try:
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=".cards-", suffix=".json", delete=False
        ) as tmp:
            tmp.writelines(manifest_lines(manifest))
            tmp.flush()
            os.fsync(tmp.fileno())
        readable(Path(tmp.name)).replace(path)
    except OSError as exc:
        raise CardsError(f"{path}: cannot write the manifest: {exc.strerror or exc}") from exc
