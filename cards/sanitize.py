"""Every field passes here last: nh3 (the Ammonia sanitiser) on an allowlist, then cloze syntax.

The renderer already escapes all note text, so this is defence in depth: if
a bug ever let markup through, nothing that can run (`<script>`, `on*=`,
`javascript:` or `data:` URLs, `<iframe>`, `<object>`, `<style>`) survives.

Cloze syntax is made after sanitising, because the sanitiser decodes
entities: the renderer marks a deletion with a `<cloze data-n>` tag, then
every `{` and `}` in the field is escaped (note text can never open a
deletion) and each `<cloze>` becomes `{{cN::...}}` with `:` escaped inside
(a `::` would start a hint).
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
    "cloze": {"data-n"},
}
SCHEMES = frozenset({"http", "https", "obsidian"})
_PLAIN = re.compile(r"[^<>&\xa0\x00\r]*")
_CLOZE = re.compile(r'<cloze data-n="(\d+)">(.*?)</cloze>', re.DOTALL)


def finish(html: str) -> str:
    """Sanitised field HTML with `<cloze>` marks turned into Anki's `{{cN::...}}`.

    A field with no `<` holds no markup, so there is nothing to sanitise: it skips
    nh3 when it also has nothing nh3 would re-serialise (`>`, `&`, a no-break
    space, NUL, CR). Checked: nh3 returns every such field unchanged.
    """
    clean = html if _PLAIN.fullmatch(html) else _clean(html)
    clean = clean.replace("{", "&#123;").replace("}", "&#125;")
    return _CLOZE.sub(lambda m: f"{{{{c{m.group(1)}::{cloze_escape(m.group(2))}}}}}", clean)


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
