"""Rendering, checked where it matters: in the fields of a built .apkg imported into real Anki."""

from __future__ import annotations

import hashlib
import re
import struct
import zipfile
import zlib
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cards.cli import cli
from tests.conftest import import_apkg


def png(seed: int) -> bytes:
    """A real 2x2 PNG whose pixels depend on `seed`."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes([seed % 256, 0, 0] * 2) for _ in range(2))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


CONSTRUCTS = """\
# Rendering

## What does the cortex look like?

The cortex is **folded** with ==ridges== called *gyri*, see [[Brain anatomy|anatomy]], [[Neuron]] \
and [[Brain#Lobes]]. Energy is $E=mc^2$ and `x = 1` in code.^[A footnote.] #topic/inline

## Where is the brain?

![[brain.png|300]]

## What does a neuron look like?

![a neuron](assets/neuron%20cell.png)

## Which items make up the list?

- first item
- second item

## Which lobes are there?

| Lobe | Job |
|---|---|
| frontal | planning |

## How is f written in Python?

```python
def f(x):
    return x + 1
```

## What is the integral?

$$\\int_0^1 x\\,dx$$

## What should I remember?

> [!note] Remember this
> Callouts keep their title.

## Why does it matter?

Because a card stands alone.

## Claims with pictures

The **hippocampus** stores memories ![[brain.png]] every night.

Missing pictures ![[missing.png]] are **reported** with their line.
"""


@pytest.fixture(scope="module")
def constructs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from anki.collection import Collection

    root = tmp_path_factory.mktemp("render")
    vault = root / "vault"
    (vault / "assets").mkdir(parents=True)
    (vault / "Rendering.md").write_text(CONSTRUCTS)
    (vault / "assets" / "brain.png").write_bytes(png(1))
    (vault / "assets" / "neuron cell.png").write_bytes(png(2))
    result = CliRunner().invoke(cli, ["build", str(vault), "-o", str(root / "decks")])
    assert result.exit_code == 0, result.output
    col = Collection(str(root / "c.anki2"))
    import_apkg(col, root / "decks" / "vault.apkg")
    notes = [col.get_note(n) for n in col.find_notes("")]
    return {"col": col, "notes": notes, "output": result.output, "vault": vault}


def _asks(note: Any) -> str:
    """The front's own text, without the breadcrumb over it."""
    return re.sub(r'^<div class="context">.*?</div>', "", str(note.fields[0]))


def _back(notes: list[Any], question: str) -> str:
    (note,) = [n for n in notes if _asks(n).startswith(question)]
    return str(note.fields[1])


def test_inline_constructs(constructs: dict[str, Any]) -> None:
    back = _back(constructs["notes"], "What does the cortex look like?")
    assert "<b>folded</b>" in back and "<mark>ridges</mark>" in back and "<i>gyri</i>" in back
    assert '<span class="wikilink">anatomy</span>' in back
    assert '<span class="wikilink">Neuron</span>' in back
    assert '<span class="wikilink">Brain &gt; Lobes</span>' in back
    assert "[[" not in back and "Brain anatomy" not in back
    assert "\\(E=mc^2\\)" in back and "<code>x = 1</code>" in back
    assert '<sup class="fn">1</sup>' in back
    assert '<ol class="footnotes"><li>A footnote.</li></ol>' in back
    assert "#topic" not in back  # tags are tags, not text
    (note,) = [n for n in constructs["notes"] if _asks(n).startswith("What does the cortex")]
    assert "topic::inline" in note.tags


def test_every_front_says_which_note_it_is_about(constructs: dict[str, Any]) -> None:
    fronts = [str(n.fields[0]) for n in constructs["notes"]]
    assert '<div class="context">Rendering</div>Why does it matter?' in fronts
    assert '<div class="context">Rendering</div>What does the cortex look like?' in fronts
    assert all(f.startswith('<div class="context">Rendering') for f in fronts), fronts


def test_blocks(constructs: dict[str, Any]) -> None:
    notes = constructs["notes"]
    assert (
        _back(notes, "Which items make up the list?")
        == "<ul><li>first item</li><li>second item</li></ul>"
    )
    table = _back(notes, "Which lobes are there?")
    assert table == (
        "<table><tbody><tr><th>Lobe</th><th>Job</th></tr>"
        "<tr><td>frontal</td><td>planning</td></tr></tbody></table>"
    )
    code = _back(notes, "How is f written in Python?")
    assert code.startswith('<pre class="codehilite"><code><span class="hl-k">def</span>')
    assert "\\[\\int_0^1 x\\,dx\\]" in _back(notes, "What is the integral?")
    assert _back(notes, "What should I remember?") == (
        '<div class="callout callout-note"><div class="callout-title">Remember this</div>'
        "<p>Callouts keep their title.</p></div>"
    )


def test_images_are_packed_and_shown(constructs: dict[str, Any]) -> None:
    col, notes, vault = constructs["col"], constructs["notes"], constructs["vault"]
    media = Path(col.media.dir())
    wide = _back(notes, "Where is the brain?")
    name = re.fullmatch(r'<p><img src="([^"]+)" alt="" width="300"></p>', wide)
    assert name, wide
    assert (media / name.group(1)).read_bytes() == (vault / "assets" / "brain.png").read_bytes()
    neuron = re.search(r'<img src="([^"]+)"', _back(notes, "What does a neuron look like?"))
    assert neuron and (media / neuron.group(1)).read_bytes() == png(2)
    assert neuron.group(1) != name.group(1)  # distinct files, distinct names
    (claim,) = [n for n in notes if "hippocampus" in n.fields[0]]
    assert f'<img src="{name.group(1)}" alt="">' in claim.fields[0]  # same file, same name


def test_missing_image_is_a_warning_naming_note_and_line(constructs: dict[str, Any]) -> None:
    line = (
        CONSTRUCTS.splitlines().index(next(x for x in CONSTRUCTS.splitlines() if "missing" in x))
        + 1
    )
    assert (
        f"warning: Rendering.md:{line}: image 'missing.png' not found in the vault"
        in constructs["output"]
    )
    (claim,) = [n for n in constructs["notes"] if "Missing pictures" in n.fields[0]]
    assert '<span class="embed">missing.png</span>' in claim.fields[0]


class _Elements(HTMLParser):
    """Every tag and attribute in a field, and its text outside code (which MathJax reads),
    as a browser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []
        self.code = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))
        self.code += tag == "code"

    def handle_endtag(self, tag: str) -> None:
        self.code -= tag == "code"

    def handle_data(self, data: str) -> None:
        if not self.code:
            self.text.append(data)


MATHJAX_HTML = re.compile(r"\\(href|url|style|class|cssId|require|unicode|data|html[A-Za-z]*)\b")
"""MathJax macros that make links, styles, ids, or load extensions."""


HOSTILE = {
    "script.md": "Sleep is **key** <script>alert(1)</script> to memory.\n\n"
    "<script>alert(2)</script>\n",
    "onerror.md": '## What is this image?\n\n<img src=x onerror="alert(3)"> and **more** text.\n',
    "links.md": "Clicking [this](javascript:alert(4)) is **unsafe** always.\n\n"
    "Data [too](data:text/html;base64,PHNjcmlwdD4=) is **refused** here.\n\n"
    "![pic](data:image/svg+xml;base64,PHN2Zz4=) and ![x](vbscript:msgbox) are **dropped** too.\n",
    "frames.md": '## Why no frames?\n\n<iframe src="https://evil.example"></iframe> '
    '<object data="x.swf"></object> <style>body{display:none}</style> are **blocked**.\n',
    "outside.md": "## Where is the secret?\n\n![[../../outside.png]] and ![up](../../outside.png) "
    "and ![[link.png]] are **outside the vault**. Nothing here is ever read from them.\n",
    "callout.md": '> [!quote] <img src=x onerror="alert(5)">\n> Hostile **titles** stay text.\n',
    "math.md": '---\ntags: [\'<b>x</b>\', "rtl\\u202eevil", "ctl\\x1fx"]\n---\n'
    "Energy is **$\\href{javascript:alert(6)}{x}$** in links.\n\n"
    "Styles are **$\\style{color:red}{y} + \\class{a}{b} + \\cssId{c}{d}$** too.\n\n"
    "Loading is **$\\require{html}\\unicode[Arial]{x2014}\\htmlClass{a}{b}\\url{http://x}$** "
    "also.\n\n"
    "$$\n\\href{javascript:alert(7)}{z}\n$$\n\n"
    "Prose \\\\(\\href{javascript:alert(8)}{w}\\\\) is **escaped** math.\n\n"
    "Code `\\href{x}{y}` is **kept** as code.\n",
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from anki.collection import Collection

    root = tmp_path_factory.mktemp("hostile")
    secret = png(99)
    (root / "outside.png").write_bytes(secret)
    vault = root / "a" / "vault"
    vault.mkdir(parents=True)
    for name, text in HOSTILE.items():
        (vault / name).write_text(text)
    (vault / "link.png").symlink_to(root / "outside.png")
    result = CliRunner().invoke(cli, ["build", str(vault), "-o", str(root / "decks")])
    assert result.exit_code == 0, result.output
    apkg = root / "decks" / "vault.apkg"
    col = Collection(str(root / "c.anki2"))
    import_apkg(col, apkg)
    fields = [f for (flds,) in col.db.all("SELECT flds FROM notes") for f in flds.split("\x1f")]
    return {"col": col, "fields": fields, "apkg": apkg, "secret": secret, "output": result.output}


def test_hostile_vault_builds_and_its_text_is_kept_as_text(hostile: dict[str, Any]) -> None:
    assert len(hostile["fields"]) >= 3 * 6
    joined = " ".join(hostile["fields"])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in joined  # shown, never run
    assert "unsafe" in joined and "blocked" in joined


def test_no_field_carries_anything_that_can_run(hostile: dict[str, Any]) -> None:
    for field in hostile["fields"]:
        parser = _Elements()
        parser.feed(field)
        for tag, attrs in parser.found:
            assert tag not in {
                "script",
                "iframe",
                "object",
                "embed",
                "style",
                "link",
                "meta",
                "svg",
            }
            for name, value in attrs:
                assert not name.lower().startswith("on"), (tag, name, field)
                lowered = "".join((value or "").lower().split())
                assert not lowered.startswith(("javascript:", "vbscript:", "data:")), (tag, value)
                if name in ("href", "src"):
                    scheme = (value or "").split(":", 1)[0].lower() if ":" in (value or "") else ""
                    assert scheme in ("", "http", "https", "obsidian"), (tag, value)


def test_no_field_carries_a_mathjax_macro_that_links_styles_or_loads(
    hostile: dict[str, Any],
) -> None:
    joined = " ".join(hostile["fields"])
    assert "alert(6)" not in joined and "alert(7)" not in joined and "alert(8)" not in joined
    assert "\\(&#123;x&#125;\\)" in joined  # the formula's own text stays
    assert "<code>\\href&#123;x&#125;&#123;y&#125;</code>" in joined  # code is not read by MathJax
    for field in hostile["fields"]:
        parser = _Elements()
        parser.feed(field)
        assert not MATHJAX_HTML.search("".join(parser.text)), field
    output = hostile["output"]
    for line in (4, 6, 8, 10):
        assert f"warning: math.md:{line}: math macros that make links" in output


def test_tags_hold_no_markup_bidi_or_control_characters(hostile: dict[str, Any]) -> None:
    tags = {
        t
        for (note_tags,) in hostile["col"].db.all("SELECT tags FROM notes")
        for t in note_tags.split()
    }
    assert {"_b_x_::b_", "rtlevil", "ctlx"} <= tags  # `/` is a level, as in every tag
    for tag in tags:
        assert not re.search("[<>&\"'\u202e\x00-\x1f]", tag), tag


def test_nothing_from_outside_the_vault_is_packed(hostile: dict[str, Any]) -> None:
    with zipfile.ZipFile(hostile["apkg"]) as package:
        for entry in package.namelist():
            assert hostile["secret"] not in package.read(entry)
    media = Path(hostile["col"].media.dir())
    digest = hashlib.sha256(hostile["secret"]).hexdigest()
    for file in media.iterdir():
        assert hashlib.sha256(file.read_bytes()).hexdigest() != digest
    output = hostile["output"]
    # one warning per image and note: ![[../../outside.png]] and ![up](../../outside.png) are one
    assert "outside.md:3: image '../../outside.png' is outside the vault: not read" in output
    assert "outside.md:3: image 'link.png' is outside the vault: not read" in output
