"""Rule `quote.inline`: a quotation in running text that the note attributes or cites.

    "Sex that we crave often isn't sex that feels good."^[[[Come As You Are]]]   <- footnote
    As Esther Perel puts it, "The quality of our relationships ..."             <- said
    "The map is not the territory." - Alfred Korzybski                          <- dash
    Prof. Miller: "The dimensions matter more than the boxes."                  <- speaker
    "Attachment is a bond." (p. 37)                                             <- page
    The sage said: "Rivers forget their sources." **Sayings 4:12**                  <- and verse
    - "Festina lente" - "Make haste slowly" (Orla Venn, 2.4)     <- a saying, its gloss: asked

Prose puts words in quotation marks for many reasons: scare quotes ("solace sex"), a
term, a title, a line of dialogue. A quotation is a quote only when the note says whose
it is or where it comes from, next to it: a footnote, a dash and a name, a verb of saying
beside a name, a speaker's name opening the line, a name under it, or a page.
"""

from __future__ import annotations

import re

from cards.extractors.quotes.around import LOCATOR, located, nested_name
from cards.extractors.quotes.aside import TRAILING
from cards.extractors.quotes.exercise import exercise
from cards.extractors.quotes.make import quote
from cards.extractors.quotes.names import byline, name_line, title_cased
from cards.extractors.quotes.prose import said
from cards.extractors.walk import Visit
from cards.inline import InlineText
from cards.items import Item
from cards.language import FUNCTION_WORDS, words
from cards.parse import ParsedNote

QUOTATION = re.compile(r"[\"“](?P<q>[^\"“”\n]{12,}?)[\"”]")
"""A run of words in quotation marks, on one line."""
_PAGE = r"(?:\d{1,4}(?:\s*[-–]\s*\d{1,4})?|\d{1,3}[.:]\d{1,3}(?:[.:]\d{1,3})?)"
"""A bare page (`31`), pages (`35-36`) or a verse (`96.15`), as a reader cites a book."""
_CITED = re.compile(
    rf"[,\s]*(?:[(\[](?:(?P<source>[^()\[\]\n,]{{1,60}}),\s*)?"
    rf"(?P<page>{_PAGE}|{LOCATOR.pattern})(?:,\s*(?P<context>[^()\[\]\n]{{1,80}}))?[)\]]"
    rf"(?=[\s.,;:!?]|$)|(?P<where>{LOCATOR.pattern})[.,;]?\s*$)",
    re.IGNORECASE,
)
"""A citation right after a quotation, as one family: in brackets or parentheses, a page or
place (`(31)`, `(p. 4)`, `[pp. 22-23]`, `(page 51)`, `(ch. 5)`), after it optional context
(`(6, to his cabinet)`, `(208, Abraham Lincoln)`) or before it the source (`(Hart, p. 60)`,
`(guidebook, p. 12)`), wherever the quotation stands; and a bare place (`" p. 37`) only
where it closes the paragraph, since a bare `p. 4` mid-sentence may be prose."""
_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")
_REFERENCE = re.compile(
    r"[\s.,;]*\(?(?P<ref>[A-Z][\w'’ .-]{2,40}?\s\d{1,4}(?:[:.]\d{1,4}){1,3})\)?[.\s]*(?:\n|$)"
)
"""`The old pilot said: "..." **Harbour Sayings 1:2:25**`: the book and verse closing the
line are the source; the speaker the sentence names alone is the one a reader can guess."""
_GLOSSED = re.compile(r"[ \t]*(?P<open>[\"“])(?P<saying>[^\"“”\n]{2,60})[\"”]\s*[-–—=:]\s*")
"""`- "Festina lente" - "Make haste slowly" (Orla Venn, 2.4)`: a saying opening its line,
set beside the quotation that glosses it. The card asks the saying (the point of the line,
in its own tongue) from its gloss, not the gloss alone."""


def inline(note: ParsedNote, visit: Visit) -> list[Item]:
    """The attributed or cited quotations of a paragraph."""
    if visit.block.kind != "paragraph":
        return []
    text = visit.block.text
    if '"' not in text.text and "“" not in text.text:
        return []  # most paragraphs: no quotation to read
    found_items: list[Item] = []
    for found in QUOTATION.finditer(text.text):
        quoted = found.group("q").strip()
        saying = _GLOSSED.fullmatch(
            text.text, text.text.rfind("\n", 0, found.start()) + 1, found.start()
        )
        short = len(words(quoted)) < 4 or title_cased(quoted)
        if (short and saying is None) or _program(text, found):
            continue
        close = found.end()
        if (
            exercise(quoted, visit.headings)
            or _trails_off(quoted)
            or _told(text.text, close, quoted)
        ):
            continue
        cite = [i for o, i in text.footnotes if close <= o <= close + 1]
        if cite:
            who = note.footnotes.get(cite[0], InlineText()).text
        else:
            who = _attribution(note, visit, found) if quoted[:1].isupper() else ""
            page = None if who else _page(note, text.text, close)
            if not who and (page is None or _woven(text.text, found.start(), quoted)):
                continue
            who = who or page or ""
            ref = _REFERENCE.match(text.text, close) if page is None else None
            if ref and words(ref["ref"])[0] not in words(who):
                who = f"{who}, {ref['ref']}" if who else ref["ref"]
        start, end = (saying.start("open"), found.end()) if saying else found.span("q")
        body = text.slice(start, end).strip()  # a saying and its gloss: both, with their marks
        while body.text[-1:] in ",;:":  # "... about our past," says X: the comma is the prose's
            body = body.slice(0, len(body.text) - 1).strip()
        line = visit.block.line + text.line_of(found.start())
        work = who if _work(note, who) else ""  # the card says "from" the work, not "who"
        asked = saying["saying"].strip() if saying else ""
        made = quote(note, visit, line, body, "" if work else who, "quote.inline", work, asked)
        found_items.extend([made] if made is not None else [])
    return found_items


def _work(note: ParsedNote, who: str) -> bool:
    """`"... the kids themselves" (Harbour Lights)` in a note that writes `_Harbour Lights_`
    elsewhere: the source is a film's, a book's or a series' title, which the note sets in
    italics as titles are set, and no one who spoke."""
    body = note.note.body
    return bool(who) and any(f"{m}{who}{m}" in body for m in ("_", "*"))


def _trails_off(quoted: str) -> bool:
    """`Ibn Umar said, "It means one should approach his wife in .."`: a short quotation
    cut off where the note stopped copying, not a saying a card can recall whole."""
    return quoted.endswith(("..", "…")) and len(words(quoted)) < TRAILING


_GOES_ON = re.compile(r",?\s+(?:and|then|but)\s+[a-z]")
"""After the closing mark, the sentence telling what the speaker did next."""
SHORT = 6
"""Fewer words than this, said in passing, are a line of a story, not a saying to keep."""


def _told(text: str, close: int, quoted: str) -> bool:
    """`The mill said "our flour is always fresh" and raised its prices`: a few words a
    story reports on its way to what happened next, often a company's or a crowd's. The
    sentence is about the deed; the words alone teach nothing a card could ask."""
    return len(words(quoted)) < SHORT and _GOES_ON.match(text, close) is not None


def _woven(text: str, open_: int, quoted: str) -> bool:
    """`... research techniques “in evaluating the effectiveness of film” (238).`: words
    cut from a source to finish the writer's own sentence, which no card can ask whole.
    (`rhetoric: "it was my only ambition ..." (31)` is the whole quote, set after a label.)"""
    return quoted[:1].islower() and text[:open_].rstrip()[-1:].isalpha()


def _attribution(note: ParsedNote, visit: Visit, found: re.Match[str]) -> str:
    """Who the sentence, an outline or the line below says the quotation is by."""
    text = visit.block.text
    return (
        said(note, visit, text, found.start(), found.end())
        or _nested_attribution(visit, found)
        or _name_below(visit, found)
    )


def _page(note: ParsedNote, text: str, close: int) -> str | None:
    """The attribution of a quotation cited by its page (`"..." (31)`), None if it is not
    cited: the name the citation gives after the page (`(208, Abraham Lincoln)`), else the
    note's work's author (`around.located`), else no one's. A year is no page: `"The
    Road to Serfdom" (1944)` names a book."""
    cited = _CITED.match(text, close)
    if cited is None or _YEAR.match(cited["page"] or ""):
        return None
    place = (cited["page"] or cited["where"]).strip()
    context, source = (cited["context"] or "").strip(), (cited["source"] or "").strip()
    if context and byline(context) and words(context)[0] not in FUNCTION_WORDS:
        return context
    if source and (title_cased(source) or (byline(source) and source[:1].isupper())):
        return f"{source}, {place}"
    return located(note, place)


_CODE = re.compile(
    r"(?:^|\s)[.~]?/\w|\w\(\)|\b[a-z]+_[a-z_]+\b|(?:^|\s)--?[a-z]|::|=>|\$\w|\{\}|<\w+>"
    r"|\b[A-Z][a-z]+(?:Error|Exception)\b"
)
"""What only code and a program's messages hold: a path, a call, a snake_case name, a flag,
an exception's name."""
_SLASHED = re.compile(r"\w+(?:/\w+)+")
"""`origin/main`, `src/app.py`; not `and/or` or `he/she`, whose words are all small ones."""


def _program(text: InlineText, found: re.Match[str]) -> bool:
    """A program's words in quotation marks, not a person's: an error message, an output,
    a string, which hold code (`IndexError`, `origin/main`, `--force`) or a code span."""
    start, end = found.span("q")
    if any(m.kind == "code" and m.start < end and m.end > start for m in text.marks):
        return True
    quoted = found.group("q")
    if _CODE.search(quoted):
        return True
    slashed = (m.group().lower().split("/") for m in _SLASHED.finditer(quoted))
    return any(not all(w in FUNCTION_WORDS for w in parts) for parts in slashed)


def _nested_attribution(visit: Visit, found: re.Match[str]) -> str:
    """`- "No man is free who is not master of himself."` with `- Epictetus` nested under
    it: how an outliner (Logseq, Roam, an outline in Obsidian) attributes a quoted item.
    Only a whole item in quotation marks, with one nested item that is a dash line or
    reads as a name (`Epictetus`, `Sue Johnson, Hold Me Tight`)."""
    text = visit.block.text.text.strip()
    if text[:1] not in '"“' or len(found.group()) < len(text) - 1:
        return ""
    return nested_name(visit)


def _name_below(visit: Visit, found: re.Match[str]) -> str:
    """A quotation that is its whole line, and under it a line that is only a name (`Elie
    Wiesel`, `Rumi, Masnavi`): how a collection of quotes is typed without a dash."""
    text = visit.block.text.text
    before = text[text.rfind("\n", 0, found.start()) + 1 : found.start()]
    after, _, below = text[found.end() :].partition("\n")
    if before.strip() or after.strip(" .,"):
        return ""  # the quotation is part of a sentence
    line = below.strip()
    if not text[found.end() :].strip():  # the name may be the next paragraph, of one line
        following = visit.next()
        if following is None or following.kind != "paragraph" or following.text.breaks:
            return ""
        line = following.text.text.strip()
    ended = line.endswith((".", "!", "?"))  # a sentence after the quotation, not a byline
    return line if "\n" not in line and name_line(line) and not ended else ""
