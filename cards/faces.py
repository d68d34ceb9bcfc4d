"""What one item shows in Anki: one note per fact, its questions as sibling cards.

A fact asked two ways in two Anki notes gives itself away (one card's answer
is the other's question) and Anki buries neither while its twin is due. So
each item is one note, and each way of asking it is one cloze deletion of it:

    definition  Endorphins are our natural pain-killers.  c1 the term, c2 what it is
    quote       "…the level of your goals." — James Clear  c1 the key phrase, c2 who said it
    trait list  Typical of anxious: craves closeness; …    a trait each, the category last
    claim       the emphasised phrase (else the predicate) c1
    question    a Q/A note, the answer on the back

Every front starts with where the fact stands (the note's title and headings, as a small
breadcrumb), less what the text already names: "What is a page?" is answerable in a note
on memcached only if the card says so.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from cards.breadcrumb import breadcrumb
from cards.citation import named_part
from cards.extractors.registry import normalise
from cards.inline import InlineText
from cards.items import Item
from cards.meaning import meaning_deletions
from cards.parse import ParsedNote
from cards.predicate_kind import says_what_it_is
from cards.render import Context, render, render_blocks, render_footnotes, render_plain
from cards.repeats import repeats
from cards.sanitize import cloze_escape
from cards.statement import states_apart

CATEGORY = ":category"
"""A trait list's cloze key for its category: no trait's key (normalised text) holds `:`."""


class Face(NamedTuple):
    """One Anki note's content, before sanitising: what `make_specs` finishes."""

    notetype: str
    """`cloze` or `qa`."""
    fields: tuple[str, str]
    """Text and Back Extra, or Front and Back."""
    clozes: tuple[tuple[str, str], ...] = ()
    """Trait list: (key, HTML) per deletion, the category's last; numbered by the manifest."""
    cards: int = 1
    """How many cards Anki makes of the note: one per distinct deletion."""


_LITERAL = frozenset({"code", "math"})
"""Marks whose words are names ("`chain`"), never everyday English."""
MakeContext = Callable[[frozenset[str]], Context]


def face(
    item: Item,
    note: ParsedNote,
    ctx: MakeContext,
    note_prose: Callable[[], str],
    lead: str = "",
    section: str = "",
) -> Face:
    """The note one item becomes. `note_prose()`: the note's `prose`, made once per note;
    `lead`: the words of the list item the item's own hangs from (`outline.py`); `section`:
    the bold line over the item that stands as its nearest heading (`boldheads.py`)."""
    text = item.text
    if item.kind == "question":
        qa = ctx(frozenset())
        asked = render(text, ctx=qa)
        if item.answer_blocks:
            answer = render_blocks(item.answer_blocks, qa)
        else:
            answer = render(item.answer, ctx=qa) if item.answer else ""
        front = breadcrumb(item, note.title, lead=lead, section=section) + asked
        return Face("qa", (front, answer + render_footnotes(qa)))
    if item.kind == "traits":
        return _traits(item, note, ctx(frozenset()), section)
    skip = frozenset({item.attribution}) if item.kind == "quote" else frozenset()
    card = ctx(skip)
    key = item.key or _tail(text)
    # A quote with no phrase worth hiding asks only who said it (`quotes/phrase.py`).
    alone = item.kind == "quote" and item.key is None and bool(item.attribution)
    clozes = [] if alone else [(*key, 1)]
    if item.kind == "quote" and item.key is not None:  # said twice: hidden twice
        clozes.extend((a, b, 1) for a, b in repeats(text, item.key))
    hint = ""
    literal = tuple((m.start, m.end) for m in text.marks if m.kind in _LITERAL)
    meaning = meaning_deletions(text.text, key, literal) if item.term else ()
    if meaning:
        clozes = list(meaning)  # the term's own deletion too, unless its meaning names it
        begin, end = meaning[-1][0], max(e for _, e, n in meaning if n == 2)  # pieces: whole
        verb = text.text[key[1] : begin] if begin >= key[1] else text.text[end : key[0]]
        # A property ("a little harder to clean") is asked as a plain deletion, not "What is X?".
        predicate = text.text[begin:end]
        # A label's value ("Oak: split rails" under "Fencing") may be any facet of the label,
        # which stands right before the deletion anyway: after a mark, not a verb, no hint.
        if (
            (_WORD.search(verb) or not verb.strip())
            and says_what_it_is(predicate, verb)
            and not states_apart(verb, predicate)
        ):
            hint = what_is(item.term, text.text, note_prose(), note.title)
    body = render(text, clozes, card)
    if hint:
        shown = html.escape(hint, quote=True)
        body = body.replace('<cloze data-n="2">', f'<cloze data-n="2" data-hint="{shown}">', 1)
    back = render_footnotes(card)
    deletions = len({n for *_, n in clozes})
    if item.kind == "quote":
        if item.attribution:
            source = " ".join(item.attribution.split())
            named = named_part(source)  # "{{Loom Chronicle}} 4.12": no verse numbers asked
            name, rest = render_plain(source[:named]), html.escape(source[named:], quote=False)
            n = deletions + 1
            body += f'<div class="attribution">— <cloze data-n="{n}">{name}</cloze>{rest}</div>'
            deletions = n
        if item.title and item.title != item.attribution:
            back = f"<div>{render_plain(item.title)}</div>" + back
    hidden = (*(text.text[a:b] for a, b, _ in clozes), item.attribution)
    numbers = (*(n for *_, n in clozes), deletions)  # the attribution's, where there is one
    front = breadcrumb(item, note.title, hidden, lead, section, numbers)
    return Face("cloze", (front + body, back), cards=deletions)


def _traits(item: Item, note: ParsedNote, source: Context, section: str) -> Face:
    """One deletion per trait, and one for the category: the card that hides it asks
    which category the traits are typical of."""
    clozes = tuple((normalise(t), cloze_escape(render_plain(t))) for t in item.traits)
    clozes += ((CATEGORY, cloze_escape(render_plain(item.category))),)
    back = render(item.text, ctx=source) + render_footnotes(source)
    front = breadcrumb(item, note.title, (item.category,), section=section)
    return Face("cloze", (front, back), clozes, cards=len(dict(clozes)))


def traits_text(front: str, clozes: tuple[tuple[str, str], ...], numbers: dict[str, int]) -> str:
    """A trait list's Text field, its deletions numbered as the manifest says."""
    label = rows = ""
    for key, shown in clozes:
        deletion = f"{{{{c{numbers[key]}::{shown}}}}}"
        if key == CATEGORY:
            label = f'<div class="traits-label">Typical of {deletion}:</div>'
        else:
            rows += f"<li>{deletion}</li>"
    return f"{front}{label}<ul>{rows}</ul>"


def _tail(text: InlineText) -> tuple[int, int]:
    """Fallback deletion: the second half of the text."""
    tokens = list(re.finditer(r"\S+", text.text))
    start = tokens[len(tokens) // 2].start() if tokens else 0
    return (start, len(text.text.rstrip(" .")))


def what_is(term: str, sentence: str, prose: str, title: str = "") -> str:
    """ "What is X?" ("What are X?" where the sentence says "X are", or says neither and X
    ends like a plural), X as written when it is a name (`is_name`), else in lower case."""
    at = sentence.find(term)
    verb = _VERB.match(sentence, at + len(term)) if at >= 0 else None
    last = term.rsplit(None, 1)[-1].lower() if term.strip() else ""
    looks_plural = len(last) > 3 and last.endswith("s") and not last.endswith(_SINGULAR_ENDS)
    plural = verb.group(1) == "are" if verb else looks_plural
    article, _, rest = term.partition(" ")
    if article in _ARTICLES and rest:
        shown = article.lower() + " " + rest  # "The bag wall": the article opened a sentence
    elif is_name(term, prose, title):
        shown = term
    else:
        shown = term[:1].lower() + term[1:]
    return f"What {'are' if plural else 'is'} {' '.join(shown.split())}?"


_VERB = re.compile(r"\s+(is|are)\b")
_WORD = re.compile(r"\w")
_ARTICLES = frozenset({"A", "An", "The"})
_SINGULAR_ENDS = ("ss", "us", "is", "ics", "ness", "ys")
_HEADINGS = re.compile(r"^\s{0,3}#.*$", re.M)


def prose(body: str) -> str:
    """A note's text without its headings, whose title case says nothing of names."""
    return _HEADINGS.sub("", body)


def is_name(term: str, text: str, title: str = "") -> bool:
    """Whether a term is written with a capital because it is a name ("Stoicism", "HTTP",
    "McKinsey"), not because a sentence starts with it ("Endorphins are ..."): capitals
    inside it, or the note's `text` (its `prose`) capitalises it inside a sentence, or
    never writes it in lower case and is itself named so."""
    if not term[:1].isupper():
        return False
    if sum(c.isupper() for c in term) > 1:
        return True
    for start in _words_at(text, term):
        before = text[max(0, start - 40) : start].rstrip(" \t*_\"'“‘([")
        last = before.split()[-1] if before.split() else ""
        if (last[-1:].isalnum() and last.islower()) or last.endswith(","):
            return True  # capitalised inside a sentence, not in a line of title case
    if next(_words_at(text, term[:1].lower() + term[1:]), None) is not None:
        return False  # the note writes it in lower case too
    return title == term


def _words_at(text: str, word: str) -> Iterator[int]:
    """Where `word` stands in `text` as a whole word (no letter or digit either side)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            yield at
        at = text.find(word, at + 1)


_CONTEXT_DIV = re.compile(r'^<div class="context">.*?</div>', re.S)
_DELETION = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", re.S)
_BLOCK = re.compile(r"</?(?:div|p|br|hr|li|ul|ol|tr|td|th|table|pre|blockquote)\b[^>]*>")
_MARKUP = re.compile(r"<[^>]+>")


def as_text(field: str) -> str:
    """A card's first field as the note writes it: no breadcrumb, deletions or markup."""
    text = _DELETION.sub(r"\1", _CONTEXT_DIV.sub("", field))
    return " ".join(html.unescape(_MARKUP.sub("", _BLOCK.sub(" ", text))).split())
