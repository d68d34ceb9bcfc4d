"""claim.linked: a list item that is only a link, whose text is a full sentence.

    - [[Sleep consolidates new memories into long-term storage]]   <- a claim
    - [[Sleep research]]                                           <- a topic: none
    - [[How AI Large Language Models Work]]                        <- a title: none
    - [Spaced practice beats cramming](https://...)                <- a web page: none

Evergreen notes are titled with the claim they make, and a note links them as a list of
those claims: the link's text is the sentence the other note argues. A link line is
otherwise a pointer elsewhere and no rule reads it, so this rule alone reads link lines,
and takes only a link to a note of the vault whose text states something in sentence
case; a web page's link text is its headline, seldom a sentence of the note's.
"""

from __future__ import annotations

import re

from cards.extractors.claims.heading import titled_topic
from cards.extractors.claims.reading import Claimed, ClaimRule, Reading
from cards.extractors.claims.shared import claim_like, outside_brackets, predicate
from cards.extractors.walk import Visit
from cards.items import Item
from cards.language import AUX, is_declarative_heading, words

MIN_WORDS = 5


def linked(reading: Reading, visit: Visit) -> Claimed | None:
    """A list item's link whose text is a declarative sentence, as a claim."""
    text = visit.block.text.strip()
    if visit.parent_kind != "item" or visit.index != 0:
        return None
    link = next((m for m in text.marks if m.kind == "wikilink"), None)
    if link is None or link.start > 1 or link.end < len(text.text.rstrip(" .")) - 1:
        return None  # a link and words of one's own: a pointer with a remark
    said = text.slice(link.start, link.end).strip()
    plain = outside_brackets(said.text)
    if len(plain.split()) < MIN_WORDS or not claim_like(plain) or words(plain)[0] in AUX:
        return None  # "[[Can tides power small towns]]" asks, without its mark
    if _TITLED.search(plain) or not _sentence_case(plain):
        return None  # "Kiln Myths 2 - Glazing ...", "Bakers Say These Are The 7 ..."
    if not is_declarative_heading(plain) or titled_topic(plain):
        return None  # "[[Sleep research]]", "[[How AI Large Language Models Work]]"
    item = Item(
        "claim", reading.ref(visit, text), said, key=predicate(said.text), rule="claim.linked"
    )
    return Claimed((item,))


_TITLED = re.compile(r"\s[-–—|]\s|:\s|[\"“”]")
"""What a title has and a sentence seldom does: a subtitle's dash or colon, a quotation."""


def _sentence_case(text: str) -> bool:
    """Capitalised as a sentence: the first word, and no more than a third of the rest (a
    name or two), where a title capitalises every word."""
    rest = [w for w in text.split()[1:] if w[:1].isalpha()]
    return text[:1].isupper() and sum(w[0].isupper() for w in rest) * 3 <= len(rest)


RULE = ClaimRule(block=linked, kinds=frozenset(["link"]))
"""Reads only link lines, the paragraphs the other rules never see (`kinds`: "link")."""
