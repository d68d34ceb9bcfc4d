"""Which earlier card each card of this build continues, and its trait numbers.

Per card, in this order: the same note, kind and text; the same text in a
note that was renamed or moved (the vanished note whose cards the new note
repeats most); the same text that another note's live card had (a text is
one card in the vault, `sharing.py`); a near-identical text in the same note
(difflib ratio >= 0.75: a typo fixed, a word added). A trait keeps its
deletion number; a new one gets a number never used in that note.
"""

from __future__ import annotations

import difflib
import operator
from collections import Counter, defaultdict
from collections.abc import Sequence

from cards.cardspecs import CardSpec
from cards.manifest import Entry

SIMILAR = 0.75
"""difflib ratio above which an edited text is the same card."""
_KEY = operator.attrgetter("path", "kind", "match")
_ID = operator.attrgetter("note", "kind", "match")
_GUID = operator.attrgetter("guid")
_ORPHANED_GUID = operator.attrgetter("orphaned", "guid")


def match(specs: Sequence[CardSpec], entries: Sequence[Entry]) -> list[Entry | None]:
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


def number(spec: CardSpec, prev: Entry | None) -> tuple[dict[str, int], int]:
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
