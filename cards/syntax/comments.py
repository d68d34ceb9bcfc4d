"""Comments: Obsidian's `%%hidden%%` (inline, or `%%` lines around whole blocks) and HTML's
`<!-- hidden -->`.

Obsidian shows nothing of a comment in reading view, so a card must not show
it either: it holds to-dos, drafts and plugin data (an Excalidraw drawing's
JSON, a Kanban board's settings). A comment may span blank lines and code
fences, and a `%%` inside a code fence is code (Mermaid writes its comments
so), not a comment's edge.

The comment's characters are removed before Markdown is parsed and its line
breaks kept, so every later line keeps its number.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^ {0,3}(?:> ?)*(`{3,}|~{3,})")


def without_comments(text: str) -> str:
    """The text with each `%%...%%` and `<!--...-->` span removed, its line breaks kept.

    An opening that nothing closes is text, as the rest of the note would otherwise vanish.
    """
    if "%%" not in text and "<!--" not in text:
        return text  # most notes: nothing to scan
    out: list[str] = []
    fence = ""  # the open fence's marker, while inside one
    hidden = -1  # where the open comment began, while inside one
    closer = ""
    offset = 0
    for line in text.split("\n"):
        opened = _FENCE.match(line) if hidden < 0 else None
        if fence or opened:
            if not fence:
                fence = opened.group(1) if opened else ""
            elif opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
            out.append(line)
        else:
            kept, hidden, closer = _visible(line, offset, hidden, closer)
            out.append(kept)
        offset += len(line) + 1
    if hidden >= 0:
        return without_comments(text[:hidden]) + text[hidden:]
    return "\n".join(out)


def _visible(line: str, offset: int, hidden: int, closer: str) -> tuple[str, int, str]:
    """The parts of one line (at `offset` in the note) outside comments; where a comment that
    runs on past it began (-1 if none does), and what closes it."""
    parts: list[str] = []
    ahead = _Ahead(line)
    at = 0
    while True:
        if hidden >= 0:
            edge = ahead.find(closer, at)
            if edge < 0:
                return "".join(parts), hidden, closer
            hidden, at = -1, edge + len(closer)
            continue
        edge, closer = _opening(ahead, at)
        if edge < 0:
            parts.append(line[at:])
            return "".join(parts), hidden, closer
        parts.append(line[at:edge])
        hidden = offset + edge
        at = edge + (2 if closer == "%%" else 4)


def _opening(ahead: _Ahead, at: int) -> tuple[int, str]:
    """Where the first comment from `at` opens, and what closes it; (-1, "") if none does."""
    obsidian, html = ahead.find("%%", at), ahead.find("<!--", at)
    if html >= 0 and (obsidian < 0 or html < obsidian):
        return html, "-->"
    return obsidian, "%%" if obsidian >= 0 else ""


class _Ahead:
    """`str.find` over one line that remembers each mark's next place: a line of a thousand
    `%%` then asks for `<!--` a thousand times, and is searched for it once."""

    def __init__(self, line: str) -> None:
        self.line = line
        self.found: dict[str, tuple[int, int]] = {}
        """mark -> (searched from, found at or -1)."""

    def find(self, mark: str, at: int) -> int:
        since, where = self.found.get(mark, (len(self.line) + 1, -1))
        if not (since <= at and (where < 0 or where >= at)):
            where = self.line.find(mark, at)
            self.found[mark] = (at, where)
        return where
