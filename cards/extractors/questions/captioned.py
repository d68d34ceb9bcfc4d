"""A question asked under a caption that it then repeats: the card asks without it.

    Rope Knots: Which rope knots hold a load that swings?     <- the caption's words
    MOOR: how do you moor a dinghy in a tideway?                 all come again in
    Bowline. Why tie it?                                         the question: cut;
    Sailing: how do I reef the mainsail?                         these keep theirs

Lecture notes caption each question with its topic, as a slide does. When every word of
the caption is in the question, the caption adds nothing and reads as a stutter on the
card; when it names what the question leaves out ("Sailing", or what "it" is), it stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cards.items import Item
from cards.language import words

_CAPTION = re.compile(r"([^:?.!]{2,60})(?::|\.)\s+(?=\S)")
"""A short caption and its colon or full stop, before the question on the same line."""


def uncaptioned(item: Item) -> Item:
    """The item without the caption its question opens on, when the question repeats it."""
    question = item.plain
    found = _CAPTION.match(question)
    if found is None or not question.rstrip().endswith("?"):
        return item
    rest = words(question[found.end() :])
    if not set(words(found.group(1))) <= set(rest):
        return item
    text = item.text.slice(found.end(), len(question))
    capital = text.text[:1].upper() + text.text[1:]  # "what happens ...": now the opening
    return replace(item, text=replace(text, text=capital))
