"""Items -> cards -> a `.apkg` file. The GUID policy and every genanki type live here only.

Identity: a card's GUID is a hash of (vault-relative path, extractor, the
item's normalised text), so rebuilding from the same notes gives the same
GUIDs and Anki updates cards in place instead of adding duplicates.
"""

from __future__ import annotations

import html
import itertools
import json
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

from cards.errors import CardsError
from cards.extractors.registry import normalise
from cards.inline import InlineText
from cards.items import Item
from cards.language import sentences
from cards.media import Media, Packed
from cards.notetypes import CLOZE, CSS, QA, NoteType, stable_id
from cards.parse import ParsedNote
from cards.render import Context, render, render_blocks, render_footnotes, render_plain
from cards.sanitize import cloze_escape, finish

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
CHUNK = 1 << 20
_NEW_CARD = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "")
"""type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data of a new card."""
_CLOZE_NUMBER = re.compile(r"\{\{c(\d+)::")
QUESTION_WORDS = 30


@dataclass(frozen=True, slots=True)
class CardSpec:
    """A card as the notes describe it, before the manifest gives it a GUID and a time."""

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

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.path, self.kind, self.match)


@dataclass(frozen=True, slots=True)
class Card:
    """One Anki note to write (a cloze note may hold several cards)."""

    guid: str
    notetype: str
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    deck: str
    mod: int
    """Modification time: Anki updates an imported note only when this is newer."""


def guid(*parts: str) -> str:
    """Anki GUID from stable facts only; genanki's own default would hash every field."""
    return str(genanki.guid_for(*parts))


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
    for item in items:
        tags = tuple(sorted({naming.tag(t) for t in (*base_tags, f"cards::{item.kind}")}))
        for kind, match, notetype, fields, clozes in _cards_for(item, note, media):
            if (kind, match) in seen:
                continue
            seen.add((kind, match))
            finished = (*(finish(f) for f in fields), source)
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
    """Title, vault-relative path (when it says more than the title) and an `obsidian://` link."""
    target = note.path[:-3] if note.path.endswith(".md") else note.path
    link = f"obsidian://open?vault={quote(vault_name, safe='')}&file={quote(target, safe='')}"
    shown = [render_plain(note.title)]
    if PurePosixPath(note.path).stem != note.title or "/" in note.path:
        shown.append(f'<span class="path">{render_plain(note.path)}</span>')
    shown.append(f'<a href="{html.escape(link, quote=True)}">open in Obsidian</a>')
    return " · ".join(shown)


def write_apkg(cards: Sequence[Card], path: Path, media: Sequence[Packed] = ()) -> None:
    """Write the package atomically: a temporary file beside `path`, then a rename.

    Each note and card carries its own modification time; the collection's
    own times are the newest of them. The zip has fixed dates and entry
    order, so the same cards always give the same bytes.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=path.parent, prefix=".cards-") as tmp:
            db = Path(tmp) / "collection.anki2"
            conn = sqlite3.connect(db)
            _write_collection(conn, cards)
            conn.close()
            staged = Path(tmp) / path.name
            with zipfile.ZipFile(staged, "w", zipfile.ZIP_DEFLATED) as out:
                _add_file(out, "collection.anki2", db)
                files = sorted(media, key=lambda m: m.name)
                index = {str(n): m.name for n, m in enumerate(files)}
                _add(out, "media", json.dumps(index, sort_keys=True).encode("utf-8"))
                for n, packed in enumerate(files):
                    _add(out, str(n), packed.source.read_bytes())
            with staged.open("rb") as fh:
                os.fsync(fh.fileno())
            staged.replace(path)
    except (OSError, sqlite3.Error) as exc:  # a full disk shows as either
        reason = getattr(exc, "strerror", None) or f"{exc} (is the disk full?)"
        raise CardsError(f"{path}: cannot write the deck: {reason}") from exc


def _write_collection(conn: sqlite3.Connection, cards: Sequence[Card]) -> None:
    """The collection genanki would write, with rows inserted in two batches.

    genanki's schema, deck and note type JSON are used as they are; its
    per-note objects (and one decks-JSON rewrite per deck) cost more than
    everything else in a large build, so notes and cards are written as rows,
    exactly as `genanki.Note.write_to_db` lays them out. Rows are generated as
    they are inserted, so the fields are never copied into one big list.
    """
    timestamp = max((c.mod for c in cards), default=0)
    ordered = sorted(cards, key=lambda c: (c.deck, c.guid))
    deck_ids = {n: stable_id(f"vault-cards deck: {n}") for n in sorted({c.deck for c in cards})}
    conn.executescript(APKG_SCHEMA)
    conn.executescript(APKG_COL)
    (decks_json,) = conn.execute("SELECT decks FROM col").fetchone()
    decks = json.loads(decks_json)
    decks.update({str(i): genanki.Deck(i, name).to_json() for name, i in deck_ids.items()})
    last_deck = list(deck_ids.values())[-1] if deck_ids else 1
    (models_json,) = conn.execute("SELECT models FROM col").fetchone()
    models = json.loads(models_json)
    models.update({nt.id: _model(nt).to_json(timestamp, last_deck) for nt in (CLOZE, QA)})
    conn.execute("UPDATE col SET decks = ?, models = ?", (json.dumps(decks), json.dumps(models)))
    first_note = timestamp * 1000
    card_ids = itertools.count(first_note + len(ordered))  # note ids first, then card ids

    def notes() -> Iterator[tuple[object, ...]]:
        for nid, card in enumerate(ordered, start=first_note):
            model = CLOZE if card.notetype == "cloze" else QA
            tags = " " + " ".join(card.tags) + " "
            fields = "\x1f".join(card.fields)
            yield (nid, card.guid, model.id, card.mod, -1, tags, fields, card.fields[0], 0, 0, "")

    def rows() -> Iterator[tuple[object, ...]]:
        for nid, card in enumerate(ordered, start=first_note):
            did = deck_ids[card.deck]
            for ord_ in _ords(card):
                yield (next(card_ids), nid, did, ord_, card.mod, -1, *_NEW_CARD)

    conn.executemany("INSERT INTO notes VALUES (?,?,?,?,?,?,?,?,?,?,?)", notes())
    conn.executemany("INSERT INTO cards VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows())
    conn.commit()


def read_package(
    path: Path, guids: set[str]
) -> dict[str, tuple[tuple[str, ...], tuple[str, ...], str]]:
    """Fields, tags and deck of the given notes in an earlier package: what a tombstone shows.

    An unreadable or missing package gives nothing (the caller falls back).
    """
    if not guids or not path.is_file():
        return {}
    try:
        with zipfile.ZipFile(path) as package, tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "collection.anki2"
            with package.open("collection.anki2") as src, db.open("wb") as dst:
                shutil.copyfileobj(src, dst, CHUNK)
            conn = sqlite3.connect(db)
            try:
                (decks_json,) = conn.execute("SELECT decks FROM col").fetchone()
                names = {int(k): str(v["name"]) for k, v in json.loads(decks_json).items()}
                conn.execute("CREATE TEMP TABLE wanted (guid TEXT PRIMARY KEY)")
                conn.executemany("INSERT INTO wanted VALUES (?)", [(g,) for g in sorted(guids)])
                rows = conn.execute(
                    "SELECT n.guid, n.flds, n.tags, MIN(c.did) FROM notes n "
                    "JOIN wanted w ON w.guid = n.guid JOIN cards c ON c.nid = n.id GROUP BY n.id"
                ).fetchall()
            finally:
                conn.close()
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, sqlite3.Error):
        return {}
    return {
        str(guid): (tuple(flds.split("\x1f")), tuple(tags.split()), names.get(did, ""))
        for guid, flds, tags, did in rows
    }


def _ords(card: Card) -> list[int]:
    """A cloze note has a card per deletion number (ord = number - 1); a Q/A note has one."""
    if card.notetype != "cloze":
        return [0]
    return sorted({int(n) - 1 for n in _CLOZE_NUMBER.findall(card.fields[0])})


def _add_file(out: zipfile.ZipFile, name: str, path: Path) -> None:
    """Like `_add`, streaming the file in chunks: a large collection is never all in memory."""
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    with path.open("rb") as src, out.open(info, "w") as dst:
        shutil.copyfileobj(src, dst, CHUNK)


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
