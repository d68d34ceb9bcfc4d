"""markdown-it plugins for Obsidian syntax, and the plain-text normaliser.

Grammar lives here; meaning lives in the extractors, which read the token
types and `meta` these plugins produce instead of matching the raw file.
"""

from cards.syntax.callouts import callout_plugin
from cards.syntax.highlights import highlight_plugin
from cards.syntax.tags import tag_plugin
from cards.syntax.wikilinks import wikilink_plugin

__all__ = ["callout_plugin", "highlight_plugin", "tag_plugin", "wikilink_plugin"]
