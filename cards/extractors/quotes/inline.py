"""Rule `quote.inline`: a quotation in running text that the note attributes or cites.

    "Sex that we crave often isn't sex that feels good."^[[[Come As You Are]]]   <- footnote
    As Esther Perel puts it, "The quality of our relationships ..."             <- said
    "The map is not the territory." - Alfred Korzybski                          <- dash
    Prof. Miller: "The dimensions matter more than the boxes."                  <- speaker
    "Attachment is a bond." (p. 37)                                             <- page

Prose puts words in quotation marks for many reasons: scare quotes ("solace sex"), a
term, a title, a line of dialogue. A quotation is a quote only when the note says whose
it is or where it comes from, next to it: a footnote, a dash and a name, a verb of saying
beside a name, a speaker's name opening the line, a name under it, or a page.
"""

from __future__ import annotations

import re

from cards.extractors.quotes.around import LOCATOR, located, nested_name
from cards.extractors.quotes.make import quote
from cards.extractors.quotes.names import (
    NAME,
    PAREN_AFTER,
    SAID_BEFORE,
    SAYS,
    TITLE_DOT,
    name_line,
    someone,
    speaker,
)
from cards.extractors.walk import Visit
from cards.inline import InlineText
from cards.items import Item
from cards.language import words
from cards.parse import ParsedNote

QUOTATION = re.compile(r"[\"“](?P<q>[^\"“”\n]{12,}?)[\"”]")
"""A run of words in quotation marks, on one line."""
_AFTER = re.compile(
    rf"^\s*(?:-{{1,2}}|—|–|―|~)\s*(?P<who>(?:[^.;\n]|{TITLE_DOT}){{2,80}}?)"
    rf"(?:(?!{TITLE_DOT})[.;]|\s*$)"
)
"""`"..." - Covey`; Goodreads writes `“...” ― Amir Levine, Attached` with a horizontal bar."""
_SAID_AFTER = re.compile(
    rf"^[,\s]*(?:{SAYS}\s+(?P<who>{NAME})|(?P<who2>{NAME})\s+{SAYS})(?=[\s.,;:!?]|$)"
)
"""`"...," says Dan Siegel.` and `"...," Dan Siegel writes.`"""
_PAGE_AFTER = re.compile(
    rf"[,\s]*[(\[]?(?P<where>{LOCATOR.pattern})[)\]]?[.,;]?\s*$", re.IGNORECASE
)
"""Only a page or a location after a quotation, to the end of its paragraph: `"..." (p. 37)`."""


def inline(note: ParsedNote, visit: Visit) -> list[Item]:
    """The attributed or cited quotations of a paragraph."""
    if visit.block.kind != "paragraph":
        return []
    text = visit.block.text
    found_items: list[Item] = []
    for found in QUOTATION.finditer(text.text):
        said = found.group("q").strip()
        if len(words(said)) < 4 or not said[:1].isupper():
            continue
        close = found.end()
        cite = [i for o, i in text.footnotes if close <= o <= close + 1]
        who = ""
        if cite:
            who = note.footnotes.get(cite[0], InlineText()).text
        else:
            who = (
                _said(text.text, found.start(), close)
                or _nested_attribution(visit, found)
                or _name_below(visit, found)
            )
            at_page = _PAGE_AFTER.match(text.text, close) if not who else None
            if at_page:  # '"..." (p. 37)': cited by page, the note's work's if it names one
                who = located(note, at_page.group("where"))
            elif not who:
                continue
        body = text.slice(found.start("q"), found.end("q")).strip()
        while body.text[-1:] in ",;:":  # "... about our past," says X: the comma is the prose's
            body = body.slice(0, len(body.text) - 1).strip()
        line = visit.block.line + text.line_of(found.start())
        found_items.append(quote(note, visit, line, body, who, "quote.inline"))
    return found_items


def _said(text: str, open_: int, close: int) -> str:
    """Who a quoted sentence in prose is attributed to: a dash after it (`"..." - Covey`),
    or a verb of saying with a name before or after it (`As Perel puts it, "..."`,
    `"...," says Dan Siegel`). A name must be one: not a pronoun (`As I said, "..."`)."""
    after = _AFTER.match(text[close:]) or PAREN_AFTER.match(text[close:])
    if after:
        return after.group("who")
    said = _SAID_AFTER.match(text[close:]) or SAID_BEFORE.search(text[max(0, open_ - 120) : open_])
    if said is None:
        return speaker(text[max(0, open_ - 60) : open_])
    who = next(g for g in said.groups() if g is not None)
    if len(who.rsplit(None, 1)[-1]) > 2:  # the sentence's full stop, not an initial's ("J.")
        who = who.rstrip(".")
    return someone(who)


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
    said = line.endswith((".", "!", "?"))  # a sentence after the quotation, not a byline
    return line if "\n" not in line and name_line(line) and not said else ""
