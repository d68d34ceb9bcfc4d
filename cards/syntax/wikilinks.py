"""Obsidian wikilinks and embeds as `wikilink` / `embed` tokens.

    [[Note]]  [[Note|shown text]]  [[Note#Heading]]  [[Note#^block]]  ![[image.png|300]]

The token's content is the text a reader sees (the alias, else the target's note name:
`[[Folder/Sub/Note]]` reads "Note", since a folder path on a card is noise, and a folder such
as "06. Projects" would end the sentence at its dot); `meta` keeps target, heading and alias
so cards can link back.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline

MAX_INNER = 1000
"""Longest `[[...]]` read as a link: far beyond a file name (255 bytes) with a heading and an
alias. The search for `]]` stops there, so a paragraph of `[[a [[a ...` that nothing closes
costs its length, not its length squared."""


def wikilink_plugin(md: MarkdownIt) -> None:
    """Parse `[[...]]` before markdown-it's own link rule can read it as a bracket."""
    md.inline.ruler.before("link", "wikilink", _wikilink)


def _wikilink(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    embed = src.startswith("![[", pos)
    if not embed and not src.startswith("[[", pos):
        return False
    start = pos + (3 if embed else 2)
    end = src.find("]]", start, min(state.posMax, start + MAX_INNER + 2))
    if end < 0:
        return False
    inner = src[start:end]
    if not inner.strip() or "\n" in inner or "[[" in inner:
        return False
    if not silent:
        target, _, alias = inner.partition("|")
        page, _, heading = target.partition("#")
        heading = heading.lstrip("^") if heading.startswith("^") and page else heading
        if embed:
            shown = "" if _is_size(alias) else alias.strip()
        elif alias.strip():
            shown = alias.strip()
        elif page and heading and not target.partition("#")[2].startswith("^"):
            shown = f"{_name(page)} > {heading.strip()}"
        else:
            shown = _name(page) if page.strip() else heading.strip()
        token = state.push("embed" if embed else "wikilink", "", 0)
        token.content = shown
        token.meta = {"target": page.strip(), "heading": heading.strip(), "alias": alias.strip()}
        token.markup = src[pos : end + 2]
    state.pos = end + 2
    return True


def _name(page: str) -> str:
    """The note's own name: what Obsidian's link suggester offers, without its folders."""
    return page.strip().rstrip("/").rpartition("/")[2].strip() or page.strip()


def _is_size(alias: str) -> bool:
    """`![[x.png|300]]` and `|300x200` give a size, not a caption."""
    return bool(alias) and alias.replace("x", "", 1).strip().isdigit()
