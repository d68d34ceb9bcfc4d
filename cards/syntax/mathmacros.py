"""Math that keeps the TeX MathJax typesets and loses what makes links, styles or ids.

    $\\href{javascript:alert(1)}{x}$   ->   $\\{x\\}$   (and a warning naming the line)

Anki typesets `\\(..\\)` with MathJax, whose `\\href` makes a live link (a
`javascript:` one runs when clicked), `\\style`, `\\class` and `\\cssId` reach
the page's styles, and `\\require` loads extensions. This core rule removes
them (`sanitize.MATH_MACROS`, with their first argument) from every formula,
inline, display and in footnotes, and records the line of each block that
had one, so the note can be warned about. `sanitize.finish` removes them
again from every field, wherever MathJax could read them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

from cards.sanitize import MATH_MACROS

FOUND_KEY = "cards_math_macros"
"""`env` key: the first line (of the parsed text) of each block whose math lost a macro, in
the order met."""
_MATH = frozenset({"math_inline", "math_inline_double", "math_block", "math_block_label"})
_NAMED = re.compile(r"\\(?:href|url|style|class|cssId|require|unicode|data|html)")
"""How every `MATH_MACROS` match opens. Each formula is a part of the parsed text, so a
text without one has no macro to remove, and its tokens need not be read one by one."""


def math_macro_plugin(md: MarkdownIt) -> None:
    """Last of the core rules: by then footnotes' tokens are in the stream too."""
    md.core.ruler.push("math_macros", _without_macros)


def _without_macros(state: StateCore) -> None:
    lines: dict[int, None] = state.env.setdefault(FOUND_KEY, {})
    if _NAMED.search(state.src) is None:
        return  # most notes: no formula holds what the text nowhere holds
    for token in state.tokens:
        parts = (token.children or []) if token.type == "inline" else [token]
        for part in parts:
            if part.type in _MATH and MATH_MACROS.search(part.content):
                part.content = MATH_MACROS.sub("", part.content)
                if token.map:  # not an inline footnote's text: it has no line of its own
                    lines[token.map[0]] = None


def math_warnings(path: str, env: dict[str, object], line_of: Sequence[int]) -> list[str]:
    """`path:line: message` for each block whose math lost a macro."""
    found = env.get(FOUND_KEY)
    return [
        f"{path}:{line_of[min(n, len(line_of) - 1)]}: math macros that make links, styles or "
        "ids (\\href, \\style, ...) removed"
        for n in (found if isinstance(found, dict) else ())
    ]
