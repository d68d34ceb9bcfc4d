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

import difflib
import heapq
import html
import operator
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from cards.anki.deck import Card, guid
from cards.cardspecs import CardSpec, assemble
from cards.faces import as_text
from cards.manifest import ORDER, Entry, Manifest, content_digest

SIMILAR = 0.75
"""difflib ratio above which an edited text is the same card."""
ORPHAN_TAG = "cards::orphaned"
STATUSES = ("added", "changed", "kept", "gone")
_KEY = operator.attrgetter("path", "kind", "match")
"""A spec's identity (path, kind, identity text), in C: resolution asks it a million times."""
_ID = operator.attrgetter("note", "kind", "match")
_GUID = operator.attrgetter("guid")
_ORPHANED_GUID = operator.attrgetter("orphaned", "guid")
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
    claimed = _match(ordered, previous.entries)
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
            numbers, top = _number(spec, prev)
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


def _match(specs: Sequence[CardSpec], entries: Sequence[Entry]) -> list[Entry | None]:
    """Per spec (keys unique), the earlier card it continues: exact, then in a renamed note,
    then near-equal. A list beside the specs, not a dict by key: a large vault's keys would
    be a second copy of every card's identity, held at the build's busiest moment."""
    moved = _renames(specs, entries)

    def home(e: Entry) -> str:
        return moved.get(e.note, e.note)

    exact: dict[tuple[str, str, str], Entry] = {}
    for e in sorted(entries, key=_ORPHANED_GUID):
        exact.setdefault((home(e), e.kind, e.match) if moved else _ID(e), e)
    claimed: list[Entry | None] = []
    taken: set[str] = set()
    for key in map(_KEY, specs):
        found = exact.get(key)
        if found is None or found.guid in taken:  # a manifest edited by hand may repeat one
            claimed.append(None)
        else:
            claimed.append(found)
            taken.add(found.guid)
    del exact
    if len(taken) == len(specs):  # every card found its earlier self: nothing left to pair
        return claimed
    _same_text(specs, entries, claimed, taken)
    pool: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for e in sorted((e for e in entries if e.guid not in taken), key=_GUID):
        pool[(home(e), e.kind)].append(e)
    for at, spec in enumerate(specs):
        if claimed[at] is not None:
            continue
        best: tuple[float, Entry] | None = None
        for e in pool.get((spec.path, spec.kind), ()):
            if e.guid in taken or _category(e.match) != _category(spec.match):
                continue
            ratio = similarity(spec.match, e.match)
            if ratio >= SIMILAR and (best is None or ratio > best[0]):
                best = (ratio, e)
        if best is not None:
            claimed[at] = best[1]
            taken.add(best[1].guid)
    return claimed


def _same_text(
    specs: Sequence[CardSpec],
    entries: Sequence[Entry],
    claimed: list[Entry | None],
    taken: set[str],
) -> None:
    """A card whose text another note's live card had, and no longer has, continues that
    card: a text is one card in the whole vault (`sharing.py`), so when the note that held
    it drops it, or when a paragraph moves between notes, its history stays with it."""
    wanted = {(s.kind, s.match) for s, c in zip(specs, claimed, strict=True) if c is None}
    found: dict[tuple[str, str], Entry] = {}
    for e in sorted(entries, key=_GUID):
        if not e.orphaned and e.guid not in taken and (e.kind, e.match) in wanted:
            found.setdefault((e.kind, e.match), e)
    for at, spec in enumerate(specs):
        if claimed[at] is None and (same := found.pop((spec.kind, spec.match), None)):
            claimed[at] = same
            taken.add(same.guid)


def _renames(specs: Sequence[CardSpec], entries: Sequence[Entry]) -> dict[str, str]:
    """Old path -> new path for notes that were renamed or moved: the vanished note whose
    cards the new note repeats most."""
    current = {s.path for s in specs}
    before = {e.note for e in entries}
    vanished, fresh = before - current, current - before
    if not vanished or not fresh:
        return {}
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in entries:
        if e.note in vanished:
            owners[(e.kind, e.match)].add(e.note)
    votes: Counter[tuple[str, str]] = Counter()
    for spec in specs:
        if spec.path in fresh:
            for old in owners.get((spec.kind, spec.match), ()):
                votes[(spec.path, old)] += 1
    moved: dict[str, str] = {}
    for (new, old), _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
        if old not in moved and new not in moved.values():
            moved[old] = new
    return moved


def _number(spec: CardSpec, prev: Entry | None) -> tuple[dict[str, int], int]:
    """Cloze numbers for a trait list: kept per trait, new traits after the highest ever used.
    A key of `:` (the category's) is never taken for a trait's, nor a trait's for it."""
    if not spec.clozes:
        return {}, 0
    old = dict(prev.clozes) if prev else {}
    top = prev.cloze_max if prev else 0
    numbers = {k: old[k] for k, _ in spec.clozes if k in old}
    free = {k: n for k, n in old.items() if k not in numbers and not k.startswith(":")}
    for k, _ in spec.clozes:
        if k in numbers:
            continue
        near = max(free, key=lambda o: (similarity(k, o), o), default=None)
        if near is not None and not k.startswith(":") and similarity(k, near) >= SIMILAR:
            numbers[k] = free.pop(near)
        else:
            top += 1
            numbers[k] = top
    return numbers, max(top, *numbers.values())


def similarity(a: str, b: str) -> float:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
        return 0.0
    return matcher.ratio()


def _category(match: str) -> str:
    return match.partition("|")[0] if "|" in match else ""


def _later(build_time: int, prev: Entry | None) -> int:
    """The build time, but never at or before a card's previous time: Anki needs newer."""
    return max(build_time, prev.mod + 1) if prev else build_time


def _new_guid(spec: CardSpec, used: set[str]) -> str:
    candidate, n = guid(spec.path, spec.kind, spec.match), 0
    while candidate in used:
        n += 1
        candidate = guid(spec.path, spec.kind, spec.match, str(n))
    return candidate
