"""Parse a `SourceNote` once into a `ParsedNote` that every extractor shares.

markdown-it-py (with front matter, footnotes, dollar math, tables and our
Obsidian plugins) produces tokens; this module folds them into a small tree
of frozen `Block`s whose text is `InlineText`, with file line numbers.
Extractors walk that tree and never look at the raw file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from types import MappingProxyType

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.footnote import footnote_plugin

from cards.inline import InlineText, Mark
from cards.syntax import callout_plugin, highlight_plugin, tag_plugin, wikilink_plugin
from cards.syntax.blockids import block_id_start
from cards.syntax.bounded import MAX_NESTING, bounded_plugin, limit_warnings
from cards.syntax.citations import without_citations
from cards.syntax.clippings import header_end
from cards.syntax.comments import without_comments
from cards.syntax.fields import without_fields
from cards.syntax.mathmacros import math_macro_plugin, math_warnings
from cards.syntax.orgblocks import quote_blocks_as_markdown
from cards.syntax.plaintext import to_markdown
from cards.syntax.quiet import quiet_plugin
from cards.syntax.rawhtml import details_as_markdown, without_tags
from cards.syntax.tasks import box_end
from cards.syntax.timestamps import timestamp_end
from cards.vault import SourceNote

_CONTAINERS = {
    "blockquote": "blockquote",
    "bullet_list": "list",
    "ordered_list": "list",
    "list_item": "item",
    "table": "table",
    "thead": "rows",
    "tbody": "rows",
    "tr": "row",
}
_LEAVES = {"heading", "paragraph", "th", "td"}
_STYLE = {"strong": "strong", "em": "em", "mark": "mark", "s": "s", "link": "link"}


@dataclass(frozen=True, slots=True)
class Block:
    """A node of a note's block tree."""

    kind: str
    """heading, paragraph, blockquote, list, item, table, rows, row, cell, code, math, hr."""
    line: int
    """File line (1-based) where the block starts."""
    text: InlineText = field(default_factory=InlineText)
    """Inline content of headings, paragraphs and table cells."""
    children: tuple[Block, ...] = ()
    level: int = 0
    """Heading level; for lists, 1 if ordered."""
    callout: str = ""
    """For a blockquote that is an Obsidian callout: its type (`quote`, `note`, ...)."""
    title: InlineText | None = None
    """The callout title."""
    source: str = ""
    """Literal content of code and display-math blocks; `th` or `td` for cells."""
    lang: str = ""
    """Code block language (the fence's info string)."""

    @property
    def rows(self) -> list[Block]:
        """A table's rows, its header row first: the head and body groups flattened."""
        return [row for group in self.children for row in group.children if row.kind == "row"]


@dataclass(frozen=True, slots=True)
class ParsedNote:
    """A note parsed once: what every extractor reads."""

    note: SourceNote
    title: str
    blocks: tuple[Block, ...]
    footnotes: Mapping[int, InlineText]
    tags: tuple[str, ...]
    """Front matter tags, then inline `#tags`, each once."""
    warnings: tuple[str, ...] = ()
    """Read or parsed, but not cleanly: `path:line: message`."""

    @property
    def path(self) -> str:
        return self.note.path


@lru_cache(maxsize=1)
def markdown() -> MarkdownIt:
    """The one parser configuration, made once."""
    return new_parser()


def new_parser() -> MarkdownIt:
    """The parser's configuration. Raw HTML stays text: cards never carry a note's HTML, so
    the two HTML rules, which would only learn that `html` is off, are not asked at all."""
    return (
        MarkdownIt("commonmark", {"html": False, "maxNesting": MAX_NESTING})
        .enable("table")
        .enable("strikethrough")
        .disable(["html_block", "html_inline"])
        .use(footnote_plugin)
        .use(dollarmath_plugin, allow_space=True, allow_digits=False, double_inline=True)
        .use(wikilink_plugin)
        .use(bounded_plugin)
        .use(highlight_plugin)
        .use(tag_plugin)
        .use(callout_plugin)
        .use(math_macro_plugin)
        .use(quiet_plugin)
    )


def parse_note(note: SourceNote) -> ParsedNote:
    """Parse one note. Plain-text notes pass through the normaliser first."""
    if note.plain:
        text, where = to_markdown(note.body)
        line_of = [note.body_line + w for w in where]
    else:
        text = without_comments(note.body)
        text = without_fields(details_as_markdown(quote_blocks_as_markdown(text)))
        line_of = [note.body_line + n for n in range(text.count("\n") + 2)]
    env: dict[str, object] = {}
    tokens = markdown().parse(text, env)
    builder = _Builder(line_of, tokens, html=not note.plain)
    blocks = builder.blocks(0, len(tokens))
    footnotes = _footnotes(tokens, builder)
    tags: dict[str, None] = dict.fromkeys(note.tags)
    for tag in builder.tags:
        tags.setdefault(tag, None)
    title = str(note.metadata.get("title") or "").strip() or _first_h1(blocks) or note.name
    warnings = [
        *note.warnings,
        *limit_warnings(note.path, tokens, env, line_of),
        *math_warnings(note.path, env, line_of),
    ]
    return ParsedNote(
        note, title, blocks, MappingProxyType(footnotes), tuple(tags), tuple(warnings)
    )


def _unboxed(children: tuple[Block, ...]) -> tuple[Block, ...]:
    """A list item's blocks without the task box that opens its first paragraph."""
    first = children[0]
    end = box_end(first.text.text)
    if not end:
        return children
    text = first.text.narrowed(end, len(first.text.text))
    return (replace(first, text=text), *children[1:])


def _first_h1(blocks: Sequence[Block]) -> str:
    """The note's title when it opens on its only level-1 heading. A level-1 heading further
    down, or one of several, heads a part of the note ("# Terms" after an introduction,
    "# Plan" beside "# Women"): the file name is then the title, as Obsidian shows it."""
    ones = [block for block in blocks if block.kind == "heading" and block.level == 1]
    if len(ones) == 1 and blocks and blocks[0] is ones[0]:
        return ones[0].text.text.strip()
    return ""


def _footnotes(tokens: list[Token], builder: _Builder) -> dict[int, InlineText]:
    """Footnote id -> its text, for `[^1]` definitions and inline `^[...]` notes alike."""
    notes: dict[int, InlineText] = {}
    current: int | None = None
    for tok in tokens:
        if tok.type == "footnote_open":
            current = int(tok.meta["id"])
        elif tok.type == "footnote_close":
            current = None
        elif current is not None and tok.type == "inline":
            text = builder.inline(tok.children or [])
            notes[current] = text if current not in notes else _join(notes[current], text)
    return {k: v.strip() for k, v in notes.items()}


def _join(a: InlineText, b: InlineText) -> InlineText:
    from cards.inline import concat

    return concat([a, b])


class _Builder:
    """Folds markdown-it's token stream into `Block`s, collecting inline tags on the way.

    Straight from the tokens, an opening token's children being those before its closing one:
    markdown-it's own `SyntaxTreeNode` made an object per token, inline ones included, which
    cost a third of a note's parse time and which nothing here needs."""

    def __init__(self, line_of: list[int], tokens: Sequence[Token], html: bool = True) -> None:
        self.line_of = line_of
        self.html = html
        """Markdown, where Obsidian renders raw HTML tags: drop them from the text."""
        self.tokens = tokens
        self.tags: list[str] = []
        self.closing = [len(tokens)] * len(tokens)
        """Per opening token, where its closing token is (the end, if it has none)."""
        opened: list[int] = []
        for at, tok in enumerate(tokens):
            if tok.nesting == 1:
                opened.append(at)
            elif tok.nesting == -1 and opened:
                self.closing[opened.pop()] = at

    def line(self, tok: Token) -> int:
        start = tok.map[0] if tok.map else 0
        return self.line_of[min(start, len(self.line_of) - 1)]

    def blocks(self, start: int, stop: int) -> tuple[Block, ...]:
        """The blocks made of the tokens from `start` up to `stop`, at one level."""
        out: list[Block] = []
        at = start
        while at < stop:
            tok = self.tokens[at]
            if tok.nesting == 1:
                block = self.nested(at, self.closing[at])
                at = self.closing[at] + 1
            else:
                block = self.leaf(tok)
                at += 1
            if block is not None:
                out.append(block)
        return tuple(out)

    def nested(self, at: int, closing: int) -> Block | None:
        """The block an opening token starts; its children run up to `closing`."""
        tok = self.tokens[at]
        kind = tok.type.removesuffix("_open")
        if kind in _LEAVES:
            first = self.tokens[at + 1] if at + 1 < closing else None
            text = InlineText()
            if first is not None and first.nesting == 0:  # the inline token of its text
                text = self.inline(first.children or [])
            if kind in ("th", "td"):  # markdown-it maps a cell's text, not the cell
                where = first if first is not None and first.map else tok
                return Block("cell", self.line(where), text, source=kind)
            level = int(tok.tag[1]) if kind == "heading" else 0
            line = self.line(tok)
            if kind == "paragraph":
                skip = header_end(text.text) or timestamp_end(text.text)
                end = block_id_start(text.text) if self.html else len(text.text)
                if skip or end < len(text.text):  # "Highlight | Location 245", "[04:12]" and
                    if skip >= end:  # "^protest" say only where
                        return None
                    line += text.line_of(skip)
                    text = text.narrowed(skip, end)
            return Block(kind, line, text, level=level)
        if kind in _CONTAINERS:
            meta = tok.meta
            title = self.inline(meta["title"]) if meta.get("title") is not None else None
            children = self.blocks(at + 1, closing)
            if kind == "list_item" and children and children[0].kind == "paragraph":
                children = _unboxed(children)
            return Block(
                _CONTAINERS[kind],
                self.line(tok),
                children=children,
                level=1 if kind == "ordered_list" else 0,
                callout=str(meta.get("callout", "")),
                title=title,
            )
        return None  # footnote definitions (kept apart)

    def leaf(self, tok: Token) -> Block | None:
        kind = tok.type
        if kind in ("fence", "code_block"):
            return Block("code", self.line(tok), source=tok.content, lang=tok.info)
        if kind in ("math_block", "math_block_label"):
            return Block("math", self.line(tok), source=tok.content)
        if kind == "hr":
            return Block("hr", self.line(tok))
        return None  # front matter, html

    def inline(self, tokens: Sequence[Token]) -> InlineText:
        """Plain text plus marks from a run of inline tokens."""
        text: list[str] = []
        marks: list[Mark] = []
        notes: list[tuple[int, int]] = []
        breaks: list[int] = []
        tags: list[str] = []
        opened: list[tuple[str, int, str]] = []
        pos = 0

        def add(s: str) -> None:
            nonlocal pos
            text.append(s)
            pos += len(s)

        for tok in tokens:
            t = tok.type
            if t == "text":
                content = without_citations(tok.content)
                add(without_tags(content) if self.html else content)
            elif t in ("softbreak", "hardbreak"):
                breaks.append(pos)
                add("\n")
            elif t.endswith("_open") and t[:-5] in _STYLE:
                href = str(tok.attrs.get("href", "")) if t == "link_open" else ""
                opened.append((_STYLE[t[:-5]], pos, href))
            elif t.endswith("_close") and t[:-6] in _STYLE:
                for n in range(len(opened) - 1, -1, -1):
                    if opened[n][0] == _STYLE[t[:-6]]:
                        kind, start, data = opened.pop(n)
                        marks.append(Mark(start, pos, kind, data))
                        break
            elif t == "code_inline":
                start = pos
                add(tok.content)
                marks.append(Mark(start, pos, "code"))
            elif t in ("math_inline", "math_inline_double"):
                start = pos
                add(tok.content)
                marks.append(Mark(start, pos, "math", "display" if t.endswith("double") else ""))
            elif t == "wikilink":
                start = pos
                add(tok.content)
                marks.append(Mark(start, pos, "wikilink", str(tok.meta.get("target", ""))))
            elif t == "embed":  # ![[target|size]]: where, and how wide
                data = f"{tok.meta.get('target', '')}|{tok.meta.get('alias', '')}"
                marks.append(Mark(pos, pos, "embed", data))
            elif t == "image":
                marks.append(Mark(pos, pos, "image", str(tok.attrs.get("src", ""))))
            elif t == "footnote_ref":
                notes.append((pos, int(tok.meta["id"])))
            elif t == "tag":
                tags.append(tok.content)
            elif t == "html_inline":
                add(tok.content)
        self.tags += tags
        marks.sort(key=lambda m: (m.start, -m.end, m.kind))
        return InlineText("".join(text), tuple(marks), tuple(notes), tuple(breaks), tuple(tags))
