"""Whose statement a `Label: statement` line makes when the statement has a subject of its own.

    Lee Helm Trim: you ease the mainsheet until ...    <- a generic "you" under a term:
    {{Lee Helm Trim}}: you ease the mainsheet ...      <- the statement describes the label
    Planing: the boat lifts onto its bow wave ...      <- everyday nouns under a rare term:
    {{Planing}}: the boat lifts onto its bow wave ...  <- the same
    Filters: you can sort the charts by ...            <- "you" under a one-word facet: a
                                                          remark on a screen, no card
    Spinnaker: Gennakers are asymmetric ...            <- a specific subject: it stands
                                                          alone, the deletion stays

Course and reading notes name a state, a phase or a technique, then say what happens in
it through a generic subject: "you", "we", "someone", or everyday nouns ("the process is
blocked until ..."). The deletion over that statement's tail is an arbitrary span, judged
a fix or junk; the card worth having hides the label, which the statement describes.
Under a one-word label that names a facet or a heading's role ("Problems", "Filters",
"Uncertainty"), a statement led by "you" or "we" is the writer's remark on a screen or a
class's step, and no card is better than a span of it. A subject with a rare word, a
capital or a digit of its own ("Gennakers are ...") makes the statement stand alone: the
label is a facet of it, and the predicate stays the deletion.
"""

from __future__ import annotations

import re

from cards.commonness import everyday, zipf
from cards.giveaway import stems
from cards.language import AUX, FUNCTION_WORDS, PRONOUNS, in_s, words

_GENERIC = frozenset("you we one someone somebody nobody people everyone anyone".split())
"""Subjects that name no one in particular; "it" and "they" point at the label unless
its number disagrees (a plural label over "it", a singular one over "they")."""
_COMMON = 3.0
"""The Zipf frequency, at least, of each word of a generic subject: nouns everyone uses
("the boat", "computers"), lower than `everyday`'s, which leaves out half of plain prose."""
_SUBJECT_WORDS = 10
_LEAD = re.compile(r"[^,:;()]{1,40},\s+")
"""A short phrase before the subject ("In the dry season, you ...")."""
_LEAD_WORDS = 5
_FACET = ("ity", "ness", "ty")
"""Endings of a quality's name ("Stability", "Completeness"): a facet, never the term."""
_ADJECTIVE = ("ic", "ous", "ive", "ian", "less", "able", "ible")
"""Endings of a one-word label that names a state or a kind ("Hygroscopic", "Ductile")."""
_SPLIT = re.compile(r"[\s/&]+")


def topic(plain: str, start: int, key: tuple[int, int], label: str) -> str | None:
    """ "we" or "pronoun" when the statement from `start` is led by a generic pronoun, "noun"
    when by everyday nouns and its verb under a label with a rarer word (a term, not a
    heading's role like "Main idea"), else None: a subject of its own."""
    region = plain[start : key[0]].lstrip("*_ ")
    lead = _LEAD.match(region)
    rest = region[lead.end() :] if lead and len(lead.group().split()) <= _LEAD_WORDS else region
    first = rest.split("'", 1)[0].split("’", 1)[0].split(" ", 1)[0].lower()
    plural = in_s(label.rsplit(" ", 1)[-1].lower())
    if first == "we":
        return "we"
    if first in _GENERIC or (first == "it" and plural) or (first == "they" and not plural):
        return "pronoun"
    if first in PRONOUNS or not any(not everyday(w) for w in words(label)):
        return None  # "there is ...", "Old idea: ...": no term, or a heading's role
    if said_again(label, plain[start:]) or _spelled_out(label, region):
        return None  # "Lucky: lucky guesses are ...", "VHF: very high ...": said already
    return "noun" if _everyday_subject(region) else None


def _spelled_out(label: str, region: str) -> bool:
    """Whether the subject is an acronym of the label written out ("VHF Radio: very high
    frequency signals ..."): the statement names its own subject."""
    initials = "".join(w[0] for w in words(region))
    return any(len(w) > 1 and w.isupper() and w.lower() in initials for w in label.split())


def said_again(label: str, statement: str) -> bool:
    """Whether the statement repeats a word of the label ("Filters: you can filter ...")."""
    return any(len(w) > 1 for w in stems(label) & stems(statement))  # not I/O's "o"


def _everyday_subject(region: str) -> bool:
    """Everyday words in lower case, but the first, ending on a verb: a subject that stands
    for whatever the label names."""
    tokens = [t.strip(",*_") for t in _SPLIT.split(region.strip()) if t.strip(",*_")]
    if not 1 < len(tokens) <= _SUBJECT_WORDS:
        return False
    last = tokens[-1].lower()
    if last not in AUX and not in_s(last):
        return False  # "probe cores, ...": no verb before the deletion
    if any(t[:1].isupper() for t in tokens[1:]) or any(c.isdigit() for c in region):
        return False  # "Customs officers", "an A4 sheet": a name, a number
    ws = words(region)
    return all(w.isalpha() and zipf(w) >= _COMMON for w in ws if w not in FUNCTION_WORDS)


def facet(label: str) -> bool:
    """A label that names a quality ("Stability", "Tide completeness")."""
    return label.rsplit(" ", 1)[-1].lower().endswith(_FACET)


def term(label: str) -> bool:
    """A label that is a term a statement can describe: two or more content words ("Lee
    Helm Trim", "Exit interview") or one that names a state ("Hygroscopic")."""
    ws = label.lower().split()  # "Parallel I/O": one word, not "i" and "o"
    if not ws or facet(label) or any(w in FUNCTION_WORDS or not _TOKEN.fullmatch(w) for w in ws):
        return False
    return len(ws) > 1 or ws[0].endswith(_ADJECTIVE)


_TOKEN = re.compile(r"[^\W\d_]+(?:[-/'’][^\W\d_]+)*")
