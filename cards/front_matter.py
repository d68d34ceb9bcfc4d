"""A note's YAML front matter -> a mapping of keys to values, read within bounds.

    ---
    title: Attachment styles
    tags: [psychology, relationships/attachment]
    ---

YAML aliases let a few lines stand for billions of values (`&b [*a, *a, ...]`
nine levels deep). Loading shares what an alias names, so it is quick; but
whatever then walks the result (the title made a string, the tags listed)
expands every alias, and one note took 23 GB. So the parsed document is
walked first, as it would expand, within a budget of values and characters,
before any Python object is made of it. Front matter that expands too far,
nests too deep, or has a title, tag or author longer than a few KB is an
error for that note, naming the line of its key.
"""

from __future__ import annotations

from typing import Any

import yaml

from cards.errors import NoteError

MAX_VALUES = 100_000
"""Values (list items, keys, scalars) the front matter may expand to, aliases counted each
time they are used."""
MAX_CHARS = 1_000_000
"""Characters its scalars may add up to, expanded."""
MAX_DEPTH = 32
"""Lists and mappings within each other."""
MAX_LABEL = 4_000
"""Characters of one title, tag, alias or author: what ends up on a card or as a tag."""
LABEL_KEYS = frozenset({"title", "tags", "aliases", "author", "authors", "creator", "by"})

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_front_matter(text: str, rel: str, first_line: int) -> dict[str, Any]:
    """The front matter `text` (whose first line is file line `first_line`) as a mapping."""
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _check(node, rel, first_line)
        loaded = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = (mark.line + first_line) if mark is not None else first_line - 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise NoteError(rel, line, f"bad YAML front matter: {problem}") from exc
    finally:
        loader.dispose()
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        kind = type(loaded).__name__
        raise NoteError(
            rel, first_line, f"front matter is a {kind}, not a mapping of keys to values"
        )
    return {str(k): v for k, v in loaded.items()}


def _check(root: yaml.Node, rel: str, first_line: int) -> None:
    """Raise `NoteError` at the key whose value would expand past a bound."""
    if not isinstance(root, yaml.MappingNode):
        return  # a list or scalar: refused once it is loaded
    budget = _Budget()
    for key, value in root.value:
        name = key.value if isinstance(key, yaml.ScalarNode) else ""
        limit = MAX_LABEL if name in LABEL_KEYS else MAX_CHARS
        problem = budget.spend(key, MAX_CHARS) or budget.spend(value, limit)
        if problem:
            shown = f"'{name[:40]}'" if name else "a key"
            raise NoteError(
                rel, key.start_mark.line + first_line, f"front matter {shown} {problem}"
            )


class _Budget:
    """Values and characters left for the whole front matter, spent node by node."""

    def __init__(self) -> None:
        self.values = MAX_VALUES
        self.chars = MAX_CHARS

    def spend(self, node: yaml.Node, limit: int) -> str:
        """Walk `node` as it expands; what is wrong with it, or ''."""
        stack: list[tuple[yaml.Node, int]] = [(node, 0)]
        while stack:
            current, depth = stack.pop()
            self.values -= 1
            if self.values < 0:
                return f"expands to over {MAX_VALUES:,} values"
            if depth > MAX_DEPTH:
                return f"is nested deeper than {MAX_DEPTH} levels"
            if isinstance(current, yaml.ScalarNode):
                size = len(current.value)
                self.chars -= size
                if size > limit:
                    return f"has a value of {size:,} characters (at most {limit:,})"
                if self.chars < 0:
                    return f"expands to over {MAX_CHARS:,} characters"
            elif isinstance(current, yaml.CollectionNode):
                if len(current.value) > self.values:
                    return f"expands to over {MAX_VALUES:,} values"
                for child in current.value:
                    pairs = child if isinstance(child, tuple) else (child,)
                    stack += [(part, depth + 1) for part in pairs]
        return ""
