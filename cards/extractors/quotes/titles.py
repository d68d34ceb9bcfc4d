"""A quote callout's title as its source: a person, a work, a work and a place in it.

    > [!quote] Carl Jung                     <- a person's name
    > [!quote] Meditations 4.3               <- a work and the place in it
    > [!quote] Quote by Amir Levine          <- a name, framed
    > [!quote] Solace sex                    <- a topic: no source

A callout title is as often the quote's topic as its source, and shape alone cannot tell
"Carl Jung" from "Solace Sex"; a topic, though, sums up its quote and shares a word with
it, while a speaker is seldom named in their own words. So a title is a source only when
it reads as one and shares none of the quote's words.
"""

from __future__ import annotations

import re

from cards.extractors.quotes.around import LOCATOR
from cards.extractors.quotes.names import PARTICLES, name_line, person
from cards.inline import InlineText
from cards.language import FUNCTION_WORDS, words
from cards.parse import Block
from cards.syntax.clippings import PLACE

TITLE_PLACE = re.compile(
    rf"^(?:highlight(?:\s*\([\w ]+\))?\s*[-–—|:]\s*)?(?P<where>{LOCATOR.pattern})\s*$",
    re.IGNORECASE,
)
"""A callout title that says only where in the work its quote stands, as Zotero and e-reader
exports title them: `Page 12`, `p. 37`, `Highlight (yellow) - Location 402`."""
_WORK_PLACE = re.compile(
    rf"(?P<work>(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’-]*|of|the|and|on|in|a|to))*)"
    rf",?\s+(?:\d{{1,4}}(?:[.:]\d{{1,4}}){{0,2}}|{PLACE})",
    re.IGNORECASE,
)
_SECTIONS = frozenset(
    "chapter week lecture part day session lesson step module unit section page highlight "
    "note quote example exercise level stage phase round rule habit law principle".split()
)
"""Words a topic title numbers itself by ("Lecture 2", "Habit 1"): no work's name."""
_TITLED = re.compile(
    r"^(?:[—–―~-]\s*(?P<dashed>.+)|(?:quote|quoted|words|said)\s+(?:by|of)\s+(?P<by>.+)"
    r"|from\s+(?P<work>(?-i:[A-Z\[*_\"“]).+)|(?P<speaker>.+?)\s+on\s+[\w'’ -]{2,40})$",
    re.IGNORECASE,
)
"""Callout titles that say whose words these are: `— Sue Johnson`, `Quote by Amir Levine`,
`From Hold Me Tight (Johnson, 2008)`, `Esther Perel on desire`."""


def title_names_source(title: InlineText, body: str) -> bool:
    """A callout title that is the quote's source: a work, a person, or a work and a place."""
    text = title.text.strip()
    return _names_source(title) or names_person(text, body) or _cites(text, body)


def _names_source(title: InlineText) -> bool:
    """A callout title that is only a link (`[[Atomic Habits]]`) or reads 'X by Y'."""
    text = title.text.strip()
    linked = any(
        m.start == 0 and m.end >= len(text) for m in title.marks if m.kind in ("wikilink", "link")
    )
    return linked or bool(re.search(r"\bby [A-Z]", text))


def _cites(title: str, body: str) -> bool:
    """A callout title that is a work and the place in it (`Meditations 4.3`, `Enchiridion 1`,
    `Hold Me Tight, p. 45`), as a reader cites a passage: the work is named in none of its
    own words, and is no numbered section of the note's topic."""
    found = _WORK_PLACE.fullmatch(title.strip())
    if found is None:
        return False
    named = words(found["work"])
    said = set(words(body))
    return bool(named) and named[0] not in _SECTIONS and not said.intersection(named[-1:])


def title_source(title: str, body: str) -> str:
    """The speaker or work a callout title names around its name."""
    found = _TITLED.match(title)
    if found is None:
        return ""
    if found["work"]:
        return found["work"]
    who = found["dashed"] or found["by"] or found["speaker"]
    return who if names_person(who, body) or (found["speaker"] is None and name_line(who)) else ""


def names_person(title: str, body: str) -> bool:
    """A callout title that is a person's name (`> [!quote] Carl Jung`), not a topic: two to
    four capitalised words (initials and name particles allowed), none a function word and
    none found in the quote."""
    names = person(title)  # "Sue Johnson, Hold Me Tight": the person first
    if not 2 <= len(names) <= 4 or not name_line(title):
        return False
    said = set(words(body))
    bare = (n.strip(".,").lower() for n in names if n not in PARTICLES)
    return not any(b in FUNCTION_WORDS or (len(b) > 2 and b in said) for b in bare)


def linked_heading(blocks: tuple[Block, ...], line: int, body: str) -> str:
    """The work a passage is quoted from, when the heading over it is nothing but a link
    to it: `## [The Slow River](https://...)`, as a reading note
    heads each article whose lines it quotes. A heading with other words is a topic, and
    the note's title (`# [...]`) heads a note about one article, which its card names.
    A passage that opens on the heading's own first word defines what the heading names
    (`## [Sea Breeze](...)` over `> A sea breeze is ...`): the heading is its topic."""
    above = None
    for block in blocks:
        if block.line > line:
            break
        if block.kind == "heading":
            above = block
    if above is None or above.level < 2:
        return ""  # the note's own title: its card shows it already, as the note's name
    title = above.text
    text = title.text.strip()
    whole = any(
        m.kind in ("link", "wikilink") and m.start == 0 and m.end >= len(text) for m in title.marks
    )
    if not whole or len(words(text)) < 2:
        return ""
    return "" if _content(text)[:1] == _content(body[:80])[:1] else text


def _content(text: str) -> list[str]:
    return [w for w in words(text) if w not in FUNCTION_WORDS]
