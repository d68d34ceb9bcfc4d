"""Rule `inline`: a category and its traits listed in brackets after it, inside running text.

    Which style sounds like you? Anxious? (reading silence as rejection, needing
    reassurance, keeping score). Avoidant? (changing the subject, needing space).
        -> anxious: reading silence as rejection | needing reassurance | keeping score
        -> avoidant: changing the subject | needing space
    ... a fourth joined them later: disorganized — sudden withdrawal, mixed signals, ...
        -> fearful-avoidant: sudden withdrawal | mixed signals | ...

Self-help and course text run through the categories in one paragraph, naming each
with a question or a colon and listing what marks it in brackets, or after a dash. The sentence
splitter ends a sentence at the question mark, so the list is the next "sentence",
looked for right after the category's; the category's words must be the whole of
what comes before the list, or "Are you anxious? (Take the quiz, ...)" would count.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cards.extractors.traits.phrases import split_list
from cards.extractors.traits.reader import Reading, TraitRule, Unit
from cards.items import Item

NAME = "traits.inline"

_NAMED = re.compile(
    r"\W*(?P<who>[^\W\d][^?:()]{1,40}?)\s*[?:]?\s*(?:\((?P<list>[^()]{5,400})\))?\W*"
)
"""A category's words, a question mark or colon, and perhaps the list in brackets."""
_DASHED = re.compile(
    r"(?:[^:]{0,200}:\s+)?(?P<who>[^\W\d][^:—–()]{1,40}?)\s+[—–]\s+(?P<list>[^—–]{5,400}?)\W*"
)
"""`... a fourth joined them later: disorganized — sudden withdrawal, mixed signals, ...`"""
_LISTED = re.compile(r"\s*\((?P<list>[^()]{5,400})\)[.;,]?")
"""The list in brackets right after the category's sentence."""


def read(reading: Reading, unit: Unit) -> list[Item] | None:
    text = unit.text
    if not unit.names or len(text) > 450 or unit.found:
        return None
    named = _NAMED.fullmatch(text) or (
        _DASHED.fullmatch(text) if "—" in text or "–" in text else None
    )
    if named is None:
        return None
    listed, end = named["list"], unit.span[1]
    if listed is None:
        paragraph = unit.block.text.text
        after = _LISTED.match(paragraph, end) if "(" in paragraph[end : end + 3] else None
        if after is None:
            return None
        listed, end = after["list"], after.end()
    who, taxonomy = named["who"], reading.taxonomy
    category = taxonomy.category_of(who) or taxonomy.people(who)  # not "Are you anxious?"
    traits = split_list(listed) if category else ()
    if len(traits) < 2:
        return None  # "Secure? (See below.)": no list of what marks it
    reading.current = category
    return [reading.sentence_item(replace(unit, span=(unit.span[0], end)), category, traits, NAME)]


RULE = TraitRule(frozenset({"sentence"}), read, named=True)
