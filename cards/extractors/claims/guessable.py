"""A deletion a reader fills from the words around it, not from memory.

    Tempering is [a process].                 <- one everyday noun: any reader guesses it
    Late frosts are [a common case].          <- an appraisal: said of the term, not what it is
    Kg stands for [kilogram weight].          <- two words that name a thing: worth recall
    A memory address is [0x7ffe].             <- a value: worth recall

Judges of whole-vault decks mark a second deletion over "a process", "the goal" or "a big
deal" as one to fix: "What is tempering?" answered by "a process" tests nothing, and an
appraisal is no answer to "What is X?" at all. How common a word is comes from
`cards.commonness`; a capital inside the span (a name), a digit or a symbol (a value, a
formula) is never guessable.
"""

from __future__ import annotations

import re

from cards.commonness import WORD, everyday
from cards.language import FUNCTION_WORDS

_PLAIN = re.compile(rf"{WORD.pattern}|[\s,]+")
_PLAIN_WORD = re.compile(r"[a-z]{3,}")
"""A word in lower case of three letters or more: a capital marks a name, a letter a
variable, a hyphen a compound coined for the text."""
_NUMBERS = frozenset("zero one two three four five six seven eight nine ten eleven twelve".split())
_APPRAISALS = frozenset(
    "good bad great big huge real serious major minor common rare important useful useless "
    "necessary hard easy difficult simple tricky nice cool terrible best worst whole "
    "interesting".split()
)
"""Adjectives that judge their noun: "a big deal", "a good idea", "a common case"."""
_VAGUE = frozenset("another other others such certain".split())
"""Words that point at a noun the line does not name ("another usual kind"): no more to
recall than an article."""
_NO_CONTENT = FUNCTION_WORDS | _VAGUE
_NO_TAIL = FUNCTION_WORDS | _NUMBERS


def guessable(hidden: str) -> bool:
    """Whether `hidden` is only an everyday noun and its determiner ("a process", "the
    goal", "some other method"), or an appraisal ("a big deal", "another common case": an
    everyday adjective of judgement and its everyday noun): no name, number or symbol in
    it. A third word ("a handy way to start", "a common law court") says what the grade is
    of, and that is something to recall."""
    plain = hidden.strip(" .,;:")
    if not plain or "".join(_PLAIN.findall(plain)) != plain:
        return False  # a digit, a symbol, a bracket: a value or a formula
    found = WORD.findall(plain)
    content = [w for w in found if w.lower() not in _NO_CONTENT]
    if not content or any(not _PLAIN_WORD.fullmatch(w) for w in content):
        return False  # only function words (`phrase.whole_phrase` rules on those), a name,
        # a letter that names a variable ("x and y are termed ..."), a compound ("first-to-market")
    if any(w.lower() in _NUMBERS for w in found):
        return False  # "three, or a trio": a value
    if len(content) == 1:
        return everyday(content[0])  # "a process", "another method": a pointer is an article
    return len(content) == 2 and content[0].lower() in _APPRAISALS and everyday(content[1])


def trivial(hidden: str) -> bool:
    """Whether `hidden` is one or two everyday words and nothing else ("built", "be free",
    "relatively small"): the tail of a statement's predicate that any reader of the rest
    of the line says back, whatever the words' roles. A name, a number, a symbol, a third
    word is something to recall, and so is a preposition's phrase ("at night", "during
    calls": when or where the line places its fact)."""
    ws = [w for w in hidden.strip(" .,;:").split(" ") if w]
    return 0 < len(ws) <= 2 and all(
        _PLAIN_WORD.fullmatch(w) and w not in _NO_TAIL and everyday(w) for w in ws
    )


_VERDICTS = frozenset(
    "good bad great nice terrible awful best worst useful useless important "
    "interesting helpful handy tricky wise unwise".split()
)
"""Adjectives that grade what they follow: "a bad idea", "a handy tool", "nice".
A comparative ("gets **better**") is no grade: it sets the line against another."""
_PASSAGE_LABELS = frozenset("definition proof related example note remark summary".split())
"""Words that name the kind of passage a line belongs to ("**Proof** of a lemma",
"**Related**"), not a fact in it."""


def verdict(hidden: str) -> bool:
    """Whether `hidden` grades rather than says ("a bad idea", "a handy tool",
    "nice"): a grading adjective first, then at most two everyday words. A reader of the
    line gives such a grade back from its tone; what makes it so is not on the card."""
    ws = [w for w in WORD.findall(hidden) if w.lower() not in FUNCTION_WORDS]
    return (
        0 < len(ws) <= 3
        and ws[0].lower() in _VERDICTS
        and all(_PLAIN_WORD.fullmatch(w) and everyday(w) for w in ws[1:])
    )


def passage_label(hidden: str) -> bool:
    """Whether `hidden` is one word naming the kind of passage ("Proof", "related")."""
    return hidden.strip(" .,;:*_").lower() in _PASSAGE_LABELS
