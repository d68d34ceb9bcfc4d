"""Extractors: functions `ParsedNote -> Iterable[Item]`, one module each, registered here.

Each extractor has a `Ruler` of named rules (`claim.heading`, `quote.blockquote`, ...):
every item records its rule, and a vault can switch rules off by name.
"""

from __future__ import annotations

from functools import partial

from cards.extractors import claims, notekind, questions, quotes, traits
from cards.extractors.registry import Registry
from cards.extractors.ruler import Ruler
from cards.extractors.taxonomy import Category, Taxonomy, default_taxonomy

__all__ = ["Category", "Registry", "Ruler", "Taxonomy", "default_extractors", "default_taxonomy"]


def default_extractors(taxonomy: Taxonomy | None = None) -> Registry:
    """A fresh registry with the four extractors, in their card order."""
    registry = Registry()
    taxonomy = taxonomy or default_taxonomy()
    claim_rules = claims.ruler()
    registry.add(
        "claim", partial(claims.extract_claims, rules=claim_rules, taxonomy=taxonomy), claim_rules
    )
    question_rules = questions.ruler()
    registry.add(
        "question", partial(questions.extract_questions, rules=question_rules), question_rules
    )
    quote_rules = quotes.ruler()
    registry.add("quote", partial(quotes.extract_quotes, rules=quote_rules), quote_rules)
    trait_rules = traits.ruler()
    registry.add(
        "traits", partial(traits.extract_traits, taxonomy=taxonomy, rules=trait_rules), trait_rules
    )
    registry.kinds = notekind.ruler()
    return registry
