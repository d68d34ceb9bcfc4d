"""A question asked under a caption that it then repeats: the card asks without it.

    Data Structures: What data structures does a ticket lock need?    <- the caption's words
    WRITE: what happens when a core writes to a shared line?             all come again in
    Mutex. Why use it?                                                   the question: cut;
    Linux: how do I list hidden files?                                   these keep theirs

Lecture notes caption each question with its topic, as a slide does. When every word of
the caption is in the question, the caption adds nothing and reads as a stutter on the
card; when it names what the question leaves out ("Linux", or what "it" is), it stays.
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
