"""Rule `quote.blockquote`: a blockquote or a quote callout is a quoted passage.

    > [!quote] Craving sex
    > Both of these puzzles make perfect sense ...
    > \\-[[Come As You Are by Emily Nagoski]]          <- trailing attribution line

    > Sue Johnson calls this "solace sex".^[Johnson, Love Sense, 121.]   <- footnote

The quote marks itself: a `>` says "someone else's words", so every blockquote of a quote
type is a quote, attributed or not. Its attribution is, in order: a trailing dash line or
name inside it, a line around it (`around`), a footnote inside it, a callout title that
names a source or a person (`titles`). Callouts of other types (note, tip, ...) hold the
author's own words, not a quote.
"""

from __future__ import annotations

import re

from cards.extractors.quotes.around import (
    LOCATOR,
    after_attribution,
    before_attribution,
    located,
)
from cards.extractors.quotes.aside import aside
from cards.extractors.quotes.cited import cited, closing_place, source_first
from cards.extractors.quotes.cut import held
from cards.extractors.quotes.echo import echo
from cards.extractors.quotes.ending import split_attribution
from cards.extractors.quotes.exercise import exercise
from cards.extractors.quotes.forum import forum
from cards.extractors.quotes.make import MIN_WORDS, quote, unwrapped
from cards.extractors.quotes.names import speaker
from cards.extractors.quotes.opening import opening_verse, several
from cards.extractors.quotes.passage import latin_script, not_a_passage, original
from cards.extractors.quotes.scaffold import templated
from cards.extractors.quotes.titles import (
    TITLE_PLACE,
    linked_heading,
    title_names_source,
    title_source,
)
from cards.extractors.quotes.versed import source_above_verse
from cards.extractors.walk import QUOTE_CALLOUTS, Visit
from cards.inline import InlineText, concat
from cards.items import Item
from cards.language import words
from cards.parse import Block, ParsedNote

_SAID = re.compile(r"[\"“](?P<q>[^\"“”]+)[\"”]$")
"""The one quotation that closes a quote."""
_EXAMPLES = (["before"], ["after"], ["example"], ["examples"], ["output"], ["input"])
"""The last word of a heading over an example set out as a blockquote: "Before", "After"."""


def blockquote(note: ParsedNote, visit: Visit) -> list[Item]:
    """The quote a blockquote or quote callout holds, with its attribution."""
    block = visit.block
    if block.kind != "blockquote" or block.callout not in QUOTE_CALLOUTS:
        return []
    if _outline(block):
        return []
    paragraphs, parts = held(block)  # the prose before a code block or a table in it
    if _heads_items(visit, parts):
        return []
    if len(parts) > 1 and _caption_line(parts[0]):
        parts = parts[1:]  # "> The Seven Rules of Baking" over the passage: its heading
    who = ""
    if parts:
        parts[-1], who = split_attribution(parts[-1])
        if not parts[-1].text.strip() and len(parts) > 1:
            parts.pop()  # "> ~ A. Writer" over "> (Source: ...)": the name, then the source
            parts[-1], named = split_attribution(parts[-1])
            who = named or who
    if not who:
        who = _list_attribution(block) or after_attribution(visit) or before_attribution(visit)
    whole = concat([p for p in parts if p.text.strip()], sep="\n").strip()
    whole, verse_of = _translation(whole, parts)
    if not who and whole.footnotes:  # before unwrapping: `> "..."[^1]` cites after the mark
        who = note.footnotes.get(whole.footnotes[0][1], InlineText()).text
    whole, work = source_first(whole)
    work, verse = work or verse_of, ""
    if not work:  # "> Harbour Laws 4.2 - A pilot who ...": the citation opens the line
        whole, work, verse = opening_verse(whole)
    body, speaking = _spoken(unwrapped(whole))
    if visit.headings and words(visit.headings[-1])[-1:] in _EXAMPLES:
        return []  # "#### Before" over "> We only have two boxes left.": an example, no quote
    if len(words(body.text)) < MIN_WORDS or exercise(body.text, visit.headings, note.title):
        return []
    if templated(note.path, note.title, visit.headings):
        return []  # "# Template 2" over "> **Speaker 1** says: ...": placeholders

    who = speaking or who or work or source_above_verse(visit, body.text, verse)
    if aside(visit, body.text, who) or echo(visit, body.text, who):
        return []
    if not_a_passage(body.text, bool(who), latin_script(note.title), bool(block.callout)):
        return []
    if not who:  # after the checks: a speaker's name makes no passage of a transcript
        body, who = _turn(body)
    elif who == work:  # a record's line over `> Elder: ...`: the speaker's words, in it
        turned, speaker = _turn(body)
        body, who = (turned, f"{speaker}, {work}") if speaker else (body, who)
    who = who or linked_heading(note.blocks, block.line, body.text)
    title = block.title.text.strip() if block.title else ""
    if not who and title:
        who = title_source(title, body.text)
    if not who and block.title and title_names_source(block.title, body.text):
        who = title
    if who and LOCATOR.fullmatch(who.strip(" .")):
        who = located(note, who)
    elif not who and title:
        where = TITLE_PLACE.search(title)  # "> [!quote] Page 12", "Highlight - Location 402"
        who = located(note, where.group("where")) if where else ""
    if forum(who):  # "From Reddit:": an anonymous poster's words, the site on the back
        who, title = "", title or who
    before = visit.previous()
    over = before.text if before is not None and before.kind == "paragraph" else InlineText()
    passages = several(note, visit, paragraphs, over)  # "> Laws 4.2 - ..." / "> Code 2.7 - ..."
    if passages is not None:
        return passages
    made = quote(note, visit, block.line, body, who, "quote.blockquote", title)
    return [made] if made is not None else []


def _translation(whole: InlineText, parts: list[InlineText]) -> tuple[InlineText, str]:
    """A passage in the note's language with a paragraph of its original before or after it
    (`> karmaṇy evādhikāras te ...` / `> You have a right to your work alone ...`): the
    translation alone, which a card can ask for, and the verse the original closes on
    (`... te [WB 2.47]`), the translation's source. A passage mostly in the original stays
    whole, for `not_a_passage` to judge."""
    if len(parts) < 2 or original(whole.text):
        return whole, ""
    kept = concat([p for p in parts if p.text.strip() and not original(p.text)], sep="\n")
    labels = _GLOSS_LABELS.match(kept.text)
    kept = kept.slice(labels.end(), len(kept.text)) if labels else kept.strip()
    if not (kept.text[:1].isupper() or kept.text[:1] in '"“0123456789'):
        return whole, ""
    return kept, next((v for p in parts if original(p.text) and (v := closing_place(p.text))), "")


_GLOSS_LABELS = re.compile(
    r"\s*(?:(?:[\w ]{0,20}(?:transliteration|translation|devanaa?gari|meaning|original)"
    r"[^:\n]{0,30}):?\s+)*",
    re.IGNORECASE,
)
"""`IAST Transliteration: Translation (by ...): `: the labels of the parts left out."""


def _spoken(body: InlineText) -> tuple[InlineText, str]:
    """`> Seneca: “We suffer more often in imagination ...”`: a quote that is one speaker's words
    is theirs, whoever's book or note quotes them (an e-reader highlight of a quotation)."""
    text = body.text
    if text[-1:] not in '"”' or ":" not in text:
        return body, ""
    found = _SAID.search(text)
    if found is None or "\n" in text[: found.start()]:
        return body, ""
    who = speaker(text[: found.start()])
    return (body.slice(found.start("q"), found.end("q")).strip(), who) if who else (body, "")


def _turn(body: InlineText) -> tuple[InlineText, str]:
    """`> Orla Brenn: The sea forgives a slow ship ...`: a transcript's line opened by its
    speaker's name, who said it (a label, `Translation:`, names no one)."""
    colon = body.text.find(": ", 0, 40)
    said = body.text[colon + 2 : colon + 3] if colon > 0 else ""
    who = speaker(body.text[: colon + 1]) if said and (said.isupper() or said in '"“') else ""
    if any(w[1:] != w[1:].lower() for w in who.split()):
        who = ""  # "ValueError: could not convert": a name in code, nobody's
    return (body.slice(colon + 2, len(body.text)).strip(), who) if who else (body, "")


def _outline(block: Block) -> bool:
    """Whether a blockquote sets out a list its own words introduce (`> The steps are:` or a
    caption with no full stop, `> Changes the railway brought`, over `> 1. ...`): an
    outline, pasted or summarised, whose paragraphs alone would leave the card hanging on
    a colon or a caption, and whose list is no passage a card can ask for."""
    children = block.children
    return any(
        child.kind == "paragraph"
        and children[at + 1].kind == "list"
        and (child.text.text.rstrip().endswith(":") or _caption(child, children[at + 1 :]))
        for at, child in enumerate(children[:-1])
    )


def _caption(paragraph: Block, after: tuple[Block, ...]) -> bool:
    """A line that ends on no full stop over a list of two or more items: a caption (one
    item closing a quote is its attribution, `> - Author`)."""
    ended = paragraph.text.text.rstrip(" *_").endswith(_ENDED)
    return not ended and (len(after) > 1 or len(after[0].children) > 1)


def _heads_items(visit: Visit, parts: list[InlineText]) -> bool:
    """`* > Rest more than anyone else` over its own sub-items: a list item's heading,
    quoted from an article's outline (a habit, a rule), not a sentence a card can ask for;
    the points quoted under it are. One that ends on a full stop is a sentence all the
    same."""
    after = visit.next()
    if visit.parent_kind != "item" or visit.index != 0 or after is None or after.kind != "list":
        return False
    return len(parts) == 1 and not parts[0].text.rstrip(" *_").endswith(_ENDED)


def _caption_line(part: InlineText) -> bool:
    """A first paragraph that is a heading: a few words with no full stop, bold or in title
    case (`> **Tides and Their Moons**`, `> The Seven Rules of Baking`)."""
    text = part.text.strip()
    found = text.split()
    if not 1 <= len(found) <= 8 or text.endswith((*_ENDED, ":")):
        return False
    bold = any(m.kind == "strong" and m.end - m.start >= len(text) - 1 for m in part.marks)
    return bold or sum(w[0].isupper() for w in found) * 2 > len(found)


_ENDED = (".", "!", "?", '"', "”", ")", "…")


def _list_attribution(block: Block) -> str:
    """`> - Author` parses as a one-item list at the end of the quote."""
    last = block.children[-1] if block.children else None
    if last is None or last.kind != "list" or len(last.children) != 1 or len(block.children) < 2:
        return ""
    item = last.children[0].children
    text = item[0].text.text.strip() if item and item[0].kind == "paragraph" else ""
    if 0 < len(words(text)) <= 10 or cited(text, colon=False):
        return text  # "- Swami Vivekananda", "- Speech ..., Complete Works Vol. 5, Page 233"
    return ""
