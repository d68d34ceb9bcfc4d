"""Card HTML: formatting kept, note text never becomes markup, clozes well-formed."""

from __future__ import annotations

from cards.parse import parse_note
from cards.render import render
from cards.sanitize import finish
from cards.vault import SourceNote


def _text(markdown: str):  # type: ignore[no-untyped-def]
    note = SourceNote(path="n.md", name="n", metadata={}, body=markdown, body_line=1, plain=False)
    return parse_note(note).blocks[0].text


def test_formatting_is_kept() -> None:
    html = render(
        _text("**bold** *it* ==hi== `code` [[Target|alias]] [[Plain]] $x^2$ and $$E=mc^2$$")
    )
    assert "<b>bold</b>" in html
    assert "<i>it</i>" in html
    assert "<mark>hi</mark>" in html
    assert "<code>code</code>" in html
    assert '<span class="wikilink">alias</span>' in html
    assert '<span class="wikilink">Plain</span>' in html
    assert "\\(x^2\\)" in html
    assert "\\[E=mc^2\\]" in html
    assert "Target" not in html


def test_raw_html_and_script_urls_stay_inert_text() -> None:
    html = render(
        _text('<script>alert(1)</script> <img src=x onerror="a()"> [x](javascript:alert(1))')
    )
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert "href" not in html  # markdown-it refuses javascript: links; they stay text


def test_cloze_wraps_the_range_and_cannot_be_broken_by_note_text() -> None:
    text = _text("Rule: a::b and }} stay text while **this part** hides, not {{c2::this}}.")
    start = text.text.index("a::b")
    html = finish(render(text, [(start, start + len("a::b and }}"), 1)]))
    assert html.count("{{c") == 1 and html.count("}}") == 1  # only our own deletion
    assert "{{c1::a&#58;&#58;b and &#125;&#125;}}" in html
    assert "&#123;&#123;c2::this&#125;&#125;" in html  # the note's own braces stay text


def test_cloze_never_cuts_a_formula() -> None:
    text = _text("Energy is $E = mc^2$ in relativity.")
    start = text.text.index("mc")
    html = finish(render(text, [(start, start + 2, 1)]))
    assert "{{c1::\\(E = mc^2\\)}}" in html


def test_highlight_inside_a_link_label_parses() -> None:
    """Found by hypothesis: `[==x==` made markdown-it raise (the rule did not advance)."""
    assert _text("[==x== and [a ==b== c](http://e.com)").text == "[x and a b c"
