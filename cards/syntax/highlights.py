"""Obsidian highlights `==text==` as `mark_open` / `mark_close` around parsed inline content.

Claims use a highlight as the key phrase to hide, the same way as `**bold**`.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline


def highlight_plugin(md: MarkdownIt) -> None:
    """Attach the `==` rule before emphasis so that `==**x**==` nests as expected."""
    md.inline.ruler.before("emphasis", "highlight", _highlight)


def _highlight(state: StateInline, silent: bool) -> bool:
    src, start, maximum = state.src, state.pos, state.posMax
    if not src.startswith("==", start) or src.startswith("===", start):
        return False
    end = src.find("==", start + 2, maximum)
    if end < 0 or end == start + 2:
        return False
    inner = src[start + 2 : end]
    if inner[0].isspace() or inner[-1].isspace():
        return False
    if silent:  # markdown-it scanning a link label: consume it, emit nothing
        state.pos = end + 2
        return True
    state.push("mark_open", "mark", 1).markup = "=="
    old_max = state.posMax
    state.pos, state.posMax = start + 2, end
    state.md.inline.tokenize(state)
    state.posMax = old_max
    state.push("mark_close", "mark", -1).markup = "=="
    state.pos = end + 2
    return True
