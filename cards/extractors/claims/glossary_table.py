"""claim.glossary-table: a table whose second column is headed "Meaning" or "Definition".

    | Term        | Meaning                          |
    |-------------|----------------------------------|
    | Halo effect | One good trait colours the rest  |

A writer who heads a column "Meaning" has made a glossary: each row is a term (the first
cell) and what it is (the second), read as `Term: meaning` is anywhere else. Any other
table is data, and defines nothing. Nor does a table whose first column is headed
"Resource" or "Link": a reading list, each row a site or a book and the writer's word on
it ("Lots of practice problems", "Great videos"), where to study rather than what.
"""

from __future__ import annotations

from collections.abc import Iterator

from cards.extractors.claims.reading import Claimed, ClaimRule, Reading
from cards.extractors.claims.terms import TERM_ITEM, term_claim
from cards.extractors.walk import Visit
from cards.inline import concat
from cards.items import Item
from cards.language import words
from cards.parse import Block

_MEANING_HEADERS = frozenset(
    [
        "meaning",
        "definition",
        "definitions",
        "description",
        "explanation",
        "what it is",
        "what it means",
        "means",
        "defined as",
    ]
)
_LISTING_HEADERS = frozenset(["resource", "resources", "link", "links"])
"""First columns that head a list of places to study, not of terms."""


def glossary_table(reading: Reading, visit: Visit) -> Claimed | None:
    """A definition per row of a glossary table; other tables pass on."""
    if visit.block.kind != "table":
        return None
    rows = [r.children for r in visit.block.rows]
    if len(rows) < 2 or len(rows[0]) < 2:
        return None
    if " ".join(words(rows[0][1].text.text)) not in _MEANING_HEADERS:
        return None
    if " ".join(words(rows[0][0].text.text)) in _LISTING_HEADERS:
        return Claimed()  # a reading list: no rule after this one makes its rows cards
    return Claimed(tuple(_rows(reading, visit, rows[1:])))


def _rows(reading: Reading, visit: Visit, rows: list[tuple[Block, ...]]) -> Iterator[Item]:
    for cells in rows:
        if len(cells) < 2:
            continue
        text = concat([cells[0].text.strip(), cells[1].text.strip()], sep=": ")
        found = TERM_ITEM.match(text.text)
        if found:
            item = term_claim(
                reading, visit, text, found, len(text.text), "claim.glossary-table", cells[0].line
            )
            if item:
                yield item


RULE = ClaimRule(block=glossary_table, kinds=frozenset(["table"]))
