"""E-reader exports: the header above each highlight, the location marker after one.

    Highlight (yellow) | Location 245                 <- Kindle notebook, Markdown exports
    - Your Highlight on page 45 | Location 680-682 | Added on Sunday, ...   <- My Clippings
    Emotional isolation is a danger cue for the human brain.

    - Anxious people have a sensitive system. (Location 890)   <- Readwise, a trailing marker

A header or marker says where the highlight sits in the book, nothing the
reader wants to learn: a paragraph that opens with a header starts after it,
and a trait drops the marker.

A Kindle's own export, `My Clippings.txt`, is a format of its own: entries closed by a
rule of ten `=`, each a book line, a metadata line in the reader's language, a blank
line and the clipping. `kindle_clippings` reads it into records, so that the plain-text
reader can write each highlight as the quote it is:

    Thinking in Systems (Meadows, Donella H.)
    - Votre surlignement sur la page 10 | emplacement 146-148 | Ajouté le lundi ...

    A system is more than the sum of its parts.
    ==========
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADER = re.compile(
    r"(?:[-–—•*]\s*)?(?:your\s+)?(?:highlight|note|bookmark)(?:\s*\([\w -]{1,20}\))?\s*"
    r"(?:[|·:–—-]|on|at)?\s*\[?(?:page|location|loc\.?)\s*[\dxivlc,–-]+\]?"
    r"\s*(?:[|·–—-][^\n]*)?",
    re.IGNORECASE,
)
_FIRST = frozenset("-–—•*YyHhNnBb")


def header_end(text: str) -> int:
    """Where the text after a highlight header on the first line starts, else 0."""
    if text[:1] not in _FIRST:
        return 0  # most paragraphs: no pattern to run
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    found = _HEADER.match(text, 0, line_end)
    if found is None or found.end() != line_end:
        return 0
    return min(line_end + 1, len(text))


PLACE = (
    r"(?:(?:pp?|pages?|loc|locations?|kindle location|ch|chapter|§)\.?\s*\d[\d,–-]*"
    r"|\d{1,2}:\d{2}(?::\d{2})?)"
)
"""Where in a work a passage stands: `p. 28`, `pp. 12-14`, `Location 412`, `ch. 3`, `12:04`.
One pattern (case-insensitive) for every reader of places: a trait's trailing marker here,
a quote's page-only attribution in the quotes extractor."""
_LOCATION = re.compile(rf"\s*\((?:{PLACE})\)\W*$", re.IGNORECASE)


_MARKER = re.compile(
    r"(?:\s*\((?:kindle\s+)?(?:location|loc\.?)\s*(?P<at>\d[\d,–-]*)\)"
    r"|\s+[—–-]+\s*(?:kindle\s+)?location:?\s*(?P<at2>\d[\d,–-]*))[\s.]*$",
    re.IGNORECASE,
)
"""An e-reader's location closing a highlight, as export tools write it: Readwise's
`... (Location 263)`, the Kindle plugin's `... — location: 512`. A page is no such marker:
a reader writes one after their own summaries too."""


def location_marker(text: str) -> tuple[int, str] | None:
    """Where a trailing e-reader location marker starts in `text`, and the location."""
    if text.rstrip(" .")[-1:] not in ")0123456789" or "loc" not in text.lower():
        return None  # most paragraphs: a marker ends the text and says "loc", or no pattern to run
    found = _MARKER.search(text)
    return (found.start(), f"Location {found['at'] or found['at2']}") if found else None


def without_location(text: str) -> str:
    """The text without a trailing `(Location 890)` or `(p. 12)`."""
    return _LOCATION.sub("", text)


_RULE = "=========="
"""The line that closes each entry of `My Clippings.txt`."""
_META = re.compile(r"^-\s*\S.*\d")
"""An entry's second line: a dash, what the clipping is (in the reader's language), then
page, location and date: `- Your Highlight on page 5 | location 80-81 | Added on ...`."""
_NOT_HIGHLIGHT = re.compile(
    r"\b(?:note|notes|notiz|nota|notitie|bookmark|signet|lesezeichen|marcador|segnalibro"
    r"|bladwijzer|marcapáginas|закладка|заметка)\b|书签|笔记|ブックマーク|メモ",
    re.IGNORECASE,
)
"""What a note or a bookmark calls itself on its metadata line, in the languages a Kindle
speaks: both are the reader's own marks, not words of the book."""
_AUTHOR = re.compile(r"^(?P<book>.*?)\s*\((?P<author>[^()]+)\)\s*$")


@dataclass(frozen=True, slots=True)
class Clipping:
    """One entry of a Kindle's `My Clippings.txt`, with the lines it came from."""

    book: str
    """The book's title, without its author."""
    author: str
    """As people write a name ("Ngozi Okafor and Erik Lind"), or "" if not given."""
    highlight: bool
    """A passage of the book; else the reader's note (a bookmark has no text and no record)."""
    lines: tuple[tuple[int, str], ...]
    """The clipping's lines of text, each with its 0-based line in the file; none for a
    bookmark."""
    last: int
    """Its closing rule's line."""


def kindle_clippings(text: str) -> list[Clipping] | None:
    """The clippings of a `My Clippings.txt` export, or None if `text` is not one.

    The format is recognised, not the file's name: every entry is closed by a line of ten
    `=` (the last may lack it) and opens with a book line over a metadata line. One entry
    of another shape makes the whole text no export: a note that only draws `=` rules is
    read as the plain text it is.
    """
    if _RULE not in text:
        return None  # most notes: nothing to split
    lines = text.split("\n")
    ends = [n for n, line in enumerate(lines) if line.strip() == _RULE]
    if not ends:
        return None  # the rule's ten "=" only inside a line of text
    if any(line.strip() for line in lines[ends[-1] + 1 :]):
        ends.append(len(lines))  # a last entry the Kindle had not closed yet
    out: list[Clipping] = []
    for first, rule in zip([0, *(e + 1 for e in ends)], ends, strict=False):
        entry = _entry(lines, first, rule)
        if entry is None:
            return None
        if entry.lines:  # a bookmark marks a place and holds no text
            out.append(entry)
    return out or None


def _entry(lines: list[str], first: int, rule: int) -> Clipping | None:
    """The clipping of `lines[first:rule]`, or None if they are no entry of the format."""
    at = [n for n in range(first, rule) if lines[n].strip()]
    meta = lines[at[1]].strip() if len(at) >= 2 and at[1] == at[0] + 1 else ""
    if not _META.match(meta):
        return None
    book = lines[at[0]].strip().lstrip("\ufeff").strip()
    found = _AUTHOR.match(book)
    title, author = (found["book"], _author(found["author"])) if found else (book, "")
    body = tuple((n, lines[n].strip()) for n in at[2:])
    highlight = not _NOT_HIGHLIGHT.search(meta.split("|", 1)[0])
    return Clipping(title or book, author, highlight, body, rule)


def _author(names: str) -> str:
    """Authors as a Kindle lists them ("Okafor, Ngozi;Lind, Erik"), as people write
    them: each "Last, First" turned round, every name and initial kept."""
    people = []
    for name in (n.strip() for n in names.split(";")):
        last, _, given = name.partition(",")
        plain = bool(given.strip()) and "," not in given and not any(c.isdigit() for c in name)
        people.append(f"{given.strip()} {last.strip()}" if plain else name)
    people = [p for p in people if p]
    return ", ".join(people[:-1]) + " and " + people[-1] if len(people) > 1 else "".join(people)
