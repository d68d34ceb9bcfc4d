"""Obsidian callouts: a blockquote whose first line is `[!type] Title`.

    > [!quote] Atomic Habits
    > You do not rise to the level of your goals.

The `blockquote_open` token gets `meta["callout"]` (the type, lower case),
`meta["fold"]` (`+`, `-` or empty) and `meta["title"]` (the title's inline
tokens); the title line is removed from the quote's first paragraph.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

_HEAD = re.compile(r"^\[!([\w-]+)\]([+-]?)[ \t]*")


def callout_plugin(md: MarkdownIt) -> None:
    """Run after inline parsing, so the title keeps its wikilinks and emphasis."""
    md.core.ruler.after("inline", "obsidian_callout", _callouts)


def _callouts(state: StateCore) -> None:
    tokens = state.tokens
    i = 0
    while i < len(tokens):
        if tokens[i].type == "blockquote_open" and i + 2 < len(tokens):
            para, inline = tokens[i + 1], tokens[i + 2]
            head = _HEAD.match(inline.content) if para.type == "paragraph_open" else None
            if head and inline.children is not None:
                title, rest = _split_first_line(inline.children, head.end())
                tokens[i].meta.update(
                    callout=head.group(1).lower(), fold=head.group(2), title=title
                )
                inline.children = rest
                inline.content = inline.content.partition("\n")[2]
                if not rest:
                    del tokens[i + 1 : i + 4]
                else:  # the paragraph now starts on the line after the title
                    for tok in (para, inline):
                        if tok.map:
                            tok.map = [tok.map[0] + 1, tok.map[1]]
        i += 1


def _split_first_line(children: list[Token], skip: int) -> tuple[list[Token], list[Token]]:
    """Tokens of the first line (minus the `[!type]` marker) and of the lines after it."""
    for n, tok in enumerate(children):
        if tok.type in ("softbreak", "hardbreak"):
            first, rest = children[:n], children[n + 1 :]
            break
    else:
        first, rest = children, []
    title: list[Token] = []
    for tok in first:
        if skip > 0 and tok.type == "text":
            cut = min(skip, len(tok.content))
            skip -= cut
            tok.content = tok.content[cut:]
            if not tok.content:
                continue
        title.append(tok)
    if title and title[0].type == "text":
        title[0].content = title[0].content.lstrip()
    return title, rest
