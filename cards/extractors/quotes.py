"""Quoted passages with their attribution.

    > [!quote] Craving sex
    > Both of these puzzles make perfect sense ...
    > \\-[[Come As You Are by Emily Nagoski]]          <- trailing attribution line

    > Sue Johnson calls this "solace sex".^[Johnson, Love Sense, 121.]   <- footnote

    "Sex that we crave often isn't sex that feels good."^[[[Come As You Are]]]   <- inline, cited
    As Esther Perel puts it, "The quality of our relationships ..."             <- inline, said

The attribution is, in order: a trailing dash (or tilde) line inside or right after
the quote, a footnote inside it, a callout title that names a source or a person.
A quotation in prose needs a citation, a dash and a name, or a verb of saying
next to a name: scare quotes ("solace sex") are not quotes. Callouts of other
types (note, tip, ...) are not quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.extractors.walk import QUOTE_CALLOUTS, Visit, walk
from cards.inline import InlineText, concat
from cards.items import Item, SourceRef
from cards.language import FUNCTION_WORDS, LABELS, TITLES, sentences, words
from cards.parse import Block, ParsedNote
from cards.syntax.clippings import PLACE

RULES = ("blockquote", "inline", "table", "heading")
"""The ways this kind of item appears in a note, in the order they are tried."""

_DASH_LINE = re.compile(r"^\s*(?:\\?-{1,2}|—|–|―|~)\s*(?P<who>\S.{0,120})$")
_INLINE = re.compile(r"[\"“](?P<q>[^\"“”\n]{12,}?)[\"”]")
_TITLE_DOT = "(?:(?<=\\b[A-Z])|" + "|".join(rf"(?<=\b{t})" for t in TITLES) + r")\."
"""The full stop of an initial or a title in a name (`Dr. Amir Levine`, `J. Bowlby`), which
ends no sentence."""
_AFTER = re.compile(
    rf"^\s*(?:-{{1,2}}|—|–|―|~)\s*(?P<who>(?:[^.;\n]|{_TITLE_DOT}){{2,80}}?)"
    rf"(?:(?!{_TITLE_DOT})[.;]|\s*$)"
)
"""`"..." - Covey`; Goodreads writes `“...” ― Amir Levine, Attached` with a horizontal bar."""
_CITED = re.compile(
    r"\s*\((?P<who>[A-Z][\w'’.&\s-]{1,60}?,?\s+(?:1[5-9]|20)\d\d[a-z]?(?:,\s*pp?\.\s*[\d–-]+)?)\)"
    r"\.?\s*$"
)
"""An author-year citation closing the quote: `... across time and space (Ainsworth, 1973).`"""
_SAYS = (
    r"(?:says|say|said|writes|write|wrote|notes|note|noted|explains|explain|explained|argues"
    r"|argue|argued|observes|observe|puts it|put it|reminds us|tells us|adds|added)"
    r"(?:\s+[a-z]+ly)?"  # "puts it simply"
)
_ONE = r"(?:Dr\.?\s+|Prof\.?\s+)?[A-Z][\w'’.-]*(?:\s+(?:de|van|von|der|da|di|[A-Z][\w'’.-]*)){0,3}"
_NAME = rf"{_ONE}(?:\s+(?:and|&)\s+{_ONE})?"
"""A person's name as prose writes it: capitalised words, initials, name particles; or two
authors ("Levine and Heller")."""
_WORK = r"(?:\s+in\s+[*_]?[A-Z][^,:\n]{0,60}?[*_]?)?"
"""The work named after the verb: `As Brené Brown writes in *Daring Greatly*, "..."`."""
_SAID_AFTER = re.compile(
    rf"^[,\s]*(?:{_SAYS}\s+(?P<who>{_NAME})|(?P<who2>{_NAME})\s+{_SAYS})(?=[\s.,;:!?]|$)"
)
"""`"...," says Dan Siegel.` and `"...," Dan Siegel writes.`"""
_SAID_BEFORE = re.compile(
    rf"(?:^|[.!?:]\s+)(?:(?:In\s+[*_]?[A-Z][^,\n]{{0,60}}?[*_]?,\s+)?"
    rf"(?:(?:As|and as)\s+(?P<who>{_NAME})\s+{_SAYS}{_WORK}"
    rf"|(?:According to|In the words of)\s+(?P<who2>{_NAME})"
    rf"|(?P<who3>{_NAME})\s+(?:once\s+)?{_SAYS}{_WORK}))\s*[,:]?\s*$"
)
"""`As Esther Perel puts it, "..."`, `According to Bowlby, "..."`, `Rumi wrote: "..."`."""
_SPEAKER = re.compile(rf"(?:^|\n)[ \t]*(?P<who>{_NAME})[ \t]*:[ \t]*$")
"""A line opened by its speaker's name, as lecture and interview notes write it:
`Prof. Miller: "The dimensions matter more than the boxes."`."""
_LABELS = LABELS | frozenset("quote key remember definition me interviewer host".split())
"""Labels of a line that name no speaker: a note's own labels, and an interview's roles."""
_BRACKETED = rf"\((?P<who>{_NAME}(?:,\s*[^()\n]{{1,60}})?)\)"
"""A speaker, maybe with their work, in brackets: `(Simone Weil)`, `(Rumi, Masnavi)`."""
_NAMED = re.compile(rf"(?<=[.!?…\"”’])\s*{_BRACKETED}\s*$")
"""Closing a blockquote's last sentence: `... sophistication. (Leonardo da Vinci)`."""
_PAREN_AFTER = re.compile(rf"^\s*{_BRACKETED}")
"""Right after an inline quotation: `“Attachment is the great fabricator ...” (Simone Weil)`."""
_TAIL = re.compile(
    rf"[.!?…][\"”’)]*\s+(?P<dash>[—–―]|--)\s*(?P<who>[A-Za-z*_](?:[^.!?\n]|{_TITLE_DOT}){{1,80}}?)\s*$"
)
"""`... in reality. — Seneca`; a name may be written in lower case (`— bell hooks`)."""
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
        elif block.kind == "table":
            yield from _quote_table(note, visit)
        elif block.kind == "heading" and block.text.text[:1] in '"“':
            item = _quoted_heading(note, visit)
            if item:
                yield item


_QUOTE_COLUMNS = frozenset("quote quotes quotation quotations passage excerpt highlight".split())
_WHO_COLUMNS = frozenset("author source who by speaker attribution from person".split())
_WORK_COLUMNS = frozenset("book work".split())
"""A reading log's column for the work: the attribution when no column names the author."""


def _quote_table(note: ParsedNote, visit: Visit) -> Iterator[Item]:
    """A table of quotes: a column headed "Quote" (a row per quote), and one headed
    "Author" or "Source", if any, for who said it."""
    rows = [r.children for r in visit.block.rows]
    if len(rows) < 2:
        return
    heads = [" ".join(words(cell.text.text)) for cell in rows[0]]
    said = next((n for n, h in enumerate(heads) if h in _QUOTE_COLUMNS), None)
    if said is None:
        return
    by = next((n for n, h in enumerate(heads) if h in _WHO_COLUMNS), None)
    if by is None:
        by = next((n for n, h in enumerate(heads) if h in _WORK_COLUMNS), None)
    for cells in rows[1:]:
        if said >= len(cells):
            continue
        body = _unwrapped(cells[said].text.strip())
        if len(words(body.text)) < MIN_WORDS:
            continue
        who = cells[by].text.text if by is not None and by < len(cells) else ""
        ref = SourceRef(note.path, cells[said].line, visit.headings)
        yield Item("quote", ref, body, key=_key(body), attribution=_clean(who), rule="quote.table")


def _quoted_heading(note: ParsedNote, visit: Visit) -> Item | None:
    """A heading that is a quotation, with its speaker on a dash line under it (`### "Love is
    a verb."` over `— Stephen Covey`): a collection of quotes set out as headings."""
    text = visit.block.text.strip()
    found = _INLINE.fullmatch(text.text)
    if found is None:
        return None
    who = _after_attribution(visit)
    if not who:
        return None
    body = text.slice(found.start("q"), found.end("q")).strip()
    ref = SourceRef(note.path, visit.block.line, visit.headings)
    return Item("quote", ref, body, key=_key(body), attribution=_clean(who), rule="quote.heading")


def _blockquote(note: ParsedNote, visit: Visit) -> Item | None:
    block = visit.block
    parts = [c.text for c in block.children if c.kind == "paragraph"]
    who = ""
    if parts:
        parts[-1], who = _split_attribution(parts[-1])
    if not who:
        who = _list_attribution(block) or _after_attribution(visit) or _before_attribution(visit)
    whole = concat([p for p in parts if p.text.strip()], sep="\n").strip()
    if not who and whole.footnotes:  # before unwrapping: `> "..."[^1]` cites after the mark
        who = note.footnotes.get(whole.footnotes[0][1], InlineText()).text
    body = _unwrapped(whole)
    if len(words(body.text)) < MIN_WORDS:
        return None
    title = block.title.text.strip() if block.title else ""
    if not who and title:
        who = _title_source(title, body.text)
    if not who and block.title and _title_names_source(block.title, body.text):
        who = title
    if who and _LOCATOR.fullmatch(who.strip(" .")):
        who = _located(note, who)
    elif not who and title:
        where = _TITLE_PLACE.search(title)  # "> [!quote] Page 12", "Highlight - Location 402"
        who = _located(note, where.group("where")) if where else ""
    ref = SourceRef(note.path, block.line, visit.headings)
    return Item(
        "quote",
        ref,
        body,
        key=_key(body),
        attribution=_clean(who),
        title=title,
        rule="quote.blockquote",
    )


_LOCATOR = re.compile(PLACE, re.IGNORECASE)
"""Where in the work a quote stands (`— p. 28`, `— location 412`, `— 12:04`), not who wrote it."""
_AUTHOR_KEYS = ("author", "authors", "creator", "by")
_TITLE_PLACE = re.compile(
    rf"^(?:highlight(?:\s*\([\w ]+\))?\s*[-–—|:]\s*)?(?P<where>{_LOCATOR.pattern})\s*$",
    re.IGNORECASE,
)
"""A callout title that says only where in the work its quote stands, as Zotero and e-reader
exports title them: `Page 12`, `p. 37`, `Highlight (yellow) - Location 402`."""


_PAGE_AFTER = re.compile(
    rf"[,\s]*[(\[]?(?P<where>{_LOCATOR.pattern})[)\]]?[.,;]?\s*$", re.IGNORECASE
)
"""Only a page or a location after a quotation, to the end of its paragraph: `"..." (p. 37)`."""


def _located(note: ParsedNote, where: str) -> str:
    """A book note's quote marked only with where it stands is the note's work's: its author
    (front matter) and title, with the place. Without an author the place names no one."""
    for key in _AUTHOR_KEYS:
        authors = [name for name in _names(note.note.metadata.get(key)) if name]
        if authors:
            return f"{' and '.join(authors)}, {note.title}, {where.strip()}"
    return ""


def _names(value: object) -> list[str]:
    """The names in a front matter value: a string, a list, or `[[Sue Johnson]]`, which YAML
    reads as a list in a list."""
    if isinstance(value, list):
        return [name for part in value for name in _names(part)]
    text = str(value).strip().strip("[]").split("|")[-1].strip() if value is not None else ""
    return [text] if text else []


def _unwrapped(body: InlineText) -> InlineText:
    """`> "Love is not a feeling ..."`: quotation marks around the whole quote say only what
    the blockquote says already; the card has its own."""
    text = body.text
    wrapped = len(text) > 2 and text[0] in '"“' and text[-1] in '"”'
    if wrapped and not any(c in '"“”' for c in text[1:-1]):
        return body.slice(1, len(text) - 1).strip()
    return body


def _split_attribution(text: InlineText) -> tuple[InlineText, str]:
    """The attribution, if the quote ends with one, and the quote without it.

    Either a last line that starts with a dash, a dash and a name right after
    the last sentence (`... in reality. — Seneca`), or an author-year citation
    closing the quote (`... across time and space (Ainsworth, 1973).`). A dash
    inside a sentence is never taken for one, nor a bare `(1973)` or `(p. 5)`.
    """
    start = text.breaks[-1] + 1 if text.breaks else 0
    found = _DASH_LINE.match(text.text[start:])
    if found and len(words(found.group("who"))) <= 14:
        return text.slice(0, start).strip(), found.group("who")
    last = text.text[start:].strip()
    if start and _emphasised_line(text, start) and _name_line(last):
        return text.slice(0, start).strip(), last  # "**J.R.R. Tolkien**" on the last line
    if start and _byline(text, start, last):
        return text.slice(0, start).strip(), last  # "Sigmund Freud, *Civilization and ...*"
    tail = _TAIL.search(text.text)
    if tail and tail.group("who")[:1].islower() and not _lower_name(tail.group("who")):
        tail = None  # "... over. — and more": no name
    if tail and len(words(tail.group("who"))) <= 8:
        return text.slice(0, tail.start("dash")).strip(), tail.group("who")
    cited = _CITED.search(text.text) or _NAMED.search(text.text)
    if cited:
        return text.slice(0, cited.start()).strip(), cited.group("who")
    return text, ""


def _lower_name(who: str) -> bool:
    """A name its bearer writes in lower case (`bell hooks`): two or three words, none a
    function word."""
    ws = words(who)
    return 2 <= len(ws) <= 3 and not any(w in FUNCTION_WORDS for w in ws)


def _byline(text: InlineText, start: int, last: str) -> bool:
    """A last line that names a person, after a line that ends a sentence: `Sigmund Freud`,
    or `Sigmund Freud, *Civilization and Its Discontents*` with the work emphasised."""
    if not _name_line(last) or text.text[:start].rstrip()[-1:] not in '.!?…"”’':
        return False
    name, comma, work = last.partition(",")
    if comma:
        at = start + text.text[start:].find(work.strip())
        return any(m.kind in ("em", "strong") and m.start <= at < m.end for m in text.marks)
    return len(name.split()) >= 2 and last[-1:].isalpha()


def _emphasised_line(text: InlineText, start: int) -> bool:
    """Whether the text from `start` to its end is bold or italic as a whole."""
    end = len(text.text.rstrip())
    return any(
        m.kind in ("strong", "em") and m.start <= start + 1 and m.end >= end for m in text.marks
    )


def _list_attribution(block: Block) -> str:
    """`> - Author` parses as a one-item list at the end of the quote."""
    last = block.children[-1] if block.children else None
    if last is None or last.kind != "list" or len(last.children) != 1 or len(block.children) < 2:
        return ""
    item = last.children[0].children
    text = item[0].text.text.strip() if item and item[0].kind == "paragraph" else ""
    return text if 0 < len(words(text)) <= 10 else ""


def _after_attribution(visit: Visit) -> str:
    """A dash line, or a name in brackets, right below the quote; or a name nested under
    it, when the quote opens an outline's item."""
    after = visit.next()
    if after is None:
        return ""
    if after.kind == "list":
        return _nested_name(visit)
    if after.kind == "paragraph" and not after.text.breaks:
        found = _DASH_LINE.match(after.text.text)
        if found and len(words(found.group("who"))) <= 10 and not after.text.text.startswith("- "):
            return found.group("who")
        bracketed = _PAREN_AFTER.match(after.text.text)
        if bracketed and bracketed.end() == len(after.text.text.rstrip(" .")):
            return bracketed.group("who")  # "(Lao Tzu)"
        sourced = _SOURCE_LINE.match(after.text.text)
        if sourced and len(words(sourced.group("who"))) <= 12:
            return sourced.group("who")  # "Source: [[Attached]]"
    return ""


_SOURCE_LINE = re.compile(
    r"^\s*(?:source|from|via|quoted from|author)\s*:\s*(?P<who>\S.*?)\s*$", re.IGNORECASE
)


_FROM = re.compile(rf"^From\s+(?P<work>[^:\n]{{1,80}}?)\s+by\s+(?P<who>{_NAME})\s*:$")


def _before_attribution(visit: Visit) -> str:
    """A line right above the quote that introduces it: `Brené Brown writes:`, `From
    *Attached* by Amir Levine and Rachel Heller:`."""
    before = visit.previous()
    if before is None or before.kind != "paragraph" or before.text.breaks:
        return ""
    line = before.text.text.strip()
    if not line.endswith(":") or len(words(line)) > 16:
        return ""
    source = _FROM.match(line)
    if source:
        return f"{source.group('work')} by {source.group('who')}"
    said = _SAID_BEFORE.search(line)
    if said is None:
        return ""
    return _someone(next(g for g in said.groups() if g is not None))


def _title_names_source(title: InlineText, body: str) -> bool:
    """A callout title that is the quote's source: a work, a person, or a work and a place."""
    text = title.text.strip()
    return _names_source(title) or _names_person(text, body) or _cites(text, body)


def _names_source(title: InlineText) -> bool:
    """A callout title that is only a link (`[[Atomic Habits]]`) or reads 'X by Y'."""
    text = title.text.strip()
    linked = any(
        m.start == 0 and m.end >= len(text) for m in title.marks if m.kind in ("wikilink", "link")
    )
    return linked or bool(re.search(r"\bby [A-Z]", text))


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


_PARTICLES = frozenset("de van von der den da di du le la bin ibn al".split())


_TITLED = re.compile(
    r"^(?:[—–―~-]\s*(?P<dashed>.+)|(?:quote|quoted|words|said)\s+(?:by|of)\s+(?P<by>.+)"
    r"|from\s+(?P<work>(?-i:[A-Z\[*_\"“]).+)|(?P<speaker>.+?)\s+on\s+[\w'’ -]{2,40})$",
    re.IGNORECASE,
)
"""Callout titles that say whose words these are: `— Sue Johnson`, `Quote by Amir Levine`,
`From Hold Me Tight (Johnson, 2008)`, `Esther Perel on desire`."""


def _title_source(title: str, body: str) -> str:
    """The speaker or work a callout title names around its name."""
    found = _TITLED.match(title)
    if found is None:
        return ""
    if found["work"]:
        return found["work"]
    who = found["dashed"] or found["by"] or found["speaker"]
    return who if _names_person(who, body) or (found["speaker"] is None and _name_line(who)) else ""


def _names_person(title: str, body: str) -> bool:
    """A callout title that is a person's name (`> [!quote] Carl Jung`), not a topic.

    Shape alone cannot tell "Carl Jung" from "Solace Sex", but a topic title sums up
    its quote and shares a word with it, while a speaker is seldom named in their own
    words: so two to four capitalised words (initials and name particles allowed),
    none a function word and none found in the quote.
    """
    names = _person(title)  # "Sue Johnson, Hold Me Tight": the person first
    if not 2 <= len(names) <= 4 or not _name_line(title):
        return False
    said = set(words(body))
    bare = (n.strip(".,").lower() for n in names if n not in _PARTICLES)
    return not any(b in FUNCTION_WORDS or (len(b) > 2 and b in said) for b in bare)


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
            who = (
                _said(text.text, found.start(), close)
                or _nested_attribution(visit, found)
                or _name_below(visit, found)
            )
            located = _PAGE_AFTER.match(text.text, close) if not who else None
            if located:  # '"..." (p. 37)': cited by page, the note's work's if it names one
                who = _located(note, located.group("where"))
            elif not who:
                continue
        body = text.slice(found.start("q"), found.end("q")).strip()
        while body.text[-1:] in ",;:":  # "... about our past," says X: the comma is the prose's
            body = body.slice(0, len(body.text) - 1).strip()
        ref = SourceRef(note.path, visit.block.line + text.line_of(found.start()), visit.headings)
        yield Item("quote", ref, body, key=_key(body), attribution=_clean(who), rule="quote.inline")


def _said(text: str, open_: int, close: int) -> str:
    """Who a quoted sentence in prose is attributed to: a dash after it (`"..." - Covey`),
    or a verb of saying with a name before or after it (`As Perel puts it, "..."`,
    `"...," says Dan Siegel`). A name must be one: not a pronoun (`As I said, "..."`)."""
    after = _AFTER.match(text[close:]) or _PAREN_AFTER.match(text[close:])
    if after:
        return after.group("who")
    said = _SAID_AFTER.match(text[close:]) or _SAID_BEFORE.search(text[max(0, open_ - 120) : open_])
    if said is None:
        speaker = _SPEAKER.search(text[max(0, open_ - 60) : open_])
        if speaker is None or speaker.group("who").lower() in _LABELS:
            return ""
        return _someone(speaker.group("who"))
    who = next(g for g in said.groups() if g is not None)
    if len(who.rsplit(None, 1)[-1]) > 2:  # the sentence's full stop, not an initial's ("J.")
        who = who.rstrip(".")
    return _someone(who)


def _someone(who: str) -> str:
    """The name a verb of saying came with, if it names someone: not a pronoun (`As I said`)
    nor a crowd (`Research says`)."""
    first = words(who)[:1]
    return "" if first and (first[0] in FUNCTION_WORDS or first[0] in _NOBODY) else who


_NOBODY = frozenset(
    "research researchers studies study experts scientists people many some others critics "
    "psychologists therapists doctors parents everyone everybody".split()
)
"""Subjects of a verb of saying that name no one: `Research says, "..."`."""


def _nested_attribution(visit: Visit, found: re.Match[str]) -> str:
    """`- "No man is free who is not master of himself."` with `- Epictetus` nested under
    it: how an outliner (Logseq, Roam, an outline in Obsidian) attributes a quoted item.
    Only a whole item in quotation marks, with one nested item that is a dash line or
    reads as a name (`Epictetus`, `Sue Johnson, Hold Me Tight`)."""
    text = visit.block.text.text.strip()
    if text[:1] not in '"“' or len(found.group()) < len(text) - 1:
        return ""
    return _nested_name(visit)


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
    return line if "\n" not in line and _name_line(line) and not said else ""


def _nested_name(visit: Visit) -> str:
    """The name in the one item nested under the item that `visit` opens, if it reads as
    one: an outliner's attribution of a quote (`- > Attachment is ...` over `- Bowlby`)."""
    after = visit.next()
    if visit.parent_kind != "item" or visit.index != 0 or after is None or after.kind != "list":
        return ""
    if len(after.children) != 1:
        return ""
    inner = after.children[0].children
    line = inner[0].text.text.strip() if inner and inner[0].kind == "paragraph" else ""
    dashed = _DASH_LINE.match(line)
    if dashed and len(words(dashed.group("who"))) <= 10:
        return dashed.group("who")
    return line if _name_line(line) else ""


def _name_line(line: str) -> bool:
    """One to four capitalised words (initials and name particles allowed), maybe followed
    by the work after a comma: `Epictetus`, `Sue Johnson, Hold Me Tight`."""
    names = _person(line)
    return 1 <= len(names) <= 4 and all(
        n in _PARTICLES or (n[:1].isupper() and n.translate(_NAME_MARKS).isalpha()) for n in names
    )


def _person(line: str) -> list[str]:
    """The words before the first comma, where a byline names the person."""
    return line.split(",", 1)[0].split()


_NAME_MARKS = str.maketrans("", "", ".-'’")
"""Marks a name's words may hold: initials' full stops, hyphens, apostrophes (O'Brien)."""


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
    """The attribution without dashes around it, runs of spaces or a sentence's full stop
    (a footnote's "Scott Peck, *The Road Less Traveled*."); an abbreviation's stays."""
    who = " ".join(who.strip().strip("-—–").split())
    last = who.rsplit(None, 1)[-1] if who else ""
    stop = last.endswith(".") and "." not in last[:-1]  # not "Ph.D."
    if stop and (len(last) > 4 or last[:-1].isdigit()) and last != "al.":
        who = who[:-1]
    return who
