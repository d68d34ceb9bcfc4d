"""Logseq's quote blocks, written in Org mode's syntax inside Markdown pages:

    - #+BEGIN_QUOTE
      The cycle is the enemy, not your partner.
      #+END_QUOTE
        - Sue Johnson

Logseq shows the lines between as a quotation; Markdown would show the markers
as text, and the quote as the note's own sentence. Each line inside becomes a
`>` line at the same indent, and the markers' lines stay (as an empty quote
line and a blank line), so every line keeps its number.
"""

from __future__ import annotations

import re

_BLOCK = re.compile(
    r"^(?P<lead>[ \t]*(?:[-*+][ \t]+)?)#\+BEGIN_QUOTE[ \t]*\n(?P<body>(?:.*\n)*?)"
    r"(?P<indent>[ \t]*)#\+END_QUOTE[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


def quote_blocks_as_markdown(text: str) -> str:
    """The text with each `#+BEGIN_QUOTE` ... `#+END_QUOTE` block as a Markdown quote."""
    if "#+" not in text:
        return text  # most notes: nothing to scan
    return _BLOCK.sub(_quoted, text)


def _quoted(found: re.Match[str]) -> str:
    lead, indent = found["lead"], found["indent"]
    body = found["body"].splitlines()
    lines = [f"{lead}>"]
    for line in body:
        inner = line[len(indent) :] if line.startswith(indent) else line.lstrip()
        lines.append(f"{indent}> {inner}".rstrip())
    lines.append("")
    return "\n".join(lines)
