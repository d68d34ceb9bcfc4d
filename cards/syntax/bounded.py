"""Keep inline parsing linear in a note's length, whatever the note holds.

    [[[[[[ ...        ![ ![ ![ ...        ^[a ^[a ...        (a megabyte of any of them)

markdown-it looks for a link's closing `]` from every `[`, to the end of the
paragraph, and so does each rule that starts with a bracket (images, inline
footnotes, wikilinks): a paragraph of unclosed brackets costs the square of
its length. Two limits keep what reaches those scans small:

- an opening bracket after which the paragraph holds no `]` at all is text at
  once (it could open nothing), without a scan;
- only the first `MAX_INLINE` characters of a paragraph (to a line break, else
  a space) are parsed for formatting; the rest is kept as plain text, line by
  line. Such paragraphs are recorded in `env`, so the note can be warned about.

The same core rule hands a text with no character that can start a rule (most of a
note's headings, list items and paragraphs: "Sleep consolidates memories.") its one
text token at once, as markdown-it's `text` rule would make it, without a parse.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping, Sequence

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

MAX_NESTING = 40
"""markdown-it skips whatever is nested deeper (a list level costs two), so parsing stays
bounded on hostile input; a note that reaches it gets a warning."""
MAX_INLINE = 10_000
"""Characters of a paragraph parsed for formatting: pages of prose, yet few enough that
markdown-it's worst case (brackets closed only at the end) takes well under a second."""
CUT_KEY = "cards_cut_paragraphs"
"""`env` key: (first line of the paragraph, its length) for each paragraph cut short."""
_CLOSERS_KEY = "cards_last_close"
_OPENERS = frozenset("[!^")
_STOPS = re.compile(r"[\n!#$%&*+\-:<=>@\[\\\]^_`{}~]")
"""The characters at which markdown-it's `text` rule stops so that other rules are tried
(markdown-it 3 has no `terminator_re` to ask)."""
_NO_OPS = frozenset(["balance_pairs", "strikethrough", "emphasis", "fragments_join"])
"""markdown-it's rules run after an inline parse, each a no-op on a lone text token."""


def bounded_plugin(md: MarkdownIt) -> None:
    """Both limits, before any rule that scans for a closing bracket."""
    md.inline.ruler.before("text", "unclosed_bracket", _unclosed_bracket)
    md.core.ruler.at("inline", _inline_capped)


def _unclosed_bracket(state: StateInline, silent: bool) -> bool:
    """A run of `[` (with the `!` of `![` and `^` of `^[`) as text, when no `]` follows in the
    paragraph: no rule can make anything else of it, and each would scan to the end."""
    src, pos = state.src, state.pos
    if src[pos] not in _OPENERS or (src[pos] != "[" and not src.startswith("[", pos + 1)):
        return False
    if _last_close(state) > pos:
        return False
    end = pos + 1
    while end < state.posMax and src[end] in _OPENERS:
        end += 1
    if not silent:
        state.pending += src[pos:end]
    state.pos = end
    return True


def _last_close(state: StateInline) -> int:
    """Where the last `]` before `posMax` is, found once per paragraph (and per link text
    parsed inside it), not once per bracket."""
    found: MutableMapping[tuple[str, int], int] = state.env.setdefault(_CLOSERS_KEY, {})
    key = (state.src, state.posMax)
    if key not in found:
        found[key] = state.src.rfind("]", 0, state.posMax)
    return found[key]


def _inline_capped(state: StateCore) -> None:
    """markdown-it's core `inline` rule, but past `MAX_INLINE` characters a paragraph is text."""
    md, env = state.md, state.env
    stops = _text_stops(md)
    for token in state.tokens:
        if token.type != "inline":
            continue
        if token.children is None:
            token.children = []
        content = token.content
        if len(content) <= MAX_INLINE:
            if stops is not None and stops.search(content) is None:
                token.children += _text(content)  # all one text token: nothing to parse
            else:
                md.inline.parse(content, md, env, token.children)
            continue
        cut = cut_point(content, MAX_INLINE)
        env.setdefault(CUT_KEY, []).append((token.map[0] if token.map else 0, len(content)))
        md.inline.parse(content[:cut], md, env, token.children)
        for n, line in enumerate(content[cut:].split("\n")):
            if n:
                token.children.append(Token("softbreak", "br", 0))
            if line:
                text = Token("text", "", 0)
                text.content = line
                token.children.append(text)
    env.pop(_CLOSERS_KEY, None)


def _text_stops(md: MarkdownIt) -> re.Pattern[str] | None:
    """Where markdown-it's `text` rule stops, if a text without any such character parses to
    one text token: only a rule before `text` could read it otherwise (our bracket rule
    reads stops alone), and only a rule after the parse could change that token."""
    before = md.inline.ruler.get_active_rules()
    if "text" not in before or set(before[: before.index("text")]) - {"unclosed_bracket"}:
        return None
    if set(md.inline.ruler2.get_active_rules()) - _NO_OPS:
        return None
    stops: re.Pattern[str] = getattr(md.inline, "terminator_re", _STOPS)
    return stops


def _text(content: str) -> list[Token]:
    """The tokens markdown-it's inline parse makes of a text that holds no stop."""
    if not content:
        return []
    token = Token("text", "", 0)
    token.content = content
    return [token]


def cut_point(text: str, size: int) -> int:
    """Where to end the parsed part of a long text: after its last line break within `size`
    characters, else after its last space there, else at `size`."""
    for edge in ("\n", " "):
        at = text.rfind(edge, 0, size)
        if at > 0:
            return at + 1
    return size


def limit_warnings(
    path: str, tokens: Sequence[Token], env: dict[str, object], line_of: Sequence[int]
) -> list[str]:
    """`path:line: message` for each place of a parsed note where a limit cut it short."""

    def line(map_line: int) -> int:
        return line_of[min(map_line, len(line_of) - 1)]

    out: list[str] = []
    deepest = max(
        (t for t in tokens if t.level >= MAX_NESTING - 1), key=lambda t: t.level, default=None
    )
    if deepest is not None:
        where = line(deepest.map[0]) if deepest.map else line_of[0]
        out.append(f"{path}:{where}: nested deeper than {MAX_NESTING} levels; the rest skipped")
    cut = env.get(CUT_KEY)
    for start, length in cut if isinstance(cut, list) else ():
        out.append(
            f"{path}:{line(start)}: paragraph of {length} characters; formatting past its "
            f"first {MAX_INLINE} is not read"
        )
    return out
