"""Items -> card specs: every card one note's items ask for, with finished (sanitised) HTML.

What each kind of item becomes (a cloze, a Q/A, a "Who said" card, a trait
list and its "Which category" cards) lives here; how Anki names and writes
them lives in `cards.anki`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import NamedTuple
from urllib.parse import quote

from cards.anki.deck import deck_name, slug, tag_for
from cards.extractors.registry import normalise
from cards.inline import InlineText
from cards.items import Item
from cards.language import sentences, words
from cards.manifest import content_digest
from cards.media import Media
from cards.parse import ParsedNote
from cards.render import Context, render, render_blocks, render_footnotes, render_plain
from cards.sanitize import cloze_escape, finish

QUESTION_WORDS = 30


class CardSpec(NamedTuple):
    """A card as the notes describe it, before the manifest gives it a GUID and a time.

    A named tuple, not a dataclass: a large vault has hundreds of thousands of
    these, made in worker processes and pickled to the main one, and tuples
    are several times cheaper to make and to pickle than frozen dataclasses.
    """

    kind: str
    """Card kind: claim, claim-definition, question, quote, quote-attribution, traits,
    traits-classify. Part of the identity: a quote's cloze and its "Who said" card differ."""
    extractor: str
    path: str
    line: int
    match: str
    """Normalised identity text: what a later build compares to recognise this card."""
    notetype: str
    """`cloze` or `qa`."""
    fields: tuple[str, ...]
    """Every field; for a trait list the first holds the label and `clozes` the traits."""
    tags: tuple[str, ...]
    deck: str
    clozes: tuple[tuple[str, str], ...] = ()
    """Trait list: (normalised trait, trait HTML), in list order; numbered by the manifest."""
    digest: str = ""
    """`content_digest` of the fields, when they are final (no trait numbers to fill in)."""


@dataclass(frozen=True, slots=True)
class Naming:
    """How cards are named and filed: root deck, Obsidian vault for links, tag prefix."""

    deck: str
    vault: str
    tag_prefix: str = ""

    def tag(self, tag: str) -> str:
        return f"{self.tag_prefix}::{tag}" if self.tag_prefix else tag


def make_specs(
    note: ParsedNote, items: Sequence[Item], naming: Naming, media: Media | None = None
) -> list[CardSpec]:
    """Every card one note's items ask for, with finished (sanitised) field HTML."""
    deck = deck_name(naming.deck, note.path)
    source = finish(source_field(note, naming.vault))
    base_tags = note_tags(note)
    out: list[CardSpec] = []
    seen: set[tuple[str, str]] = set()
    kind_tags: dict[str, tuple[str, ...]] = {}
    """One tags tuple per item kind: a note's cards of a kind share it, also once pickled."""
    for item in items:
        tags = kind_tags.get(item.kind)
        if tags is None:
            with_kind = {naming.tag(t) for t in (*base_tags, f"cards::{item.kind}")}
            tags = kind_tags[item.kind] = tuple(sorted(with_kind))
        for kind, match, notetype, fields, clozes in _cards_for(item, note, media):
            if (kind, match) in seen:
                continue
            seen.add((kind, match))
            finished = (*(finish(f) for f in fields), source)
            digest = "" if clozes else content_digest(notetype, finished, tags, deck)
            out.append(
                CardSpec(
                    kind,
                    item.kind,
                    note.path,
                    item.ref.line,
                    match,
                    notetype,
                    finished,
                    tags,
                    deck,
                    clozes,
                    digest,
                )
            )
    return out


def assemble(spec: CardSpec, numbers: dict[str, int]) -> tuple[str, ...]:
    """The final fields: a trait list gets its deletions numbered as the manifest says."""
    if not spec.clozes:
        return spec.fields
    rows = "".join(f"<li>{{{{c{numbers[k]}::{html}}}}}</li>" for k, html in spec.clozes)
    return (f"{spec.fields[0]}<ul>{rows}</ul>", *spec.fields[1:])


_Spec = tuple[str, str, str, tuple[str, str], tuple[tuple[str, str], ...]]


def _cards_for(item: Item, note: ParsedNote, media: Media | None) -> Iterable[_Spec]:
    """(card kind, identity text, note type, (first, second field), trait clozes) per card."""
    text = item.text
    match = normalise(text.text)

    def ctx(skip: frozenset[str] = frozenset()) -> Context:
        return Context(note.path, item.ref.line, note.footnotes, media, skip_notes=skip)

    if item.kind == "claim":
        claim = ctx()
        key = item.key or _tail(text)
        cloze = render(text, [(*key, 1)], claim)
        yield (
            "claim",
            match,
            "cloze",
            (cloze, _extra(item, note.title) + render_footnotes(claim)),
            (),
        )
        if item.term:
            defined = ctx()
            question = render_plain(_what_is(item.term, text.text))
            answer = render(text, ctx=defined) + render_footnotes(defined)
            yield "claim-definition", match, "qa", (question, answer), ()
    elif item.kind == "question":
        qa = ctx()
        asked = render(text, ctx=qa)
        if item.answer_blocks:
            answer = render_blocks(item.answer_blocks, qa)
        else:
            answer = render(item.answer, ctx=qa) if item.answer else ""
        asked = _context(item, note.title) + asked
        yield "question", match, "qa", (asked, answer + render_footnotes(qa)), ()
    elif item.kind == "quote":
        quoted = ctx(frozenset({item.attribution}))
        key = item.key or _tail(text)
        cloze = render(text, [(*key, 1)], quoted)
        back = _attribution_html(item) + render_footnotes(quoted)
        yield "quote", match, "cloze", (cloze, back), ()
        if item.attribution:
            front = "Who said: " + render_plain(f"“{_opening(text.text)}”") + "?"
            yield "quote-attribution", match, "qa", (front, render_plain(item.attribution)), ()
    elif item.kind == "traits":
        source = ctx()
        label = f'<div class="traits-label">Typical of {render_plain(item.category)}:</div>'
        clozes = tuple((normalise(t), cloze_escape(render_plain(t))) for t in item.traits)
        back = render(text, ctx=source) + render_footnotes(source)
        yield "traits", f"{item.category}|{match}", "cloze", (label, back), clozes
        for trait in item.traits:
            front = "Which category: " + render_plain(trait) + "?"
            fields = (front, render_plain(item.category))
            yield "traits-classify", f"{item.category}|{normalise(trait)}", "qa", fields, ()


def _tail(text: InlineText) -> tuple[int, int]:
    """Fallback deletion: the second half of the text."""
    tokens = list(re.finditer(r"\S+", text.text))
    start = tokens[len(tokens) // 2].start() if tokens else 0
    return (start, len(text.text.rstrip(" .")))


_REFERRING = frozenset("it its this that they them these those he she him her".split())


def _context(item: Item, title: str) -> str:
    """The heading a question leans on, shown above it: "Where does it come from?" asks
    about what the note's heading names ("Anxious attachment"), which a card alone lacks.
    Only for a question that refers back or is too short to stand alone."""
    ws = words(item.text.text)
    if len(ws) > 3 and not _REFERRING.intersection(ws):
        return ""
    where = item.ref.headings[-1] if item.ref.headings else title
    return f'<div class="context">{render_plain(where)}</div>' if where else ""


def _extra(item: Item, title: str) -> str:
    """Where in the note the claim stands: the headings above it, not the note's own title."""
    headings = [h for h in item.ref.headings if h != title][-2:]
    return " › ".join(render_plain(h) for h in headings)


def _attribution_html(item: Item) -> str:
    parts = []
    if item.attribution:
        parts.append(f'<div class="attribution">— {render_plain(item.attribution)}</div>')
    if item.title and item.title != item.attribution:
        parts.append(f"<div>{render_plain(item.title)}</div>")
    return "".join(parts)


def _what_is(term: str, sentence: str) -> str:
    """ "What are X?" where the sentence says "X are", or says neither and X ends like a plural
    ("negative cycles called demon dialogues")."""
    verb = re.search(rf"{re.escape(term)}\s+(is|are)\b", sentence)
    last = term.rsplit(None, 1)[-1].lower() if term.strip() else ""
    looks_plural = len(last) > 3 and last.endswith("s") and not last.endswith(_SINGULAR_ENDS)
    plural = verb.group(1) == "are" if verb else looks_plural
    shown = (
        term
        if sum(c.isupper() for c in term) > 1 or term.isupper()
        else term[:1].lower() + term[1:]
    )
    return f"What {'are' if plural else 'is'} {shown}?"


_SINGULAR_ENDS = ("ss", "us", "is", "ics", "ness", "ys")


def _opening(text: str) -> str:
    spans = sentences(text)
    first = text[: spans[0][1]] if spans else text
    ws = first.split()
    return " ".join(ws[:QUESTION_WORDS]) + ("…" if len(ws) > QUESTION_WORDS else "")


def note_tags(note: ParsedNote) -> tuple[str, ...]:
    """The note's tags in Anki form (`a/b` -> `a::b`) and `source::<slug>`."""
    tags = [tag_for(t) for t in note.tags]
    tags.append(f"source::{slug(PurePosixPath(note.path).with_suffix('').as_posix())}")
    return tuple(t for t in tags if t)


def source_field(note: ParsedNote, vault_name: str) -> str:
    """Title, vault-relative path (when it says more than the title) and an `obsidian://` link."""
    target = note.path[:-3] if note.path.endswith(".md") else note.path
    link = f"obsidian://open?vault={quote(vault_name, safe='')}&file={quote(target, safe='')}"
    shown = [render_plain(note.title)]
    if PurePosixPath(note.path).stem != note.title or "/" in note.path:
        shown.append(f'<span class="path">{render_plain(note.path)}</span>')
    shown.append(f'<a href="{html.escape(link, quote=True)}">open in Obsidian</a>')
    return " · ".join(shown)
