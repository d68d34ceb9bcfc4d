"""After an edit, the other notes' share in the texts the edited notes have, or had.

A text in several notes is one card citing them all (`sharing.py`), so when a
note gains, keeps or drops a text other notes have, that card is made again
from every note that has it. A build after a few edits finds those notes by
the hashed facts of each note's record, and takes from them only their cards
of those texts, and their manifest lines of them: their other cards are as
the last build left them. So an edit costs what its texts' notes cost, never
the chain of notes that share other texts with those.

A text that was boilerplate (in `BOILERPLATE_NOTES` notes or more) and still
is had no card and gets none: its notes are not looked at, however many.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from cards.cardspecs import CardSpec
from cards.manifest import Entry
from cards.sharing import boilerplate, fact_hash, hashes


def wanted(
    notes: dict[str, Any], fresh: dict[str, dict[str, Any]], changed: Iterable[str]
) -> set[str]:
    """The hashed facts the changed notes had at the last build or have now."""
    found: set[str] = set()
    for rel in changed:
        for record in (notes.get(rel), fresh.get(rel)):
            if isinstance(record, dict):
                found |= hashes(str(record.get("facts", "")))
    return found


def holders(records: Iterable[Any], facts: set[str]) -> Counter[str]:
    """How many of these notes' records hold each of these hashed facts."""
    held: Counter[str] = Counter()
    if not facts:
        return held
    for record in records:
        if isinstance(record, dict):
            held.update(facts.intersection(hashes(str(record.get("facts", "")))))
    return held


def unsettled(
    notes: dict[str, Any], now: Iterable[dict[str, Any]], facts: set[str]
) -> tuple[set[str], Counter[str]]:
    """Of these facts, those whose card may change (all but boilerplate before and after the
    edit: no card then, none now); and how many notes hold each now (`now`: every note's
    record as it is now)."""
    before, after = holders(notes.values(), facts), holders(now, facts)
    settled = {h for h in facts if boilerplate(before[h]) and boilerplate(after[h])}
    return facts - settled, after


def sharing(notes: dict[str, Any], changed: frozenset[str], facts: set[str]) -> set[str]:
    """The unchanged notes that have one of these facts."""
    return {
        rel
        for rel, record in notes.items()
        if rel not in changed
        and isinstance(record, dict)
        and not facts.isdisjoint(hashes(str(record.get("facts", ""))))
    }


def shares(spec: CardSpec, facts: set[str]) -> bool:
    return fact_hash(spec.fact) in facts or fact_hash(spec.match) in facts


def split(entries: Iterable[Entry], facts: set[str]) -> tuple[list[Entry], list[Entry]]:
    """Manifest lines of those facts' cards (to match again), and the others (to keep)."""
    touched: list[Entry] = []
    kept: list[Entry] = []
    for entry in entries:
        (touched if fact_hash(entry.match) in facts else kept).append(entry)
    return touched, kept


def recount(
    record: dict[str, Any],
    theirs: Sequence[CardSpec],
    before: Iterable[Entry],
    owned: Sequence[CardSpec],
) -> dict[str, Any]:
    """A partner note's record with its share of the report redone for those texts: less
    the cards of them it had (`theirs` whose card `before` holds live), plus those it owns
    now (`owned`)."""
    live = {(e.note, e.kind, e.match) for e in before if not e.orphaned}
    had = [s for s in theirs if (s.path, s.kind, s.match) in live]
    notes = Counter(record["anki_notes"])
    cards = Counter(record["cards"])
    for sign, specs in ((-1, had), (1, owned)):
        for spec in specs:
            notes[spec.extractor] += sign
            cards[spec.extractor] += sign * spec.cards
    anki_notes = {k: n for k, n in sorted(notes.items()) if n}
    return record | {
        "live": sum(anki_notes.values()),
        "anki_notes": anki_notes,
        "cards": {k: n for k, n in sorted(cards.items()) if n},
    }
