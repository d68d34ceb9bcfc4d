"""The named, ordered rules of one extractor: markdown-it-py's `Ruler`, for items.

A kind of item appears in a note in many ways (a claim as a heading, an emphasised
sentence, a `Term: meaning` line, ...); each way is a rule with a name. An item
records the rule that made it (`claim.heading`), so `cards extract` explains itself,
and a vault can switch a rule off by that name in `cards.toml`:

    disable_rules = ["claim.key-points", "quote.kindle"]

The extractor asks its ruler which rules are on before it applies them, so a rule
that is off leaves its text to the rules after it, as in markdown-it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from cards.errors import CardsError

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Rule(Generic[R]):
    name: str
    """Qualified by its kind: `claim.heading`."""
    func: R
    enabled: bool = True


class Ruler(Generic[R]):
    """One extractor's rules, in the order it tries them."""

    def __init__(self, kind: str, rules: Iterable[tuple[str, R]] = ()) -> None:
        self.kind = kind
        self._rules: list[Rule[R]] = []
        for name, func in rules:
            self.push(name, func)

    def push(self, name: str, func: R) -> None:
        qualified = self.qualify(name)
        if any(r.name == qualified for r in self._rules):
            raise CardsError(f"rule {qualified!r} is registered twice")
        self._rules.append(Rule(qualified, func))

    def qualify(self, name: str) -> str:
        return name if name.startswith(f"{self.kind}.") else f"{self.kind}.{name}"

    @property
    def names(self) -> list[str]:
        return [r.name for r in self._rules]

    def enabled(self, name: str) -> bool:
        """Whether the rule (`heading` or `claim.heading`) is on; unknown names fail."""
        qualified = self.qualify(name)
        for rule in self._rules:
            if rule.name == qualified:
                return rule.enabled
        raise CardsError(f"unknown rule {qualified!r}")

    def disable(self, names: Iterable[str]) -> None:
        wanted = {self.qualify(n) for n in names}
        unknown = sorted(wanted - set(self.names))
        if unknown:
            raise CardsError(f"unknown rule(s): {', '.join(unknown)}")
        self._rules = [
            Rule(r.name, r.func, r.enabled and r.name not in wanted) for r in self._rules
        ]

    def __iter__(self) -> Iterator[Rule[R]]:
        """The rules that are on, in order."""
        return (r for r in self._rules if r.enabled)

    def __len__(self) -> int:
        return len(self._rules)
