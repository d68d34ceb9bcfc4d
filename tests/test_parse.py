"""The block tree a note parses into: what every extractor walks."""

from __future__ import annotations

from pathlib import Path

from cards.parse import Block, parse_note
from cards.vault import read_note

NOTE = """---
tags: [front]
---
# Title here

> [!quote] Seneca
> Luck is what happens when **preparation** meets opportunity. #stoic

- Secure: trusts easily
  1. nested one
- Anxious: #worry fears loss

| Style | Trait |
|---|---|
| secure | calm |

```py
code()
```

$$
x^2
$$

---

Text with a note[^1].

[^1]: The footnote text.
"""


def _blocks(tmp_path: Path, text: str, name: str = "n.md") -> tuple[Block, ...]:
    """The blocks of a note with `text`, written as a real file and read as a build reads it."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    return parse_note(read_note(tmp_path, tmp_path / name)).blocks


def shape(block: Block) -> object:
    """Kinds and nesting, with the text of blocks that have some."""
    own = block.kind if not block.text.text else f"{block.kind}: {block.text.text}"
    return (own, [shape(c) for c in block.children]) if block.children else own


def test_a_note_folds_into_nested_blocks_with_their_lines(tmp_path: Path) -> None:
    (tmp_path / "n.md").write_text(NOTE, encoding="utf-8")
    note = parse_note(read_note(tmp_path, tmp_path / "n.md"))
    heading, quote, bullets, table, code, math, rule, para = note.blocks
    assert [shape(b) for b in note.blocks] == [
        "heading: Title here",
        ("blockquote", ["paragraph: Luck is what happens when preparation meets opportunity. "]),
        (
            "list",
            [
                (
                    "item",
                    [
                        "paragraph: Secure: trusts easily",
                        ("list", [("item", ["paragraph: nested one"])]),
                    ],
                ),
                ("item", ["paragraph: Anxious:  fears loss"]),
            ],
        ),
        (
            "table",
            [
                ("rows", [("row", ["cell: Style", "cell: Trait"])]),
                ("rows", [("row", ["cell: secure", "cell: calm"])]),
            ],
        ),
        "code",
        "math",
        "hr",
        "paragraph: Text with a note.",
    ]
    assert (heading.level, heading.line) == (1, 4)
    assert quote.callout == "quote" and quote.title is not None and quote.title.text == "Seneca"
    assert (quote.line, quote.children[0].line) == (6, 7)  # the body starts under its title
    assert bullets.level == 0 and bullets.children[0].children[1].level == 1  # ordered
    assert [c.source for c in table.children[0].children[0].children] == ["th", "th"]
    cells = [c for rows in table.children for row in rows.children for c in row.children]
    assert [c.line for c in cells] == [13, 13, 15, 15]  # each cell on its own row's line
    assert (code.source, code.lang, code.line) == ("code()\n", "py", 17)
    assert (math.source.strip(), math.line) == ("x^2", 21)
    assert (rule.line, para.line) == (25, 27)
    assert note.tags == ("front", "stoic", "worry")  # front matter first, then as met
    assert [t.text for t in note.footnotes.values()] == ["The footnote text."]


def test_known_html_tags_leave_their_text_in_markdown_not_in_plain_text(tmp_path: Path) -> None:
    line = "<p><mark>Avoidant</mark> partners <b>pull away</b>.<br>Then <List> <script>x</script>"
    (tmp_path / "n.md").write_text(line + "\n", encoding="utf-8")
    (tmp_path / "n.txt").write_text(line + "\n", encoding="utf-8")
    markdown = parse_note(read_note(tmp_path, tmp_path / "n.md")).blocks[0].text.text
    plain = parse_note(read_note(tmp_path, tmp_path / "n.txt")).blocks[0].text.text
    assert markdown.strip() == "Avoidant partners pull away. Then <List> <script>x</script>"
    assert plain == line


def test_reference_markers_glued_to_text_are_dropped(tmp_path: Path) -> None:
    text = "Bonds form early.[1] Bowlby[2][3] wrote it[citation needed]; see [4] below.\n"
    block = _blocks(tmp_path, text)[0]
    assert block.text.text == "Bonds form early. Bowlby wrote it; see [4] below."


def test_a_leading_timestamp_is_dropped_from_its_line(tmp_path: Path) -> None:
    text = "- [04:12] Conflict is a protest.\n- 1:02:33 – Pursuers pursue.\n- 9:30 meeting\n"
    items = _blocks(tmp_path, text)[0].children
    assert [i.children[0].text.text for i in items] == [
        "Conflict is a protest.",
        "Pursuers pursue.",
        "9:30 meeting",
    ]


def test_comments_are_dropped_and_later_lines_keep_their_numbers(tmp_path: Path) -> None:
    text = (
        "Bonds form %%a draft%%early.\n"
        "%%\n"
        "Hidden paragraph.\n"
        "\n"
        "```json\n"
        '{"hidden": true}\n'
        "```\n"
        "%%\n"
        "<!-- Secure people never worry. -->\n"
        "Seen <!-- not\n"
        "this --> here.\n"
        "\n"
        "```mermaid\n"
        "%% a Mermaid comment is code\n"
        "```\n"
        "Costs 100%% of the time.\n"
    )
    (tmp_path / "n.md").write_text(text, encoding="utf-8")
    (tmp_path / "n.txt").write_text(text, encoding="utf-8")
    blocks = parse_note(read_note(tmp_path, tmp_path / "n.md")).blocks
    shown = [(b.line, b.text.text or b.source) for b in blocks]
    assert shown == [
        (1, "Bonds form early."),
        (10, "Seen\nhere."),
        (13, "%% a Mermaid comment is code\n"),
        (16, "Costs 100%% of the time."),
    ]
    plain = parse_note(read_note(tmp_path, tmp_path / "n.txt")).blocks
    assert "Hidden paragraph." in [b.text.text for b in plain]


def test_block_ids_and_task_boxes_say_nothing(tmp_path: Path) -> None:
    text = (
        "Anxious partners protest. ^protest-1\n"
        "\n"
        "- [ ] Read chapter 4\n"
        "- [x] Secure adults trust. ^Ab3\n"
        "- [>] Moved on\n"
        "- [link] stays\n"
        "\n"
        "^list-id\n"
        "\n"
        "Exponents: x ^2 stays, and 2^10 too\n"
    )
    blocks = _blocks(tmp_path, text)
    assert blocks[0].text.text == "Anxious partners protest."
    assert [i.children[0].text.text for i in blocks[1].children] == [
        "Read chapter 4",
        "Secure adults trust.",
        "Moved on",
        "[link] stays",
    ]
    assert [b.text.text for b in blocks[2:]] == ["Exponents: x ^2 stays, and 2^10 too"]


def test_bracketed_inline_fields_leave_the_text_and_its_lines(tmp_path: Path) -> None:
    text = (
        "Secure adults **trust** (source:: [[Attached]]) others [page:: 87].\n"
        "\n"
        "[type:: literature] [rating:: 4]\n"
        "\n"
        "Status:: seedling\n"
        "\n"
        "```haskell\n"
        "f (x :: Int) = x\n"
        "```\n"
    )
    blocks = _blocks(tmp_path, text)
    assert [(b.line, b.text.text or b.source) for b in blocks] == [
        (1, "Secure adults trust others."),
        (5, "Status:: seedling"),
        (7, "f (x :: Int) = x\n"),
    ]


def test_a_logseq_quote_block_is_a_quote_and_later_lines_keep_their_numbers(
    tmp_path: Path,
) -> None:
    text = (
        "- #+BEGIN_QUOTE\n"
        "  The cycle is the enemy,\n"
        "  not your partner.\n"
        "  #+END_QUOTE\n"
        "#+BEGIN_QUOTE\n"
        "Attachment is a bond.\n"
        "#+END_QUOTE\n"
        "Text after.\n"
    )
    first, quote, after = _blocks(tmp_path, text)
    ((item_quote,),) = (i.children for i in first.children)
    said = "paragraph: The cycle is the enemy,\nnot your partner."
    assert shape(item_quote) == ("blockquote", [said])
    assert (item_quote.children[0].line, quote.line, after.line) == (2, 5, 8)
    assert shape(quote) == ("blockquote", ["paragraph: Attachment is a bond."])


def test_money_is_text_and_math_is_math(tmp_path: Path) -> None:
    """Pandoc's rule: no digit right after a closing `$` (nor right before an opening one),
    so two prices in a sentence are not one formula."""
    (para,) = _blocks(tmp_path, "Revenue grew from $350k in 2019 to $5M, and by $2 more.\n")
    assert para.text.text == "Revenue grew from $350k in 2019 to $5M, and by $2 more."
    assert not [m for m in para.text.marks if m.kind == "math"]
    (para,) = _blocks(tmp_path, "Euler wrote $e^{i\\pi}+1=0$ and $2x$ once.\n")
    assert [para.text.text[m.start : m.end] for m in para.text.marks if m.kind == "math"] == [
        "e^{i\\pi}+1=0",
        "2x",
    ]


def test_a_level_one_heading_is_the_title_only_when_the_note_opens_on_it_alone(
    tmp_path: Path,
) -> None:
    """A level-1 heading after an introduction, or one of several, heads a part: the file
    name is the title, and the card's breadcrumb does not nest one part under another."""
    cases = {
        "Opens.md": ("# Memory and sleep\n\nSleep consolidates memories.\n", "Memory and sleep"),
        "Later.md": ("Some links first.\n\n# Terms\n\nA term: its meaning.\n", "Later"),
        "Parts.md": ("# Plan\n\nRead more.\n\n# Women\n\nA saying.\n", "Parts"),
    }
    for name, (text, title) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        note = parse_note(read_note(tmp_path, tmp_path / name))
        assert note.title == title, name


def test_a_wikilink_to_a_path_reads_as_the_notes_name(tmp_path: Path) -> None:
    text = "A nut keeps its seed ([[03. Plants/Seeds/Kernel]]) in a shell: [[Bot/Nuts#Shells]].\n"
    (para,) = _blocks(tmp_path, text)
    assert para.text.text == "A nut keeps its seed (Kernel) in a shell: Nuts > Shells."
