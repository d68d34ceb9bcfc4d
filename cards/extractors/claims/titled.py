"""claim.titled: a statement under a bold title that opens its list item or paragraph.

    1. **The echo rule**: Good hosts match the pace their guests set.
    - **Thrift:** Sailors keep a spare line for every sail.
    **Why it works:** Naming a feeling calms the body that feels it.

    - **Priya:** we should ship on Friday     <- a title that recurs: a speaker's name
    - **Tip:** check the logs first           <- advice, and an annotation label

Book and talk notes set out their points this way: a bold title, then what the note says
under it. The title is the card's context, so it stays on the card ("Thrift: Sailors
keep ..."), and the statement's predicate is the cloze. Only a statement with a verb
makes a claim (a title over a fragment or an instruction asserts nothing), and only
under a bold title: a plain `Name: remark` line is as often a transcript. A title that
recurs in the note is a speaker's or a field's; a term over its meaning in a list is the
term rules' (tried before this one).
"""

from __future__ import annotations

import re

from cards.extractors.claims.critique import critique
from cards.extractors.claims.defines import definition_term
from cards.extractors.claims.guessable import trivial
from cards.extractors.claims.labelled import ASSERTION
from cards.extractors.claims.labels import legend, restated, tags
from cards.extractors.claims.meanings import duty, step, told
from cards.extractors.claims.reading import Claimed, ClaimRule, Reading
from cards.extractors.claims.shared import NOT_TERMS, SECTIONS, claim_like, predicate
from cards.extractors.claims.story import story
from cards.extractors.claims.terms import recurs
from cards.extractors.claims.worked import worked_part
from cards.extractors.walk import Visit
from cards.inline import Mark
from cards.items import Item
from cards.language import PRONOUNS, finite_verb, in_s, is_advice, sentences, words

_AFTER = re.compile(r"[ \t\n]*(?:(?<=:)|[:.]|[-–—](?=\s))[ \t\n]*")
"""What separates a title from its statement: the title's own colon, or a colon or a dash
after it, and white space, a line break included (`**Title:**  ` then the next line)."""
MAX_TITLE = 12
_STAGE = re.compile(
    r"(?:my\s+)?(?:later|earlier|initial|first|new|newer|updated|revised|current|previous"
    r"|original|final|second)\s+(?:understanding|thoughts?|takes?|reali[sz]ations?"
    r"|interpretations?|impressions?)",
    re.IGNORECASE,
)
"""A title that dates the writer's own thinking ("Later realisation", "First thoughts"):
when they came to the statement, not what it is about: the card shows the statement alone."""


def titled(reading: Reading, visit: Visit) -> Claimed | None:
    """The first sentence after a bold title, with the title."""
    text = visit.block.text
    title = _title(text.text, text.marks)
    if title is None:
        return None
    end, label = title
    after = _AFTER.match(text.text, end)
    if after is None or (after.end() == end and not label.endswith(":")):
        return None
    label = label.rstrip(":").strip()
    if not _titles(label, reading) or recurs(reading.note, label) or step(label):
        return None  # a speaker's name, a field, or a step ("**Install Git:** ...")
    rest = text.text[after.end() :]
    if legend(label, rest) or tags(label) or label.lower() in SECTIONS or worked_part(label, rest):
        return None  # "**Blue curve:**", "**Optional:**", "**Definition:**": a key, a filing
    if critique(visit.headings):
        return None  # "**Tone:** ..." under "Improvements": a reviewer's point
    start = after.end()
    spans = sentences(text.text[start:])
    if not spans:
        return None
    stop = start + spans[0][1]
    statement = text.text[start + spans[0][0] : stop].strip()
    ws = words(statement)
    if not claim_like(statement) or ws[0] == "i" or finite_verb(statement) is None:
        return None
    if _listed(statement) or "=>" in statement or "->" in statement:
        return None  # "**Rigging:** ropes, pulleys, cleats, shackles.": a list, no verb
    if is_advice(statement, lax=True) or told(ws) or _duty(label, ws) or story(label, statement):
        return None  # "**User interface:** display photos ...", "**Tue:** had rain": to-do, log
    term = definition_term(statement, reading.note.title)
    if term and set(words(term)) & set(words(label)):
        return None  # "**Chirality:** A chiral molecule is ...": the definition rule's
    key = predicate(statement)
    if key is not None and trivial(statement[key[0] : key[1]]):
        return None  # "**Models:** a picture of the system being [built]": nothing to recall
    again = restated(label, statement)
    # "**Chain rule:** Backpropagation applies the chain rule ...": a title said again in
    # the cloze would give it away, and the statement needs no title
    hidden = key is not None and key[0] <= again < key[1] and " " in label
    hidden = hidden and statement[:1].isupper()  # "**Ready:** process is ready ...": needed
    hidden = hidden or _STAGE.fullmatch(label) is not None
    claim = text.slice(start if hidden else 0, stop).strip()
    offset = claim.text.find(statement)
    if key is not None:
        key = (key[0] + offset, key[1] + offset)
    item = Item("claim", reading.ref(visit, text), claim, key=key, rule="claim.titled")
    return Claimed((item,), spans=((0, stop),), whole=False)


def _listed(statement: str) -> bool:
    """Three or more short parts between commas: a list of things, whatever verb it seems
    to have."""
    parts = statement.split(",")
    return len(parts) > 2 and all(len(part.split()) <= 4 for part in parts)


def _title(text: str, marks: tuple[Mark, ...]) -> tuple[int, str] | None:
    """Where a bold title at the start of the text ends, and its words."""
    for mark in marks:
        if mark.start == 0 and mark.kind == "strong" and mark.end < len(text):
            return mark.end, text[: mark.end].strip()
    return None


def _titles(label: str, reading: Reading) -> bool:
    """A title, not a label of the note's own (`Note:`, `Decision:`), a claim's announcement
    (the labelled rule's) or a category of the taxonomy (a trait's label)."""
    ws = words(label)
    if not 0 < len(ws) <= MAX_TITLE or label.lower() in NOT_TERMS:
        return False
    if len(ws) <= 3 and any(c.isdigit() for c in label):
        return False  # "Step 2", "9/13/21", "Aug 22 '85": a step or a date, no title
    if ws[0] in PRONOUNS or (len(ws) > 2 and is_advice(label)):
        return False  # "It's reliable:", "Develop a web app:": a remark or a to-do, no title
    if ASSERTION.fullmatch(f"{label}: "):
        return False
    return reading.taxonomy is None or not reading.taxonomy.names(label)


RULE = ClaimRule(block=titled)


def _duty(label: str, ws: list[str]) -> bool:
    """A duty under a bold title ("**Rota:** help with the rota"); under a plural title
    ("**Platelets:** help blood clot") the value is the title's predicate."""
    named = words(label)
    return duty(ws) and not (named and in_s(named[-1]))
