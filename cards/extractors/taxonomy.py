"""Taxonomies: the categories trait lists are sorted into, and the wordings that name them.

The default is attachment style. A vault on another subject declares its own
categories; each category has names (adjectives such as `secure`,
`preoccupied`) and the taxonomy has nouns that may follow them
(`attachment style`, `attachers`, `people`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from cards.language import AUX, in_s


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    names: tuple[str, ...]
    """Adjectives or short phrases naming the category, e.g. `anxious`, `preoccupied`."""


_PEOPLE = (
    r"(?:people|persons?|those|individuals?|adults?|child(?:ren)?|kids?|partners?"
    r"|someone|anyone|men|women|folks|lovers?|respondents?|participants?|subjects"
    r"|infants?|toddlers?|bab(?:y|ies)|teens?|teenagers?|adolescents?|students?|clients?"
    r"|patients?|spouses?|daters?|ppl)"
)
"""Nouns for the people of a category, study subjects among them ("avoidant lovers",
"secure respondents", "a toddler who is securely attached")."""


@dataclass(frozen=True)
class Taxonomy:
    """Categories plus the nouns that can follow a category name ("anxious *attachers*")."""

    name: str
    categories: tuple[Category, ...]
    nouns: tuple[str, ...] = ()

    @cached_property
    def _name_re(self) -> str:
        pairs = [(n, c.name) for c in self.categories for n in (*c.names, c.name)]
        pairs.sort(key=lambda p: -len(p[0]))
        return "|".join(
            re.escape(n).replace(r"\ ", r"[\s/-]+").replace(r"\-", r"[\s/-]+") for n, _ in pairs
        )

    @cached_property
    def _lookup(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for c in self.categories:
            for n in (*c.names, c.name):
                out[_fold(n)] = c.name
        return out

    @cached_property
    def _stems(self) -> re.Pattern[str]:
        """A few words, case-folded, of which every name holds one: a text holding none
        names no category.

        Looking for these as plain substrings (one alternation, searched in C) is far
        cheaper than running the name patterns, and most sentences name no category. A
        name that holds a word already picked needs none of its own ("securely attached"
        holds "secure"); otherwise its word that fewest names share is picked, as the rarer
        in text too ("anxiety" of "attachment anxiety", not "attachment", which is in most
        sentences of a note on attachment). Fewer, rarer words search faster."""
        names = sorted(self._lookup, key=lambda n: (len(n), n))
        split = {n: [w for w in re.split(r"[\s/-]+", n.casefold()) if w] for n in names}
        shared = Counter(w for ws in split.values() for w in set(ws))
        picked: list[str] = []
        for name in names:
            if split[name] and not any(p in name.casefold() for p in picked):
                picked.append(min(split[name], key=lambda w: (shared[w], -len(w), w)))
        return re.compile("|".join(re.escape(f) for f in sorted(picked)) or "(?!)")

    def may_name(self, text: str) -> bool:
        return self._stems.search(text.casefold()) is not None

    @cached_property
    def _noun_re(self) -> str:
        nouns = sorted(self.nouns, key=len, reverse=True)
        return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns) or "(?!)"

    @cached_property
    def _mention(self) -> re.Pattern[str]:
        return re.compile(rf"\b(?P<cat>{self._name_re})(?:ly|s)?\b", re.IGNORECASE)

    @cached_property
    def _subject(self) -> re.Pattern[str]:
        """A sentence that opens with a category as its subject; `rest` is the predicate."""
        lead = (  # "When the bond feels threatened, ", "Research shows that "
            r"(?:[A-Z][\w'’]*(?:\s+[\w'’]+){0,6},\s+"
            r"|(?:research|studies|evidence|data|surveys|experiments)\s+(?:also\s+)?"
            r"(?:shows?|suggests?|finds?|found|indicates?|reveals?|confirms?)\s+that\s+)?"
        )
        det = r"(?:(?:the|most|many|all|some|an?)\s+)?"
        people = (
            rf"(?:{_PEOPLE}\s+(?:with\s+(?:an?\s+|high\s+)?|who\s+(?:are|is|were|was|have|has)\s+"
            r"(?:an?\s+)?|(?:who\s+(?:score|scored)\s+|scoring\s+)?high(?:er)?\s+(?:in|on)\s+))?"
        )
        degree = r"(?:(?:highly|very|more|extremely|strongly)\s+)?"  # "highly anxious individuals"
        to = r"(?:\s+to\s+(?:its|their|his|her|a|the)\s+[\w'’]+)?"  # "attached to its parent"
        cat = rf"(?P<cat>{self._name_re})(?:ly)?(?:\s+attached)?(?:(?<=attached){to})?"
        tail = rf"(?P<tail>(?:[\s-]+(?:{self._noun_re}))+|s\b)?"
        aspect = r"(?:\s+(?P<aspect>signs|traits|behaviou?rs|tendencies|habits|symptoms))?"
        return re.compile(
            rf"^[\"“'‘]?{lead}{det}(?P<people>{people}){degree}{cat}{tail}(?P<after>\s+{_PEOPLE})?"
            rf"{aspect}\b(?P<rest>.*)$",
            re.IGNORECASE | re.DOTALL,
        )

    @cached_property
    def _pair(self) -> re.Pattern[str]:
        """`Both anxious and avoidant people struggle ...`: two categories sharing a subject,
        which must end on a noun for their people (or it may be "secure and warm")."""
        noun = rf"(?:[\s-]+(?:{self._noun_re})|\s+{_PEOPLE})"
        return re.compile(
            rf"^(?:both\s+)?(?P<a>{self._name_re})(?:ly)?\s+(?:and|&)\s+"
            rf"(?P<b>{self._name_re})(?:ly)?(?:\s+attached)?{noun}\b"
            r"(?P<rest>.*)$",
            re.IGNORECASE | re.DOTALL,
        )

    def subjects(self, sentence: str) -> tuple[tuple[str, ...], str] | None:
        """(categories, predicate) when the subject is a category, or two joined by "and"."""
        if not self.may_name(sentence):
            return None  # most sentences: one substring search, as in `subject`
        found = self._subject_of(sentence)
        if found:
            return (found[0],), found[1]
        joined = " and " in sentence[:80] or "&" in sentence[:80]
        pair = self._pair.match(sentence.strip()) if joined else None
        if pair is None:
            return None
        names = tuple(dict.fromkeys(self.category_of(pair[g]) for g in ("a", "b")))
        rest = pair["rest"].strip()
        first = rest.split(maxsplit=1)[0].lower() if rest else ""
        if "" in names or len(names) < 2 or not first[:1].isalpha() or first in _NOT_VERBS:
            return None
        if _RECIPROCAL.search(rest):
            return None  # "Anxious and avoidant partners find each other": the pair, not each
        return names, rest

    @cached_property
    def _addressed(self) -> re.Pattern[str]:
        """`If you are an anxious attacher, you ...`, `As an avoidant partner, you ...`:
        self-help prose tells the reader what their category does; `rest` follows "you"."""
        noun = rf"(?:[\s-]+(?:{self._noun_re})|\s+{_PEOPLE})"
        member = (
            r"(?:(?:if|when|since)\s+you(?:['’]re|\s+are|\s+have)\s+|as\s+(?:someone\s+with\s+)?)"
            rf"(?P<article>an?\s+)?(?P<cat>{self._name_re})(?P<form>ly\s+attached|{noun}+)?"
        )
        return re.compile(
            rf"^{member}\b[^,.;]{{0,40}},\s+(?:then\s+)?you\s+(?P<rest>.*)$",
            re.IGNORECASE | re.DOTALL,
        )

    def category_of(self, phrase: str) -> str:
        return self._lookup.get(_fold(phrase), "")

    def mentioned(self, text: str) -> list[str]:
        """Categories named anywhere in `text`, in order, each once."""
        found: dict[str, None] = {}
        if not self.may_name(text):
            return []
        for m in self._mention.finditer(text):
            name = self.category_of(m.group("cat"))
            if name:
                found.setdefault(name, None)
        return list(found)

    def mention_spans(self, text: str, category: str) -> list[int]:
        """Where in `text` the category is named."""
        return [
            m.start()
            for m in self._mention.finditer(text)
            if self.category_of(m.group("cat")) == category
        ]

    def subject(self, sentence: str) -> tuple[str, str] | None:
        """(category, predicate) when the sentence's subject is a category."""
        return self._subject_of(sentence) if self.may_name(sentence) else None

    def _subject_of(self, sentence: str) -> tuple[str, str] | None:
        found = self._subject.match(sentence.strip())
        if not found and sentence.lstrip()[:2].lower() in ("if", "wh", "si", "as"):
            found = self._addressed.match(sentence.strip())
        if not found:
            return None
        if found.re is self._addressed and not (
            found.group("article") or found.group("form") or " " in found.group("cat")
        ):
            return None  # a bare "if you are anxious" is as often a mood as a category
        name = self.category_of(found.group("cat"))
        rest = _PARENTHETICAL.sub("", found.group("rest")).strip()
        if found.re is self._subject and found.group("aspect"):
            listed = _LISTING.match(rest)
            if listed is None:
                return None  # "Anxious behaviours can be unlearned": of the behaviours
            rest = rest[listed.end() :]  # "Anxious behaviours include clinging": the list
        ws = rest.split(maxsplit=2)
        first = ws[0].lower() if ws else ""
        if not name or not first[:1].isalpha() or first in _NOT_VERBS:
            return None
        if len(ws) > 1 and ws[1].lower() in AUX and first not in AUX and not first.endswith("ly"):
            return None  # "The anxious attachment system is ...": the subject is the system
        bare = found.re is self._subject and not any(
            found.group("people", "tail", "after", "aspect")
        )
        if bare and _modifies_noun(first, ws[1].lower() if len(ws) > 1 else ""):
            return None  # "Secure communication means ...": no category, an adjective
        labelled = first.endswith(":") or (len(ws) > 1 and ws[1] in ("-", "–", "—", "→", "="))
        if bare and labelled and self._compound(f"{found.group('cat')} {first.rstrip(':')}"):
            return None  # "Secure base – a platform ...": a term and its meaning
        return name, rest

    def names(self, text: str) -> str:
        """The one category a heading or label is about ("## Avoidant", "Signs of anxious
        attachment", "## Secure attachment leads to ..."), else ''."""
        if self._compound(text):
            return ""
        found = self.subject(text)
        if found:
            return found[0]
        named = self.mentioned(text)
        short = len(re.findall(r"\w+", text)) <= _LABEL_WORDS and not text.rstrip().endswith("?")
        return named[0] if short and len(named) == 1 else ""

    def _compound(self, label: str) -> bool:
        """`Secure base`, `Anxious thoughts`: a category word before a noun of its own makes
        a term, not a name of the category (unlike `Secure attachment`, `Avoidant partners`,
        `Anxious behaviours`)."""
        pair = _PAIR.fullmatch(label.lower())
        if pair is None or not self.category_of(pair[1]) or self.category_of(pair[2]):
            return False
        return self.category_of(pair[0]) == "" and not self._kin.fullmatch(pair[2])

    @cached_property
    def _kin(self) -> re.Pattern[str]:
        """Nouns after a category word that keep it a name of the category's people."""
        return re.compile(rf"(?:{self._noun_re}|{_PEOPLE}|{_ASPECTS})")


_LABEL_WORDS = 6
_PAIR = re.compile(r"\s*([\w'’-]+)\s+([a-z]+)\s*")
"""Two words and nothing else: `secure base`."""
_ASPECTS = (
    r"(?:signs?|traits?|behaviou?rs?|tendenc(?:y|ies)|patterns?|strategies|habits|responses"
    r"|types?|styles?|attachers?|attached|adults|infants|kids|men|women|ones|individuals)"
)
"""Nouns after a category word that still speak of the category's people."""
_ASPECT = re.compile(_ASPECTS)
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


def _fold(text: str) -> str:
    return " ".join(re.split(r"[\s/-]+", text.lower().strip()))


def default_taxonomy() -> Taxonomy:
    """Attachment style: secure, anxious, avoidant, fearful-avoidant."""
    return Taxonomy(
        name="attachment style",
        categories=(
            Category("secure", ("secure", "securely attached")),
            Category(
                "anxious",
                (
                    "anxious",
                    "anxiously attached",
                    "anxious-preoccupied",
                    "preoccupied",
                    "anxious-ambivalent",
                    "anxious-resistant",
                    "insecure-ambivalent",
                    "insecure-resistant",
                    "attachment anxiety",
                ),
            ),
            Category(
                "avoidant",
                (
                    "avoidant",
                    "dismissive",
                    "dismissive-avoidant",
                    "avoidantly attached",
                    "insecure-avoidant",
                    "attachment avoidance",
                ),
            ),
            Category(
                "fearful-avoidant",
                ("fearful-avoidant", "fearful avoidant", "fearful", "disorganized", "disorganised"),
            ),
        ),
        nouns=(
            "attachment styles",
            "attachment style",
            "attachments",
            "attachment",
            "attachers",
            "attacher",
            "styles",
            "style",
            "types",
            "type",
            "partners",
            "partner",
            "people",
            "patterns",
            "pattern",
        ),
    )
