"""What a back leaves out that is no text of the answer: a site generator's embed, a bullet
left empty.

    ## Which habits make a loaf dense?
    {% embed url="https://example.org/crumb" %}     <- a widget on the site: left out
    - Baking before the dough has doubled           <- the answer
    -                                               <- empty: left out

    ### Video: where do laws come from?
    Optional                                        <- a word over the embed: the embed
    {% embed url="https://example.org/talk" %}         stays, and the question answers
                                                       nothing (`asked.askable`)
"""

from __future__ import annotations

from collections.abc import Sequence

from cards.extractors.questions.labels import LABEL_WORDS
from cards.extractors.questions.points import size
from cards.parse import Block


def unembedded(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks without a site generator's `{% embed url=... %}` line (a widget on the
    site, raw markup on a card) when a list or a sentence answers beside it. Under a word
    ("Optional") or alone it stays, for `asked.askable` to judge the answer pointed to."""
    rest = [b for b in blocks if not _embed(b)]
    said = any(b.kind == "list" or size(b) >= LABEL_WORDS for b in rest)
    return rest if said and len(rest) < len(blocks) else blocks


def _embed(block: Block) -> bool:
    text = block.text.text.strip() if block.kind == "paragraph" else ""
    return text.startswith("{%") and text.endswith("%}") and "embed" in text[:10]


def empty(item: Block) -> bool:
    """A bullet with nothing after it (a writer's `-` left for later): an empty line on the
    card."""
    return all(
        c.kind == "paragraph" and not c.text.text.strip() and not c.text.marks
        for c in item.children
    )
