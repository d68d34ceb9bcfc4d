"""Other namings of a definition's term around what it says the term is.

    Grafting: [Grafting] joins a cutting to ...             <- named again: hidden with c1
    A keyhole urchin, also known as a sand dollar, is ...  <- another name first: skipped
    A cycle (from Greek kyklos) is a ring of events ...    <- a bracketed gloss: skipped
    Treadle: It is a pedal that lifts the shafts ...       <- a pronoun for the term: skipped

A definition's second deletion (`cards/meaning.py`) hides what the term is; a naming of
the term inside it would either give the term away or be recalled in its place.
"""

from __future__ import annotations

import re

TERM_ADVERBS = frozenset(
    "literally actually simply basically essentially really generally usually typically "
    "commonly normally often also just".split()
)
"""Adverbs between a term and its defining verb ("Kintsugi literally means ..."): part of
neither the term nor what it is."""
_MIN_WORDS = 2
"""Words what a definition says must keep after another name for it."""


def restated(text: str, term: tuple[int, int], begin: int) -> tuple[int, int] | None:
    """Where a definition names its term again at the start of what it says of it
    ("Grafting: Grafting joins a cutting ..."): that second naming gives the term away
    unless it is hidden with the first."""
    name = _ARTICLE.sub("", text[term[0] : term[1]]).lower()
    found = _ARTICLE.match(text, begin)
    at = found.end() if found else begin
    end = at + len(name)
    if not name or text[at:end].lower() != name or not _VERB_NEXT.match(text, end):
        return None  # "Ohm: The Ohm meter is ...": a longer name, not the term
    return at, end


_ARTICLE = re.compile(r"(?:an?|the)\s+", re.IGNORECASE)
_VERB_NEXT = re.compile(r"\s+(?:is|are|was|were|means|refers|[a-z]{3,}(?<!ie)s)\b")
"""A verb right after the term named again: "is", "means", "involves", "represents"."""


def past_alias(text: str, begin: int, end: int) -> int | None:
    """Where what a definition says of its term starts when it opens on other names for it
    ("also known as a sand dollar, is a flat sea urchin ..." starts at "a flat sea
    urchin"); `begin` when it opens on none, None when it is only names ("aka the Old
    Bridge"). A bracketed gloss between the term and its verb ("(from Greek kyklos) is a
    ring ...": an older name, a spelling, a date) is skipped with the verb, and so is a
    pronoun for the term that opens what a label says ("Loom: It is a frame ...")."""
    gloss = _GLOSS.match(text, begin, end) or _PRONOUN.match(text, begin, end)
    if gloss is not None and len(text[gloss.end() : end].split()) >= _MIN_WORDS:
        begin = gloss.end()
    while (found := _ALIAS.match(text, begin, end)) is not None:
        reach = min(end, found.end() + _ALIAS_REACH)
        verb = _ALIAS_VERB.search(text, found.end(), reach)
        verb = verb or _ALIAS_END.search(text, found.end(), reach)
        if verb is None or len(text[verb.end() : end].split()) < _MIN_WORDS:
            return None
        begin = verb.end()
    return begin


_GLOSS = re.compile(r"[\"'”’]?\s*\([^()]*\),?\s+(?:is|are|was|were|refers to|means)\s+")
_PRONOUN = re.compile(r"(?:It|They|These|This)\s+(?:is|are)\s+(?=(?:an?|the|one|any)\s)")
"""A pronoun for the term and its verb, opening what a label says, then a noun phrase:
"Loom: It is a frame ..."; "It is helpful ..." says how the term is, not what."""
_ALIAS = re.compile(r"(?:also (?:known as|called|termed)|otherwise known as|aka|a\.k\.a\.|or)\s")
_ALIAS_VERB = re.compile(r",?\s(?:is|are)\s")
_ALIAS_END = re.compile(r",[’”\"']?\s|\s[—–-]\s")
_ALIAS_REACH = 60
"""Another name ends within this many characters: at its verb ("... is a flat sea
urchin"), else at a comma (",’" after a quoted name) or a spaced dash; none, and what
follows is no name."""
