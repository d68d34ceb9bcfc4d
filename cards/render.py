"""Parsed note text -> Anki field HTML that looks like the note.

    **bold** *italic* ==highlight== `code` [[Note|alias]] $x^2$ ^[footnote] ![[image.png|300]]
    lists, tables, fenced code (highlighted offline), callouts, $$display math$$

All note text is HTML-escaped here and only a fixed set of tags is emitted;
`sanitize.finish` then checks every field again. Math becomes MathJax
`\\(..\\)` / `\\[..\\]`, footnote references become numbers whose text goes on
the back, images become `<img>` of files packed with the deck.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlparse

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

from cards.inline import InlineText, Mark
from cards.media import Media
from cards.parse import Block

_TAGS = {"strong": "b", "em": "i", "mark": "mark", "s": "s", "code": "code"}
_ORDER = ("link", "wikilink", "strong", "em", "mark", "s", "code")
_SAFE_SCHEMES = ("http", "https", "obsidian")
_CODE = HtmlFormatter(nowrap=True, classprefix="hl-")


def _mark_order(m: Mark) -> tuple[int, int, str]:
    return (m.start, -m.end, m.kind)


@dataclass
class Context:
    """What rendering one card needs from its note: footnotes, images, where it stands."""

    note: str = ""
    line: int = 1
    footnotes: Mapping[int, InlineText] = field(default_factory=dict)
    media: Media | None = None
    used: list[int] = field(default_factory=list)
    """Footnote ids met so far, in order: their number on this card is their index + 1."""
    skip_notes: frozenset[str] = frozenset()
    """Footnote texts not to repeat (a quote's attribution)."""

    def footnote(self, note_id: int) -> int | None:
        text = self.footnotes.get(note_id)
        if text is None or text.text.strip() in self.skip_notes:
            return None
        if note_id not in self.used:
            self.used.append(note_id)
        return self.used.index(note_id) + 1


def render(
    text: InlineText, clozes: Sequence[tuple[int, int, int]] = (), ctx: Context | None = None
) -> str:
    """HTML for inline text; each (start, end, n) in `clozes` becomes a `<cloze data-n>` range.

    One sweep over the cut points, the marks that cover each piece kept as it goes: a
    paragraph of thousands of formulas or bold words costs in proportion to its length."""
    ctx = ctx or Context()
    math = [m for m in text.marks if m.kind == "math"]
    spans = sorted(((*_snap(a, b, math), n) for a, b, n in clozes if b > a), key=lambda c: c[0])
    points = {0, len(text.text)} | {o for o, _ in text.footnotes}
    for m in text.marks:
        points.update((m.start, m.end))
    for a, b, _ in spans:
        points.update((a, b))
    cuts = sorted(p for p in points if 0 <= p <= len(text.text))
    at_point: dict[int, list[str]] = {}
    for m in sorted(text.marks, key=lambda m: (m.start, m.kind, m.data)):
        if m.kind in ("embed", "image"):
            at_point.setdefault(m.start, []).append(_embed(m.kind, m.data, ctx))
    for at, note_id in sorted(text.footnotes):
        if 0 <= at <= len(text.text):
            at_point.setdefault(at, []).append(_sup(ctx.footnote(note_id)))
    ranged = sorted((m for m in text.marks if m.end > m.start), key=_mark_order)
    active: list[Mark] = []
    taken = 0
    out: list[str] = []
    open_cloze: tuple[int, int, int] | None = None
    for a, b in itertools.pairwise([*cuts, cuts[-1]]) if cuts else []:
        out += at_point.get(a, ())
        if a == b:
            continue
        for span in spans:
            if span[0] == a and open_cloze is None:
                out.append(f'<cloze data-n="{span[2]}">')
                open_cloze = span
        while taken < len(ranged) and ranged[taken].start <= a:
            active.append(ranged[taken])
            taken += 1
        active = [m for m in active if m.end > a]
        inside = next((m for m in active if m.kind == "math"), None)
        if inside is not None:
            if inside.start == a:
                source = html.escape(text.text[inside.start : inside.end], quote=False)
                out.append(f"\\[{source}\\]" if inside.data == "display" else f"\\({source}\\)")
        else:
            out.append(_wrap(text.text[a:b], active))
        if open_cloze is not None and open_cloze[1] == b:
            out.append("</cloze>")
            open_cloze = None
    if open_cloze is not None:
        out.append("</cloze>")
    return "".join(out).strip()


def render_blocks(blocks: Sequence[Block], ctx: Context) -> str:
    """HTML for block content (an answer): paragraphs, lists, tables, code, callouts, math."""
    return "".join(_block(b, ctx) for b in blocks)


def render_footnotes(ctx: Context) -> str:
    """The footnotes referenced on this card, numbered as on its front."""
    if not ctx.used:
        return ""
    items = "".join(f"<li>{render(ctx.footnotes[i], ctx=Context())}</li>" for i in ctx.used)
    return f'<ol class="footnotes">{items}</ol>'


def render_plain(text: str) -> str:
    """Escaped plain text, for labels and attributions."""
    return html.escape(" ".join(text.split()), quote=False)


def _block(block: Block, ctx: Context) -> str:
    kind = block.kind
    if kind == "paragraph":  # one that held only a picture left out shows no blank line
        body = render(block.text, ctx=ctx)
        return f"<p>{body}</p>" if body.strip() else ""
    if kind == "heading":
        return f"<h4>{render(block.text, ctx=ctx)}</h4>"
    if kind == "list":
        tag = "ol" if block.level else "ul"
        return f"<{tag}>{''.join(_item(i, ctx) for i in block.children)}</{tag}>"
    if kind == "blockquote":
        inner = render_blocks(block.children, ctx)
        if not block.callout:
            return f"<blockquote>{inner}</blockquote>"
        title = render(block.title, ctx=ctx) if block.title else render_plain(block.callout.title())
        kind_class = "".join(c for c in block.callout if c.isalnum() or c == "-")
        return (
            f'<div class="callout callout-{kind_class}"><div class="callout-title">{title}</div>'
            f"{inner}</div>"
        )
    if kind == "table":
        return f"<table>{''.join(_row(r, ctx) for r in block.rows)}</table>"
    if kind == "code":
        return f'<pre class="codehilite"><code>{_highlight(block.source, block.lang)}</code></pre>'
    if kind == "math":
        return f"<p>\\[{html.escape(block.source.strip(), quote=False)}\\]</p>"
    if kind == "hr":
        return "<hr>"
    return ""


def _item(item: Block, ctx: Context) -> str:
    children = item.children
    if len(children) == 1 and children[0].kind == "paragraph":  # a tight item: no <p>
        return f"<li>{render(children[0].text, ctx=ctx)}</li>"
    return f"<li>{render_blocks(children, ctx)}</li>"


def _row(row: Block, ctx: Context) -> str:
    cells = "".join(
        f"<{c.source}>{render(c.text, ctx=ctx)}</{c.source}>"
        for c in row.children
        if c.source in ("th", "td")
    )
    return f"<tr>{cells}</tr>"


def _highlight(source: str, lang: str) -> str:
    """Code coloured by Pygments classes (styled in the note type's CSS): works offline in Anki."""
    try:
        lexer = get_lexer_by_name(lang.strip().split()[0]) if lang.strip() else None
    except ClassNotFound:
        lexer = None
    if lexer is None:
        return html.escape(source, quote=False)
    return str(highlight(source, lexer, _CODE))


def _sup(number: int | None) -> str:
    return f'<sup class="fn">{number}</sup>' if number else ""


def _embed(kind: str, data: str, ctx: Context) -> str:
    target, _, size = data.partition("|") if kind == "embed" else (data, "", "")
    name = ctx.media.image(ctx.note, ctx.line, target, kind == "embed") if ctx.media else None
    if name is None:
        shown = target.rsplit("/", 1)[-1]
        return f'<span class="embed">{render_plain(shown)}</span>' if kind == "embed" else ""
    width = f' width="{int(size.split("x")[0])}"' if size.split("x")[0].isdigit() else ""
    return f'<img src="{html.escape(name, quote=True)}" alt=""{width}>'


def _snap(a: int, b: int, math: list[Mark]) -> tuple[int, int]:
    """Never cut a formula in two: widen a cloze to whole formulas."""
    for m in math:
        if m.start < a < m.end:
            a = m.start
        if m.start < b < m.end:
            b = m.end
    return a, b


def _wrap(piece: str, active: list[Mark]) -> str:
    """One piece of text inside the marks that cover it all (every mark edge is a cut)."""
    body = html.escape(piece.replace("\n", " "), quote=False)
    ordered = sorted(
        active, key=lambda m: _ORDER.index(m.kind) if m.kind in _ORDER else 99, reverse=True
    )
    for mark in ordered:
        if mark.kind in _TAGS:
            tag = _TAGS[mark.kind]
            body = f"<{tag}>{body}</{tag}>"
        elif mark.kind == "link" and urlparse(mark.data).scheme in _SAFE_SCHEMES:
            body = f'<a href="{html.escape(mark.data, quote=True)}">{body}</a>'
        elif mark.kind == "wikilink":
            body = f'<span class="wikilink">{body}</span>'
    return body
