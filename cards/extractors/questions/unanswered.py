"""Whether the text under a question answers it: not a placeholder, a pointer elsewhere, a
question asked back, or instructions to the reader.

    ## What is the tide's period?
    _Write your answer here._                          <- a template's placeholder
    See [[Moon]] and [[Gravity]].                        <- only a way on to other notes
    What is a period, even? Tides rise ...               <- asked back before it answers
    Subscribe to the newsletter.                         <- instructions, unless the
                                                            question asks how to do a thing
Every rule reads the answer its own way; this is the one test that it answers at all.
"""

from __future__ import annotations

import re

from cards.inline import InlineText
from cards.language import is_instruction, sentences

_PLACEHOLDER = re.compile(
    r"^\W*(?:todo|tbd|tk|n/?a|tba|\?+|(?:write|add|type|put|fill in)\b.{0,30}\b(?:here|later)|"
    r"answer here|(?:to be|will) (?:answered|filled in|written|added)|coming soon|empty)\W*$",
    re.IGNORECASE,
)
"""What a journal template or an unfinished note puts where the answer will go."""


_FIRST_STOP = re.compile(r"[.!?;](?=\s)|$")
"""Where an answer's first sentence or list item ends, and on what mark."""


def unanswered(text: InlineText, steps: bool = False) -> bool:
    """A placeholder ("TODO", "_Write your answer here._", "..."), only a pointer elsewhere
    ("See [[Deactivating strategies]].", links to other notes), another question first (the
    back would open on a question, not on what answers the front) or, unless the question
    asks for `steps`, only instructions ("Leave a comment below."): asked, not answered."""
    plain = text.text.strip()
    if not any(c.isalpha() for c in plain) or _PLACEHOLDER.match(plain):
        return True
    links = sum(m.kind in ("wikilink", "link") for m in text.marks)
    if links > 1 and text.link_share() > 0.8:
        return True  # "What's next?" over links to other notes: a way on, not an answer
    if ("http" in plain or links) and _sent_on(text):
        return True  # "Nobody agrees, but this page sums it up: <link>"
    stop = _FIRST_STOP.search(plain + " ") if "?" in plain else None
    if stop is not None and stop.group() == "?":
        return True  # "What is a wave, even? The sea is ...": it asks back before it answers
    if steps:
        return False
    spans = sentences(plain)  # "Subscribe to the newsletter.", "See [[X]].": sent elsewhere
    return bool(spans) and all(is_instruction(plain[a:b]) for a, b in spans)


_URL = re.compile(r"(?:https?://|www\.)\S+")


def _sent_on(text: InlineText) -> bool:
    """Whether the answer's own words end on a colon before a link: it sends the reader
    to the link for the answer, and a card cannot follow it."""
    plain = text.text
    for mark in sorted(text.marks, key=lambda m: -m.start):
        if mark.kind in ("link", "wikilink"):
            plain = plain[: mark.start] + plain[mark.end :]
    return _URL.sub("", plain).rstrip(" .").endswith(":")
