"""A name given with "refer to ... as": the name is the term, what it names its meaning.

    Sailors refer to the left side of a ship as port.      -> port: "the left side of a ship"
    Pilots refer to them as shoals.                        -> what "them" is: said before
    Ballast refers to heavy matter, such as stone.         -> an example, no name: "Ballast"

The sentence's subject is who uses the name, not what is named: "What are sailors?" over
"refer to the left side of a ship as port" asks what the card does not say.
"""

from __future__ import annotations

import re

from cards.extractors.claims.subjects import subject_ok
from cards.language import PRONOUNS

_REFER_AS = re.compile(
    r"\brefers? to\s+(?P<what>\S.{0,60}?)(?<!such)\s+as\s+[\"“]?"
    r"(?P<term>(?:[\w'’-]+\s+){0,3}[\w'’-]+)[\"”]?[.!]?$"
)
"""The name ends the sentence, in at most four words; "such as the sky" is an example."""
_REFERRED = re.compile(r"\brefers?\s+to\s+")


_SAME = re.compile(r"\brefers? to (?:the same|one and the same)\b|^[^\"“]{2,60}?\brefers? to [\"“]")
"""`Two tags can refer to the same commit`: things that point at one thing, no meaning;
`Chapter 3 refers to "the long night"`: a text that quotes words, not what it is (a
word that refers to something, `Tack refers to ...`, is a term)."""


def referred_name(plain: str) -> str | None:
    """The name a "refer to X as NAME" sentence gives; '' when it names what a sentence
    before said ("refer to them as ..."), or when what follows "as" is a clause ("as you
    face the bow") or "as well", or when things refer to "the same" one or a text to words
    it quotes; None when the sentence gives no such name."""
    if _SAME.search(plain):
        return ""
    named = _REFER_AS.search(plain)
    if named is None:
        return None
    term, what = named["term"], named["what"].lower()
    if what in PRONOUNS or term.lower() == "well":
        return ""
    clause = term.split(None, 1)[0].lower() in PRONOUNS or term.startswith("one ")
    return term if subject_ok(term) and not clause else ""


def past_referring(text: str, begin: int, end: int) -> int:
    """Where what a name given last names starts: past "X refer(s) to" when the sentence
    gives it that way ("Sailors refer to [the left side] as port"), else `begin`."""
    referred = _REFERRED.search(text, begin, end)
    return referred.end() if referred else begin
