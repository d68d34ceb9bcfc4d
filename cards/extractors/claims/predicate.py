"""A claim's deletion that holds a clause of its own, moved to that clause's predicate.

    Deep {{roots are needed for oaks}}        <- words, then their verb: a clause, moved to
    Deep roots are {{needed for oaks}}        <- what the verb says of them
    {{Slate is the best roof stone}}, per X   <- "the best roof stone"
    The pace the tide {{turns at is slow}}    <- "slow": one word, no card
    {{damp until the plaster has set}}        <- a verb in a clause of time: the phrase stays
    once {{dry, it stays hard}}               <- across a comma and a new subject: no card
    {{a jig built to hold}} the board         <- an infinitive: the phrase stays
    The flue is {{where most soot is caught}} <- after its own verb: the predicate already

Judges of whole-vault decks mark a deletion that runs from inside a subject into its verb
as an arbitrary span: nobody recalls "roots are needed" word for word, and the words before
the verb are half of a noun phrase the card shows the rest of. What the verb says of its
subject is a phrase a reader can learn; when that is one word in lower case ("vital",
"shed"), the sentence around it all but says it, and no card beats it.
"""

from __future__ import annotations

import re

from cards.extractors.claims.guessable import guessable
from cards.language import AUX, PREPOSITIONS

_NEW_SUBJECT = re.compile(r",\s+(?:it|they|he|she|we|you|I|there)\s")
_STOP = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})[.!?]\s+[A-Z]")
"""A sentence's end, or a comma before a new subject, inside the deletion: it holds the end
of one clause and the start of the next. A stop after a capital and at most two letters
closes a title or an initial before a name ("Dr. Jenner", "St. Ives", "J. Watt"), not a
sentence."""
_LONE = re.compile(r"[a-z]+(?:-[a-z]+)?")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ADVERBIAL = frozenset("until while when before after once since because unless".split())
"""Words that open a clause of time or cause: a verb past one is that clause's, not the
phrase's ("damp until the plaster has set")."""
_VERB_PHRASE = frozenset("to and or but".split())
"""Words after which an auxiliary is an infinitive or a second verb of the same subject
("built to hold", "sand it but leave the grain"), not a new clause."""
_RELATIVE = frozenset("what which who whom that where".split())
_PERSONAL = frozenset("it they he she we you i".split())
_CODE = frozenset('()"`=<>{}[]')
"""Marks of code or a quotation before the verb: "log("The load is: ")" holds no clause."""
_AFTER_VERB = frozenset("not never also only often still just always usually be been being".split())


def verb_at(hidden: str) -> int | None:
    """Where in `hidden` the auxiliary or modal past its first word ends, with the words that
    go with it ("are", "can not be", "have often been"), or None when it holds none that
    opens a clause of its own."""
    found = list(_WORD.finditer(hidden))
    for i in range(1, len(found)):
        word = found[i].group().lower()
        if word in _ADVERBIAL:
            return None
        if (
            word in AUX
            and found[i - 1].group().lower() not in _VERB_PHRASE
            and not _inner(found, i)
        ):
            end = i
            while end + 1 < len(found) and (
                found[end + 1].group().lower() in AUX
                or found[end + 1].group().lower() in _AFTER_VERB
            ):
                end += 1
            return found[end].end()
    return None


def _inner(found: list[re.Match[str]], i: int) -> bool:
    """Whether the auxiliary `found[i]` is the verb of a clause inside a noun phrase: after
    its relative pronoun ("a drift toward what is warm"), or stranding its preposition at
    the end ("the shed the tools are kept in")."""
    if found[i - 1].group().lower() in _RELATIVE:
        return True
    if i >= 2 and found[i - 1].group().lower() in _PERSONAL:
        return True  # "stacks bricks in the rows they were cast": a clause without its "that"
    rest = [m.group().lower() for m in found[i + 1 : i + 3]]
    return not rest or (len(rest) == 1 and rest[0] in PREPOSITIONS)


def to_predicate(plain: str, key: tuple[int, int]) -> tuple[int, int] | None:
    """The deletion `key` of `plain` moved past the verb of a clause it holds; `key` when it
    holds none or follows a verb of its own; None when what the verb says is one word or
    nothing."""
    a, b = key
    if _NEW_SUBJECT.search(plain, a, b) or _STOP.search(plain, a, b):
        return None  # "is {{signed by the mayor, it becomes law}}": two clauses' halves
    before = plain[:a].rstrip(" *_").rsplit(" ", 1)[-1].lower()
    at = None if before in AUX else verb_at(plain[a:b])
    if at is not None and not _CODE.isdisjoint(plain[a : a + at]):
        return key
    if at is None:
        return key  # "The flue is {{where most soot is caught}}": already the predicate
    a += at
    while a < b and not plain[a].isalnum():
        if plain[a] in "([{“\"'`*$":
            break
        a += 1
    if a >= b or guessable(plain[a:b]) or _LONE.fullmatch(plain[a:b]):
        return None  # "... are {{shed}}": one word the verb leads to, any reader guesses
    return a, b
