"""The plain-text normaliser: layout becomes structure, and lines still point at the file."""

from __future__ import annotations

from cards.extractors.quotes import extract_quotes
from cards.parse import Block, parse_note
from cards.syntax.plaintext import to_markdown
from cards.vault import SourceNote

ARTICLE = """\
Title of the article

An opening paragraph that ends with a full stop.
Integrative coach

Section heading here

  • first bullet;

  • second bullet with #hashtag and *stars*

    An indented paragraph under the bullet.

I define connection as the energy between people.
— Brené Brown
"""


def _note(text: str) -> SourceNote:
    return SourceNote(path="a.txt", name="a", metadata={}, body=text, body_line=1, plain=True)


def test_structure_from_layout() -> None:
    note = parse_note(_note(ARTICLE))
    kinds = [(b.kind, b.level) for b in note.blocks]
    assert kinds == [
        ("heading", 1),
        ("paragraph", 0),
        ("paragraph", 0),
        ("heading", 2),
        ("list", 0),
        ("blockquote", 0),
    ]
    assert note.title == "Title of the article"
    bullets = note.blocks[4].children
    assert [i.children[0].text.text for i in bullets] == [
        "first bullet;",
        "second bullet with #hashtag and *stars*",
    ]
    assert bullets[1].children[1].text.text == "An indented paragraph under the bullet."
    quote = note.blocks[5].children[0].text.text
    assert quote.splitlines() == [
        "I define connection as the energy between people.",
        "— Brené Brown",
    ]


def _first_text(block: Block) -> str:
    return block.text.text if block.text.text else _first_text(block.children[0])


def test_each_block_keeps_its_original_line() -> None:
    note = parse_note(_note(ARTICLE))
    source = ARTICLE.splitlines()
    assert [b.line for b in note.blocks] == [1, 3, 4, 6, 8, 14]
    for block in note.blocks:
        assert _first_text(block)[:10] in source[block.line - 1], block.kind


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    text, where = to_markdown("This sentence is wrapped at the\nend of a line and goes on.\n")
    note = parse_note(_note("This sentence is wrapped at the\nend of a line and goes on.\n"))
    assert [b.kind for b in note.blocks] == ["paragraph"]
    assert where[:2] == [0, 1]
    assert text.startswith("This sentence is wrapped at the\nend")


def test_markup_characters_stay_text() -> None:
    note = parse_note(_note("A note about C# and 2 * 3 and [[not a link]] and <b>tags</b>.\n"))
    assert (
        note.blocks[0].text.text == "A note about C# and 2 * 3 and [[not a link]] and <b>tags</b>."
    )
    assert note.blocks[0].text.marks == ()


def test_wrapped_line_before_a_capitalised_word_stays_in_the_sentence() -> None:
    wrapped = "Memory is less reliable than we think, as a study by\nLoftus and Palmer showed.\n"
    note = parse_note(_note(wrapped))
    assert [b.kind for b in note.blocks] == ["paragraph"]


def test_a_dash_line_with_no_text_above_is_text() -> None:
    """Found by hypothesis: this used to loop forever."""
    note = parse_note(_note("— Brené Brown\n\n— again\nThen text.\n"))
    assert [b.text.text for b in note.blocks] == ["— Brené Brown", "— again", "Then text."]


def test_a_long_dash_line_under_text_is_no_attribution() -> None:
    """Found by hypothesis: a dash line of few but long words under text crashed."""
    line = "- item \\-[[Source]]# Heading# HeadingEndorphins are our natural pain-killing hormones."
    note = parse_note(_note(f"Some text above.\n{line}\n"))
    assert note.blocks and not any(b.kind == "blockquote" for b in note.blocks)


def test_numbered_sections_are_headings_numbered_items_stay_a_list() -> None:
    sections = "Intro.\n\n1. Secure attachment\n\nText.\n\n2. Anxious attachment\n\nMore text.\n"
    kinds = [(b.kind, b.text.text) for b in parse_note(_note(sections)).blocks]
    assert kinds == [
        ("paragraph", "Intro."),
        ("heading", "1. Secure attachment"),
        ("paragraph", "Text."),
        ("heading", "2. Anxious attachment"),
        ("paragraph", "More text."),
    ]
    steps = "Steps:\n\n1. Learn your style\n\n2. Name the feeling\n\nThen rest.\n"
    assert [b.kind for b in parse_note(_note(steps)).blocks] == ["paragraph", "list", "paragraph"]


def test_a_dash_item_under_a_line_that_introduces_a_list_is_no_attribution() -> None:
    note = parse_note(_note("Signs include:\n- trusting your partner\n- handling conflict\n"))
    assert [b.kind for b in note.blocks] == ["paragraph", "list"]


def test_lettered_points_are_a_list_and_a_letter_in_prose_is_not() -> None:
    text = "Key points:\na) Conflict is a protest.\nb) Safety returns desire.\n\nSee a) and b).\n"
    note = parse_note(_note(text))
    assert [b.kind for b in note.blocks] == ["paragraph", "list", "paragraph"]
    assert [i.children[0].text.text for i in note.blocks[1].children] == [
        "Conflict is a protest.",
        "Safety returns desire.",
    ]


def test_underlined_lines_are_headings_and_a_clippings_rule_is_not() -> None:
    text = "Week 6: Adult attachment\n===\n\n1. Origins\n----------\n\nBowlby's idea.\n"
    note = parse_note(_note(text))
    shape = [(b.kind, b.level, b.text.text, b.line) for b in note.blocks]
    assert shape == [
        ("heading", 1, "Week 6: Adult attachment", 1),
        ("heading", 2, "1. Origins", 4),
        ("paragraph", 0, "Bowlby's idea.", 7),
    ]
    book = "Attached (Amir Levine)\n"
    clippings = f"{book}- Your Highlight on page 5\n\nProtest is a bid\n==========\n{book}"
    clipped = parse_note(_note(clippings))
    assert not any(b.kind == "heading" for b in clipped.blocks[1:])


def test_a_speaker_line_that_ends_on_a_quoted_sentence_is_no_heading() -> None:
    note = parse_note(_note('Text.\n\nProf. Miller: "The dimensions matter more."\n\nMore.\n'))
    assert [b.kind for b in note.blocks] == ["paragraph", "paragraph", "paragraph"]


def test_a_clause_of_dashes_alone_has_no_verb_to_find() -> None:
    """Lines of dashes read as a quote whose clauses hold no word: the quote's phrase is
    looked for without a crash, and every item has text."""
    note = parse_note(_note("## Tides turn twice a day\n—\n—\n— # Tables\n"))
    assert all(item.text.text.strip() for item in extract_quotes(note))
