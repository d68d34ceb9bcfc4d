"""The taxonomy trait lists are sorted into, where the claims and the configuration import it.

It lives with the traits extractor (`cards.extractors.traits.taxonomy`), which reads it most;
this module keeps the one name the rest of the package imports it by:

    from cards.extractors.taxonomy import Category, Taxonomy, default_taxonomy
"""

from __future__ import annotations

from cards.extractors.traits.attachment import default_taxonomy
from cards.extractors.traits.taxonomy import Category, Taxonomy

__all__ = ["Category", "Taxonomy", "default_taxonomy"]
