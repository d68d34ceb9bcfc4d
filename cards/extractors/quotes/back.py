"""Whether a quote opens on words that point at a passage before it.

    > One way to read these three harbour lights is by ...   <- which three? the note's last quote
    > These two, born of the river folk, keep the ferries.   <- the verse before named them
    > And now these three remain: patience, salt and rope.   <- named after the colon: stays
    > This is the oldest rule of the guild.                  <- no source: which rule?
    > This is the kiln's paradox. If the fire is ...         <- what follows says: stays
    > They never sail without a spare oar.                   <- no source: who?
    > He who hurries the kiln cracks the pot.                <- anyone who does: stays

Notes quote passages in a row, and a later one often goes on from an earlier one: "these
three centres", "those two castes". Judges marked such a card as one to fix: the card
shows the one passage, and what it counts is not on it. A count the same sentence names
right after it (a colon or a dash within a few words) points forward, and stays.

A blockquote with no source that opens on "This is", "That means", "This verse" or a bare
"They" or "Their" leans on what the note said before it just as much: judges could
not tell what the card was about. With a source, the card asks who said it and the source
tells the reader where to look; with none, nothing on the card says what the word stands
for. "He who ...", "Those who ..." speak of anyone, and "He (the potter) ..." names him.
A quotation inside a sentence of prose has that sentence around it, which says whom.
"""

from __future__ import annotations

import re

from cards.language import BE, sentences

_COUNTED = re.compile(
    r"\b(?:these|those)\s+(?:two|three|four|five|six|seven|eight|nine|ten|twelve)\b",
    re.IGNORECASE,
)


def refers_back(text: str) -> bool:
    """Whether the first sentence of `text` counts things it does not name ("these three
    centres ..."), as a passage that goes on from the one before it does."""
    lowered = text[:200].lower()
    if "these " not in lowered and "those " not in lowered:
        return False  # a substring first: most quotes count nothing
    spans = sentences(text)
    first = text[spans[0][0] : spans[0][1]] if spans else text
    found = _COUNTED.search(first)
    named = found is not None and any(c in first[found.end() : found.end() + _NEAR] for c in ":—–")
    return found is not None and not named


_NEAR = 30
"""Characters after the count in which a colon or a dash names what it counts."""


_PERSONAL = frozenset("they their them".split())
"""Words for people named before: "They never sail ...", "Their oars ...". Not "he" or
"she": in a book's notes a passage on its one hero ("He felt the ice give ...") is the
book's, and the note says whose."""
_DEMONSTRATIVE = frozenset("this that these those".split())
_SAID = frozenset(
    "is was are were means meant shows showed explains says said proves suggests tells "
    "makes made has had can will would should must may might does did seems became".split()
)
"""Verbs right after "this" or "that" that make it stand for what came before."""
_TEXTS = frozenset(
    "verse verses maxim passage quote quotation statement story saying sentence chapter "
    "book text example line lines argument view claim definition explanation analogy "
    "teaching remark answer point episode incident".split()
)
"""Nouns after "this" that name a piece of text: "This verse ..." (which one?)."""
_GENERIC = frozenset("who whom that which whose".split())
_FIRST = re.compile(r"[\"“‘'*_(\[]*([A-Za-z]+)['’]?\s*(\S*)\s*(\S*)")
_NAMING = frozenset("a an the".split())
"""After "This is": what it classes a thing as, which the sentences after it may name."""


def points_outside(text: str) -> bool:
    """Whether `text` opens on a word that stands for something before it ("This is ...",
    "This verse ...", "They ..."), which a quote with no source leaves unsaid."""
    found = _FIRST.match(text)
    if found is None:
        return False
    first, after = found[1].lower(), found[2]
    nxt = after.lower().strip(',;:.!?"”’*_')
    if first in _PERSONAL:
        return nxt not in _GENERIC and not after.startswith(("(", "["))
    if first not in _DEMONSTRATIVE or (nxt not in _SAID and nxt not in _TEXTS):
        return False
    classed = nxt in BE and found[3].lower() in _NAMING
    return not (classed and len(sentences(text)) > 1)  # "This is the old X. If a ...": named
