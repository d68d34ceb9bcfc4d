"""Names that a note's own code example declares, which are no terms off the note.

    ```java
    class Kiosk extends Shop { ... }
    String tillName = "north";
    ```
    The class Kiosk is a subclass of Shop.          <- the example's class: no card
    tillName is a local variable.                   <- the example's variable: no card
    A subclass inherits the fields of its parent.   <- a term: kept

A tutorial explains its example line by line, and each line reads as a definition. But
"What is tillName?" asks about a name the writer made up for the example, which the card
does not show and no other text uses. A name counts as the example's when the note's code
declares it (a class, a function, an assignment) and it is written as code is (an inner
capital, an underscore, a digit, a dot, or no English word), or the sentence calls it "the
class ...", "the variable ...".
"""

from __future__ import annotations

import re

from cards.commonness import zipf
from cards.extractors.walk import walk
from cards.parse import ParsedNote

_DECLARED = re.compile(
    r"\b(?:class|struct|interface|enum|def|function|func|fn|let|var|const|val|type)\s+"
    r"(?:\([^()]*\)\s*)?([A-Za-z_]\w*)|\b([A-Za-z_]\w*)\s*=(?!=)"
)
"""A declaration in most languages' syntax (a Go method after its receiver, `func (s Shop)
open()`), or an assignment (`String tillName = ...`)."""
_CALLED = re.compile(
    r"^(?:the\s+)?(?:class|struct|function|method|variable|object|field|constant)\s+(?=\S+$)",
    re.IGNORECASE,
)
"""A sentence that names its subject as a piece of a program: "The class Kiosk"."""
_IDENTIFIER = re.compile(r"[A-Za-z_][\w.]*(?:\(\))?")
_CODELIKE = re.compile(r"[a-z][A-Z]|[_\d.]")


def example_name(note: ParsedNote, term: str) -> bool:
    """Whether `term` is a name the note's own code declares."""
    name = _CALLED.sub("", term)
    called = name != term
    if not _IDENTIFIER.fullmatch(name):
        return False
    name = name.removesuffix("()").rsplit(".", 1)[-1]
    codelike = called or _CODELIKE.search(name) is not None or zipf(name.lower()) == 0
    return codelike and name in _declared(note)


def _declared(note: ParsedNote) -> frozenset[str]:
    """The names the note's code blocks declare, read once per note."""
    global _cache
    if _cache is None or _cache[0] is not note:
        found = frozenset(
            match.group(1) or match.group(2)
            for visit in walk(note.blocks)
            if visit.block.kind == "code"
            for match in _DECLARED.finditer(visit.block.source)
        )
        _cache = (note, found)
    return _cache[1]


_cache: tuple[ParsedNote, frozenset[str]] | None = None
