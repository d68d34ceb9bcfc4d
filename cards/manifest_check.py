"""What a manifest must hold before any of it is trusted.

A manifest read wrongly costs review history: `"cards": {}` read as no cards
gave a third of a deck new GUIDs, `"guid": null` a card whose GUID was the
text "None", another vault's manifest made every card of that vault a
tombstone here. So every value is checked for its type and every GUID for
its shape, and a manifest that fails stops the build (`load_manifest` names
the file): never are GUIDs minted for cards it should have held.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Mapping
from typing import Any

GUID = re.compile(r"[A-Za-z0-9!#$%&()*+,\-./:;<=>?@\[\]^_`{|}~]{1,20}")
"""Anki's GUIDs: a number written in its 91-character alphabet (genanki writes 64 bits)."""
_STRINGS = ("note", "kind", "extractor", "fingerprint", "notetype")
_USUAL_KEYS = ("guid", *_STRINGS, "digest", "mod")
_USUAL = operator.itemgetter(*_USUAL_KEYS)
_USUAL_TYPES = (str,) * 7 + (int,)
_KNOWN = frozenset({*_USUAL_KEYS, "clozes", "cloze_max", "orphaned"})


class ManifestError(ValueError):
    """A manifest that does not say what a build wrote."""


def check_head(data: object, whole: bool = True) -> Mapping[str, Any]:
    """The document's own keys: the vault's deck name and, in the `whole` document (not its
    first line alone), a list of cards."""
    if not isinstance(data, dict):
        raise ManifestError(f"the manifest is a {type(data).__name__}, not an object")
    if not isinstance(data.get("vault"), str):
        raise ManifestError(f"'vault' is {_shown(data.get('vault'))}, not a deck name")
    if whole and not isinstance(data.get("cards"), list):
        raise ManifestError(f"'cards' is {_shown(data.get('cards'))}, not a list of cards")
    return data


def check_entry(data: object, number: int) -> Mapping[str, Any]:
    """One card's line, every value of the type `Entry` holds; `number` counts from 1.

    A line as a build writes it is checked at once, by the types of its values: a large
    manifest has hundreds of thousands. Anything else is checked key by key, to say what
    is wrong with it."""
    if type(data) is dict and data.keys() <= _KNOWN:
        try:
            values = _USUAL(data)
        except KeyError:
            values = ()
        if tuple(map(type, values)) == _USUAL_TYPES and GUID.fullmatch(values[0]):
            extra = data.keys() - _USUAL_KEYS
            if not extra or _clozes_fine(data):
                return data
    return _checked(data, number)


def _clozes_fine(data: dict[str, Any]) -> bool:
    numbers, most = data.get("clozes", {}), data.get("cloze_max", 0)
    return (
        type(numbers) is dict
        and all(type(v) is int for v in numbers.values())
        and type(most) is int
        and type(data.get("orphaned", False)) is bool
    )


def _checked(data: object, number: int) -> Mapping[str, Any]:
    if not isinstance(data, dict):
        raise ManifestError(f"card {number} is {_shown(data)}, not an object")
    guid = data.get("guid")
    if not isinstance(guid, str) or not GUID.fullmatch(guid):
        raise ManifestError(f"card {number}: 'guid' is {_shown(guid)}, not an Anki GUID")
    for key in _STRINGS:
        _expect(data, key, str, number)
    _expect(data, "mod", int, number)
    if "digest" in data:
        _expect(data, "digest", str, number)
    else:  # format 1 kept the fields themselves
        for key in ("fields", "tags"):
            _expect(data, key, list, number)
            if not all(isinstance(v, str) for v in data[key]):
                raise ManifestError(f"card {number}: '{key}' must hold only strings")
        _expect(data, "deck", str, number)
    numbers = data.get("clozes", {})
    if not isinstance(numbers, dict) or not all(_is(v, int) for v in numbers.values()):
        raise ManifestError(f"card {number}: 'clozes' is {_shown(numbers)}, not texts to numbers")
    if "cloze_max" in data:
        _expect(data, "cloze_max", int, number)
    if "orphaned" in data:
        _expect(data, "orphaned", bool, number)
    return data


def _expect(data: Mapping[str, Any], key: str, kind: type, number: int) -> None:
    if not _is(data.get(key), kind):
        what = {str: "a string", int: "a whole number", list: "a list", bool: "true or false"}
        raise ManifestError(f"card {number}: '{key}' is {_shown(data.get(key))}, not {what[kind]}")


def _is(value: object, kind: type) -> bool:
    """isinstance, except that true and false are not numbers here."""
    return isinstance(value, kind) and (kind is bool or not isinstance(value, bool))


def _shown(value: object) -> str:
    if value is None:
        return "null"
    shown = repr(value)
    if len(shown) <= 40:
        return shown
    if isinstance(value, (dict, list)):
        return f"{'an object' if isinstance(value, dict) else 'a list'} of {len(value)}"
    return shown[:37] + "..."
