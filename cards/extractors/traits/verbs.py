"""Verbs: where "and" joins two traits, and where it joins two nouns of one trait.

    trust others and forgive easily         -> trust others | forgive easily
    check their phone and need reassurance  -> check their phone | need reassurance
    fear of loss and need for reassurance   -> one trait: two nouns
    intimacy and independence               -> one trait

A clause that opens on a verb of the kind traits open on ("need", "seek", "avoid"), after
a clause that does too, is a trait of its own; a verb with its adverb or its pronoun
object ("forgive quickly", "trusts others") is a clause, where a list of nouns ends on
nouns ("and health risks"). Word lists, not a tagger: the few verbs traits open on are
known, and a tagger would cost more than the rest of the extractor.
"""

from __future__ import annotations

import re

from cards.language import FUNCTION_WORDS, OBJECT_PRONOUNS, in_s, words

_LY_NOUNS = frozenset(
    "family assembly ally supply anomaly reply bully belly jelly rally lily italy july".split()
)


_AND_TAIL = re.compile(r"\s+and\s+(?P<tail>[a-z]+\s+[a-z]+)[\s.,;:!?]*$")


def and_clause(fragment: str) -> list[str]:
    """A clause joined by "and" at the end of another: "trust others and forgive easily"
    and "check their phone constantly and need frequent reassurance" are two traits each,
    "intimacy and independence" and "fear of loss and need for reassurance" one."""
    if " and " not in fragment:
        return [fragment]
    found = _AND_TAIL.search(fragment)
    if found is not None and adverbial(found["tail"].split()):
        head = fragment[: found.start()]
        return [head, found["tail"]] if len(words(head)) >= 2 else [fragment]
    verb = _AND_VERB.search(fragment)
    if verb is None or len(words(fragment[: verb.start()])) < 2:
        return [fragment]
    head_verb = words(fragment)[0]
    if _phrasal(head_verb, verb["verb"], verb["next"]):
        return [fragment[: verb.start()], fragment[verb.start("verb") :]]
    if verb_stem(head_verb) not in TRAIT_VERBS or verb_stem(verb["verb"]) not in TRAIT_VERBS:
        return [fragment]  # both sides must open on a verb: "more pain and need ..." is no pair
    if verb["next"] in ("of", "for") and verb_stem(verb["verb"]) in _NOUNS_TOO:
        return [fragment]
    return [fragment[: verb.start()], fragment[verb.start("verb") :]]


_AND_VERB = re.compile(r"\s+and\s+(?P<verb>[a-z]+)\s+(?P<next>[a-z]+)")
_NOUNS_TOO = frozenset("need fear value love trust call text look show check help view".split())
"""Trait verbs that are nouns as well: "fear of loss and need for reassurance" is one trait,
where "trust others and ask for help" is two."""
TRAIT_VERBS = frozenset(
    "need want seek fear avoid crave feel find keep value check ask text call read take give "
    "expect believe think see view prefer enjoy hate resist rely depend communicate respond "
    "react worry trust withdraw pursue pull push hide suppress deny struggle become get show "
    "tend have make start stop share express look love blame please help let".split()
)
"""Verbs that open a trait's clause, so that a clause after "and" that opens on one of them
(with a clause before it that does too) is a trait of its own."""


_TAKES = frozenset("away off up out down back over around aside the a an their his her its".split())
"""What follows a verb and never a noun that "and" joins to another: a particle (`turn
away`) or a determiner of its object (`change the subject`)."""
_ADJECTIVAL = ("ly", "ous", "ive", "al", "ful", "ic", "ed", "ing")


def _phrasal(head: str, word: str, after: str) -> bool:
    """ "show little distress and turn away", "downplay feelings and change the subject":
    a verb of any kind after "and", told by what follows it, agreeing with the verb the
    clause opens on, which is no adjective ("clingy and ..."), so two traits."""
    if after not in _TAKES or word in FUNCTION_WORDS or word.endswith(_ADJECTIVAL):
        return False
    if head in FUNCTION_WORDS or head.endswith(_ADJECTIVAL):
        return False
    return in_s(head) == in_s(word)


def opens_clause(ws: list[str]) -> bool:
    """Two words that open on a trait's verb ("fear rejection", "value self-reliance"): a
    clause, not the tail of a noun list."""
    return len(ws) == 2 and verb_stem(ws[0]) in TRAIT_VERBS


def verb_stem(word: str) -> str:
    """The base form of a verb in -s ("needs", "worries", "pushes"), else the word."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("shes", "ches", "sses", "xes")):
        return word[:-2]
    return word[:-1] if in_s(word) else word


_ANYONE = OBJECT_PRONOUNS | frozenset("others people everyone anyone nobody".split())


def adverbial(ws: list[str]) -> bool:
    """A verb and its adverb or a pronoun as its object, "forgive quickly", "feel lonely",
    "trusts others": a clause of two words, where a noun list's tail ("and health risks")
    has none."""
    if len(ws) != 2 or ws[0] in _ANYONE or ws[0] in FUNCTION_WORDS:
        return False  # "and others negatively": an object, its verb left behind
    if ws[1] in _ANYONE:
        return in_s(ws[0]) or ws[0] in TRAIT_VERBS
    return ws[1].endswith("ly") and len(ws[1]) > 4 and ws[1] not in _LY_NOUNS
