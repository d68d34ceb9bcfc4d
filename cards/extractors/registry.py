"""The extractor registry: named, ordered entries that can be switched on and off by name.

Modelled on markdown-it-py's `Ruler`. `default_extractors()` builds a fresh
registry each time, so no test or build shares state through a module global.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from cards.errors import CardsError
from cards.extractors.regions import readable
from cards.extractors.ruler import Ruler
from cards.items import Item
from cards.parse import ParsedNote

Extractor = Callable[[ParsedNote], Iterable[Item]]


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    func: Extractor
    enabled: bool = True
    rules: Ruler[Any] | None = None
    """The extractor's own rules, which it consults; None for one that has no named rules."""


class Registry:
    """Ordered extractors; `run` applies the enabled ones to a note and drops repeats."""

    def __init__(self) -> None:
        self._entries: list[Entry] = []
        self.kinds: Ruler[Any] = Ruler("notekind")
        """Kinds of note or section left out whole (`notekind.py`); `cards.extract` asks them."""

    def add(self, name: str, func: Extractor, rules: Ruler[Any] | None = None) -> None:
        if any(e.name == name for e in self._entries):
            raise CardsError(f"extractor {name!r} is registered twice")
        self._entries.append(Entry(name, func, rules=rules))

    @property
    def names(self) -> list[str]:
        return [e.name for e in self._entries]

    @property
    def enabled(self) -> list[str]:
        return [e.name for e in self._entries if e.enabled]

    def only(self, names: Sequence[str]) -> None:
        """Enable exactly `names`; an unknown name is an error, not a silent no-op."""
        self._check(names)
        self._entries = [Entry(e.name, e.func, e.name in names, e.rules) for e in self._entries]

    def disable(self, names: Sequence[str]) -> None:
        self._check(names)
        self._entries = [
            Entry(e.name, e.func, e.enabled and e.name not in names, e.rules) for e in self._entries
        ]

    @property
    def rule_names(self) -> list[str]:
        """Every rule of every extractor, qualified (`claim.heading`), in order."""
        named = [name for e in self._entries if e.rules is not None for name in e.rules.names]
        return [*named, *self.kinds.names]

    def disable_rules(self, names: Sequence[str]) -> None:
        """Switch rules off by qualified name; an unknown name is an error, as for extractors."""
        unknown = sorted(set(names) - set(self.rule_names))
        if unknown:
            raise CardsError(
                f"unknown rule(s): {', '.join(unknown)} (known: {', '.join(self.rule_names)})"
            )
        for rules in (*(e.rules for e in self._entries if e.rules is not None), self.kinds):
            rules.disable(n for n in names if n in rules.names)

    def ruler(self, name: str) -> Ruler[Any] | None:
        """The rules of extractor `name`."""
        self._check([name])
        return next(e.rules for e in self._entries if e.name == name)

    def get(self, name: str) -> Extractor:
        self._check([name])
        return next(e.func for e in self._entries if e.name == name)

    def run(self, note: ParsedNote, skip: frozenset[str] = frozenset()) -> list[Item]:
        """Items of every enabled extractor (but `skip`), in registry order; repeats kept once.

        The rules read the note without the parts that hold no knowledge of its own
        (`regions`: a chat with a model, a prompt)."""
        note = readable(note)
        seen: set[tuple[str, ...]] = set()
        out: list[Item] = []
        for entry in self._entries:
            if not entry.enabled or entry.name in skip:
                continue
            rules = entry.rules
            for item in entry.func(note):
                if rules is not None and not rules.enabled(item.rule):
                    continue  # a guarantee, whatever the extractor asked its ruler
                key = identity(item)
                if key not in seen:
                    seen.add(key)
                    out.append(item)
        return out

    def _check(self, names: Iterable[str]) -> None:
        unknown = sorted(set(names) - set(self.names))
        if unknown:
            raise CardsError(
                f"unknown extractor(s): {', '.join(unknown)} (known: {', '.join(self.names)})"
            )


def identity(item: Item) -> tuple[str, ...]:
    """What makes two items the same within one note: kind and normalised text."""
    if item.kind == "traits":
        return (item.kind, item.category, *map(normalise, item.traits))
    return (item.kind, normalise(item.plain))


def normalise(text: str) -> str:
    """Case, punctuation and spacing folded, so a re-typed quote mark is no new item."""
    return " ".join(_NOT_ALNUM.sub(" ", text.lower()).split())


_NOT_ALNUM = re.compile(r"[\W_]+")
