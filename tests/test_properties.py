"""Property-based tests: no text, however odd, makes the parser or an extractor raise, and
every item that comes out is well-formed. 500 examples per property."""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cards.cli import cli
from cards.errors import NoteError
from cards.extractors import default_extractors, default_taxonomy
from cards.items import KINDS, Item
from cards.manifest import Entry, Manifest, entry_line, load_manifest, manifest_lines
from cards.manifest_check import GUID
from cards.parse import parse_note
from cards.vault import SourceNote, read_note

EXAMPLES = settings(max_examples=500, deadline=None)
CATEGORIES = {c.name for c in default_taxonomy().categories}
FRAGMENTS = [
    "# Heading",
    "## Sleep consolidates memories",
    "## What is sleep for?",
    "- item",
    "* item",
    "  - nested",
    "1. Term: the meaning of the term here",
    "> quoted words here",
    "> [!quote] Title",
    "> [!definition] Term",
    "> [!note]",
    "> — Author",
    "\\-[[Source Book]]",
    "— Brené Brown",
    "**bold phrase**",
    "==highlight==",
    "*em*",
    "[[Target|alias]]",
    "[[Note#Heading]]",
    "![[image.png|300]]",
    "^[inline footnote]",
    "[^1]",
    "[^1]: the footnote",
    "$x^2$",
    "$$E=mc^2$$",
    "`code`",
    "```\ncode block\n```",
    "| Secure | Anxious |\n|---|---|\n| calm | worried |",
    "#tag/sub",
    "Secure attachers have:",
    "They are calm, kind, and warm.",
    "People with anxious attachment worry more, and yet they equate sex with love.",
    "Endorphins are our natural pain-killing hormones.",
    "Oxytocin, also known as the love hormone,",
    '"A quoted sentence of some length."^[Source]',
    "---",
    "title: x",
    "\t",
    "“",
    "”",
    "—",
    "…",
    "é",
    "<script>alert(1)</script>",
    "&amp;",
    "\\",
    "]]",
    "[[",
    "==",
    "**",
    "|",
    ":",
]
SEPARATORS = ["\n", "\n\n", " ", "", "\r\n", "\r"]
markdownish = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), st.sampled_from(SEPARATORS)
    ),
    max_size=40,
).map(lambda parts: "".join(f + s for f, s in parts))
any_text = st.one_of(st.text(max_size=400), markdownish)


def _note(body: str, plain: bool) -> SourceNote:
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    return SourceNote(
        path="n.txt" if plain else "n.md",
        name="n",
        metadata={},
        body=body,
        body_line=1,
        plain=plain,
    )


def _check(item: Item, note: SourceNote) -> None:
    assert item.kind in KINDS
    assert item.ref.path == note.path
    assert 1 <= item.ref.line <= note.body.count("\n") + 2
    data = item.to_json()
    assert json.loads(json.dumps(data)) == data
    if item.kind == "traits":
        assert item.category in CATEGORIES
        assert item.traits and all(isinstance(t, str) and t.strip() for t in item.traits)
        return
    assert item.plain.strip()
    if item.key is not None:
        start, end = item.key
        assert 0 <= start < end <= len(item.plain)
    if item.kind == "question":
        assert (item.answer is not None and item.answer.text.strip()) or item.answer_blocks
    if item.kind == "quote":
        assert isinstance(item.attribution, str) and isinstance(item.title, str)


@EXAMPLES
@given(body=any_text, plain=st.booleans())
@example(body="ATTACH|\n--\nSECURE", plain=False)  # a table row naming a category, no trait
def test_parser_and_every_extractor_accept_any_text(body: str, plain: bool) -> None:
    note = _note(body, plain)
    registry = default_extractors()
    for item in registry.run(parse_note(note)):
        _check(item, note)


@EXAMPLES
@given(body=markdownish, plain=st.booleans())
def test_markdownish_text_gives_well_formed_items(body: str, plain: bool) -> None:
    note = _note(body, plain)
    for item in default_extractors().run(parse_note(note)):
        _check(item, note)


@EXAMPLES
@given(raw=st.one_of(st.binary(max_size=300), markdownish.map(lambda s: s.encode("utf-8"))))
def test_reading_any_bytes_gives_a_note_or_a_note_error(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        vault = Path(tmp)
        (vault / "n.md").write_bytes(raw)
        try:
            note = read_note(vault, vault / "n.md")
        except NoteError as exc:
            assert exc.path == "n.md" and exc.line >= 1
        else:
            parse_note(note)


@EXAMPLES
@given(bodies=st.lists(markdownish, min_size=1, max_size=3))
def test_extract_json_output_always_parses(bodies: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for n, body in enumerate(bodies):
            (Path(tmp) / f"note {n}.md").write_text(body, encoding="utf-8")
        result = CliRunner().invoke(cli, ["extract", tmp, "--format", "json", "-q"])
        assert result.exit_code == 0, result.output
        assert not result.stderr  # -q: nothing on stderr; warnings never mix into the JSON
        items = json.loads(result.stdout)
        assert isinstance(items, list)
        for item in items:
            assert {"kind", "note", "line"} <= set(item)


ENTRY_TEXT = st.text(min_size=0, max_size=30)


ENTRIES = st.builds(
    Entry,
    guid=st.from_regex(GUID, fullmatch=True),
    note=ENTRY_TEXT,
    kind=ENTRY_TEXT,
    extractor=ENTRY_TEXT,
    match=ENTRY_TEXT,
    notetype=ENTRY_TEXT,
    digest=ENTRY_TEXT,
    mod=st.integers(min_value=0, max_value=2**40),
    clozes=st.dictionaries(ENTRY_TEXT, st.integers(min_value=1, max_value=99), max_size=4),
    cloze_max=st.integers(min_value=0, max_value=99),
    orphaned=st.booleans(),
)


@EXAMPLES
@given(ENTRIES)
def test_a_manifest_line_is_the_entry_as_sorted_json(entry: Entry) -> None:
    """The fast line writer and the plain JSON of the entry agree, quotes and controls included,
    and the line reads back as the same entry."""
    line = entry_line(entry)
    assert line == json.dumps(entry.to_json(), ensure_ascii=False, sort_keys=True)
    assert Entry.from_json(json.loads(line)) == entry._replace(
        cloze_max=entry.cloze_max if entry.clozes else 0
    )


@settings(max_examples=200, deadline=None)
@given(
    st.lists(ENTRIES, max_size=12, unique_by=lambda e: e.guid), st.randoms(use_true_random=False)
)
def test_a_manifest_file_is_in_one_order_whatever_order_it_is_given(
    entries: list[Entry], rnd: random.Random
) -> None:
    """Lines come sorted by note, kind, text and GUID (unique, as in any manifest a build
    writes): a build's own entries (already in that order) skip the sort, anything else is
    sorted, and both read back as the same entries."""
    ordered = sorted(entries, key=lambda e: (e.note, e.kind, e.match, e.guid))
    shuffled = list(entries)
    rnd.shuffle(shuffled)
    text = "".join(manifest_lines(Manifest("v", tuple(ordered))))
    assert "".join(manifest_lines(Manifest("v", tuple(shuffled)))) == text
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "v.cards.json"
        path.write_text(text, encoding="utf-8")
        known = [e.match for e in entries]
        read = load_manifest(path, "v", known)
    assert [e._replace(cloze_max=e.cloze_max if e.clozes else 0) for e in ordered] == list(
        read.entries
    )
    held = {id(k) for k in known}
    assert all(id(e.match) in held for e in read.entries)  # one string, not a copy of it
