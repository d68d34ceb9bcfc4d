"""Fields parked on disk come back exactly; trait lists (numbered later) are never parked."""

from __future__ import annotations

from pathlib import Path

import pytest

from cards.deck import Card, CardSpec
from cards.manifest import content_digest
from cards.spill import FieldStore, pack


def _spec(fields: tuple[str, ...], clozes: tuple[tuple[str, str], ...] = ()) -> CardSpec:
    digest = "" if clozes else content_digest("qa", fields, (), "D")
    return CardSpec("claim", "claim", "n.md", 1, "m", "qa", fields, (), "D", clozes, "g", digest)


def _park(store: FieldStore, spec: CardSpec) -> CardSpec:
    """One spec through the store, as a note of one card."""
    (packed,), block, lengths = pack([spec])
    return store.take([packed], block, lengths)[0]


def test_parked_fields_come_back_exactly() -> None:
    store = FieldStore()
    made = [("é <b>x</b>", "", "src"), ("", "", ""), ("a" * 100_000, "ü", "src")]
    parked = [_park(store, _spec(f)) for f in made]
    assert all(p.fields == () and p.stored >= 0 for p in parked)
    cards = [Card("g", "qa", p.fields, (), "D", 1, p.stored) for p in reversed(parked)]
    assert [store.fields(c) for c in cards] == list(reversed(made))


def test_trait_lists_and_unknown_digests_stay_in_memory() -> None:
    store = FieldStore()
    traits = _spec(("label", "", "src"), clozes=(("t", "t"),))
    assert _park(store, traits) is traits
    assert store.fields(Card("g", "cloze", traits.fields, (), "D", 1)) == traits.fields


def test_a_packed_note_is_stored_in_one_block_and_reads_back() -> None:
    from cards.spill import unpack

    made = [
        _spec(("é <b>x</b>", "", "src")),
        _spec(("l", "", "s"), (("t", "t"),)),
        _spec(("", "", "")),
    ]
    packed, block, lengths = pack(made)
    assert [p.fields for p in packed] == [(), made[1].fields, ()]
    assert lengths[1] == -1 and sum(n for n in lengths if n > 0) == len(block)
    assert unpack(packed, block, lengths) == made
    store = FieldStore()
    _park(store, _spec(("before", "", "x")))  # a note already stored: offsets continue from it
    taken = store.take(packed, block, lengths)
    cards = [Card("g", t.notetype, t.fields, (), "D", 1, t.stored) for t in taken]
    assert [store.fields(c) for c in cards] == [m.fields for m in made]


def test_a_store_that_cannot_write_gives_the_fields_back_in_memory() -> None:
    full = Path("/dev/full")
    if not full.exists():
        pytest.skip("needs /dev/full")
    store = FieldStore()
    store._file.close()
    store._file = full.open("wb", buffering=0)  # every write fails with ENOSPC
    packed, block, lengths = pack([_spec(("a", "b", "c"))])
    try:
        (back,) = store.take(packed, block, lengths)
    finally:
        store._file.close()
    assert back.fields == ("a", "b", "c") and back.stored == -1


def test_joined_fields_are_what_anki_stores_whether_parked_or_not() -> None:
    store = FieldStore()
    parked = _park(store, _spec(("é <b>x</b>", "", "src")))
    kept = Card("g", "qa", ("a", "b", "c"), (), "D", 1)
    assert store.joined(Card("g", "qa", (), (), "D", 1, parked.stored)) == "é <b>x</b>\x1f\x1fsrc"
    assert store.joined(kept) == "a\x1fb\x1fc"
