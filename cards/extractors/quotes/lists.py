"""Rule `quote.list`: a list of quotations, each item closed by its author's name.

    - Well done is better than well said. Benjamin Franklin.
    - We suffer more often in imagination than in reality. Seneca.
    - Stay hungry, stay foolish. — Stewart Brand
    - What we know is a drop, what we don't know is an ocean. Isaac Newton.

A quote collection is often typed as a plain list: no quotation marks, no blockquote, the
quotation and then its author, after a full stop or a dash. A single item of that shape
proves little (`- Call the bank. Monday.`), so the rule reads the list as a whole: at
least three items, two in three of them a sentence closed by a name. Then every such
item is a quote of that name. A reading list (`- Deep Work. Cal Newport.`) names books,
whose titles are capitalised throughout, and a list of references cites years: neither
is a collection of quotations.

A name after a full stop is weak evidence on its own: a task list with owners (`- Send the
invoice. Mark Lee.`) has the same shape. So the list must also say it is quotations: the
note's title, its folder or a heading above it names them (quotes, sayings, ...), or most of
its quotations are set off the way only quotations are, by a dash before the name or by
quotation marks around the words.
"""

from __future__ import annotations

import re

from cards.extractors.quotes.make import MIN_WORDS, quote, unwrapped
from cards.extractors.quotes.names import TITLE_DOT, byline, title_cased
from cards.extractors.walk import Visit
from cards.inline import InlineText
from cards.items import Item
from cards.language import words
from cards.parse import Block, ParsedNote

_BOUNDARY = re.compile(rf"(?!{TITLE_DOT})[.!?…][)\]\"”’]*\s+")
"""A sentence's end, after which a name may begin: no initial's or title's full stop."""
_DASHED = re.compile(r"\s(?:[—–―]|--?)\s*(?P<who>[^—–―\-\n]{2,60})$")
"""A dash and a name closing the item: `... stay foolish. — Stewart Brand`."""
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday "
    "january february march april june july august september october november december "
    "none one two three four five six seven eight nine ten many several all both".split()
)
"""A day closing a to-do item (`- Call the bank. Monday.`), a number answering a question
(`- How many layers are there? Three.`): no author."""
_ACRONYM = re.compile(r"[A-Z]{2}")
"""`YIQ`, `RGB`: a list of terms and their abbreviations, not of quotations."""
_CITES = re.compile(r"\((?:1[5-9]|20)\d\d[a-z]?\)|\bet al\b")
SHARE = 2 / 3
"""The share of a list's items that must be closed by a name for the list to be quotes."""
LEAST = 3
_ABOUT_QUOTES = re.compile(
    r"\b(?:quot(?:e|es|ations?)|sayings?|maxims?|aphorisms?|proverbs?|epigrams?|"
    r"adages?|dictums?|dicta|zitate?)\b",
    re.IGNORECASE,
)
"""A title or heading that says what follows is quotations, in English or a few others."""
_MARKED = re.compile(r"[\"“„«]")
"""An item that opens on a quotation mark."""


def listed(note: ParsedNote, visit: Visit) -> list[Item]:
    """The quotes of a list whose items are quotations each closed by its author's name."""
    block = visit.block
    if block.kind != "list" or len(block.children) < LEAST:
        return []
    found: list[tuple[Block, InlineText, str]] = []
    for item in block.children:
        first = item.children[0] if item.children else None
        if first is not None and first.kind == "paragraph":
            split = _closed_by_name(first.text.strip())
            if split is not None:
                found.append((first, *split))
    if len(found) < LEAST or len(found) < SHARE * len(block.children):
        return []
    if not _says_quotes(note, visit) and not _set_off(found):
        return []
    made = (quote(note, visit, p.line, body, who, "quote.list") for p, body, who in found)
    return [item for item in made if item is not None]


def _says_quotes(note: ParsedNote, visit: Visit) -> bool:
    """The note's title, its folder or a heading above the list names quotations."""
    folders = note.path.replace("\\", "/").split("/")[:-1]
    return any(_ABOUT_QUOTES.search(h) for h in (note.title, *folders, *visit.headings))


def _set_off(found: list[tuple[Block, InlineText, str]]) -> bool:
    """Most quotations carry a mark only quotations carry: a dash before the name, or
    quotation marks around the words."""
    plain = [p.text.text.strip().rstrip(".").rstrip() for p, _, _ in found]
    marked = sum(1 for text in plain if _DASHED.search(text) or _MARKED.match(text))
    return marked >= SHARE * len(found)


def _closed_by_name(text: InlineText) -> tuple[InlineText, str] | None:
    """The quotation and the name that closes it (`Well done is better than well said.
    Benjamin Franklin.`), or None when the item is no quotation closed by a name."""
    plain = text.text.rstrip(".").rstrip()
    last = plain.rsplit(None, 1)[-1] if plain else ""
    if not last[:1].isupper() or "\n" in plain or len(plain) < 12:
        return None  # most items: no name closes them
    dashed = _DASHED.search(plain)
    if dashed is not None:
        body, who = text.slice(0, dashed.start()), dashed["who"]
    else:
        ends = list(_BOUNDARY.finditer(plain))
        if not ends:
            return None
        body, who = text.slice(0, ends[-1].end()), plain[ends[-1].end() :]
    body = unwrapped(body.strip())
    return (body, who.strip()) if _author(who) and _quotation(body.text) else None


def _author(who: str) -> bool:
    """A person's name: one to five words, not a day, a number, an abbreviation or a verdict."""
    ws = words(who)
    if not 1 <= len(ws) <= 5 or "," in who or ws[0] in _NOT_NAMES or _ACRONYM.search(who):
        return False
    return byline(who)


def _quotation(body: str) -> bool:
    """Words a person said: a sentence of a few words, not a title or a reference."""
    return (
        len(words(body)) >= MIN_WORDS
        and not title_cased(body.rstrip(".!?…"))
        and not _CITES.search(body)
    )
