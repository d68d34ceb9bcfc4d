"""claim.labelled: a sentence after a label that announces the note's claim.

    Claim: sleep consolidates what we learned that day.
    - Key idea: habits compound over years.
    TL;DR: most diets fail because they are temporary.
    - Fun fact: the first kiln burned only oak.          <- an aside: a claim all the same

The label says, in so many words, that what follows is what the note asserts, so the
first sentence after it is a claim with or without emphasis, and its predicate is the
cloze. The label itself stays off the card, and a sentence the label left in lower case
starts with a capital.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from cards.extractors.claims.emphasis import key_phrase
from cards.extractors.claims.reading import Claimed, ClaimRule, Passage, Reading, first_nested
from cards.extractors.claims.shared import claim_like, predicate
from cards.extractors.walk import Visit
from cards.inline import InlineText
from cards.items import Item, SourceRef
from cards.language import finite_verb, sentences
from cards.parse import Block

ASSERTING = (
    r"(?:claim|thesis|tl;?dr|bottom line|in short|in a nutshell|in one (?:line|sentence)"
    r"|takeaway|insight|finding"
    r"|conclusion|lesson|(?:key|main|big|core|central)\s+(?:point|idea|insight|takeaway"
    r"|finding|message|lesson|claim))s?"
)
"""Words that announce what the note asserts; the key-points rule reads them as headings."""
_ASIDES = r"(?:(?:fun|cool|interesting|random)\s+facts?|side\s?notes?|trivia)"
"""Labels that set a fact aside from the note's line (`Fun fact: ...`, `Side note: ...`):
what follows is still a claim, and the label is no term to ask "What is fun fact?" of. Not
read as a heading over key points: an aside is one line."""
_ASIDE = re.compile(_ASIDES, re.IGNORECASE)
ASSERTION = re.compile(rf"(?:{ASSERTING}|{_ASIDES})\s*:\s+", re.IGNORECASE)
"""A label that announces what the note asserts: `Claim: ...`, `Key idea: ...`, `TL;DR: ...`,
or a fact set aside: `Fun fact: ...`."""
_VERBATIM = ("code", "math")


def labelled_item(reading: Reading, visit: Visit) -> Claimed | None:
    """A list item that opens on the label: its first sentence, and nothing more of it."""
    block = visit.block
    if visit.index or visit.parent_kind != "item" or ":" not in block.text.text[:40]:
        return None
    found = ASSERTION.match(block.text.text)
    if found is None:
        return None
    if _disputed(visit) or id(block) in reading.disputed:
        return Claimed(())  # "Claim: ..." over "Truth: ...": a view the note answers
    line = block.line + block.text.line_of(0)
    item = asserted(reading, visit, block.text, found.end(), len(block.text.text), line)
    return Claimed((item,)) if item else None


def labelled_sentence(passage: Passage) -> Sequence[Item] | None:
    """A sentence of a paragraph that opens on the label: the label's sentence is claimed
    whether or not a claim follows it."""
    text, start, end = passage.text.text, passage.start, passage.end
    if text.find(":", start, end) < 0:
        return None
    found = ASSERTION.match(text, start, end)
    if found is None:
        return None
    item = asserted(passage.reading, passage.visit, passage.text, found.end(), end)
    return (item,) if item else ()


def asserted(
    reading: Reading, visit: Visit, text: InlineText, start: int, end: int, line: int | None = None
) -> Item | None:
    """The first sentence of `text[start:end]`, when it is a sentence: the note marks it as
    its claim, emphasis or not. The label (before `start`) stays off the card."""
    if text.text[start : start + 3].lstrip("*_ ")[:1] in _QUOTES:
        return None  # 'Claim: "The nations are beasts."': someone's words, weighed by the note
    spans = sentences(text.text[start:end])
    if not spans:
        return None
    sentence = text.slice(start + spans[0][0], start + spans[0][1]).strip()
    plain = sentence.text
    if not claim_like(plain) or finite_verb(plain) is None:
        return None
    ref = (
        reading.ref(visit, text, start)
        if line is None
        else SourceRef(reading.note.path, line, visit.headings)
    )
    key = key_phrase(sentence) or predicate(plain)
    if key is None and _ASIDE.search(text.text, max(0, start - 24), start):
        return None  # an aside with no phrase to hide: not the note's line to fall back on
    if plain[:1].islower() and not any(
        m.start == 0 and m.kind in _VERBATIM for m in sentence.marks
    ):
        sentence = replace(sentence, text=plain[0].upper() + plain[1:])  # the label went first
    return Item("claim", ref, sentence, key=key, rule="claim.labelled")


_REBUTTAL = re.compile(
    r"\W*(?:truth|fact|reality|response|rebuttal|reply|refutation|counter|answer|actually"
    r"|my (?:claim|view|answer|response))\W*:",
    re.IGNORECASE,
)
"""A label that answers a claim: `Truth: ...`, `Response: ...`, `My claim: ...`."""
_QUOTES = "\"“‘'"


def _disputed(visit: Visit) -> bool:
    """Whether the labelled claim is a view the note weighs, not one it makes: an item
    whose first nested item answers it with a label ("Claim: ..." over "Truth: it is
    unlikely"). A card would state it as fact."""
    first = first_nested(visit)
    return first is not None and _REBUTTAL.match(first.text.text) is not None


_CLAIM = re.compile(r"\W*claim\W*:", re.IGNORECASE)
_PROOF = re.compile(r"\W*proof\b", re.IGNORECASE)


def disputed(block: Block) -> list[int]:
    """The first paragraphs of a list's "Claim:" items that the list weighs rather than
    makes: one whose next item answers it ("Claim: ..." then "Truth: ..."), or several
    side by side with no proof among them, a debate's catalogue of views. A proof's
    "Claim:" ("Claim: the loop ends", then "Proof: ..." beside it or nested under it) is
    the note's own."""
    firsts = [item.children[0] for item in block.children if item.children]
    texts = [first.text.text for first in firsts]
    if not any("laim" in text[:12] for text in texts):
        return []  # a substring first: most lists have no "Claim:" at all
    claims = [i for i, text in enumerate(texts) if _CLAIM.match(text)]
    answered = [i for i in claims if i + 1 < len(texts) and _REBUTTAL.match(texts[i + 1])]
    proved = any(_PROOF.match(text) for text in texts + _nested_firsts(block))
    chosen = claims if len(claims) > 1 and not proved else answered
    return [id(firsts[i]) for i in chosen]


def _nested_firsts(block: Block) -> list[str]:
    """The first lines of the items nested one level under `block`'s items, where a
    claim's proof is as often written as beside it."""
    return [
        inner.children[0].text.text
        for item in block.children
        for nested in item.children[1:]
        if nested.kind == "list"
        for inner in nested.children
        if inner.children
    ]


RULE = ClaimRule(block=labelled_item, sentence=labelled_sentence)
