"""The default taxonomy: attachment style, in the wordings of the literature's several systems.

    secure              secure, securely attached
    anxious             anxious, preoccupied, anxious-ambivalent, insecure-resistant, ...
    avoidant            avoidant, dismissive, dismissing, anxious-avoidant (Ainsworth's A)
    fearful-avoidant    fearful, disorganized

Ainsworth's infant types, Main's fourth type, Bartholomew's four adult "zones" and the
self-help books name the same four categories differently; each wording maps onto the
category the literature equates it with, so "dismissing zone" and "anxious-avoidant
infants" are both avoidant. "Resistant" alone stays unmapped: "resistant to change" is
too common a phrase.
"""

from __future__ import annotations

from cards.extractors.traits.taxonomy import Category, Taxonomy


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
                    "dismissing",
                    "dismissing-avoidant",
                    "anxious-avoidant",
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
            "zones",
            "zone",
            "strategies",
            "strategy",
        ),
    )
