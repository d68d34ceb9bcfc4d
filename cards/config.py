"""`cards.toml` (or `[tool.cards]` in `pyproject.toml`) at the vault root -> a typed `Config`.

    deck = "Psychology"                   # root deck name (default: the vault folder's name)
    include = ["**/*.md"]                 # gitignore-style patterns, vault-relative
    exclude = ["Templates/", "daily/"]
    extractors = ["claim", "quote"]       # which extractors run (default: all)
    disable_rules = ["claim.key-points"]  # rules switched off by name (`cards extract` shows them)
    tag_prefix = "vault"                  # every tag on a card goes under vault::
    obsidian_vault = "My Vault"           # vault name in obsidian:// links
    max_cards_per_note = 40               # cards one note gives at most (0: no cap)

    [taxonomy]                            # trait categories, for a vault on another subject
    name = "chronotype"
    extend = false                        # true: add to attachment styles instead of replacing
    nouns = ["types", "people"]
    [taxonomy.categories]
    owl = ["night owl", "owl"]
    lark = ["early bird", "lark"]

Unknown keys and bad values are errors naming the file and the key: a typo
must not silently build a different deck.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pathspec

from cards.errors import CardsError
from cards.extractors import Category, Registry, Taxonomy, default_extractors, default_taxonomy
from cards.ranking import MAX_CARDS_PER_NOTE
from cards.sanitize import name_problem
from cards.vault import MAX_NOTE_BYTES

KEYS = {
    "deck",
    "include",
    "exclude",
    "extractors",
    "disable_rules",
    "tag_prefix",
    "obsidian_vault",
    "taxonomy",
    "max_note_bytes",
    "max_cards_per_note",
}
TAXONOMY_KEYS = {"name", "extend", "nouns", "categories"}


@dataclass(frozen=True)
class Config:
    """Everything a vault can set; the defaults build `source_notes/` as the README shows."""

    source: str = ""
    """The file this came from, for messages; '' when every value is a default."""
    deck: str = ""
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    extractors: tuple[str, ...] = ()
    """Empty: all of them."""
    disable_rules: tuple[str, ...] = ()
    """Qualified rule names (`claim.heading`) that make no items."""
    tag_prefix: str = ""
    obsidian_vault: str = ""
    taxonomy: Taxonomy = field(default_factory=default_taxonomy)
    max_note_bytes: int = MAX_NOTE_BYTES
    max_cards_per_note: int = MAX_CARDS_PER_NOTE
    raw: dict[str, Any] = field(default_factory=dict, compare=False)

    def selects(self, rel: str) -> bool:
        """Whether a vault-relative note path is in the deck."""
        if self.include and not self._included.match_file(rel):
            return False
        return not (self.exclude and self._excluded.match_file(rel))

    @cached_property
    def _included(self) -> pathspec.GitIgnoreSpec:
        return _spec(self.include)

    @cached_property
    def _excluded(self) -> pathspec.GitIgnoreSpec:
        return _spec(self.exclude)

    def registry(self) -> Registry:
        """The extractors this vault runs, with its taxonomy."""
        registry = default_extractors(self.taxonomy)
        if self.extractors:
            registry.only(self.extractors)
        if self.disable_rules:
            registry.disable_rules(self.disable_rules)
        return registry

    @property
    def digest(self) -> str:
        """A fingerprint of every setting: cached cards are only valid for the same one."""
        return hashlib.sha256(
            json.dumps(self.raw, sort_keys=True, default=str).encode()
        ).hexdigest()


MAX_CONFIG_BYTES = 1_000_000
"""A configuration is a few lines; a pyproject.toml a few pages."""


def load_config(vault: Path) -> Config:
    """The vault's configuration: `cards.toml`, else `[tool.cards]` in `pyproject.toml`.

    Without a `deck`, the deck is named after the vault's folder: a name Anki cannot take
    is then an error too, asking for one."""
    config = _load(vault)
    if not config.deck:
        name = vault.resolve().name or "vault"
        problem = name_problem(name, "deck")
        if problem:
            raise CardsError(
                f"{vault}: the folder's name, the deck's by default, {problem}; "
                'set deck = "..." in cards.toml'
            )
    return config


def _load(vault: Path) -> Config:
    for name, table in (("cards.toml", ()), ("pyproject.toml", ("tool", "cards"))):
        path = vault / name
        if not path.is_file():
            continue
        try:
            if path.stat().st_size > MAX_CONFIG_BYTES:
                raise CardsError(f"{path}: over 1 MB: not a configuration")
            data: Any = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise CardsError(f"{path}: cannot read the configuration: {exc}") from exc
        for key in table:
            data = data.get(key, {}) if isinstance(data, dict) else {}
        if name == "pyproject.toml" and not data:
            continue
        return parse_config(data, str(path))
    return Config()


def parse_config(data: dict[str, Any], source: str) -> Config:
    def fail(key: str, why: str) -> CardsError:
        return CardsError(f"{source}: key '{key}' {why}")

    unknown = sorted(set(data) - KEYS)
    if unknown:
        raise fail(unknown[0], f"is unknown (known keys: {', '.join(sorted(KEYS))})")
    strings = {k: _string(data, k, fail) for k in ("deck", "tag_prefix", "obsidian_vault")}
    lists = {
        k: _strings(data, k, fail) for k in ("include", "exclude", "extractors", "disable_rules")
    }
    registry = default_extractors()
    for key, known in (("extractors", registry.names), ("disable_rules", registry.rule_names)):
        for name in lists[key]:
            if name not in known:
                what = "extractor" if key == "extractors" else "rule"
                raise fail(key, f"names unknown {what} {name!r} (known: {', '.join(known)})")
    for key in ("include", "exclude"):
        try:
            _spec(lists[key])
        except (ValueError, TypeError) as exc:
            raise fail(key, f"has a bad pattern: {exc}") from exc
    limit = data.get("max_note_bytes", MAX_NOTE_BYTES)
    if not isinstance(limit, int) or isinstance(limit, bool) or limit <= 0:
        raise fail("max_note_bytes", "must be a positive whole number of bytes")
    cap = data.get("max_cards_per_note", MAX_CARDS_PER_NOTE)
    if not isinstance(cap, int) or isinstance(cap, bool) or cap < 0:
        raise fail("max_cards_per_note", "must be a whole number of cards (0: no cap)")
    prefix = strings["tag_prefix"]
    if any(c.isspace() for c in prefix):
        raise fail("tag_prefix", "may not contain spaces (Anki tags cannot)")
    prefix = prefix.strip(":")
    checks = {"deck": "deck", "tag_prefix": "tag", "obsidian_vault": "text"}
    for key, kind in checks.items():
        problem = name_problem(prefix if key == "tag_prefix" else strings[key], kind)
        if problem:
            raise fail(key, problem)
    return Config(
        source=source,
        deck=strings["deck"],
        include=lists["include"],
        exclude=lists["exclude"],
        extractors=lists["extractors"],
        disable_rules=lists["disable_rules"],
        tag_prefix=prefix,
        obsidian_vault=strings["obsidian_vault"],
        taxonomy=_taxonomy(data.get("taxonomy"), fail),
        max_note_bytes=limit,
        max_cards_per_note=cap,
        raw=data,
    )


def _taxonomy(value: Any, fail: Any) -> Taxonomy:
    if value is None:
        return default_taxonomy()
    if not isinstance(value, dict):
        raise fail("taxonomy", "must be a table ([taxonomy])")
    unknown = sorted(set(value) - TAXONOMY_KEYS)
    if unknown:
        raise fail(
            f"taxonomy.{unknown[0]}", f"is unknown (known: {', '.join(sorted(TAXONOMY_KEYS))})"
        )
    categories = value.get("categories", {})
    if not isinstance(categories, dict) or not categories:
        raise fail("taxonomy.categories", "must be a table of category = [wordings]")
    parsed = []
    for name, wordings in categories.items():
        if not isinstance(wordings, list) or not all(
            isinstance(w, str) and w.strip() for w in wordings
        ):
            raise fail(f"taxonomy.categories.{name}", "must be a list of wordings (strings)")
        parsed.append(Category(name, tuple(w.strip() for w in wordings)))
    nouns = value.get("nouns", [])
    if not isinstance(nouns, list) or not all(isinstance(n, str) for n in nouns):
        raise fail("taxonomy.nouns", "must be a list of strings")
    extend = value.get("extend", False)
    if not isinstance(extend, bool):
        raise fail("taxonomy.extend", "must be true or false")
    base = default_taxonomy()
    name = value.get("name", base.name if extend else "category")
    if not isinstance(name, str):
        raise fail("taxonomy.name", "must be a string")
    if extend:
        return Taxonomy(name, (*base.categories, *parsed), (*base.nouns, *nouns))
    return Taxonomy(name, tuple(parsed), tuple(nouns))


def _string(data: dict[str, Any], key: str, fail: Any) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise fail(key, "must be a string")
    return value.strip()


def _strings(data: dict[str, Any], key: str, fail: Any) -> tuple[str, ...]:
    value = data.get(key, [])
    if isinstance(value, str):  # `include = "*.md"`: a list of one was meant, or a typo
        raise fail(key, f'must be a list of strings: write {key} = ["{value}"]')
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(key, "must be a list of strings")
    return tuple(value)


def _spec(patterns: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    return pathspec.GitIgnoreSpec.from_lines(patterns)
