"""claim.term-heading: a glossary written as headings, each term over its meaning.

    ## Glossary
    ### Protest behaviour
    Any action that tries to re-establish contact with a partner.

The heading alone is no sentence, and the paragraph alone has no subject: together they
are "Protest behaviour: Any action that ...", a definition card. Only under a heading
that announces a glossary ("Glossary", "Key terms", "Concepts"), since elsewhere a short
heading over a paragraph is a section and its first sentence, not a term and its meaning.
A paragraph that names its term itself is left to the sentence rules.
"""

from __future__ import annotations

from cards.extractors.claims.reading import Claimed, ClaimRule, Reading
from cards.extractors.claims.shared import MIN_WORDS
from cards.extractors.claims.terms import defined, glossary_heading
from cards.extractors.walk import Visit, heading_text
from cards.inline import InlineText
from cards.language import sentences


def term_heading(reading: Reading, visit: Visit) -> Claimed | None:
    """The first paragraph under a term's heading, in a glossary section."""
    block = visit.block
    above = visit.previous() if block.kind == "paragraph" else None
    if above is None or above.kind != "heading" or len(visit.headings) < 2:
        return None
    if not any(glossary_heading(h) for h in visit.headings[:-1]):
        return None
    term = heading_text(above).strip().text
    taxonomy = reading.taxonomy
    if not term[:1].isupper() or (taxonomy is not None and taxonomy.names(term)):
        return None
    text = block.text
    spans = sentences(text.text)
    meaning = text.slice(0, spans[0][1]).strip() if spans else InlineText()
    if term.lower() in meaning.text.lower():
        return None  # a meaning that names its term is a sentence the rest of the code reads
    item = defined(reading, visit, term, meaning, MIN_WORDS, "claim.term-heading")
    return Claimed((item,)) if item else None


RULE = ClaimRule(block=term_heading)
