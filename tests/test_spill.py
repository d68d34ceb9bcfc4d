"""Fields parked on disk come back exactly; trait lists (numbered later) are never parked."""

from __future__ import annotations

from cards.deck import Card, CardSpec
from cards.manifest import content_digest
from cards.spill import FieldStore


def _spec(fields: tuple[str, ...], clozes: tuple[tuple[str, str], ...] = ()) -> CardSpec:
    digest = "" if clozes else content_digest("qa", fields, (), "D")
    return CardSpec("claim", "claim", "n.md", 1, "m", "qa", fields, (), "D", clozes, "g", digest)


def test_parked_fields_come_back_exactly() -> None:
    store = FieldStore()
    made = [("é <b>x</b>", "", "src"), ("", "", ""), ("a" * 100_000, "ü", "src")]
    parked = [store.park(_spec(f)) for f in made]
    assert all(p.fields == () and p.stored >= 0 for p in parked)
    cards = [Card("g", "qa", p.fields, (), "D", 1, p.stored) for p in reversed(parked)]
    assert [store.fields(c) for c in cards] == list(reversed(made))


def test_trait_lists_and_unknown_digests_stay_in_memory() -> None:
    store = FieldStore()
    traits = _spec(("label", "", "src"), clozes=(("t", "t"),))
    assert store.park(traits) is traits
    assert store.fields(Card("g", "cloze", traits.fields, (), "D", 1)) == traits.fields
