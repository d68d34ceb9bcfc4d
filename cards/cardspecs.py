"""Items -> card specs: the Anki note each of one note's items becomes, with finished HTML.

What an item shows lives in `faces.py`; its tags, deck and Source field here;
how Anki names and writes them in `cards.anki`.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import NamedTuple
from urllib.parse import quote

from cards.anki.deck import deck_name, slug, tag_for
from cards.boldheads import BoldHeadings
from cards.extractors.registry import normalise
from cards.faces import face, prose, traits_text
from cards.items import Item
from cards.manifest import content_digest
from cards.media import Media
from cards.outline import parent_leads
from cards.parse import ParsedNote
from cards.render import Context, render_plain
from cards.sanitize import finish


class CardSpec(NamedTuple):
    """A card as the notes describe it, before the manifest gives it a GUID and a time.

    A named tuple, not a dataclass: a large vault has hundreds of thousands of
    these, made in worker processes and pickled to the main one, and tuples
    are several times cheaper to make and to pickle than frozen dataclasses.
    """

    kind: str
    """Card kind: claim, question, quote or traits; part of the identity. (Before a fact's
    questions became sibling cards of one note, claim-definition, quote-attribution and
    traits-classify were kinds too: earlier manifests still name them.)"""
    extractor: str
    path: str
    line: int
    match: str
    """Normalised identity text: what a later build compares to recognise this card."""
    notetype: str
    """`cloze` or `qa`."""
    fields: tuple[str, ...]
    """Every field; for a trait list the first holds the breadcrumb and `clozes` the rest."""
    tags: tuple[str, ...]
    deck: str
    clozes: tuple[tuple[str, str], ...] = ()
    """Trait list: (normalised trait, trait HTML) in list order, then the category's;
    numbered by the manifest."""
    digest: str = ""
    """`content_digest` of the fields, when they are final (no trait numbers to fill in)."""
    cards: int = 1
    """How many cards Anki makes of this note: one per distinct cloze deletion."""
    fact: str = ""
    """What makes two notes' cards one (`sharing.py`): the identity text, and a question's
    answer too (the same question may have other answers in other notes)."""


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
) -> list[tuple[Item, CardSpec]]:
    """The Anki note each of one note's items becomes, with finished (sanitised) field HTML;
    an item that repeats an earlier one of the note makes none."""
    deck = deck_name(naming.deck, note.path)
    source = finish(source_field(note, naming.vault))
    base_tags = note_tags(note)
    out: list[tuple[Item, CardSpec]] = []
    note_prose = functools.cache(lambda: prose(note.note.body))
    leads = functools.cache(lambda: parent_leads(note.blocks))
    sections = functools.cache(lambda: BoldHeadings(note.blocks))
    seen: set[tuple[str, str]] = set()
    kind_tags: dict[str, tuple[str, ...]] = {}
    """One tags tuple per item kind: a note's cards of a kind share it, also once pickled."""
    for item in items:
        tags = kind_tags.get(item.kind)
        if tags is None:
            with_kind = {naming.tag(t) for t in (*base_tags, f"cards::{item.kind}")}
            tags = kind_tags[item.kind] = tuple(sorted(with_kind))
        match = normalise(item.text.text)
        if item.kind == "traits":
            match = f"{item.category}|{match}"
        if (item.kind, match) in seen:
            continue
        seen.add((item.kind, match))

        def ctx(skip: frozenset[str], at: int = item.ref.line) -> Context:
            return Context(note.path, at, note.footnotes, media, skip_notes=skip)

        lead = leads().get(item.ref.line, "") if item.kind != "traits" else ""
        made = face(item, note, ctx, note_prose, lead, sections().under(item.ref.line))
        finished = (*(finish(f) for f in made.fields), source)
        clozes = made.clozes
        digest = "" if clozes else content_digest(made.notetype, finished, tags, deck)
        spec = CardSpec(
            item.kind,
            item.kind,
            note.path,
            item.ref.line,
            match,
            made.notetype,
            finished,
            tags,
            deck,
            clozes,
            digest,
            made.cards,
            _fact(item, match),
        )
        out.append((item, spec))
    return out


_EDITORIAL = re.compile(r"(?:^|(?<=\s))\[[A-Za-z][A-Za-z .]{0,20}\](?=\s)")
"""A word the quoter put in square brackets ("[An] amortized analysis ...", "[sic]"): the
same passage is quoted with and without it."""


def _fact(item: Item, match: str) -> str:
    """What makes this item one fact with another note's: its text without the quoter's
    bracketed words, and a question's answer too."""
    text = item.text.text
    if "[" in text:
        match = normalise(_EDITORIAL.sub(" ", text))
    return f"{match}|{normalise(item.answer.text)}" if item.answer else match


def assemble(spec: CardSpec, numbers: dict[str, int]) -> tuple[str, ...]:
    """The final fields: a trait list gets its deletions numbered as the manifest says."""
    if not spec.clozes:
        return spec.fields
    return (traits_text(spec.fields[0], spec.clozes, numbers), *spec.fields[1:])


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
