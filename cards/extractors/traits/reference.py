"""Rule `reference`: a subject that points back to a category's people named before it.

    ## Avoidant attachment
    People with this style keep busy.        -> avoidant: keep busy (the section's category)
    ... parents who answer every cry raise securely attached babies. Such children trust
    that help will come.                     -> secure: trust that help will come
    A toddler with an avoidant pattern ignores the parent. The toddler plays alone.
                                             -> avoidant: plays alone
    This kind of attachment is found in ...  -> the category in scope: found in ...
    In this kind of attachment, a baby stiffens.      -> a baby stiffens
    A smaller group shows avoidant habits: these children play alone.  -> play alone

Textbooks name a category once, often as an object or in a heading, and go on with "such
children", "the infant" or "this type". "Such" and "this type" point to the category the
sentence before named; "the child" to the category in scope, and only as the people the
text studies (children, infants, adults): "the parent" or "the partner" is someone else.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cards.extractors.traits.clauses import split_clauses
from cards.extractors.traits.reader import Reading, TraitRule, Unit
from cards.extractors.traits.subject import predicate_items
from cards.items import Item

NAME = "traits.reference"

_THIS_KIND = re.compile(
    r"(?:(?:people|those|individuals|adults|partners|someone|anyone|children|kids)\s+with\s+"
    r"(?:this|that|such\s+an?))\s+(?:attachment\s+)?(?:style|type|pattern)\b"
    r"(?:\s+of\s+attachment)?\s*",
    re.IGNORECASE,
)
"""A subject that points to the people of the section's category: "People with this style
...". ("This style is also known as ..." speaks of the style, not of its people.)"""
_STUDIED = (
    r"(?:child(?:ren)?|infants?|toddlers?|kids?|bab(?:y|ies)|adults?|individuals?|persons?"
    r"|people|teens?|adolescents?)"
)
_LEAD = (
    r"(?:(?:however|but|yet|still|also|and|so|instead|in fact|finally),?\s+)?"
    r"(?:(?P<when>(?:when|whenever|once|after|before|if)\s+[^,.;:]{1,40}),\s+"
    r"|(?:during|in|at|under)\s+[^,.;:]{1,40},\s+)?"
    r"(?:[A-Z][\w'’]*(?:\s+[\w'’&]+){0,3}\s+(?:\w+ed|shows?|suggests?|finds?|argues?|notes?)"
    r"\s+that\s+)?"
)
"""What may stand before the subject: a linking word, a clause that says when, and a
report ("Ainsworth theorized that ...")."""
_SUCH = re.compile(
    rf"{_LEAD}(?P<such>(?:such|these|those)\s+{_STUDIED}"
    r"|this\s+(?:type|style|pattern|kind|group)(?:\s+of\s+attachment)?)\b\s*",
    re.IGNORECASE,
)
_THE = re.compile(rf"{_LEAD}the\s+{_STUDIED}\b\s*", re.IGNORECASE)
_IN_STARTS = frozenset(["In ", "in ", "Wit", "wit"])
_IN_THIS = re.compile(
    r"(?:in|with)\s+(?:this|that|such\s+an?)\s+(?:type|style|pattern|kind)(?:\s+of\s+\w+)?,\s+"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
"""`In this kind of attachment, a baby ...`: a frame that points back to a style."""
_POINTING = re.compile(rf"\b(?:(such|these|those|this)\s|the\s+{_STUDIED}\b)", re.IGNORECASE)
"""A word that points back, or "the" before the people a text studies, anywhere."""
_NAMING = re.compile(
    r"(?:is|are|was|were)\s+(?:(?:also|often|sometimes|now|still|[a-z]+ly)\s+)?"
    r"(?:known|called|referred|named|termed|defined|labell?ed|dubbed)\b"
)
""""This style is also known as ...", "is sometimes called ...", "was formerly labelled ...":
a name of the style, no trait of its people."""


def read(reading: Reading, unit: Unit) -> list[Item] | None:
    sentence = unit.text
    if not sentence or unit.found:
        return None
    if reading.section and " with " in sentence:
        this = _THIS_KIND.match(sentence)
        if this:
            reading.current = reading.section
            rest = sentence[this.end() :]
            return predicate_items(reading, unit, reading.section, rest, NAME)
    framed = _IN_THIS.match(sentence) if sentence[:3] in _IN_STARTS else None
    if framed is not None:
        # "In this kind of attachment, a baby stiffens ...": the clause after the frame
        named = reading.named
        category = named[0] if len(named) == 1 else reading.current
        traits = split_clauses(framed["rest"]) if category else ()
        if not traits:
            return None
        reading.current = category
        return [reading.sentence_item(unit, category, traits, NAME)]
    pointing = _POINTING.search(sentence)
    if pointing is None:
        return None  # most sentences: one search, in C
    such = _SUCH.match(sentence) if pointing[1] else None
    found, category = None, reading.current
    led = _after_colon(reading, sentence, pointing.start()) if pointing[1] else None
    if led is not None:  # "... shows disorganized behaviour: these children freeze, ..."
        category, found = led
    elif such is not None:
        named = reading.named
        category = named[0] if len(named) == 1 else reading.current
        found = such if category else None
    elif reading.current:
        found = _THE.match(sentence)
    if found is None or _NAMING.match(sentence, found.end()):
        return None
    reading.current = category
    items = predicate_items(reading, unit, category, sentence[found.end() :], NAME)
    when = found["when"]
    if not when:
        return items
    # "When the sitter leaves, the baby is slow to settle": slow to settle when ...
    when = when[:1].lower() + when[1:]
    return [replace(i, traits=tuple(f"{t} {when}" for t in i.traits)) for i in items]


def _after_colon(reading: Reading, sentence: str, at: int) -> tuple[str, re.Match[str]] | None:
    """(category, subject) for "such/these children" right after a colon, when the words
    before the colon name one category: the colon hands the category to the clause."""
    head = sentence[:at].rstrip()
    if not head.endswith(":"):
        return None
    named = set(reading.taxonomy.mentioned(head))
    such = _SUCH.match(sentence, at)
    return (named.pop(), such) if len(named) == 1 and such is not None else None


RULE = TraitRule(frozenset({"sentence"}), read)
