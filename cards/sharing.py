"""One card for one text: the same fact in several notes is one Anki note, citing them all.

A sentence pasted into three notes, or a quote kept in a reading note and a
topic note, would otherwise be three Anki notes to study and keep apart. So
after every note's cards are made, cards of one fact (`CardSpec.fact`: the
normalised text; a question's with its answer) become one: the card of the
note that held it at the last build (so its GUID and review history stay
put), else of the first such note in vault order. Its `Source` field lists
every note, in path order, and its tags are all of theirs (every `source::`
tag). Nothing else of the other notes' cards is kept.

A text in `BOILERPLATE_NOTES` notes or more is no fact but boilerplate (a
template's line, a page footer, "The page you're looking for can't be
found." saved forty times): it makes no card at all.

`facts_key` gives each note's facts as short hashes, so that a build after an
edit can find which other notes share a fact with the edited ones
(`partners.py`).
"""

from __future__ import annotations

import hashlib
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from cards.cardspecs import CardSpec
from cards.manifest import Entry, content_digest

SOURCES_SEP = "<br>"
"""Between two notes' Source lines in one card's Source field."""
FACTS_SEP = "|"
"""In `facts_key`, between the facts' hashes and the hashes of questions asked without their
answers."""
HASH_CHARS = 12
"""Hex digits of a fact's hash in `facts_key`: two facts of one hash, once in 10^14 pairs."""

BOILERPLATE_NOTES = 5
"""Notes that hold one text, from which it is boilerplate. In the three shared vaults no
text extracted is in more than three notes; the texts seen in forty are saved web pages'
footers and a template's lines."""

Fields = Callable[[int], tuple[str, ...]]
"""Spec number -> its fields, wherever they are kept."""


def boilerplate(holders: int) -> bool:
    """Whether a text held by this many notes is boilerplate."""
    return holders >= BOILERPLATE_NOTES


def share(
    specs: Sequence[CardSpec],
    fields: Fields,
    before: Iterable[Entry],
    holders: Callable[[str], int] | None = None,
) -> tuple[list[CardSpec], list[int]]:
    """The specs with each shared fact's cards made one and boilerplate left out: the specs
    that stay (a shared fact's merged, its fields in memory) and where each stood in
    `specs`. Of a fact's cards, the one `before` (the last build's cards) holds live stays
    the fact's card. `holders(fact)`: how many notes of the vault hold it, when `specs` are
    not every note's (by default, the notes of `specs` that do)."""
    groups: dict[str, list[int]] = {}
    for at, spec in enumerate(specs):
        groups.setdefault(spec.fact, []).append(at)
    if holders is None and len(groups) == len(specs):
        return list(specs), list(range(len(specs)))
    dropped: set[int] = set()
    for fact, group in groups.items():
        if holders is None and len(group) < BOILERPLATE_NOTES:
            continue
        held = holders(fact) if holders else len({specs[at].path for at in group})
        if boilerplate(held):
            dropped.update(group)
    shared = [group for group in groups.values() if len(group) > 1 and group[0] not in dropped]
    wanted = {_ID(specs[at]) for group in shared for at in group}
    kept = {k for e in before if not e.orphaned and (k := (e.note, e.kind, e.match)) in wanted}
    merged: dict[int, CardSpec] = {}
    for group in shared:
        owner = next((at for at in group if _ID(specs[at]) in kept), group[0])
        merged[owner] = merge(specs[owner], [(specs[at], fields(at)) for at in group])
        dropped.update(at for at in group if at != owner)
    out: list[CardSpec] = []
    where: list[int] = []
    for at, spec in enumerate(specs):
        if at not in dropped:
            out.append(merged.get(at, spec))
            where.append(at)
    return out, where


_ID = operator.attrgetter("path", "kind", "match")


def merge(owner: CardSpec, holders: Sequence[tuple[CardSpec, tuple[str, ...]]]) -> CardSpec:
    """The owner's card citing every holder (the owner among them) in its Source field and
    carrying all their tags."""
    ordered = sorted(holders, key=lambda h: (h[0].path, h[0].line))
    own = next(f for s, f in holders if s is owner)
    sources = list(dict.fromkeys(f[-1] for _, f in ordered if f))
    fields = (*own[:-1], SOURCES_SEP.join(sources))
    tags = tuple(sorted({t for s, _ in holders for t in s.tags}))
    digest = "" if owner.clozes else content_digest(owner.notetype, fields, tags, owner.deck)
    return owner._replace(fields=fields, tags=tags, digest=digest)


def fact_hash(fact: str) -> str:
    return hashlib.blake2b(fact.encode("utf-8"), digest_size=8).hexdigest()[:HASH_CHARS]


def facts_key(specs: Sequence[CardSpec]) -> str:
    """A note's facts, hashed, as one string (what a build's record keeps per note); then,
    after a `|`, a question's text without its answer (a manifest line knows only the text)."""
    found = {fact_hash(s.fact) for s in specs}
    asked = {fact_hash(s.match) for s in specs} - found
    return "".join(sorted(found)) + (FACTS_SEP + "".join(sorted(asked)) if asked else "")


def hashes(key: str, facts_only: bool = False) -> set[str]:
    """The hashes of a record's `facts_key`: every one, or only its facts' (a fact counted
    once, as `boilerplate_texts` counts them)."""
    found: set[str] = set()
    for part in key.split(FACTS_SEP)[:1] if facts_only else key.split(FACTS_SEP):
        found.update(part[i : i + HASH_CHARS] for i in range(0, len(part), HASH_CHARS))
    return found


def boilerplate_texts(keys: Iterable[str]) -> int:
    """How many texts the notes of these `facts_key`s hold as boilerplate: left out."""
    held: Counter[str] = Counter()
    for key in keys:
        held.update(hashes(key, facts_only=True))
    return sum(1 for n in held.values() if boilerplate(n))
