"""Rule `subject`: a sentence whose subject is a category gives one trait per clause of its
predicate.

    People with avoidant attachment start having sex later in life, have sex less often,
    and have more one-night stands.          -> avoidant: start having sex later in life |
                                                have sex less often | have more one-night stands
    Both anxious and avoidant people struggle with trust.   -> a trait of each
    Anxious partners pursue; avoidant partners withdraw.    -> a clause for each
    While anxious partners seek closeness, avoidant partners value independence.

Prose states traits as predicates, so the subject says whose they are and the clauses
what they are (`clauses.split_clauses`). The subject puts its category in scope for
"they" in the sentences after it (rule `pronoun`); a clause set against it by "while"
or a semicolon speaks of the category that clause names instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from cards.extractors.traits.clauses import SEMICOLON, split_clauses
from cards.extractors.traits.marks import split_outside, trim
from cards.extractors.traits.phrases import one_word_trait
from cards.extractors.traits.reader import Reading, TraitRule, Unit
from cards.extractors.traits.taxonomy import Taxonomy
from cards.items import Item
from cards.language import words

NAME = "traits.subject"


def read(reading: Reading, unit: Unit) -> list[Item] | None:
    if not unit.text or not unit.found:
        return None
    categories, predicate = unit.found
    out = []
    other = _set_against(unit.text, reading.taxonomy)
    if other and other[0] not in categories:
        # "While anxious partners seek closeness, avoidant partners value independence"
        traits = split_clauses(other[1])
        if traits:
            out.append(reading.sentence_item(unit, other[0], traits, NAME))
    if len(categories) > 1:
        # "Both anxious and avoidant people struggle with trust": a trait of each
        reading.current = reading.section
        traits = split_clauses(predicate)
        out.extend(reading.sentence_item(unit, c, traits, NAME) for c in categories if traits)
        return out
    reading.current = categories[0]
    return out + predicate_items(reading, unit, categories[0], predicate, NAME)


def predicate_items(
    reading: Reading, unit: Unit, category: str, predicate: str, rule: str
) -> list[Item]:
    """The items of a predicate about `category`, one per run of clauses a semicolon sets off
    for a category of its own."""
    taxonomy = reading.taxonomy
    groups = by_semicolon(category, predicate, taxonomy.subject)
    runs = [run for c, traits in groups for run in _runs(c, traits, taxonomy)]
    if len(runs) > 1:
        reading.current = reading.section  # "they" after two subjects could be either
    return [reading.sentence_item(unit, c, traits, rule) for c, traits in runs if traits]


def _runs(
    category: str, traits: tuple[str, ...], taxonomy: Taxonomy
) -> list[tuple[str, tuple[str, ...]]]:
    """The traits of a predicate in runs by category: a clause that opens on a category of
    its own ("secure attachment stays an asset, anxious members overthink, avoidant
    members withdraw") speaks of that category, and so do the clauses after it."""
    runs: list[tuple[str, list[str]]] = [(category, [])]
    for whole in traits:
        for trait in _at_subjects(whole, taxonomy, runs[-1][0]):
            other = taxonomy.subject(trait) if taxonomy.may_name(trait) else None
            rest = trim(other[1]).strip() if other else ""
            if other and other[0] != runs[-1][0] and len(words(rest)) >= 2:
                runs.append((other[0], [rest]))
            else:
                runs[-1][1].append(trait)
    return [(c, tuple(ts)) for c, ts in runs if ts]


def _at_subjects(trait: str, taxonomy: Taxonomy, current: str) -> list[str]:
    """A trait cut before each comma that opens another category's clause: a clause of one
    word ("over-share, avoidant fans go quiet") is folded into the next by the comma rules,
    which cannot tell a new subject from a list of adjectives."""
    if ", " not in trait or not taxonomy.may_name(trait):
        return [trait]
    cuts = [
        m.start() for m in _COMMA.finditer(trait) if _other(trait[m.end() :], taxonomy, current)
    ]
    bounds = [0, *cuts, len(trait)]
    parts = [trait[a:b].lstrip(", ").strip() for a, b in pairwise(bounds)]
    return [p for p in parts if p]


_COMMA = re.compile(r",\s+")


def _other(clause: str, taxonomy: Taxonomy, current: str) -> bool:
    """Whether a clause opens on a category other than the one spoken of."""
    found = taxonomy.subject(clause)
    return found is not None and found[0] != current


_WHILE = frozenset(["While", "while", "Where", "where"])
_SET_AGAINST = re.compile(r"(?:while|whereas)\s+(?P<clause>[^,;]{5,120}),\s", re.IGNORECASE)
_SET_AFTER = re.compile(r",\s+(?:while|whereas)\s+(?P<clause>[^,;]{5,120}?)[.;]?$", re.IGNORECASE)


def _set_against(sentence: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """(category, predicate) of a clause that sets another category against the main one:
    `While anxious partners seek closeness, avoidant ...` or `Anxious partners tend to pursue,
    while avoidant partners tend to withdraw`."""
    lead = _SET_AGAINST.match(sentence) if sentence[:5] in _WHILE else None
    found = lead or (
        _SET_AFTER.search(sentence) if "while" in sentence or "whereas" in sentence else None
    )
    return taxonomy.subject(found["clause"]) if found else None


_ASIDE = re.compile(r"(?:i|we|he|she|it|this|that)\s+\w", re.IGNORECASE)
"""A clause whose subject is the writer, someone else or the point just made."""


def by_semicolon(
    category: str, text: str, opens: Callable[[str], tuple[str, str] | None]
) -> list[tuple[str, tuple[str, ...]]]:
    """(category, traits) for each run of clauses: a clause after a semicolon that `opens`
    on a category of its own (`Anxious partners pursue; avoidant partners withdraw`, by its
    subject; `Secure — trusts; Anxious — worries`, by its label) speaks of that category.
    A clause on a subject of the writer's own ("...; I think J. does this") speaks of no
    category, and gives no traits."""
    if ";" not in text:
        return [(category, split_clauses(text))]
    groups: list[tuple[str, list[str]]] = [(category, [])]
    for part in split_outside(SEMICOLON, text):
        other = opens(part) if groups[-1][1] else None
        if other:
            groups.append((other[0], [other[1]]))
        elif groups[-1][1] and _ASIDE.match(part):
            groups.append(("", [part]))
        else:
            groups[-1][1].append(part)
    return [(c, split_clauses("; ".join(parts)) or _lone_word(parts)) for c, parts in groups if c]


def _lone_word(parts: list[str]) -> tuple[str, ...]:
    """A category's one clause of one word (`**Anxious:** worries`), as a list item's is."""
    word = trim(parts[0]).strip() if len(parts) == 1 else ""
    return (word,) if one_word_trait(word) else ()


RULE = TraitRule(frozenset({"sentence"}), read, named=True)
