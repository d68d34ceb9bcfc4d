"""One self-contained HTML page with every card, front and back, as Anki would show it.

Cards are rendered from the same two templates and CSS as the note types
(cloze: each deletion is its own card), images are inlined, and a little
script filters by extractor and searches; the filter lives in the URL hash
(`#kind=quote&q=solace`), so a filtered view can be bookmarked or shared.
Field HTML was sanitised when the cards were made; nothing here adds note text
unescaped.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Sequence
from itertools import groupby
from urllib.parse import quote

from cards.anki.deck import Card
from cards.anki.media import Packed
from cards.anki.notetypes import CSS
from cards.cardspecs import CardSpec
from cards.items import KINDS

_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def cloze_numbers(text: str) -> list[int]:
    return sorted({int(m.group(1)) for m in _CLOZE.finditer(text)})


def cloze_side(text: str, number: int, answer: bool) -> str:
    """Anki's cloze rendering of card `number`: its deletion hidden (or shown), others plain;
    a hidden deletion with a hint (`{{c2::...::What is X?}}`) shows `[What is X?]`."""

    def one(m: re.Match[str]) -> str:
        if int(m.group(1)) != number:
            return f'<span class="cloze-inactive" data-ordinal="{m.group(1)}">{m.group(2)}</span>'
        inner = m.group(2) if answer else f"[{m.group(3) or '...'}]"
        return f'<span class="cloze">{inner}</span>'

    return _CLOZE.sub(one, text)


def sides(card: Card) -> list[tuple[str, str]]:
    """(front, back) for each Anki card of a note, as our templates render them."""
    fields = card.fields
    source = f'<div class="source">{fields[2]}</div>' if fields[2] else ""
    if card.notetype == "cloze":
        extra = f'<div class="extra">{fields[1]}</div>' if fields[1] else ""
        return [
            (cloze_side(fields[0], n, False), cloze_side(fields[0], n, True) + extra + source)
            for n in cloze_numbers(fields[0])
        ]
    return [(fields[0], f'{fields[0]}<hr id="answer">{fields[1]}{source}')]


def preview_page(
    pairs: Sequence[tuple[CardSpec, Card]], media: Sequence[Packed], title: str, vault: str
) -> str:
    """The whole page: one section per note, one article per Anki card."""
    inline = {m.name: _data_uri(m) for m in media}
    sections = []
    total = 0
    ordered = sorted(pairs, key=lambda p: (p[0].path, p[0].line, p[0].kind, p[1].guid))
    for path, group in groupby(ordered, key=lambda p: p[0].path):
        articles = []
        for spec, card in group:
            for n, (front, back) in enumerate(sides(card), 1):
                total += 1
                text = html.escape(" ".join(_TAG.sub(" ", back).split()).lower(), quote=True)
                label = f"{spec.kind} · card {n}" if card.notetype == "cloze" else spec.kind
                articles.append(
                    f'<article class="preview" data-kind="{spec.extractor}" data-text="{text}">'
                    f'<header>{html.escape(label)} · <a class="where" href="{_link(vault, path)}">'
                    f"{html.escape(path)}:{spec.line}</a></header>"
                    f'<div class="side"><div class="card">{_images(front, inline)}</div></div>'
                    f'<div class="side"><div class="card">{_images(back, inline)}</div></div>'
                    "</article>"
                )
        sections.append(
            f'<section class="note"><h2>{html.escape(path)}</h2>{"".join(articles)}</section>'
        )
    boxes = "".join(
        f'<label><input type="checkbox" name="kind" value="{k}" checked> {k}</label>' for k in KINDS
    )
    return _PAGE.format(
        title=html.escape(title),
        css=CSS + _LAYOUT,
        boxes=boxes,
        total=total,
        sections="".join(sections),
        script=_SCRIPT,
    )


def _link(vault: str, path: str) -> str:
    target = path[:-3] if path.endswith(".md") else path
    uri = f"obsidian://open?vault={quote(vault, safe='')}&file={quote(target, safe='')}"
    return html.escape(uri, quote=True)


def _images(fragment: str, inline: dict[str, str]) -> str:
    return re.sub(
        r'<img src="([^"]+)"',
        lambda m: f'<img src="{inline.get(html.unescape(m.group(1)), m.group(1))}"',
        fragment,
    )


def _data_uri(packed: Packed) -> str:
    kind = {".jpg": "jpeg", ".jpeg": "jpeg"}.get(
        packed.source.suffix.lower(), packed.source.suffix[1:]
    )
    data = base64.b64encode(packed.source.read_bytes()).decode("ascii")
    return f"data:image/{kind.lower()};base64,{data}"


_LAYOUT = """
body { margin: 0; background: #e9e9ec; }
body.nightMode { background: #111; }
.bar { position: sticky; top: 0; z-index: 1; display: flex; gap: 1em; align-items: center;
  flex-wrap: wrap; padding: 0.6em 1em; background: #2b2b30; color: #fff; font: 14px sans-serif; }
.bar input[type=search] { flex: 1; min-width: 12em; padding: 0.3em 0.5em; font-size: 14px; }
section.note { margin: 1em; }
section.note h2 { font: 600 15px sans-serif; color: #555; margin: 0.4em 0; }
body.nightMode section.note h2 { color: #aaa; }
article.preview { display: grid; grid-template-columns: 1fr 1fr; gap: 0.5em; margin: 0.5em 0; }
article.preview header { grid-column: 1 / 3; font: 12px sans-serif; color: #777; }
.side { border-radius: 8px; overflow: hidden; background: #fdfdfd; }
body.nightMode .side { background: #1e1e20; }
.side .card { padding: 0.6em 1em; font-size: 16px; }
.hidden { display: none !important; }
@media (max-width: 700px) { article.preview { grid-template-columns: 1fr; }
  article.preview header { grid-column: 1; } }
"""

_SCRIPT = """
const boxes = [...document.querySelectorAll('input[name=kind]')];
const search = document.getElementById('q');
const night = document.getElementById('night');
function apply() {
  const kinds = new Set(boxes.filter(b => b.checked).map(b => b.value));
  const q = search.value.trim().toLowerCase();
  let shown = 0;
  for (const a of document.querySelectorAll('article.preview')) {
    const ok = kinds.has(a.dataset.kind) && (!q || a.dataset.text.includes(q));
    a.classList.toggle('hidden', !ok);
    shown += ok ? 1 : 0;
  }
  for (const s of document.querySelectorAll('section.note'))
    s.classList.toggle('hidden', !s.querySelector('article.preview:not(.hidden)'));
  document.getElementById('shown').textContent = shown;
  document.body.classList.toggle('nightMode', night.checked);
  for (const c of document.querySelectorAll('.card'))
    c.classList.toggle('nightMode', night.checked);
  const all = kinds.size === boxes.length;
  const hash = new URLSearchParams();
  if (!all) hash.set('kind', [...kinds].join(','));
  if (q) hash.set('q', q);
  if (night.checked) hash.set('night', '1');
  history.replaceState(null, '', hash.toString() ? '#' + hash : location.pathname);
}
function load() {
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.has('kind')) {
    const kinds = new Set(hash.get('kind').split(','));
    boxes.forEach(b => { b.checked = kinds.has(b.value); });
  }
  search.value = hash.get('q') || '';
  night.checked = hash.get('night') === '1';
  apply();
}
boxes.forEach(b => b.addEventListener('change', apply));
search.addEventListener('input', apply);
night.addEventListener('change', apply);
load();
"""

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><style>{css}</style></head>
<body>
<div class="bar"><strong>{title}</strong> {boxes}
<input type="search" id="q" placeholder="search cards">
<label><input type="checkbox" id="night"> night</label>
<span><span id="shown">{total}</span> of {total} cards</span></div>
{sections}
<script>{script}</script>
</body></html>
"""
