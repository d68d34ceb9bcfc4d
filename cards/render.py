"""InlineText -> Anki field HTML, with optional cloze deletions.

Safe by construction: every character of note text is HTML-escaped and the
only tags emitted are the fixed few below, so nothing in a note can inject
markup or script into a card. Math becomes MathJax `\\(..\\)` / `\\[..\\]`.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence
from urllib.parse import urlparse

from cards.inline import InlineText, Mark

_TAGS = {"strong": "b", "em": "i", "mark": "mark", "s": "s", "code": "code"}
_ORDER = ("link", "wikilink", "strong", "em", "mark", "s", "code")
_SAFE_SCHEMES = ("http", "https", "obsidian")


def render(text: InlineText, clozes: Sequence[tuple[int, int, int]] = ()) -> str:
    """HTML for `text`; each (start, end, n) in `clozes` becomes `{{cn::...}}` around that range."""
    math = [m for m in text.marks if m.kind == "math"]
    spans = sorted(((*_snap(a, b, math), n) for a, b, n in clozes if b > a), key=lambda c: c[0])
    points = {0, len(text.text)}
    for m in text.marks:
        points.update((m.start, m.end))
    for a, b, _ in spans:
        points.update((a, b))
    cuts = sorted(p for p in points if 0 <= p <= len(text.text))
    out: list[str] = []
    open_cloze: tuple[int, int, int] | None = None
    for a, b in itertools.pairwise(cuts):
        for span in spans:
            if span[0] == a and open_cloze is None:
                out.append(f"{{{{c{span[2]}::")
                open_cloze = span
        inside = open_cloze is not None
        maths = [m for m in math if m.start <= a < m.end]
        if maths:
            if maths[0].start == a:
                out.append(_math(text.text[maths[0].start : maths[0].end], maths[0].data, inside))
        else:
            out.append(_wrap(text, a, b, inside))
        if open_cloze is not None and open_cloze[1] == b:
            out.append("}}")
            open_cloze = None
    if open_cloze is not None:
        out.append("}}")
    return "".join(out).strip()


def render_plain(text: str) -> str:
    """Escaped plain text, for labels and attributions."""
    return html.escape(" ".join(text.split()), quote=False)


def _snap(a: int, b: int, math: list[Mark]) -> tuple[int, int]:
    """Never cut a formula in two: widen a cloze to whole formulas."""
    for m in math:
        if m.start < a < m.end:
            a = m.start
        if m.start < b < m.end:
            b = m.end
    return a, b


def _escape(s: str, in_cloze: bool) -> str:
    escaped = html.escape(s.replace("\n", " "), quote=False)
    if in_cloze:  # `::` and `}}` would end the deletion early
        escaped = escaped.replace(":", "&#58;").replace("}", "&#125;").replace("{", "&#123;")
    return escaped


def _wrap(text: InlineText, a: int, b: int, in_cloze: bool) -> str:
    body = _escape(text.text[a:b], in_cloze)
    active = [m for m in text.marks if m.start <= a and m.end >= b and m.end > m.start]
    active.sort(key=lambda m: _ORDER.index(m.kind) if m.kind in _ORDER else 99, reverse=True)
    for mark in active:
        if mark.kind in _TAGS:
            tag = _TAGS[mark.kind]
            body = f"<{tag}>{body}</{tag}>"
        elif mark.kind == "link" and urlparse(mark.data).scheme in _SAFE_SCHEMES:
            body = f'<a href="{html.escape(mark.data, quote=True)}">{body}</a>'
        elif mark.kind == "wikilink":
            body = f'<span class="wikilink">{body}</span>'
    return body


def _math(source: str, data: str, in_cloze: bool) -> str:
    body = _escape(source, in_cloze)
    return f"\\[{body}\\]" if data == "display" else f"\\({body}\\)"
