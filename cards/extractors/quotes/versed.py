"""The work named by the line over verses that carry only their numbers.

    Laws from the _Orchard Code_:                     <- a title in italics, after "from"
    > 3.12: A keeper who sells unripe fruit ...       -> "Orchard Code 3.12"

    **Lamp Sutra:**                                   <- a bold line alone: a name
    > 17] When the lamp is trimmed ...                -> "Lamp Sutra"

Scripture and law notes name the work once, in the line that leads into its verses, and
give each verse its number alone. Judges marked such verses carded with no source as
ones to fix: the card states a scripture's rule as a plain fact. A number opening the
quote is what makes the line above sure to name a work, not a label of the writer's:
without one, `**Premise:**` or `Some laws from _Part Two_:` over a passage are left alone.
The name is read as a title: a few words, each capitalised but the small ones, with no
verb, one of them a rare word in English and the whole no label (`**Translation:**`,
`**Premise:**`, `**Younger Sailors:**` are labels).
A dotted number places the verse in the work (`3.12`); a bare one (`17]`) counts within a
chapter the line does not give, and is left off.
"""

from __future__ import annotations

import re

from cards.commonness import zipf
from cards.extractors.quotes.cited import cited, source_above
from cards.extractors.quotes.names import label
from cards.extractors.walk import Visit
from cards.inline import InlineText
from cards.language import has_finite_verb

_SMALL = frozenset("of the and on in to a an for de la".split())
"""Words a title leaves in lower case: `Book of Tides`."""
_BEFORE_TITLE = re.compile(r"(?:\b(?:from|in|of|per|according\s+to)\s+(?:the\s+)?|^)$", re.I)
"""What leads into an italic title in a longer line: `Verses from the _Orchard Code_:`."""
_RARE = 3.6
"""A word rarer than this in English (`Codex`, `Psalms`, a name of no English at all) may
name a work; a label's words (`Premise`, `Younger Sailors`) are commoner."""
_MAX_WORDS = 16
"""Words of a lead line at most: a line that says more is a remark of its own."""


def work_over(line: InlineText, verse: str) -> str:
    """The source of a verse numbered `verse` (`3.12`, or "" for a bare `17]`) under
    `line`: the work that line names, with a dotted number after it; or ""."""
    work = _work_named(line)
    return f"{work} {verse}" if work and verse else work


def _work_named(line: InlineText) -> str:
    """The work a one-line paragraph names: the whole line in bold, or one italic title in
    a line ending on a colon (after "from", "in", "according to", or alone)."""
    text = line.text.rstrip()
    if line.breaks or not text or len(text.split()) > _MAX_WORDS:
        return ""
    end = len(text.rstrip(" .:*_"))
    if any(m.kind == "strong" and m.start == 0 and m.end >= end for m in line.marks):
        return _title(text[:end])
    italic = [m for m in line.marks if m.kind == "em"]
    if not text.endswith(":") or len(italic) != 1:
        return ""
    if text[italic[0].end :].strip(" *_:") or not _BEFORE_TITLE.search(text[: italic[0].start]):
        return ""  # "_Kestrel_ and its rivals:": the title is not what the line leads into
    return _title(text[italic[0].start : italic[0].end])


def _title(name: str) -> str:
    """`name` if it reads as a work's title, else ""."""
    name = name.strip(" *_:")
    found = name.split()
    if not 1 <= len(found) <= 6 or not found[0][:1].isupper():
        return ""
    if any(not (w[:1].isupper() or w in _SMALL) for w in found) or has_finite_verb(name):
        return ""
    rare = any(w[:1].isupper() and zipf(w.strip(",.'’")) < _RARE for w in found)
    return name if rare and not label(name) else ""


def source_above_verse(visit: Visit, text: str, verse: str) -> str:
    """The citation line right above the quote, or for a verse given by its number
    (`verse`, or `> 32] He who ...`) the work that line names (`work_over`); for numbered
    verses, the last citation above them in their section, past the note's remarks and
    the verses quoted between (a scripture note cites a chapter once, then its verses)."""
    before = visit.previous()
    above = before.text if before is not None and before.kind == "paragraph" else None
    found = source_above(above) if above is not None else ""
    numbered = _VERSE.match(text) is not None
    if not found and above is not None and (verse or numbered):
        found = work_over(above, verse)
    if found or not numbered:
        return found
    for block in reversed(visit.siblings[max(0, visit.index - _REACH) : visit.index]):
        if block.kind not in ("paragraph", "blockquote"):
            return ""  # a heading: another section's citation
        lead = block.text.marks[0] if block.kind == "paragraph" and block.text.marks else None
        if lead is not None and lead.kind == "strong" and lead.start == 0:
            # a bold line opens the verses under it, cited or not: nothing above is theirs
            named = cited(block.text.text[: lead.end], colon=False, numbered=True)
            return named or work_over(block.text, "")
        found = source_above(block.text) if block.kind == "paragraph" else ""
        if found:
            return found
    return ""


_VERSE = re.compile(r"\d{1,3}\]\s")
_REACH = 8
"""Blocks a verse's citation is looked for above it, at most."""
