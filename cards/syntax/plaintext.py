"""Turn a plain-text note into Markdown with the same structure, so one parser serves both.

Plain text (an article pasted into a `.txt` note) has no markup, only layout:

    Attachment theory overview                 <- short line alone between blank lines: heading

    Some examples of attachment templates:

      • blaming another for disappointing us   <- bullet (•, -, *, 1.)

    I define connection as the energy ...
    — Brené Brown                              <- attribution: the text above is a quote

Text is escaped, so `#metoo` or `*` in an article stays text. `to_markdown`
also returns, for every output line, the input line it came from, so items
point at the right line of the original file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cards.syntax.clippings import Clipping, kindle_clippings

_BULLET = re.compile(r"^([ \t]*)([•·▪◦‣●○■□►▸➤➢✓✔*-]|(\d{1,3})[.)]|[a-h]\))[ \t]+(\S.*)$")
"""A bullet: a symbol, a number (`1.`, `1)`) or a letter in a list of points (`a)`)."""
_ATTRIBUTION = re.compile(r"^[ \t]*(?:—|–|―|--|\\-|-)[ \t]*(\S.{0,80})$")
_ESCAPE = re.compile(r"([\\`*_\[\]<>#$=~|^&!])")
_LINE_START = re.compile(r"^([-+]|\d+[.)])")
_END_PUNCT = ".,;:!…"
_UNDERLINE = re.compile(r"^(?:={3,}|-{3,})$")
"""A line of `=` or `-` alone under a line of text: that line is a heading."""
_CLOSERS = "\"”’')]"
MAX_HEADING_WORDS = 20
WRAP_WIDTH = 50
"""A line at least this long that stops mid-sentence was wrapped, not ended."""
MAX_QUESTION_WORDS = 30


@dataclass(frozen=True, slots=True)
class _Line:
    kind: str  # blank, bullet, attribution, text
    text: str
    indent: int
    number: str = ""
    marker: str = ""


def to_markdown(text: str) -> tuple[str, list[int]]:
    """Markdown for `text`, and the 0-based input line of each output line."""
    clippings = kindle_clippings(text)
    if clippings is not None:
        return _clippings(clippings)
    lines = [_classify(raw) for raw in text.split("\n")]
    out: list[str] = []
    where: list[int] = []
    written = False

    def emit(line: str, source: int) -> None:
        nonlocal written
        out.append(line)
        where.append(source)
        written = written or bool(line)

    in_list = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.kind == "blank":
            emit("", i)
            i += 1
            continue
        if line.kind != "blank" and _is_underlined(lines, i):
            # "Adult attachment" over "-----": a heading underlined, as setext writes it
            number = f"{line.number}. " if line.number else ""
            level = "#" if not written and lines[i + 1].text[0] == "=" else "##"
            emit(f"{level} {number}{_escape(line.text)}", i)
            emit("", i + 1)
            i += 2
            continue
        if line.kind == "bullet" and _is_numbered_heading(lines, i):
            emit(f"## {line.number}. {_escape(line.text)}", i)
            i += 1
            continue
        if line.kind == "bullet" and not _is_attribution_at(lines, i):
            marker = f"{line.number}." if line.number else "-"
            emit(f"{marker} {_escape(line.text)}", i)
            in_list = True
            i += 1
            continue
        if in_list and line.indent >= 2:
            # an indented paragraph under a bullet belongs to that item
            emit(f"    {_escape(line.text)}", i)
            i += 1
            continue
        in_list = False
        # a run of text lines; maybe closed by an attribution line, which makes it a quote
        j = i + 1  # the line at i is text, or a dash line with no text above it: text too
        while j < len(lines) and lines[j].kind == "text":
            j += 1
        run = list(range(i, j))
        if j < len(lines) and _is_attribution_at(lines, j):
            for k in run:
                emit(f"> {_escape(lines[k].text)}", k)
            emit(f"> — {_escape(_ATTRIBUTION.match(_raw(lines[j])).group(1))}", j)  # type: ignore[union-attr]
            emit("", j)
            i = j + 1
            continue
        for n, k in enumerate(run):
            if _is_heading(lines, k):
                level = "#" if not written else "##"  # the opening line is the title
                emit(f"{level} {_escape(lines[k].text)}", k)
            else:
                emit(_escape_start(_escape(lines[k].text)), k)
            if n + 1 < len(run) and not _wraps(lines[k].text, lines[run[n + 1]].text):
                emit("", k)
        i = j
    return "\n".join(out) + "\n", where


def _clippings(clippings: list[Clipping]) -> tuple[str, list[int]]:
    """A Kindle export as Markdown: each highlight a quote callout titled with its book and
    closed by its author's name, each of the reader's notes a paragraph of their own."""
    out: list[tuple[str, int]] = []
    for clip in clippings:
        text = [(_escape_start(_escape(line)), n) for n, line in clip.lines]
        if clip.highlight:
            out.append((f"> [!quote] {_escape(clip.book)}", clip.lines[0][0]))
            out += [(f"> {line}", n) for line, n in text]
            if clip.author:
                out.append((f"> — {_escape(clip.author)}", clip.lines[-1][0]))
        else:
            out += text
        out.append(("", clip.last))
    return "\n".join(line for line, _ in out) + "\n", [n for _, n in out]


def _classify(raw: str) -> _Line:
    stripped = raw.strip()
    indent = len(raw) - len(raw.lstrip(" \t"))
    if not stripped:
        return _Line("blank", "", indent)
    bullet = _BULLET.match(raw)
    if bullet:
        return _Line(
            "bullet", bullet.group(4).strip(), indent, bullet.group(3) or "", bullet.group(2)
        )
    if stripped.startswith(("—", "–", "―", "\\-")) and _ATTRIBUTION.match(raw):
        return _Line("attribution", stripped, indent)
    return _Line("text", stripped, indent)


def _raw(line: _Line) -> str:
    return line.text if line.kind == "attribution" else "- " + line.text


def _is_attribution_at(lines: list[_Line], i: int) -> bool:
    """A dash line right under text (no blank between) that is short enough to be a name."""
    line = lines[i]
    if line.kind not in ("attribution", "bullet") or line.number or i == 0:
        return False
    if line.kind == "bullet" and line.marker != "-":
        return False  # a dash names; a dot (•) or star under a line is a list item
    short = len(line.text.split()) <= 10 and _ATTRIBUTION.match(_raw(line)) is not None
    above = lines[i - 1]
    return above.kind == "text" and short and not above.text.endswith(":")  # "include:" lists


def _is_heading(lines: list[_Line], k: int) -> bool:
    text = lines[k].text
    alone = (k == 0 or lines[k - 1].kind == "blank") and (
        k + 1 == len(lines) or lines[k + 1].kind == "blank"
    )
    limit = MAX_QUESTION_WORDS if text.endswith("?") else MAX_HEADING_WORDS
    return alone and _heading_shaped(text, limit)


def _heading_shaped(text: str, limit: int = MAX_HEADING_WORDS) -> bool:
    """Opens on a capital or a digit, ends on no full stop (nor one inside closing quotation
    marks: 'Prof. Miller: "... boxes."'), and has at most `limit` words."""
    ended = text.rstrip(_CLOSERS)[-1:] in _END_PUNCT
    capital = text[0].isupper() or text[0].isdigit()
    return capital and not ended and len(text.split()) <= limit


def _is_underlined(lines: list[_Line], k: int) -> bool:
    """A short line with no full stop over a rule of `=` or `-`, and a blank line after the
    rule: a setext heading. Kindle's "My Clippings" closes each highlight's sentence with a
    rule of `=` that the next book's title follows at once."""
    if k + 1 >= len(lines) or not _UNDERLINE.match(lines[k + 1].text):
        return False
    if k + 2 < len(lines) and lines[k + 2].kind != "blank":
        return False
    return _heading_shaped(lines[k].text)


def _is_numbered_heading(lines: list[_Line], k: int) -> bool:
    """`2. Anxious attachment` alone between blank lines with text after it: a numbered
    section of an article ("The 4 attachment styles"), not an item of a list, whose next
    item would follow it and whose earlier item would come before it."""
    line = lines[k]
    if not line.number or line.text[-1] in _END_PUNCT or len(line.text.split()) > 10:
        return False
    if (k and lines[k - 1].kind != "blank") or k + 1 >= len(lines) or lines[k + 1].kind != "blank":
        return False
    after = next((lines[j] for j in range(k + 1, len(lines)) if lines[j].kind != "blank"), None)
    before = next((lines[j] for j in range(k - 1, -1, -1) if lines[j].kind != "blank"), None)
    return after is not None and after.kind == "text" and not (before and before.number)


def _wraps(line: str, following: str) -> bool:
    """A hard-wrapped sentence: no closing punctuation, and either the line is as long as
    wrapped prose is or the next line goes on in lower case ("...a study by / Smith et al.")."""
    if line[-1] in ".!?:;”\"')]":
        return False
    return len(line) >= WRAP_WIDTH or following[:1].islower()


def _escape(text: str) -> str:
    return _ESCAPE.sub(r"\\\1", text)


def _escape_start(text: str) -> str:
    """Keep a paragraph that starts like `- x` or `3. x` from turning into a list."""
    found = _LINE_START.match(text)
    if not found:
        return text
    mark = found.group(1)
    return "\\" + text if mark in "-+" else mark[:-1] + "\\" + text[len(mark) - 1 :]
