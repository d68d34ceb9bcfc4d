"""Which category a heading, a label line, a callout's title or "they" stands for.

    ## Signs of anxious attachment      <- names "anxious": the lists under it are its
    **Avoidant partners:**              <- a label line names "avoidant"
    ## Tips for anxious partners        <- advice: names no category's traits
    Steps to feel more secure:          <- "secure" as a feeling names no category

Several rules ask these questions of the blocks around the one they read, so they are
answered here, once, the same way for every rule.
"""

from __future__ import annotations

import re

from cards.extractors.analysis import analyse
from cards.extractors.traits.marks import trim
from cards.extractors.traits.taxonomy import Taxonomy
from cards.extractors.walk import QUOTE_CALLOUTS
from cards.language import words
from cards.parse import Block
from cards.syntax.clippings import without_location

PRONOUN = re.compile(
    r"^[\"“]?(?:(?:however|but|yet|still|also|and|so|instead|in fact|at times),?\s+)?"
    r"(?:(?:in|at|during|after|before|with|under|within|around|outside)\s+[^,.;:]{1,30},\s+"
    r"|(?:when|whenever|if|once|as soon as|until|unless|because|since)\s+[^,.;:]{1,60},\s+)?"
    r"(?:they|these people|those people|such people)(?:\s+are|['’]re)?\b\s*",
    re.IGNORECASE,
)
"""A subject that stands for the category in scope: "They", "However, they are", "When
they feel a partner drifting, they ..." (a clause that says when comes first)."""
SIGN_WORDS = (
    r"signs?|traits?|characteristics|symptoms|behaviou?rs|features|tendencies|hallmarks"
    r"|markers|red flags|patterns"
)
SIGNS = re.compile(rf"\b(?:{SIGN_WORDS})\b", re.IGNORECASE)
"""An intro that announces what is typical ("Signs include:", "Common traits:")."""
_ADVICE = re.compile(
    r"\W*(?:tips?|advice|strategies|how to|ways to|what to do|steps|exercises|tools|coping"
    r"|do'?s and don'?ts|dating|supporting|helping|healing|working with)\b",
    re.IGNORECASE,
)
"""A heading over advice for a category's people, or for those around them: what its list
says is what to do, not what is typical of them."""
LOOKS = re.compile(r"\b(?:looks?|sounds?|feels?) like\b|\bshows? up\b", re.IGNORECASE)
"""A heading that shows a category in action: "What secure love looks like"."""
_LABEL_WORDS = 10


def heading_category(text: str, taxonomy: Taxonomy) -> str:
    """The category a heading is about: a short one that names it, or one of any length
    that announces what is typical of it ("What anxious attachment looks like for me",
    "Signs you are dating someone with an avoidant style")."""
    if _ADVICE.match(text):
        return ""  # "Tips for anxious partners", "How to support an avoidant partner"
    category = taxonomy.names(text)
    if category or not (SIGNS.search(text) or LOOKS.search(text)):
        return category
    named = taxonomy.mentioned(text)
    return named[0] if len(named) == 1 and not _as_adjective(text, named[0], taxonomy) else ""


def labelled_by(block: Block | None, taxonomy: Taxonomy) -> str:
    """The one category a heading, label line or list intro names, else ''."""
    if block is None or block.kind not in ("heading", "paragraph"):
        return ""
    text = block.text.text.strip()
    if block.kind == "heading" and not text.endswith(":"):
        return heading_category(text, taxonomy)
    if block.kind == "paragraph" and text.endswith(":"):
        text = analyse(text)[-1].text.strip()  # "... stored securely. As long as you're:"
    if taxonomy.compound(text.rstrip(":")):
        return ""  # "Secure App Development", "Secure base:"
    label = text.endswith(":") or (len(words(text)) <= _LABEL_WORDS and not text.endswith("."))
    named = [c for c in taxonomy.mentioned(text) if not _as_adjective(text, c, taxonomy)]
    return named[0] if label and len(named) == 1 else ""


def callout_category(callout: Block | None, taxonomy: Taxonomy) -> str:
    """`> [!note]- Secure` over a list: a callout's title heads what is in it, as a heading
    would. A quote callout's title names a source, never a category."""
    if callout is None or callout.callout in QUOTE_CALLOUTS or callout.title is None:
        return ""
    return taxonomy.names(callout.title.text.strip())


_DEGREE = re.compile(
    r"\b(?:more|less|most|least|so|too|very|feel|feels|feeling|felt|become|becoming|get|"
    r"getting|grow|growing|stay|staying)\s+$",
    re.IGNORECASE,
)


def _as_adjective(text: str, category: str, taxonomy: Taxonomy) -> bool:
    """Whether every mention of the category is a plain adjective of degree or feeling
    ("steps to feel more secure:"), which names a state, not the people of a category."""
    spans = taxonomy.mention_spans(text, category)
    return bool(spans) and all(_DEGREE.search(text[:start]) for start in spans)


def item_text(item: Block) -> str:
    """A list item's own words, without a highlight's location or closing punctuation."""
    first = item.children[0] if item.children else None
    if first is None or first.kind != "paragraph":
        return ""
    text = without_location(first.text.text.strip())
    return " ".join(trim(text).split())
