"""Quoted passages with their attribution.

    > [!quote] Craving sex
    > Both of these puzzles make perfect sense ...
    > \\-[[Come As You Are by Emily Nagoski]]          <- trailing attribution line

    > Sue Johnson calls this "solace sex".^[Johnson, Love Sense, 121.]   <- footnote

    "Sex that we crave often isn't sex that feels good."^[[[Come As You Are]]]   <- inline, cited

The attribution is, in order: a trailing dash (or tilde) line inside or right after
the quote, a footnote inside it, a callout title that names a source. Callouts
of other types (note, tip, ...) are not quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.extractors.walk import QUOTE_CALLOUTS, Visit, walk
from cards.inline import InlineText, concat
from cards.items import Item, SourceRef
from cards.language import sentences, words
from cards.parse import Block, ParsedNote

_DASH_LINE = re.compile(r"^\s*(?:\\?-{1,2}|—|–|―|~)\s*(?P<who>\S.{0,120})$")
_INLINE = re.compile(r"[\"“](?P<q>[^\"“”\n]{12,}?)[\"”]")
_AFTER = re.compile(r"^\s*(?:-{1,2}|—|–)\s*(?P<who>[^.;\n]{2,80}?)(?:[.;]|\s*$)")
_TAIL = re.compile(r"[.!?…][\"”’)]*\s+(?P<dash>[—–]|--)\s*(?P<who>[A-Z*_][^.!?\n]{1,80}?)\s*$")
MIN_WORDS = 3


def extract_quotes(note: ParsedNote) -> Iterator[Item]:
    """Blockquotes and quote callouts, then quoted sentences with a citation."""
    for visit in walk(note.blocks):
        block = visit.block
        if visit.quoted:
            continue
        if block.kind == "blockquote" and block.callout in QUOTE_CALLOUTS:
            item = _blockquote(note, visit)
            if item:
                yield item
        elif block.kind == "paragraph":
            yield from _inline_quotes(note, visit)


def _blockquote(note: ParsedNote, visit: Visit) -> Item | None:
    block = visit.block
    parts = [c.text for c in block.children if c.kind == "paragraph"]
    who = ""
    if parts:
        parts[-1], who = _split_attribution(parts[-1])
    if not who:
        who = _list_attribution(block) or _after_attribution(visit)
    body = concat([p for p in parts if p.text.strip()], sep="\n").strip()
    if len(words(body.text)) < MIN_WORDS:
        return None
    if not who and body.footnotes:
        who = note.footnotes.get(body.footnotes[0][1], InlineText()).text
    title = block.title.text.strip() if block.title else ""
    if not who and block.title and _names_source(block.title):
        who = title
    ref = SourceRef(note.path, block.line, visit.headings)
    return Item(
        "quote",
        ref,
        body,
        key=_key(body),
        attribution=_clean(who),
        title=title,
        source="blockquote",
    )


def _split_attribution(text: InlineText) -> tuple[InlineText, str]:
    """The attribution, if the quote ends with one, and the quote without it.

    Either a last line that starts with a dash, or a dash and a name right after
    the last sentence: `... in reality. — Seneca`. A dash inside a sentence is
    never taken for one.
    """
    start = text.breaks[-1] + 1 if text.breaks else 0
    found = _DASH_LINE.match(text.text[start:])
    if found and len(words(found.group("who"))) <= 14:
        return text.slice(0, start).strip(), found.group("who")
    tail = _TAIL.search(text.text)
    if tail and len(words(tail.group("who"))) <= 8:
        return text.slice(0, tail.start("dash")).strip(), tail.group("who")
    return text, ""


def _list_attribution(block: Block) -> str:
    """`> - Author` parses as a one-item list at the end of the quote."""
    last = block.children[-1] if block.children else None
    if last is None or last.kind != "list" or len(last.children) != 1 or len(block.children) < 2:
        return ""
    item = last.children[0].children
    text = item[0].text.text.strip() if item and item[0].kind == "paragraph" else ""
    return text if 0 < len(words(text)) <= 10 else ""


def _after_attribution(visit: Visit) -> str:
    """A dash line (or one-item list) right below the quote, with at most one blank line between."""
    after = visit.next()
    if after is None:
        return ""
    if after.kind == "paragraph" and not after.text.breaks:
        found = _DASH_LINE.match(after.text.text)
        if found and len(words(found.group("who"))) <= 10 and not after.text.text.startswith("- "):
            return found.group("who")
    return ""


def _names_source(title: InlineText) -> bool:
    """A callout title that is only a link (`[[Atomic Habits]]`) or reads 'X by Y'."""
    text = title.text.strip()
    linked = any(
        m.start == 0 and m.end >= len(text) for m in title.marks if m.kind in ("wikilink", "link")
    )
    return linked or bool(re.search(r"\bby [A-Z]", text))


def _inline_quotes(note: ParsedNote, visit: Visit) -> Iterator[Item]:
    text = visit.block.text
    for found in _INLINE.finditer(text.text):
        quote = found.group("q").strip()
        if len(words(quote)) < 4 or not quote[:1].isupper():
            continue
        close = found.end()
        cite = [i for o, i in text.footnotes if close <= o <= close + 1]
        who = ""
        if cite:
            who = note.footnotes.get(cite[0], InlineText()).text
        else:
            after = _AFTER.match(text.text[close:])
            if not after:
                continue
            who = after.group("who")
        body = text.slice(found.start("q"), found.end("q")).strip()
        ref = SourceRef(note.path, visit.block.line + text.line_of(found.start()), visit.headings)
        yield Item("quote", ref, body, key=_key(body), attribution=_clean(who), source="inline")


def _key(body: InlineText) -> tuple[int, int] | None:
    """The phrase to hide: the emphasised one, else the end of the first sentence."""
    for mark in body.marks:
        if mark.kind in ("strong", "mark") and mark.end > mark.start:
            return (mark.start, mark.end)
    spans = sentences(body.text)
    if not spans:
        return None
    start, end = spans[0]
    tokens = list(re.finditer(r"\S+", body.text[start:end]))
    if len(tokens) < 4:
        return None
    half = tokens[len(tokens) // 2]
    stop = end
    while stop > start and body.text[stop - 1] in ".!?,;:\"”’'":
        stop -= 1
    return (start + half.start(), stop)


def _clean(who: str) -> str:
    return " ".join(who.strip().strip("-—–").split())
