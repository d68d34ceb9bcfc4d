"""Raw HTML tags in a Markdown note: `<mark>`, `<b>`, `<br>`, `<cite>`, `<p>` around prose.

Notes clipped from the web or written in an HTML habit wrap their text in
tags, and Obsidian renders them: the reader sees the text, not the tags.
Cards never carry a note's HTML (the parser keeps raw HTML as text), so a
known formatting or block tag is dropped and its text kept: a block or
line-break tag leaves a space, so the words on either side stay apart.
Any other tag (`<script>`, a made-up `<List>`) stays text, escaped on the
card. Plain-text notes keep every tag as written.
"""

from __future__ import annotations

import re

_INLINE = (
    "a|abbr|b|big|cite|code|del|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|u"
)
_BLOCK = (
    "address|article|aside|blockquote|br|center|dd|details|div|dl|dt|figcaption|figure|footer"
    "|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul"
)
_TAG = re.compile(
    rf"<(/?)(?:(?P<inline>{_INLINE})|(?P<block>{_BLOCK}))(?:\s+[^<>]*)?\s*/?>", re.IGNORECASE
)


def without_tags(text: str) -> str:
    """The text with known HTML tags dropped and their contents kept."""
    if "<" not in text:
        return text  # most text: no pattern to run
    return _TAG.sub(lambda m: " " if m.group("block") else "", text)


_SUMMARY = re.compile(r"<summary(?:\s[^<>\n]*)?>[ \t]*([^<>\n*]+?)[ \t]*</summary>", re.IGNORECASE)
_DETAILS = re.compile(r"</?details(?:\s[^<>\n]*)?>", re.IGNORECASE)


def details_as_markdown(text: str) -> str:
    """`<details><summary>What is a secure base?</summary>A caregiver ...</details>`: a
    question folded over its answer, as notes for self-testing write it. The summary becomes
    a bold line over the rest, which is how a note without HTML writes the same thing."""
    if "<summary" not in text and "<SUMMARY" not in text:
        return text  # most notes: nothing to rewrite
    return _DETAILS.sub("", _SUMMARY.sub(r"**\1** ", text))
