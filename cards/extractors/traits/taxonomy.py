"""Taxonomies: the categories trait lists are sorted into, and the wordings that name them.

The default is attachment style. A vault on another subject declares its own
categories; each category has names (adjectives such as `secure`,
`preoccupied`) and the taxonomy has nouns that may follow them
(`attachment style`, `attachers`, `people`):

    [taxonomy]
    name = "chronotype"
    nouns = ["types", "people"]
    categories = {owl = ["night owl", "owl"], lark = ["early bird", "lark"]}
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from cards.extractors.traits.grammar import ASPECTS, Subjects
from cards.extractors.traits.people import PEOPLE


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    names: tuple[str, ...]
    """Adjectives or short phrases naming the category, e.g. `anxious`, `preoccupied`."""


@dataclass(frozen=True)
class Taxonomy:
    """Categories plus the nouns that can follow a category name ("anxious *attachers*")."""

    name: str
    categories: tuple[Category, ...]
    nouns: tuple[str, ...] = ()

    @cached_property
    def name_pattern(self) -> str:
        """Every name of every category, longest first, as one alternation."""
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
    def noun_pattern(self) -> str:
        """The nouns that may follow a category name, longest first, as one alternation."""
        nouns = sorted(self.nouns, key=len, reverse=True)
        return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns) or "(?!)"

    @cached_property
    def _mention(self) -> re.Pattern[str]:
        return re.compile(rf"\b(?P<cat>{self.name_pattern})s?\b", re.IGNORECASE)

    @cached_property
    def _subjects(self) -> Subjects:
        return Subjects(self)

    @cached_property
    def _own_words(self) -> re.Pattern[str]:
        """The taxonomy's name's own words ("attachment", "attached", "chronotypes"), by their
        stems, in case-folded text: one literal search, in C, settles most notes."""
        own = [w for w in re.findall(r"[\w'’]+", self.name.casefold()) if w not in _GENERIC]
        stems = "|".join(re.escape(w[: max(5, len(w) - 4)]) for w in own)
        return re.compile(rf"\b(?:{stems})" if stems else "(?!)")

    @cached_property
    def _context(self) -> re.Pattern[str]:
        """The other wordings that say a text is about this taxonomy at all: a name of more
        than one word ("securely attached", "night owl"), or a name with one of the
        taxonomy's nouns after it ("anxious partners", "avoidant style"). The category names
        alone are everyday adjectives ("secure", "anxious"), as common in notes on computers
        or exams."""
        several = [
            re.escape(n).replace(r"\ ", r"[\s/-]+").replace(r"\-", r"[\s/-]+")
            for c in self.categories
            for n in (*c.names, c.name)
            if re.search(r"[\s-]", n)
        ]
        nouns = "|".join(re.escape(n) for n in self.nouns if n not in _UNSPOKEN)
        named = [rf"(?:{self.name_pattern})(?:ly)?[\s-]+(?:{nouns})"] if nouns else []
        alternatives = "|".join([*several, *named]) or "(?!)"
        return re.compile(rf"\b(?:{alternatives})(?:s|es)?\b", re.I)

    def about(self, text: str) -> bool:
        """Whether `text` (a note, with its title and path) speaks of this taxonomy: in its
        words, or by setting out three of its categories as labels (`| Secure | Anxious |
        Avoidant |`, `- **Secure**: ...`, `## Anxious`). Three category words in prose
        prove nothing: "a secure channel", "anxious users" and "an avoidant design" are a
        note on computers."""
        if self._own_words.search(text.casefold()) or self._context.search(text):
            return True
        if len(self.mentioned(text)) < 3:
            return False
        labels = {self.category_of(m["cat"]) for m in self._label.finditer(text)}
        return len(labels - {""}) >= 3

    @cached_property
    def _label(self) -> re.Pattern[str]:
        """A category name standing alone as a label: a heading, a table cell, a callout's
        title, a list item's or a line's lead (or a part's after a semicolon) before a colon
        or dash, in bold or not, perhaps with an abbreviation in brackets."""
        return re.compile(
            r"(?:^|[|;])[ \t]*"
            r"(?:[-*+][ \t]+|\d+[.)][ \t]+|#+[ \t]+|>[ \t]*(?:\[![^\]\n]*\][-+]?)?)?"
            rf"[ \t]*(?:\*\*|__|\*|_)?(?P<cat>{self.name_pattern})(?:\*\*|__|\*|_)?"
            r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*(?=[:|—–]|-\s|$)",
            re.IGNORECASE | re.MULTILINE,
        )

    def subjects(self, sentence: str) -> tuple[tuple[str, ...], str] | None:
        """(categories, predicate) when the subject is a category, or two joined by "and"."""
        if not self.may_name(sentence):
            return None  # most sentences: one substring search, as in `subject`
        return self._subjects.subjects(sentence)

    def subject(self, sentence: str) -> tuple[str, str] | None:
        """(category, predicate) when the sentence's subject is a category."""
        return self._subjects.subject(sentence) if self.may_name(sentence) else None

    def people(self, phrase: str) -> str:
        """The category whose people `phrase` names, all of it ("avoidant partners", "people
        with a secure style"), else ''."""
        return self._subjects.people(phrase) if self.may_name(phrase) else ""

    def category_of(self, phrase: str) -> str:
        return self._lookup.get(_fold(phrase), "")

    def mentioned(self, text: str) -> list[str]:
        """Categories named anywhere in `text`, in order, each once."""
        return self._mentioned(text) if self.may_name(text) else []

    def _mentioned(self, text: str) -> list[str]:
        found: dict[str, None] = {}
        for m in self._mention.finditer(text):
            name = self.category_of(m.group("cat"))
            if name:
                found.setdefault(name, None)
        return list(found)

    def opening(self, text: str) -> tuple[str, int] | None:
        """(category, end of the phrase) when `text` opens on a category's people."""
        return self._subjects.opening(text) if self.may_name(text) else None

    def mention_starts(self, text: str) -> list[int]:
        """Where in `text` any category is named."""
        return [m.start() for m in self._mention.finditer(text)] if self.may_name(text) else []

    def mention_spans(self, text: str, category: str) -> list[int]:
        """Where in `text` the category is named."""
        return [
            m.start()
            for m in self._mention.finditer(text)
            if self.category_of(m.group("cat")) == category
        ]

    def names(self, text: str) -> str:
        """The one category a heading or label is about ("## Avoidant", "Signs of anxious
        attachment", "## Secure attachment leads to ..."), else ''."""
        if not self.may_name(text) or self.compound(text):
            return ""  # one search for both questions below, which would each make it
        found = self._subjects.subject(text)
        if found:
            return found[0]
        named = self._mentioned(text)
        short = len(re.findall(r"\w+", text)) <= _LABEL_WORDS and not text.rstrip().endswith("?")
        return named[0] if short and len(named) == 1 else ""

    def compound(self, label: str) -> bool:
        """`Secure base`, `Anxious thoughts`: a category word before a noun of its own makes
        a term, not a name of the category (unlike `Secure attachment`, `Avoidant partners`,
        `Anxious behaviours`)."""
        pair = _PAIR.fullmatch(label.lower().strip(_QUOTES))
        if pair is None or not self.category_of(pair[1]) or self.category_of(pair[0]):
            return False
        return not any(self.category_of(w) or self._kin.fullmatch(w) for w in pair[2].split())

    @cached_property
    def _kin(self) -> re.Pattern[str]:
        """Nouns after a category word that keep it a name of the category's people."""
        return re.compile(rf"(?:{self.noun_pattern}|{PEOPLE}|{ASPECTS})")


_LABEL_WORDS = 6
_GENERIC = frozenset(
    "style styles type types kind kinds system systems model category categories people "
    "pattern patterns".split()
)
"""Nouns that follow names of many a taxonomy's categories: "secure type system", "anxious
people". They say nothing of which taxonomy a text speaks of."""
_UNSPOKEN = _GENERIC - {"style", "styles"}
"""After a category's name, "style" names the taxonomy ("avoidant style"); alone it does not."""
_QUOTES = " \"“”'‘’"
_PAIR = re.compile(r"\s*([\w'’-]+)((?:\s+[a-z]+){1,2})\s*")
"""Two or three words and nothing else: `secure base`, `secure base effect`."""


def _fold(text: str) -> str:
    return " ".join(re.split(r"[\s/-]+", text.lower().strip()))
