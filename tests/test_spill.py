"""Fields parked on disk come back exactly; trait lists (numbered later) are never parked."""

from __future__ import annotations

from pathlib import Path

import pytest

from cards.cardspecs import CardSpec
from cards.incremental.spill import KEPT, FieldStore
from cards.manifest import content_digest


def _spec(fields: tuple[str, ...], clozes: tuple[tuple[str, str], ...] = ()) -> CardSpec:
    digest = "" if clozes else content_digest("qa", fields, (), "D")
    return CardSpec("claim", "claim", "n.md", 1, "m", "qa", fields, (), "D", clozes, digest)


def test_parked_fields_come_back_exactly() -> None:
    store = FieldStore()
    made = [("é <b>x</b>", "", "src"), ("", "", ""), ("a" * 100_000, "ü", "src")]
    numbers = [store.park([_spec(f)]) for f in made]
    assert all(specs[0].fields == () and at[0] != KEPT for specs, at in numbers)
    assert [store.fields(at[0]) for _, at in reversed(numbers)] == list(reversed(made))


def test_a_note_is_parked_in_one_go_and_trait_lists_stay_in_memory() -> None:
    store = FieldStore()
    store.park([_spec(("before", "", "x"))])  # a note already parked: numbers continue
    made = [
        _spec(("é <b>x</b>", "", "src")),
        _spec(("l", "", "s"), (("t", "t"),)),
        _spec(("", "", "")),
    ]
    specs, numbers = store.park(made)
    assert [s.fields for s in specs] == [(), made[1].fields, ()]
    assert numbers[1] == KEPT and specs[1] is made[1]
    assert store.fields(numbers[0]) == made[0].fields
    assert store.fields(numbers[2]) == made[2].fields


def test_a_field_holding_the_separator_is_never_parked() -> None:
    store = FieldStore()
    spec = _spec(("a\x1fb", "", "src"))
    assert store.park([spec]) == ([spec], [KEPT])


def test_a_store_that_cannot_write_gives_the_fields_back_in_memory() -> None:
    full = Path("/dev/full")
    if not full.exists():
        pytest.skip("needs /dev/full")
    store = FieldStore()
    store._file.close()
    store._file = full.open("wb", buffering=0)  # every write fails with ENOSPC
    try:
        specs, numbers = store.park([_spec(("a", "b", "c"))])
    finally:
        store._file.close()
    assert specs[0].fields == ("a", "b", "c") and numbers == [KEPT]


def test_joined_fields_are_what_anki_stores() -> None:
    store = FieldStore()
    _, (at,) = store.park([_spec(("é <b>x</b>", "", "src"))])
    assert store.joined(at) == "é <b>x</b>\x1f\x1fsrc"
