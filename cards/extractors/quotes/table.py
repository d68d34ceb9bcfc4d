"""Rule `quote.table`: a table of quotes, a row each, with the author's column if any.

    | Quote                                  | Author        |
    |----------------------------------------|---------------|
    | The obstacle is the way.               | Marcus Aurelius |
    | We suffer more in imagination than ... | Seneca        |

Reading logs and quote collections are often kept as tables. The column's heading says
what its cells are, so a cell under "Quote" (or "Passage", "Highlight", ...) is a quote
without quotation marks, and a cell of the same row under "Author" (or "Source", "By",
...) says whose; failing an author column, a "Book" column names the work instead. A
table without such a heading is data, not a collection of quotes.
"""

from __future__ import annotations

from cards.extractors.quotes.make import MIN_WORDS, quote, unwrapped
from cards.extractors.walk import Visit
from cards.items import Item
from cards.language import words
from cards.parse import ParsedNote

_QUOTE_COLUMNS = frozenset("quote quotes quotation quotations passage excerpt highlight".split())
_WHO_COLUMNS = frozenset("author source who by speaker attribution from person".split())
_WORK_COLUMNS = frozenset("book work".split())
"""A reading log's column for the work: the attribution when no column names the author."""


def table(note: ParsedNote, visit: Visit) -> list[Item]:
    """A table of quotes: a column headed "Quote" (a row per quote), and one headed
    "Author" or "Source", if any, for who said it."""
    if visit.block.kind != "table":
        return []
    rows = [r.children for r in visit.block.rows]
    if len(rows) < 2:
        return []
    heads = [" ".join(words(cell.text.text)) for cell in rows[0]]
    said = next((n for n, h in enumerate(heads) if h in _QUOTE_COLUMNS), None)
    if said is None:
        return []
    by = next((n for n, h in enumerate(heads) if h in _WHO_COLUMNS), None)
    if by is None:
        by = next((n for n, h in enumerate(heads) if h in _WORK_COLUMNS), None)
    found: list[Item] = []
    for cells in rows[1:]:
        if said >= len(cells):
            continue
        body = unwrapped(cells[said].text.strip())
        if len(words(body.text)) < MIN_WORDS:
            continue
        who = cells[by].text.text if by is not None and by < len(cells) else ""
        made = quote(note, visit, cells[said].line, body, who, "quote.table")
        found.extend([made] if made is not None else [])
    return found
