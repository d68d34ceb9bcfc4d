"""Items -> cards -> a `.apkg` file. The GUID policy and every genanki type live here only.

Identity: a card's GUID is a hash of (vault-relative path, extractor, the
item's normalised text), so rebuilding from the same notes gives the same
GUIDs and Anki updates cards in place instead of adding duplicates.
"""

from __future__ import annotations

import html
import os
import re
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote

import genanki

from cards.errors import CardsError
from cards.extractors.registry import normalise
from cards.inline import InlineText
from cards.items import Item
from cards.language import sentences
from cards.notetypes import CLOZE, CSS, QA, NoteType, stable_id
from cards.parse import ParsedNote
from cards.render import render, render_plain

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
QUESTION_WORDS = 30


@dataclass(frozen=True, slots=True)
class Card:
    """One Anki note to write (a cloze note may hold several cards)."""

    guid: str
    notetype: str
    """`cloze` or `qa`."""
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    deck: str
    kind: str
    """The extractor that produced it."""
    path: str


def guid(*parts: str) -> str:
    """Anki GUID from stable facts only; genanki's own default would hash every field."""
    return str(genanki.guid_for(*parts))


def make_cards(note: ParsedNote, items: Sequence[Item], vault_name: str) -> list[Card]:
    """Every card for one note's items."""
    deck = deck_name(vault_name, note.path)
    source = source_field(note, vault_name)
    base_tags = note_tags(note)
    out: list[Card] = []
    for item in items:
        tags = (*base_tags, f"cards::{item.kind}")
        for notetype, key, fields in _cards_for(item):
            card_tags = tuple(sorted(set(tags)))
            out.append(
                Card(
                    guid(note.path, *key),
                    notetype,
                    (*fields, source),
                    card_tags,
                    deck,
                    item.kind,
                    note.path,
                )
            )
    return out


def _cards_for(item: Item) -> Iterable[tuple[str, tuple[str, ...], tuple[str, str]]]:
    """(note type, identity key, (first field, second field)) for each card of an item."""
    text = item.text
    if item.kind == "claim":
        key = item.key or _tail(text)
        yield "cloze", ("claim", normalise(text.text)), (render(text, [(*key, 1)]), _extra(item))
        if item.term:
            yield (
                "qa",
                ("claim-definition", normalise(text.text)),
                (
                    render_plain(_what_is(item.term, text.text)),
                    render(text),
                ),
            )
    elif item.kind == "question":
        answer = render(item.answer) if item.answer else ""
        yield "qa", ("question", normalise(text.text)), (render(text), answer)
    elif item.kind == "quote":
        key = item.key or _tail(text)
        back = _attribution_html(item)
        yield "cloze", ("quote", normalise(text.text)), (render(text, [(*key, 1)]), back)
        if item.attribution:
            yield (
                "qa",
                ("quote-attribution", normalise(text.text)),
                (
                    "Who said: " + render_plain(f"“{_opening(text.text)}”") + "?",
                    render_plain(item.attribution),
                ),
            )
    elif item.kind == "traits":
        label = f'<div class="traits-label">Typical of {render_plain(item.category)}:</div>'
        rows = "".join(
            f"<li>{{{{c{n}::{_cloze_safe(t)}}}}}</li>" for n, t in enumerate(item.traits, 1)
        )
        yield (
            "cloze",
            ("traits", item.category, normalise(text.text)),
            (
                f"{label}<ul>{rows}</ul>",
                render(text),
            ),
        )
        for trait in item.traits:
            yield (
                "qa",
                ("traits-classify", item.category, normalise(trait)),
                (
                    "Which category: " + render_plain(trait) + "?",
                    render_plain(item.category),
                ),
            )


def _tail(text: InlineText) -> tuple[int, int]:
    """Fallback deletion: the second half of the text."""
    tokens = list(re.finditer(r"\S+", text.text))
    start = tokens[len(tokens) // 2].start() if tokens else 0
    return (start, len(text.text.rstrip(" .")))


def _extra(item: Item) -> str:
    return " › ".join(render_plain(h) for h in item.ref.headings[-2:])


def _attribution_html(item: Item) -> str:
    parts = []
    if item.attribution:
        parts.append(f'<div class="attribution">— {render_plain(item.attribution)}</div>')
    if item.title and item.title != item.attribution:
        parts.append(f"<div>{render_plain(item.title)}</div>")
    return "".join(parts)


def _what_is(term: str, sentence: str) -> str:
    plural = re.search(rf"{re.escape(term)}\s+are\b", sentence) is not None
    shown = (
        term
        if sum(c.isupper() for c in term) > 1 or term.isupper()
        else term[:1].lower() + term[1:]
    )
    return f"What {'are' if plural else 'is'} {shown}?"


def _opening(text: str) -> str:
    spans = sentences(text)
    first = text[: spans[0][1]] if spans else text
    ws = first.split()
    return " ".join(ws[:QUESTION_WORDS]) + ("…" if len(ws) > QUESTION_WORDS else "")


def _cloze_safe(text: str) -> str:
    return render_plain(text).replace(":", "&#58;").replace("}", "&#125;").replace("{", "&#123;")


def note_tags(note: ParsedNote) -> tuple[str, ...]:
    """The note's tags in Anki form (`a/b` -> `a::b`) and `source::<slug>`."""
    tags = [tag_for(t) for t in note.tags]
    tags.append(f"source::{slug(PurePosixPath(note.path).with_suffix('').as_posix())}")
    return tuple(t for t in tags if t)


def tag_for(tag: str) -> str:
    parts = [re.sub(r"\s+", "_", p.strip()) for p in tag.strip("#").split("/")]
    return "::".join(p for p in parts if p)


def slug(text: str) -> str:
    parts = (re.sub(r"[^\w]+", "-", p.lower()).strip("-") for p in text.split("/"))
    return "::".join(p for p in parts if p) or "note"


def deck_name(vault_name: str, path: str) -> str:
    """The vault's deck, with a subdeck per subfolder."""
    folders = PurePosixPath(path).parent.parts
    return "::".join((vault_name, *folders))


def source_field(note: ParsedNote, vault_name: str) -> str:
    """Title, vault-relative path and an `obsidian://` link back to the note."""
    target = note.path[:-3] if note.path.endswith(".md") else note.path
    link = f"obsidian://open?vault={quote(vault_name, safe='')}&file={quote(target, safe='')}"
    return (
        f'{render_plain(note.title)} · <span class="path">{render_plain(note.path)}</span> · '
        f'<a href="{html.escape(link, quote=True)}">open in Obsidian</a>'
    )


def write_apkg(cards: Sequence[Card], path: Path, timestamp: int) -> None:
    """Write the package atomically: a temporary file beside `path`, then a rename.

    The zip is written with fixed dates and a fixed entry order, so the same
    cards and timestamp always give the same bytes.
    """
    models = {nt.name: _model(nt) for nt in (CLOZE, QA)}
    decks: dict[str, genanki.Deck] = {}
    for card in sorted(cards, key=lambda c: (c.deck, c.path, c.guid)):
        deck = decks.get(card.deck)
        if deck is None:
            deck = decks[card.deck] = genanki.Deck(
                stable_id(f"vault-cards deck: {card.deck}"), card.deck
            )
        model = models[CLOZE.name if card.notetype == "cloze" else QA.name]
        deck.add_note(
            genanki.Note(
                model=model, fields=list(card.fields), tags=list(card.tags), guid=card.guid
            )
        )
    package = genanki.Package([decks[name] for name in sorted(decks)])
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=path.parent, prefix=".cards-") as tmp:
            db = Path(tmp) / "collection.anki2"
            conn = sqlite3.connect(db)
            package.write_to_db(conn.cursor(), timestamp, _ids(timestamp))
            conn.commit()
            conn.close()
            staged = Path(tmp) / path.name
            with zipfile.ZipFile(staged, "w", zipfile.ZIP_DEFLATED) as out:
                _add(out, "collection.anki2", db.read_bytes())
                _add(out, "media", b"{}")
            with staged.open("rb") as fh:
                os.fsync(fh.fileno())
            staged.replace(path)
    except OSError as exc:
        raise CardsError(f"{path}: cannot write the deck: {exc.strerror or exc}") from exc


def _ids(timestamp: int) -> Iterable[int]:
    n = timestamp * 1000
    while True:
        yield n
        n += 1


def _add(out: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    out.writestr(info, data)


def _model(nt: NoteType) -> genanki.Model:
    return genanki.Model(
        nt.id,
        nt.name,
        fields=[{"name": f} for f in nt.fields],
        templates=[{"name": "Cloze" if nt.cloze else "Card 1", "qfmt": nt.front, "afmt": nt.back}],
        css=CSS,
        model_type=genanki.Model.CLOZE if nt.cloze else genanki.Model.FRONT_BACK,
        sort_field_index=0,
    )
