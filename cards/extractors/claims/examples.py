"""A claim's deletion that runs on into a list of examples, cut where the examples start.

    can be {{dyed with plant extracts such as woad}}, madder, or ...
    can be {{dyed with plant extracts}} such as woad, madder, or ...   <- what is recalled
    come in {{various weaves such as twill}}, satin, or ...            <- no card: "various
                                                                          weaves" says nothing
    is a lot {{like tuning a harp}}                                    <- a comparison: stays

Judges of whole-vault decks mark a deletion that swallows the first of a list of examples
("such as oak", then ", larch, or elm" shown) as an arbitrary
span: the list's first item is no more the answer than its third. What comes before the
examples is the claim; when that is only "various tools" or "different woods", a span
any word would fill, no card beats it.
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"\s(?:such as|like|e\.g\.,?|including|for example,?|for instance,?)\s")
_LISTED = re.compile(r"[^.;:!?]{1,60}?,\s[^.;:!?]*?\b(?:and|or|etc)\b")
"""A list after the marker: items parted by commas, joined by "and", "or" or "etc"."""
_VAGUE = frozenset("various different many several multiple some other certain numerous".split())


def before_examples(plain: str, key: tuple[int, int]) -> tuple[int, int] | None:
    """The deletion `key` of `plain` cut before a marker of examples that a list follows,
    `key` when it holds none, None when what comes before the examples is vague."""
    a, b = key
    if " " not in plain[a:b]:
        return key
    found = _MARKER.search(plain, a, b)
    if found is None or found.start() <= a or not _LISTED.match(plain, found.end()):
        return key
    cut = plain[a : found.start()].rstrip(" ,")
    if any(w.lower() in _VAGUE for w in cut.split()[-3:]):
        return None  # "cut from {{different woods}} such as ...": any wood would do
    return (a, a + len(cut)) if cut else None
