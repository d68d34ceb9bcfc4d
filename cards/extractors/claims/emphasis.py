"""claim.emphasis: a sentence with a **bold** or ==highlighted== key phrase.

    Attachment and relationships are **about survival**.      <- "about survival" hidden
    Sleep is ==the foundation== of memory.

    **Note:** the label is no key phrase.                      <- a lead-in, stepped over
    This is **really** important.                              <- stress, as spoken
    **S**ecure **P**eople                                      <- letters of a mnemonic
    **Rain follows the drought**  (a cited quote below it)     <- its title (`quote_title`)

Emphasis is how a writer marks what matters in a sentence, so the emphasised phrase is
the cloze. Not every bold is that: a label before a colon, a word stressed as a speaker
would stress it ("really", "never") and letters picked out of words are turned away. A
phrase that is the very term the sentence defines is left to the definition rule, whose
card also asks what the term is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cards.extractors.claims.guessable import passage_label, verdict
from cards.extractors.claims.quote_title import titles_quote
from cards.extractors.claims.reading import ClaimRule, Passage
from cards.extractors.claims.shared import KEY_MARKS, leans_back, outside_brackets, predicate
from cards.inline import InlineText, Mark
from cards.items import Item
from cards.language import BE, WH, finite_verb, words


def emphasis(passage: Passage) -> Sequence[Item] | None:
    """The sentence, its key phrase hidden, unless the phrase is the defined term."""
    if not passage.ok or not _emphasised(passage):
        return None
    if titles_quote(passage):
        return ()  # "**The miller keeps a sack back**" over the cited saying: its title
    key = key_phrase(passage.sentence)
    if key is None or leans_back(passage.plain):
        return None  # none, or "It **always** wins": its subject is elsewhere
    hidden = passage.plain[key[0] : key[1]]
    if names(passage.term, hidden):
        return None
    if passage_label(hidden) or (key[0] > 0 and verdict(hidden)):
        return None  # "**Proof** of a lemma", "Polling is **a bad idea**": nothing to recall
    if not _clause(outside_brackets(passage.plain)) or _no_main_clause(passage.plain):
        return None  # "**Softpipe** (a renderer in software)": a fragment, no claim
    return (Item("claim", passage.ref, passage.sentence, key=key, rule="claim.emphasis"),)


def _emphasised(passage: Passage) -> bool:
    """Whether bold or a highlight touches the sentence: without one it has no key phrase,
    and asking this of the paragraph's few marks spares slicing the sentence's text."""
    start, end = passage.lead, passage.end
    return any(m.kind in KEY_MARKS and m.start < end and m.end > start for m in passage.text.marks)


_STRESSED = frozenset(
    "really very so too not never always must should can cannot can't don't won't all only "
    "every any no none most much more less extremely totally absolutely definitely super "
    "quite actually literally this that".split()
)
"""Words a writer bolds as a speaker stresses them: the sentence has no key phrase in them."""
_BARE = WH | {"the", "a", "an"}
"""A lower-case wh-word or article alone under emphasis: a cloze over it asks for a word."""
_BEFORE_LABEL = frozenset(["", ";", ".", "(", "—", "–", "-", "•"])
"""What stands before a label: the start of the sentence, or the end of a clause or item
("Attachment is **hard-wired**: we ..." asserts, its emphasis is no label)."""


def key_phrase(sentence: InlineText) -> tuple[int, int] | None:
    """The emphasised key phrase, if the sentence has one that is not the whole sentence."""
    for mark in sentence.marks:
        if mark.kind in KEY_MARKS and mark.end > mark.start:
            labels = sentence.text[mark.start : mark.end + 1].rstrip("*_ ").endswith(":")
            if labels and sentence.text[: mark.start].rstrip()[-1:] in _BEFORE_LABEL:
                continue  # "...; **Anxious:** worries": a label, not the key phrase
            inside = sentence.text[mark.end : mark.end + 1].isalnum() or (
                mark.start > 0 and sentence.text[mark.start - 1].isalnum()
            )
            if inside:
                continue  # "**S**ecure **P**eople": letters picked out of words, a mnemonic
            if _own_line(sentence, mark):
                continue  # "**Carrier wave notes**" over the line it heads: a heading
            phrase = sentence.text[mark.start : mark.end].strip(" .,;:")
            if _citation(sentence.text, mark.start, phrase):
                continue  # "(**Annals 4.12**)", "**Chapter 4**": where it is read, no fact
            if phrase.lower() in _STRESSED or phrase in _BARE:
                continue  # "This is **really** important": stressed as spoken, no key phrase
            if _the_verb(sentence.text, phrase):
                return predicate(sentence.text)  # "Stress **kills** desire": what it does
            if phrase and len(phrase) < 0.9 * len(sentence.text.strip(" .")):
                start = sentence.text.find(phrase, mark.start)
                return (start, start + len(phrase))
            if phrase:
                return predicate(sentence.text)
    return None


_LOCATOR = re.compile(
    r"\b(?:chapter|page|book|verse|line|section|surah|sura|vol|volume|part|no|psalm|daf)\.?"
    r"\s+\d|\d+[a-z]?:\d|\b\d+[ab]\b",
    re.IGNORECASE,
)
"""A locator in a reference: "Chapter 4", "1:8:367", the folio "62a"."""


def _citation(text: str, start: int, phrase: str) -> bool:
    """Whether an emphasised phrase is a reference to a source, not a phrase of the claim:
    it holds a number, and a locator ("Chapter 4", "1:8:367", "Yevamot 62a") or a
    parenthesis left open before it ("Chronicles (**Annals 4.12**, ...)"). A card that hides
    it asks where something is written, which no reader learns."""
    if not any(c.isdigit() for c in phrase):
        return False
    if _LOCATOR.search(phrase):
        return True
    before = text[:start]
    return before.rfind("(") > before.rfind(")")


def _the_verb(text: str, phrase: str) -> bool:
    """A single emphasised word that is the sentence's verb: a cloze over it alone asks for
    a word, not a fact, so the card hides the whole predicate."""
    if " " in phrase:
        return False
    verb = finite_verb(text)
    return verb is not None and words(text)[verb : verb + 1] == [phrase.lower()]


def _clause(text: str) -> bool:
    """Whether the text reads as a sentence, not a fragment: a verb of its own (an
    appositive's commas aside: "Oxytocin, the love hormone, rises ..."), or, where the verb
    search fails ("Finally, children ... behaved oddly."), a full stop after eight words."""
    if finite_verb(text) is not None:
        return True
    if "," in text and finite_verb(text.replace(",", " ")) is not None:
        return True
    return text.rstrip()[-1:] in ".!" and len(text.split()) >= FRAGMENT_WORDS


FRAGMENT_WORDS = 8

_SUBORDINATE = frozenset("because although though whereas unless".split())
"""What opens a clause that needs a main one ("since" also opens "Since then the mill ...")."""
_ASKING = frozenset("what how why who which".split())


def _no_main_clause(text: str) -> bool:
    """A subordinate clause standing alone ("Because through him we met the baker."), or
    a question without its mark ("**What happens when you sail**"): no claim is made."""
    first = text[: text.find(" ")].lower() if " " in text else ""
    if first in _SUBORDINATE:
        return "," not in text  # "Because it rains, the river floods" has its main clause
    if first not in _ASKING:
        return False
    ws = words(text)
    return finite_verb(text) in (1, 2) and not BE.intersection(ws[2:])


def _own_line(sentence: InlineText, mark: Mark) -> bool:
    """An emphasised phrase that is a line of its own, above or below the sentence's other
    lines: a heading the writer typed in bold, not a phrase of the sentence."""
    text = sentence.text
    starts = (
        mark.start == 0
        or text[: mark.start].rstrip(" *_=") == ""
        or any(
            text[b : mark.start].strip(" *_=\n") == "" for b in sentence.breaks if b < mark.start
        )
    )
    ends = any(text[mark.end : b].strip(" *_=:") == "" for b in sentence.breaks if b >= mark.end)
    ends = ends or (text[mark.end :].strip(" *_=:") == "" and bool(sentence.breaks))
    return starts and ends


def units(text: InlineText, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of a paragraph, two short ones that one emphasised span covers kept as
    one ("**The resilient resists shocks. The antifragile gets better.**": the writer's
    unit, a contrast); a longer run stays sentence by sentence, one card each."""
    crossing = [
        m
        for m in text.marks
        if m.kind in KEY_MARKS and any(m.start < a < m.end for a, _ in spans[1:])
    ]
    if not crossing:
        return spans
    merged: list[tuple[int, int]] = []
    for n, (start, end) in enumerate(spans):
        if merged and _pair(text.text, crossing, spans, n):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


UNIT_WORDS = 30


def _pair(text: str, crossing: list[Mark], spans: list[tuple[int, int]], n: int) -> bool:
    """Whether sentence `n` and the one before are exactly what one emphasised span covers,
    together short enough for one card."""
    start, end = spans[n - 1][0], spans[n][1]
    if len(text[start:end].split()) > UNIT_WORDS or "?" in text[start:end]:
        return False  # long, or a claim and a question: each is read on its own
    return any(
        abs(m.start - start) <= 1 and end - 2 <= m.end <= end and m.end > spans[n][0]
        for m in crossing
    )


def names(term: str, phrase: str) -> bool:
    """Whether an emphasised phrase is the defined term, give or take its article."""
    if not term:
        return False
    head, _, rest = term.partition(" ")
    bare = rest if rest and head.lower() in ("a", "an", "the") else term
    return phrase.lower() in (term.lower(), bare.lower())


RULE = ClaimRule(sentence=emphasis)
