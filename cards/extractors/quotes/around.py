"""An attribution found around a quote rather than in it: the blocks next to it, the note's
front matter.

    Brené Brown writes:                      <- a line above that introduces the quote
    > We are hardwired for connection.
    — *Daring Greatly*                       <- a dash line, `(Name)` or `Source: ...` below

    - "No man is free who is not master of himself."
        - Epictetus                          <- an outliner's item nested under the quote

Notes put a quote's source where their editor makes it easy: a line after the quote, the
item under it in an outline, the author in the front matter of a book note. Each reader
here takes only a short line of one of these shapes, so running prose is never taken for
a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.extractors.quotes.names import DASH_LINE, NAME, PAREN_AFTER, name_line, said_before
from cards.extractors.walk import Visit
from cards.language import words
from cards.parse import Block, ParsedNote
from cards.syntax.clippings import PLACE

LOCATOR = re.compile(PLACE, re.IGNORECASE)
"""Where in the work a quote stands (`— p. 28`, `— location 412`, `— 12:04`), not who wrote it."""
_AUTHOR_KEYS = ("author", "authors", "creator", "by")
_SOURCE_LINE = re.compile(
    r"^\s*(?:source|from|via|quoted from|author)\s*:\s*(?P<who>\S.*?)\s*$", re.IGNORECASE
)
_AUTHOR_LINE = re.compile(rf"^\s*(?i:author|authors|by)\s*::?\s*(?P<who>{NAME})\s*$")
"""`Author: James Clear`, `- Author: [[James Clear]]`, Logseq's `author:: James Clear`."""
_BY = re.compile(rf"\bby\s+(?P<who>{NAME})\s*$")
_FROM = re.compile(rf"^From\s+(?P<work>[^:\n]{{1,80}}?)\s+by\s+(?P<who>{NAME})\s*:$")


def located(note: ParsedNote, where: str) -> str:
    """A book note's quote marked only with where it stands is the note's work's: its author
    and title, with the place. Without an author the place names no one."""
    authors = _authors(note)
    return f"{' and '.join(authors)}, {note.title}, {where.strip()}" if authors else ""


def _authors(note: ParsedNote) -> list[str]:
    """The authors of the work a book note is about: its front matter's, else the ones an
    `Author: ...` line of its own metadata names, as a highlights export writes it."""
    for key in _AUTHOR_KEYS:
        authors = [name for name in _names(note.note.metadata.get(key)) if name]
        if authors:
            return authors
    for block in _metadata_lines(note.blocks):
        found = _AUTHOR_LINE.match(block.text.text)
        if found:
            return [found["who"]]
    return []


def book_authors(note: ParsedNote) -> list[str]:
    """The authors a book note names: in its metadata (`_authors`), or in its title (`The
    Last Days of Summer by Ana Ruiz`)."""
    by = _BY.search(note.title)
    return _authors(note) or ([by["who"]] if by else [])


def _metadata_lines(blocks: tuple[Block, ...]) -> Iterator[Block]:
    """The paragraphs at the top of a note and in its top-level lists, where an export
    writes a book's metadata."""
    for block in blocks:
        if block.kind == "paragraph":
            yield block
        elif block.kind == "list":
            yield from (i.children[0] for i in block.children if i.children)


def _names(value: object) -> list[str]:
    """The names in a front matter value: a string, a list, or `[[Sue Johnson]]`, which YAML
    reads as a list in a list."""
    if isinstance(value, list):
        return [name for part in value for name in _names(part)]
    text = str(value).strip().strip("[]").split("|")[-1].strip() if value is not None else ""
    return [text] if text else []


def after_attribution(visit: Visit) -> str:
    """A dash line, or a name in brackets, right below the quote; or a name nested under
    it, when the quote opens an outline's item."""
    after = visit.next()
    if after is None:
        return ""
    if after.kind == "list":
        return nested_name(visit)
    if after.kind == "paragraph" and not after.text.breaks:
        found = DASH_LINE.match(after.text.text)
        if found and len(words(found.group("who"))) <= 10 and not after.text.text.startswith("- "):
            return found.group("who")
        bracketed = PAREN_AFTER.match(after.text.text)
        if bracketed and bracketed.end() == len(after.text.text.rstrip(" .")):
            return bracketed.group("who")  # "(Lao Tzu)"
        sourced = _SOURCE_LINE.match(after.text.text)
        if sourced and len(words(sourced.group("who"))) <= 12:
            return sourced.group("who")  # "Source: [[Attached]]"
    return ""


def before_attribution(visit: Visit) -> str:
    """A line right above the quote that introduces it: `Brené Brown writes:`, `From
    *Attached* by Amir Levine and Rachel Heller:`, or, ending on a comma as a sentence
    that runs on into the quote does, `As Brené Brown puts it,`."""
    before = _last_line(visit.previous())
    if before is None or before.kind != "paragraph" or before.text.breaks:
        return ""
    line = before.text.text.strip()
    if not line.endswith((":", ",")) or len(words(line)) > 16:
        return ""
    source = _FROM.match(line)
    if source:
        return f"{source.group('work')} by {source.group('who')}"
    return said_before(line)


def _last_line(before: Block | None) -> Block | None:
    """The block a quote follows; for a list, its last item's line when that item holds
    nothing more (`- As Ines Moura put it:` over `> ...`, the quote not indented under it)."""
    if before is None or before.kind != "list" or not before.children:
        return before
    inner = before.children[-1].children
    return inner[0] if len(inner) == 1 else None


def nested_name(visit: Visit) -> str:
    """The name in the one item nested under the item that `visit` opens, if it reads as
    one: an outliner's attribution of a quote (`- > Attachment is ...` over `- Bowlby`)."""
    after = visit.next()
    if visit.parent_kind != "item" or visit.index != 0 or after is None or after.kind != "list":
        return ""
    if len(after.children) != 1:
        return ""
    inner = after.children[0].children
    line = inner[0].text.text.strip() if inner and inner[0].kind == "paragraph" else ""
    dashed = DASH_LINE.match(line)
    if dashed and len(words(dashed.group("who"))) <= 10:
        return dashed.group("who")
    return line if name_line(line) else ""
