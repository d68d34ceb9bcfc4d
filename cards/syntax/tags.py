"""Obsidian inline tags `#topic/sub` as `tag` tokens.

A tag must follow white space (or start the text) and hold at least one
non-digit, as in Obsidian, so `#1` and `C#` stay text.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline

_TAG = re.compile(r"#([\w/-]*[^\W\d][\w/-]*)")


def tag_plugin(md: MarkdownIt) -> None:
    """Attach the tag rule early, before `#` can be read as text."""
    md.inline.ruler.before("emphasis", "obsidian_tag", _tag)


def _tag(state: StateInline, silent: bool) -> bool:
    pos = state.pos
    if state.src[pos] != "#" or (pos > 0 and not state.src[pos - 1].isspace()):
        return False
    found = _TAG.match(state.src, pos, state.posMax)
    if not found:
        return False
    if not silent:
        token = state.push("tag", "", 0)
        token.content = found.group(1).strip("/")
        token.markup = found.group(0)
    state.pos = found.end()
    return True
