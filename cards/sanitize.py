"""Every field passes here last: nh3 (the Ammonia sanitiser) on an allowlist, then cloze syntax;
and what Anki can hold in a field, a tag or a deck name is decided here, once.

The renderer already escapes all note text, so this is defence in depth: if
a bug ever let markup through, nothing that can run (`<script>`, `on*=`,
`javascript:` or `data:` URLs, `<iframe>`, `<object>`, `<style>`) survives.

Cloze syntax is made after sanitising, because the sanitiser decodes
entities: the renderer marks a deletion with a `<cloze data-n>` tag, then
every `{` and `}` in the field is escaped (note text can never open a
deletion) and each `<cloze>` becomes `{{cN::...}}` with `:` escaped inside
(a `::` would start a hint).

Characters that XML 1.0 cannot carry (C0 controls but tab and line breaks,
U+FFFE/U+FFFF, lone surrogates) break Anki outright: U+001F is its own field
separator, and one in a field makes it refuse the whole package. They never
reach a field, tag or deck name. Names (tags, decks) also lose the invisible
bidi controls that can make a name read as another, and keep no markup.
"""

from __future__ import annotations

import re

import nh3

TAGS = frozenset(
    "b i mark s code pre span div p br hr ul ol li table thead tbody tr th td blockquote "
    "sup sub img a h4 cloze".split()
)
ATTRIBUTES = {
    "img": {"src", "alt", "width"},
    "a": {"href"},
    "span": {"class"},
    "div": {"class"},
    "pre": {"class"},
    "code": {"class"},
    "sup": {"class"},
    "ol": {"class"},
    "cloze": {"data-n", "data-hint"},
}
SCHEMES = frozenset({"http", "https", "obsidian"})
UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
"""What no field, tag or deck name may hold: what XML 1.0 cannot carry."""
BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""Bidi marks, embeddings, overrides and isolates: invisible, and able to reorder a name."""
TAG_MARKUP = "<>&\"'`"
"""Characters of markup and quoting, which no tag holds."""
_NAME_MARKUP = re.compile(f"[{re.escape(TAG_MARKUP)}]")
MATH_MACROS = re.compile(
    r"\\(?:href|url|style|class|cssId|require|unicode|data|html[A-Za-z]*)(?![A-Za-z])"
    r"(?:\s*\[[^\[\]]{0,200}\])?"  # an option: \unicode[font]{...}
    r"(?:\s*\{(?:[^{}\\]|\\.|\{(?:[^{}\\]|\\.)*\})*\})?"  # the first argument
)
"""MathJax macros that make a link (`\\href{javascript:...}{x}`), set a style, class or id,
load an extension or pick a font, with their option and first argument (the target or the
attribute): what is left (`{x}`) is typeset as before. Each alternative starts with its own
character, so a formula of unclosed braces is scanned once."""
_CODE = re.compile(r"(<code\b[^>]*>.*?</code>)", re.DOTALL)
_PLAIN = re.compile(r"[^<>&\xa0\x00\r]*")
_CLOZE = re.compile(r'<cloze data-n="(\d+)"(?: data-hint="([^"]*)")?>(.*?)</cloze>', re.DOTALL)


def finish(html: str) -> str:
    """Sanitised field HTML with `<cloze>` marks turned into Anki's `{{cN::...}}`.

    A field with no `<` holds no markup, so there is nothing to sanitise: it skips
    nh3 when it also has nothing nh3 would re-serialise (`>`, `&`, a no-break
    space, NUL, CR). Checked: nh3 returns every such field unchanged.
    """
    html = without_unsafe(html)
    clean = html if _PLAIN.fullmatch(html) else _clean(html)
    clean = without_math_macros(clean)
    clean = clean.replace("{", "&#123;").replace("}", "&#125;")
    return _CLOZE.sub(_deletion, clean)


def _deletion(m: re.Match[str]) -> str:
    """`<cloze data-n="2" data-hint="What is X?">text</cloze>` -> `{{c2::text::What is X?}}`."""
    hint = f"::{cloze_escape(m.group(2))}" if m.group(2) else ""
    return f"{{{{c{m.group(1)}::{cloze_escape(m.group(3))}{hint}}}}}"


_CLEANER = nh3.Cleaner(
    tags=set(TAGS),
    attributes={k: set(v) for k, v in ATTRIBUTES.items()},
    url_schemes=set(SCHEMES),
    link_rel=None,
    clean_content_tags={"script", "style", "iframe", "object", "embed", "template"},
)
"""Built once: `nh3.clean` rebuilds its allow-lists on every call, half the time of a field."""


def _clean(html: str) -> str:
    return _CLEANER.clean(html)


def cloze_escape(html: str) -> str:
    """Inside a deletion `::` starts a hint and `}}` ends it: write them as entities."""
    return html.replace(":", "&#58;").replace("{", "&#123;").replace("}", "&#125;")


def without_unsafe(text: str) -> str:
    """The text without the characters no Anki field can hold (`UNSAFE`)."""
    return UNSAFE.sub("", text) if UNSAFE.search(text) else text


def clean_name(name: str) -> str:
    """A tag or deck name part as Anki can hold and show it: no unsafe or bidi characters,
    and `_` for the characters of markup and quoting (`<b>` cannot become bold in a list of
    tags, nor `"` end a search for one)."""
    return _NAME_MARKUP.sub("_", BIDI.sub("", without_unsafe(name)))


def name_problem(name: str, kind: str = "text") -> str:
    """Why a name from the user cannot be used as it is, or '' if it can: any `text` (a
    file name) must be UTF-8 free of unsafe and bidi characters; a `deck` also may not hold
    markup or quotes, nor an empty level, nor be Anki's own 'Default' (which Anki would
    rename 'Default_'); a `tag` (prefix) may hold nothing `clean_name` would change."""
    if any("\ud800" <= c <= "\udfff" for c in name):
        return "is not valid UTF-8"
    for pattern, what in ((UNSAFE, "control character"), (BIDI, "bidi control")):
        found = pattern.search(name)
        if found:
            return f"holds a {what} (U+{ord(found.group()):04X})"
    markup = {"deck": '<>"', "tag": TAG_MARKUP}.get(kind, "")
    found_markup = sorted(set(markup).intersection(name))
    if found_markup:
        return f"may not contain {' or '.join(map(repr, found_markup))} (markup or quoting)"
    if kind != "text" and name and any(not level.strip() for level in name.split("::")):
        return "has an empty level ('::' at an end or twice in a row)"
    if kind == "deck" and name.strip().lower() == "default":
        return "is Anki's own deck 'Default' (Anki would rename ours 'Default_')"
    return ""


def without_math_macros(html: str) -> str:
    """Field HTML without `MATH_MACROS` wherever MathJax would read them: anywhere but code,
    which it skips (note text can write `\\(` as well as a formula can)."""
    if "\\" not in html:
        return html
    parts = _CODE.split(html)
    return "".join(p if n % 2 else MATH_MACROS.sub("", p) for n, p in enumerate(parts))
