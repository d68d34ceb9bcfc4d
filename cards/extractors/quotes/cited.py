"""A line that cites the work a quote comes from, above the quote or as its first line.

    **Garuda Puraana 3.60-64:**                      <- a work and the place in it
    > There are nine gates to the harbour, ...

    On Harbour Laws 7.8:                             <- the same, introduced
    > This clause explains how a pilot is ...

    > [Harbour Sayings 214](https://...):            <- the quote's own first line
    > The pilot said: a ship that waits for the fog waits forever.

    > **CC Adi 7.10, Purport:** The philosophers ...  <- a bold citation opening the line

    **Book 2, Canto 4, Verse 12**                   <- a bold place alone, no colon
    > 1] He who has ...

Scripture, law and reference notes cite before they quote: a short line, often bold or a
link, naming a work and a place in it (a verse, a chapter, a page), or a work by its
author. Such a line is the quote's source. A line that only labels what follows
(`**Younger sailors:**`, `Some notes:`, `**For Verse 4:**`) or says something of its
own (`These guilds only take the children of their own members:`) names no
work, and is no source.
"""

from __future__ import annotations

import re

from cards.extractors.quotes.record import DATE
from cards.inline import InlineText, Mark
from cards.language import BE, has_finite_verb, sentences, words

_DOTTED_PLACE = r"\d+[a-z]?\s*[.:]\s*\d+"
"""A chapter and verse, dotted or with a colon: `7.8`, `4:34`, `90b:10`."""
_PLACE = re.compile(
    rf"\b{_DOTTED_PLACE}|\b(?:chapters?|ch|pages?|pp?|volumes?|vol|sections?|verses?"
    r"|books?|parts?|cantos?|parva|suktam?|s[uo]+tras?|surah|sura|ayah|hadith|no|mandala"
    r"|adhyaya|kh?anda|shloka|sloka)\.?\s+\d"
    rf"|{DATE}",
    re.IGNORECASE,
)
"""Where in a work: `7.8`, `4:34`, `90b:10`, `Chapter 3`, `Page 185`, `Vol. 39`, or a division
of a scripture or a treatise as its tradition names it (`Sura 9`, `Parva 2`, `Sloka 40`:
the words after "cantos" serve only such texts, where a bare line names a place); or when,
for a talk or a letter a record dates: `Harbour Meeting -- March 3, 1952` or `3 March
1952` (a month by its name: "Novel 3, 2004" is no date)."""
_BY = re.compile(r"\bby\s+(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+)*", re.IGNORECASE)
"""A work by its author: `"The Salt Roads" by Orla Brenn`."""
_LEAD = re.compile(r"^(?:also\s+)?(?:on|in|from|see|per|according\s+to|cf\.?)\s+", re.IGNORECASE)
"""Words that introduce a citation: `On Harbour Laws 7.8:`, `Also from the Analects:`."""
_COMMENT = re.compile(r"\s*\([^()]{1,30}\)\s*$")
"""A remark after the citation, `(LMAO)`, which is no part of it."""
_NUMBERED = re.compile(r"^(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’,-]+)*\s+\d+[a-z]?$")
"""A work and a number alone, as a bold line above its passage writes it: `Tao Te Ching 33`."""
_PERSONS = frozenset("i me my we our us you your".split())
_SUBJECT_I = re.compile(r"\bI\s+[a-z]|\bi\b")
"""The writer's "I" leads their verb ("I think"); a numeral "I" closes a place ("Book I,")."""
_GRADED = re.compile(r":\s*[A-Z][\w'’-]*(?:[ ,]+[A-Z][\w'’-]*){0,3}\s*$")
"""A linked citation's note after it on its own line: a grade and who gave it."""
_ABOUT = frozenset("for about regarding re explaining explanation commentary".split())
"""Words that open a label of what the note says next (`**For Verse 9:**`), not a source:
the passage under it is a commentary on that place, not its text."""
MAX_WORDS = 24


def cited(line: str, *, colon: bool = True, numbered: bool = False) -> str:
    """The work and place a citation line names (without its colon and lead-in), or "".

    With `colon`, the line must end on one, as a line introducing what follows does; with
    `numbered`, a work and a bare number (`Tao Te Ching 33`) cites too."""
    text = _COMMENT.sub("", line.strip().strip("*_ ")).strip("*_ ")
    if colon:
        if not text.endswith(":"):
            return ""
        text = text[:-1].rstrip("*_ ")
    text = text.rstrip(" \u2012–—-:*_")  # a figure dash too
    ws = words(text)
    persons = set(_PERSONS.intersection(ws))
    if "i" in persons and not _SUBJECT_I.search(text):
        persons.discard("i")  # "Book I, Chapter 3": a numeral, not the writer
    if not ws or len(ws) > MAX_WORDS or persons or ws[0] in _ABOUT:
        return ""
    place = _PLACE.search(text) or _BY.search(text) or (numbered and _NUMBERED.match(text))
    if not (place or _LEAD.match(text)):
        return ""
    bare = _LEAD.sub("", text)
    if not bare or not bare[0].isupper():
        return ""  # "from there on:", "in short:"
    if has_finite_verb(bare) and not place:
        return ""  # a sentence that introduces, not a work
    by = _BY.search(text)
    if by is not None and not _PLACE.search(text) and BE.intersection(words(text[: by.start()])):
        return ""  # "... was taught to read it by Tomas Vell, who wrote:": a passive, no work
    return bare


def source_above(above: InlineText) -> str:
    """The work a one-line paragraph right above a quote cites: a line that ends on a
    colon, or a bold line alone, which needs none (`**Book 2, Canto 4, Verse 12**`); or
    the work and verse in brackets closing a line that links the page the passage is on
    or ends on a colon (`Read at https://... (WB 3.12)`)."""
    if above.breaks:
        return ""
    text = above.text.rstrip()
    end = len(text.rstrip(" .:"))
    bold = any(m.kind == "strong" and m.start == 0 and m.end >= end for m in above.marks)
    found = cited(text.rstrip(" ."), colon=not bold, numbered=bold)
    linked = "://" in text or any(m.kind in ("link", "wikilink") for m in above.marks)
    return found or (closing_place(text) if linked or text.endswith(":") else "")


_CLOSING = re.compile(r"[(\[](?P<ref>[^()\[\]\n]{2,60})[)\]][\s.:]*$")
_DOTTED = re.compile(_DOTTED_PLACE)


def closing_place(line: str) -> str:
    """The work and its chapter and verse that a bracketed citation closing `line` names
    (`... rakṣati [OC - 5.14]`, `... (Harbour Laws 4.2):`), or "": a note gives a verse
    or a teacher's commentary on one its reference beside the text, not above it."""
    found = _CLOSING.search(line)
    ref = found["ref"].strip() if found is not None else ""
    if not _DOTTED.search(ref) or len(words(ref)) > 8:
        return ""
    return cited(ref, colon=False)


def source_first(body: InlineText) -> tuple[InlineText, str]:
    """A quote whose first line cites its work: the rest of the quote, and the work. The
    line is a link alone (`[Harbour Sayings 214](...)`), or one with a few capitalised words
    of note after a colon (`[Harbour Sayings 214](...): Sound, Marlow`), or bold or
    ending on a colon."""
    if not body.breaks:
        return _lead_cited(body)
    first = body.text[: body.breaks[0]].rstrip()
    end = len(first.rstrip(" :"))
    whole = [m.kind for m in body.marks if m.start == 0 and m.end >= end]
    lead = _lead_link(body)
    graded = lead is not None and _GRADED.match(first, lead.end) is not None
    if any(kind in ("link", "wikilink") for kind in whole):
        work = first[:end].strip() if 0 < len(words(first)) <= MAX_WORDS else ""
    elif graded and lead is not None:  # "[Harbour Sayings 214](...): Sound, Marlow"
        linked = first[: lead.end].strip()
        work = linked if any(c.isdigit() for c in linked) else ""  # a work and its number
    elif first.endswith(":") or "strong" in whole:
        work = cited(first, colon=first.endswith(":"), numbered="strong" in whole)
    else:
        work = ""
    if not work:
        return body, ""
    return body.slice(body.breaks[0] + 1, len(body.text)).strip(), work


def _lead_cited(body: InlineText) -> tuple[InlineText, str]:
    """`> **CC Adi 7.10, Purport:** The Mayavadi philosophers ...`: a bold citation that
    opens the quote's only line, its colon inside or right after the bold."""
    lead = next((m for m in body.marks if m.kind == "strong" and m.start == 0), None)
    if lead is None:
        return _glued(body)
    end = lead.end + (body.text[lead.end : lead.end + 1] == ":")
    work = cited(body.text[:end])
    if not work or not body.text[end:].strip():
        return body, ""
    return body.slice(end, len(body.text)).strip(), work


_GLUE = re.compile(r":\s*(?P<grade>(?:[A-Z][\w'’-]*[ ,]+){0,3}[A-Z][\w'’-]*?[a-z])(?=[A-Z][a-z])")
"""`: Sound, MarlowOren Vale ...`: a grade and who gave it, glued to the text's first name."""


def _glued(body: InlineText) -> tuple[InlineText, str]:
    """`> [Harbour Sayings 214](...): Sound, MarlowThe pilot said ...`: a linked citation
    with its grade pasted onto the text with no space (as a copy from a collection's site
    comes out): the text from the glued capital, and the citation."""
    lead = _lead_link(body)
    if lead is None or not body.text.startswith(":", lead.end):
        return body, ""
    work = body.text[: lead.end].strip()
    glued = _GLUE.match(body.text, lead.end, lead.end + 60)
    if glued is None or not any(c.isdigit() for c in work) or len(words(work)) > MAX_WORDS:
        return body, ""  # a citation is a work and its number
    return body.slice(glued.end(), len(body.text)).strip(), work


def _lead_link(body: InlineText) -> Mark | None:
    """The link that opens `body`, where a collection's citation stands."""
    return next((m for m in body.marks if m.kind in ("link", "wikilink") and m.start == 0), None)


_SOURCE_NOTE = re.compile(r"\(?\s*sources?\s*:\s*(?P<what>.*?)\s*\)?", re.IGNORECASE)
"""`(Source: ...)` closing a quote: where the writer found it, left in the pasted text."""
_LINK = re.compile(r"https?:|www\.|\burl\b|\blink\b|[\[\]()]", re.IGNORECASE)
"""A source note that is a link, or says one is broken: no one to ask the card about."""


def source_note(body: InlineText) -> tuple[InlineText, str]:
    """A quote that closes on the writer's note of where it was found (`... (Source:
    Tide Almanac)`): the quote without it, and the work it names (none for a link), even
    when the quote names its speaker: the note is no words of theirs."""
    if "ource" not in body.text[-300:]:
        return body, ""  # a substring first: most quotes carry no such note
    spans = sentences(body.text)
    start = spans[-1][0] if len(spans) > 1 else 0
    note = _SOURCE_NOTE.fullmatch(body.text[start:].strip().rstrip("."))
    if note is None or not start:
        return body, ""
    what = note["what"].strip()
    named = what if what.count("(") == what.count(")") and not _LINK.search(what) else ""
    return body.slice(0, start).strip(), named


def trailing_source(body: InlineText) -> tuple[InlineText, str]:
    """A quote whose last sentence is a citation alone (`... the same debt. Harbour
    Laws 3.7.2`, `... (Tide Almanac, Chapter 1, Verse 267)`): the quote without
    it, and the work. A sentence with a verb says something of its own, and stays."""
    spans = sentences(body.text)
    if len(spans) < 2:
        return body, ""
    start = spans[-1][0]
    last = body.text[start:].strip().rstrip(".")
    if any(last.count(a) != last.count(b) for a, b in ("()", "[]")):
        return body, ""  # "... [Sea Ps. 17.186]": a citation the full stop cut in two
    if last[:1] in "([" and last[-1:] in ")]":
        last = last[1:-1]
    if len(words(last)) > 12 or has_finite_verb(last):
        return body, ""
    work = cited(last, colon=False, numbered=True)
    if not work or not _PLACE.search(work):
        return body, ""
    return body.slice(0, start).strip(), work
