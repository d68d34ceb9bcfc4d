"""Subjects: whether a sentence opens on a category's people, and where its predicate starts.

    Securely attached children explore freely ...   -> secure, "explore freely ..."
    People with an anxious style crave closeness    -> anxious, "crave closeness"
    Both anxious and avoidant partners struggle ... -> anxious and avoidant, "struggle ..."
    If you are an anxious attacher, you check ...   -> anxious, "check ..."
    The anxious attachment system is ...            -> no one: the subject is the system

A taxonomy's names and nouns make one pattern per way of naming a subject, compiled once
per taxonomy; the checks after a match tell a category's people ("Avoidant partners
withdraw") from a category word that only describes a noun ("Secure communication means").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cards.extractors.traits.people import PEOPLE
from cards.language import AUX, in_s

if TYPE_CHECKING:
    from cards.extractors.traits.taxonomy import Taxonomy

ASPECTS = (
    r"(?:signs?|traits?|behaviou?rs?|tendenc(?:y|ies)|patterns?|strategies|habits|responses"
    r"|types?|styles?|attachers?|attached|adults|infants|kids|men|women|ones|individuals)"
)
"""Nouns after a category word that still speak of the category's people."""


class Subjects:
    """The subject patterns of one taxonomy."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        names, nouns = taxonomy.name_pattern, taxonomy.noun_pattern
        lead = (  # "When the bond feels threatened, ", "Research shows that "
            r"(?:(?-i:[A-Z])[\w'’]*(?:\s+[\w'’]+){0,6},\s+"
            r"|(?:research|studies|evidence|data|surveys|experiments)\s+(?:also\s+)?"
            r"(?:shows?|suggests?|finds?|found|indicates?|reveals?|confirms?)\s+that\s+)?"
        )
        det = r"(?:(?:the|most|many|all|some|an?)\s+)?"
        people = (
            rf"(?:{PEOPLE}\s+(?:with\s+(?:an?\s+|the\s+|high\s+)?|who\s+(?:are|is|were|was|have|has)\s+"
            r"(?:an?\s+)?|(?:who\s+(?:score|scored)\s+|scoring\s+)?high(?:er)?\s+(?:in|on)\s+))?"
        )
        degree = r"(?:(?:highly|very|more|extremely|strongly)\s+)?"  # "highly anxious individuals"
        to = (  # "attached to its parent", "to his or her mother (or a sitter)"
            r"(?:\s+to\s+(?:its|their|his\s+or\s+her|his|her|a|the)\s+[\w'’]+"
            r"(?:\s+\([^()]{1,60}\))?)?"
        )
        cat = rf"(?P<cat>{names})(?:ly)?(?:\s+attached)?(?:(?<=attached){to})?"
        tail = rf"(?P<tail>(?:[\s-]+(?:{nouns}))+(?:\s+of\s+(?:{nouns}))?|s\b)?"
        aspect = r"(?:\s+(?P<aspect>signs|traits|behaviou?rs|tendencies|habits|symptoms))?"
        self._subject = re.compile(
            rf"^[\"“'‘]?{lead}{det}(?P<people>{people}){degree}{cat}{tail}(?P<after>\s+{PEOPLE})?"
            rf"{aspect}\b(?P<rest>.*)$",
            re.IGNORECASE | re.DOTALL,
        )
        """A sentence that opens with a category as its subject; `rest` is the predicate."""
        noun = rf"(?:[\s-]+(?:{nouns})|\s+{PEOPLE})"
        self._pair = re.compile(
            rf"^(?:both\s+)?(?P<a>{names})(?:ly)?\s+(?:and|&)\s+"
            rf"(?P<b>{names})(?:ly)?(?:\s+attached)?{noun}\b"
            r"(?P<rest>.*)$",
            re.IGNORECASE | re.DOTALL,
        )
        """`Both anxious and avoidant people struggle ...`: two categories sharing a subject,
        which must end on a noun for their people (or it may be "secure and warm")."""
        member = (
            r"(?:(?:if|when|since)\s+you(?:['’]re|\s+are|\s+have)\s+|as\s+(?:someone\s+with\s+)?)"
            rf"(?P<article>an?\s+)?(?P<cat>{names})(?P<form>ly\s+attached|{noun}+)?"
        )
        self._addressed = re.compile(
            rf"^{member}\b[^,.;]{{0,40}},\s+(?:then\s+)?you\s+(?P<rest>.*)$",
            re.IGNORECASE | re.DOTALL,
        )
        """`If you are an anxious attacher, you ...`, `As an avoidant partner, you ...`:
        self-help prose tells the reader what their category does; `rest` follows "you"."""

    def subjects(self, sentence: str) -> tuple[tuple[str, ...], str] | None:
        """(categories, predicate) when the subject is a category, or two joined by "and"."""
        found = self.subject(sentence)
        if found:
            return (found[0],), found[1]
        joined = " and " in sentence[:80] or "&" in sentence[:80]
        pair = self._pair.match(sentence.strip()) if joined else None
        if pair is None:
            return None
        category_of = self.taxonomy.category_of
        names = tuple(dict.fromkeys(category_of(pair[g]) for g in ("a", "b")))
        rest = pair["rest"].strip()
        first = rest.split(maxsplit=1)[0].lower() if rest else ""
        if "" in names or len(names) < 2 or not first[:1].isalpha() or first in _NOT_VERBS:
            return None
        if _RECIPROCAL.search(rest):
            return None  # "Anxious and avoidant partners find each other": the pair, not each
        return names, rest

    def opening(self, text: str) -> tuple[str, int] | None:
        """(category, where its people's phrase ends) for a text that opens on a category's
        people, named as people ("anxious members", "the avoidant parent"), not by a bare
        adjective."""
        found = self._subject.match(text)
        if found is None or not any(found.group("people", "tail", "after")):
            return None
        return self.taxonomy.category_of(found.group("cat")), found.start("rest")

    def people(self, phrase: str) -> str:
        """The category of a phrase that is nothing but a category's people."""
        found = self._subject.match(phrase.strip())
        if found is None or found.group("rest").strip() or found.group("aspect"):
            return ""
        named = found.group("people", "tail", "after")
        return self.taxonomy.category_of(found.group("cat")) if any(named) else ""

    def subject(self, sentence: str) -> tuple[str, str] | None:
        """(category, predicate) when the sentence's subject is a category."""
        found = self._subject.match(sentence.strip())
        if not found and sentence.lstrip()[:2].lower() in ("if", "wh", "si", "as"):
            found = self._addressed.match(sentence.strip())
        if not found:
            return None
        if found.re is self._addressed and not (
            found.group("article") or found.group("form") or " " in found.group("cat")
        ):
            return None  # a bare "if you are anxious" is as often a mood as a category
        name = self.taxonomy.category_of(found.group("cat"))
        rest = _PARENTHETICAL.sub("", found.group("rest")).strip()
        if found.re is self._subject and found.group("aspect"):
            listed = _LISTING.match(rest)
            if listed is None:
                return None  # "Anxious behaviours can be unlearned": of the behaviours
            rest = rest[listed.end() :]  # "Anxious behaviours include clinging": the list
        ws = rest.split(maxsplit=2)
        first = ws[0].lower() if ws else ""
        if not name or not first[:1].isalpha() or first in _NOT_VERBS or first in _PAIRINGS:
            return None  # "anxious-avoidant couples": two people of two categories
        if len(ws) > 1 and ws[1].lower() in AUX and first not in AUX and not first.endswith("ly"):
            return None  # "The anxious attachment system is ...": the subject is the system
        bare = found.re is self._subject and not any(
            found.group("people", "tail", "after", "aspect")
        )
        if bare and _modifies_noun(first, ws[1].lower() if len(ws) > 1 else ""):
            return None  # "Secure communication means ...": no category, an adjective
        if bare and ws[0][:1].isupper() and ws[0] != "I" and not found.group("cat").isupper():
            return None  # "Secure App Development", "Secure Boot": a name
        term = _TERM.match(rest) if bare else None
        if term and self.taxonomy.compound(f"{found.group('cat')} {term[1]}"):
            return None  # "Secure base – a platform ...": a term and its meaning
        return name, rest


_ASPECT = re.compile(ASPECTS)
_TERM = re.compile(r"([a-z][\w'’]*(?:\s+[a-z][\w'’]*)?)[\"”’]?\s*(?::|\s[—–→=-]\s|[\"”’.]|$)", re.I)
"""The words after a bare category word up to a colon, dash, closing quote or the end: with
it, a term ("Secure base: ...", "Secure base rule" — ...)."""
_LISTING = re.compile(r"(?:include|includes|including|involve|involves|are|:)\s+", re.I)
"""The verb after "Anxious behaviours" that lists them."""
_PARENTHETICAL = re.compile(
    r"^\s*(?:,\s*[^,]{1,30},|\([^()]{1,60}\)"
    r"|(?:in|at|during|within|among|under)\s+(?:this|that|the|a|an|these|those|their|such|"
    r"each|any)\s+[\w-]+(?=\s))",
    re.IGNORECASE,
)
"""", by contrast,", "(also called dismissing)" or "in this dynamic" between a subject and its
verb."""
_PAIRINGS = frozenset(
    "trap traps dance cycle cycles dynamic dynamics couple couples pair pairs pairing pairings "
    "loop relationship relationships".split()
)
_RECIPROCAL = re.compile(r"\b(?:each other|one another)\b", re.IGNORECASE)
_NOT_VERBS = frozenset("and or but nor of in on at to for with from by as vs vs. versus".split())


_NOUN_ENDS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ship", "iour", "ior")


def _modifies_noun(first: str, second: str) -> bool:
    """After a bare category adjective, whether the next word is a noun it describes: a
    noun's ending, a gerund, or followed by a singular verb ("communication means")."""
    if first.endswith("ly"):
        return False
    if first.endswith(_NOUN_ENDS) or first.endswith("ing"):
        return True
    if first.endswith("s") and first[:-1].endswith((*_NOUN_ENDS, "ing")):
        # "secure relationships and therapy can ...", "anxious feelings": plural nouns,
        # except those that still speak of the category's people ("anxious behaviours")
        return _ASPECT.fullmatch(first) is None
    return in_s(second)
