"""Card identity across builds: which earlier card each new one continues.

Anki matches imported notes by GUID, keeps the package's modification time,
and updates a note only when the incoming time is newer. So each build:

- gives every card the GUID it had before: same note, kind and text; else the
  same text in a note that was renamed or moved; else the same text that
  another note's card had (a text is one card in the vault); else a
  near-identical text (a typo fixed, a word added) in the same note. Only
  what is left is new;
- keeps an unchanged card's time and gives a changed or new card the build
  time, never earlier than its previous time + 1, so Anki takes the edit;
- keeps each trait's cloze number, so review history stays with its trait;
- keeps cards whose item left the notes as tombstones (tag `cards::orphaned`,
  deck `<vault>::Orphaned`), their content read from the previous package:
  Anki's import never deletes, so the user finds them with one search.
  `prune` drops tombstones of earlier builds.

Nothing is ever written into the notes.
"""

from __future__ import annotations

import heapq
import html
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from cards.anki.deck import Card, guid
from cards.cardspecs import CardSpec, assemble
from cards.faces import as_text
from cards.manifest import ORDER, Entry, Manifest, content_digest
from cards.matching import match, number

ORPHAN_TAG = "cards::orphaned"
STATUSES = ("added", "changed", "kept", "gone")
_KEY = operator.attrgetter("path", "kind", "match")
"""A spec's identity (path, kind, identity text), in C: resolution asks it a million times."""
_NO_NUMBERS: Mapping[str, int] = MappingProxyType({})


Content = tuple[tuple[str, ...], tuple[str, ...], str]
"""A card's fields, tags and deck, as a package holds them."""
Earlier = Callable[[set[str]], Mapping[str, Content]]
"""GUIDs -> (fields, tags, deck) as the previous package holds them."""
Reserved = Callable[[], set[str]]
"""The GUIDs of cards outside this resolution (other notes'), asked for when the first new
card needs a GUID; the new GUIDs are added to the set it gives."""


class Change(NamedTuple):
    """What happened to one card since the last build."""

    status: str
    """added, changed, kept or gone."""
    kind: str
    note: str
    line: int
    text: str
    before: str = ""
    """For a changed card whose text changed: its previous text."""
    moved_from: str = ""
    """For a card whose note was renamed or moved: the old path."""
    words: str = ""
    """The card's text as the note writes it (`text` is folded to match cards by)."""
    was: str = ""
    """For a changed card whose text changed: its previous words."""


@dataclass(frozen=True, slots=True)
class Resolution:
    cards: tuple[Card, ...]
    """Every card to write: the live ones (in `specs` order), then tombstones."""
    manifest: Manifest
    changes: tuple[Change, ...]
    """Every card added, changed or gone; kept cards are only counted (`kept`)."""
    specs: tuple[CardSpec, ...] = ()
    """The live cards' specs: `cards[i]` was made from `specs[i]`."""
    sources: tuple[int, ...] = ()
    """Where each live card's spec stood in the specs given to `resolve`."""
    kept: int = 0
    """Cards unchanged since the last build."""

    def counts(self) -> dict[str, int]:
        found = Counter(c.status for c in self.changes)
        found["kept"] += self.kept
        return {status: found.get(status, 0) for status in STATUSES}

    @property
    def tombstones(self) -> int:
        return sum(1 for e in self.manifest.entries if e.orphaned)


def resolve(
    specs: Iterable[CardSpec],
    previous: Manifest,
    vault: str,
    build_time: int,
    prune: bool = False,
    earlier: Earlier | None = None,
    reserved: Reserved | None = None,
    fields_of: Callable[[int], tuple[str, ...]] | None = None,
) -> Resolution:
    """Give each card its GUID, cloze numbers and time, and say what changed since `previous`.
    `fields_of(i)`: the fields of `specs[i]` when it holds none (kept elsewhere), so that a
    change can say the card's words."""
    given = specs if isinstance(specs, Sequence) else list(specs)
    ordered: list[CardSpec] = []
    sources: list[int] = []
    seen: tuple[str, str, str] | None = None
    for at in sorted(range(len(given)), key=lambda i: _KEY(given[i])):  # stable: first wins
        spec = given[at]
        key = _KEY(spec)
        if key != seen:
            ordered.append(spec)
            sources.append(at)
            seen = key
    claimed = match(ordered, previous.entries)
    taken = {e.guid for e in claimed if e is not None}
    used: set[str] | None = None
    """GUIDs a new card may not take: claimed now, or an earlier card's (a tombstone's); made
    when the first new card needs one (a rebuild after a small edit often has none)."""
    cards: list[Card] = []
    entries: list[Entry] = []
    changes: list[Change] = []
    edited: dict[int, str] = {}
    """Change number -> GUID, for the cards whose text was edited."""
    kept = 0
    for spec, prev, source in zip(ordered, claimed, sources, strict=True):
        if prev is None:
            if used is None:
                used = reserved() if reserved else set()
                used |= {e.guid for e in previous.entries} | taken
            card_guid = _new_guid(spec, used)
            used.add(card_guid)
        else:
            card_guid = prev.guid
        taken.add(card_guid)
        numbers: Mapping[str, int]
        if spec.clozes:
            numbers, top = number(spec, prev)
            fields = assemble(spec, numbers)
        else:
            numbers, top, fields = _NO_NUMBERS, 0, spec.fields
        digest = spec.digest or content_digest(spec.notetype, fields, spec.tags, spec.deck)
        before = moved_from = ""
        if prev is None or prev.orphaned:
            status, mod = "added", _later(build_time, prev)
        elif prev.digest == digest:
            status, mod = "kept", prev.mod
        else:
            status, mod = "changed", _later(build_time, prev)
            before = prev.match if prev.match != spec.match else ""
            moved_from = prev.note if prev.note != spec.path else ""
        entry = Entry(
            card_guid,
            spec.path,
            spec.kind,
            spec.extractor,
            spec.match,
            spec.notetype,
            digest,
            mod,
            numbers,
            top,
        )
        entries.append(prev if entry == prev else entry)  # one object, not two, when kept
        cards.append(Card(card_guid, spec.notetype, fields, spec.tags, spec.deck, mod))
        if status == "kept":
            kept += 1
        else:
            shown = fields or (fields_of(source) if fields_of else ())
            words = as_text(shown[0]) if shown else ""
            if before:
                edited[len(changes)] = card_guid
            changes.append(
                Change(
                    status, spec.kind, spec.path, spec.line, spec.match, before, moved_from, words
                )
            )
    left = [e for e in previous.entries if e.guid not in taken and not (e.orphaned and prune)]
    wanted = {e.guid for e in left} | set(edited.values())
    last = earlier(wanted) if earlier and wanted else {}
    for at, was in edited.items():  # an edited card's words before, as the deck held them
        if shown := last.get(was, ((), (), ""))[0]:
            changes[at] = changes[at]._replace(was=as_text(shown[0]))
    tombs: list[Entry] = []
    for old in sorted(left, key=ORDER):
        fields, tags, _ = last.get(old.guid) or _stand_in(old)
        tags = tuple(sorted({*tags, ORPHAN_TAG}))
        deck = f"{vault}::Orphaned"
        digest = content_digest(old.notetype, fields, tags, deck)
        if old.orphaned and old.digest == digest:
            tomb = old
        else:
            tomb = old._replace(digest=digest, orphaned=True, mod=_later(build_time, old))
            if not old.orphaned:
                words = as_text(fields[0]) if fields else ""
                changes.append(Change("gone", old.kind, old.note, 0, old.match, words=words))
        tombs.append(tomb)
        cards.append(Card(tomb.guid, tomb.notetype, fields, tags, deck, tomb.mod))
    # Live entries follow their specs' keys, the file's order too: merged, they need no sort.
    manifest = Manifest(vault, tuple(heapq.merge(entries, tombs, key=ORDER)))
    return Resolution(tuple(cards), manifest, tuple(changes), tuple(ordered), tuple(sources), kept)


def _stand_in(entry: Entry) -> Content:
    """A tombstone's content when the previous package is gone: its identity text."""
    text = html.escape(entry.match, quote=False)
    first = f"{{{{c1::{text}}}}}" if entry.notetype == "cloze" else text
    return (first, "", html.escape(entry.note, quote=False)), (), ""


def _later(build_time: int, prev: Entry | None) -> int:
    """The build time, but never at or before a card's previous time: Anki needs newer."""
    return max(build_time, prev.mod + 1) if prev else build_time


def _new_guid(spec: CardSpec, used: set[str]) -> str:
    candidate, n = guid(spec.path, spec.kind, spec.match), 0
    while candidate in used:
        n += 1
        candidate = guid(spec.path, spec.kind, spec.match, str(n))
    return candidate
