"""Extractors: functions `ParsedNote -> Iterable[Item]`, one module each, registered here."""

from __future__ import annotations

from functools import partial

from cards.extractors.claims import extract_claims
from cards.extractors.questions import extract_questions
from cards.extractors.quotes import extract_quotes
from cards.extractors.registry import Registry
from cards.extractors.taxonomy import Category, Taxonomy, default_taxonomy
from cards.extractors.traits import extract_traits

__all__ = ["Category", "Registry", "Taxonomy", "default_extractors", "default_taxonomy"]


def default_extractors(taxonomy: Taxonomy | None = None) -> Registry:
    """A fresh registry with the four extractors of SPEC.md, in their card order."""
    registry = Registry()
    taxonomy = taxonomy or default_taxonomy()
    registry.add("claim", partial(extract_claims, taxonomy=taxonomy))
    registry.add("question", extract_questions)
    registry.add("quote", extract_quotes)
    registry.add("traits", partial(extract_traits, taxonomy=taxonomy))
    return registry
