"""Claims that lean on a pointer whose referent a sentence before them named.

    In glassmaking, this process is called annealing.   <- which process: said before
    Apprentices are a byproduct of this system.          <- which system: said before
    Warp weighting is about spinning from that fleece.   <- which fleece: said before
    This let the weavers sell abroad.                    <- what "this" is: said before
    It warps the rim, and hence is called a lip fault.   <- what "it" is: said before
    When we blend both together, the dye turns green.    <- both of what: said before
    Ares is her elder brother.                           <- whose: said before
    Indeed they carded the wool with teasels.           <- who: said before
    This slow swing of the tides is known as a seiche.   <- "The slow swing ...": it says what

A card stands alone, under the note's title and its headings. A pointer ("this", "these",
"those" with or without its noun, "that" and its noun after a preposition, "both" for two
things, "her" or "his" after "is", a lower-case "they" or "he" opening the sentence, "it"
given a name, "the final" or "the above" thing given one) that opens its clause speaks of
something the text around the card named. What the card still shows keeps it: the
pointer's noun in the breadcrumb ("this glaze" under "## Glazes"), a person's name as the
nearest heading for "he", a clause or a label before it in the sentence ("Kilns are hot -
this heat ..."), a clause after its noun that says which ("this idea of a loom", "this
thing you fear"), a pair the sentence or a heading names ("Salt and ice: mix both
together"). A naming sentence whose subject is "This" and a description ("This slow swing
of the tides is known as ...") says what it names: "The" takes the pointer's place, and
the card is a definition.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from pathlib import PurePosixPath

from cards.giveaway import stems
from cards.inline import InlineText, concat
from cards.items import Item
from cards.language import FUNCTION_WORDS, finite_verb

_DEMONSTRATIVE = re.compile(
    r"\b(?:(?:of|in|on|for|from|with|by|at|about|into) (?P<that>that)|[Tt]his|[Tt]hese|[Tt]hose)\s+"
)
"""A pointer; "that" only after a preposition, where it cannot open a clause."""
_PHRASE = re.compile(r"[\"“']?([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})")
"""The words after a pointer, up to a mark: its noun phrase is those before a function
word."""
_TIMES = frozenset(
    "way ways point time times day days year years week month morning moment era century "
    "world life case stage".split()
)
"""Nouns after "this" that set a time or a manner ("at this point", "in this way", "this
year"), not a thing another sentence named."""
_WHICH = frozenset(
    "of which that who whose where called named known for from in on with about to you we "
    "i they he she".split()
)
"""Words after a pointer's noun that say which one it is: a preposition, a relative
clause ("this thing you fear"), a name ("this idea called ...")."""
_BREAK = re.compile(r"[:;(\[\"“]| [-–—] |—")
"""Marks before a pointer that give the sentence a part of its own before it: a label, a
clause after a dash or a semicolon, an aside, a quotation."""
_JOINED = re.compile(
    r"\b(?:and|but|so|because|since|while|when|if|then|after|as|until|which|who|where|that)\s|,"
)
"""A conjunction, a relative pronoun or a comma, which ends an earlier clause when a verb
comes before it ("X is a figure in which a word is put for what that word names")."""
_ALL = re.compile(r"\b[Aa]ll (?:of )?$")
"""A pointer after "all" speaks of every one of a kind ("All these looms run on ..."): what
it says holds of each."""
_CALLED = re.compile(r"\b(?:call|calls|called|name|names|named|term|terms|termed)\s+$")
"""A pointer a name follows ("we call these looms treadles"): what it stands for, the
clause before says, as `elsewhere` finds when none does."""
_BOTH = re.compile(r"\bboth(?=\s*(?:[.,;!?)]|$|together\b|at once\b))", re.IGNORECASE)
""""both" standing for two things with nothing after it: "stir both together"."""
_PAIRED = re.compile(r" and | vs\.? | versus |&|/|\bboth\b[^.,;]* and ", re.IGNORECASE)
"""What names a pair: "salt and ice", "wool vs linen", "warp/weft"."""
_ALTERNATIVE = re.compile(r"(?:\bor|\band|\(or)\s+$", re.IGNORECASE)
_WHOSE = re.compile(
    r"^[*_\"“ ]*[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}\s+(?:is|are|was|were)\s+(?:her|his)\s+"
    r"(?!own\b)[a-z]"
)
"""A name said to be someone's something ("Ares is her elder brother"): whose, the
sentence cannot say; a possessive after "is" never stands for the subject before it."""
_PLACED = re.compile(
    r"[*_ ]*The (?:final|previous|preceding|resulting|latter|former|above|same|remaining)"
    r" [\w-]+ (?:is|are) (?:also )?(?:called|known as|termed|named)\s"
)
"""A name for a thing only its place in other text says ("The final layer is called ..."):
the final layer of what, the card cannot say."""
_IT_NAMED = re.compile(r"[*_\"“ ]*It\s[^.;:]*?\b(?:is|was) (?:also )?(?:called|known as|termed)\s")
"""A name given to "it" ("It warps the rim, and hence is called a lip fault"): what it is,
a sentence before said; where a heading or the title said it, `definition` put it in
the pronoun's place. A name for a thing it has ("It uses a trick called soaking, which
...") is a term its gloss defines."""
_PERSON = re.compile(
    r"[*_\"“ ]*(?:(?:[A-Z][a-z]+ly|Indeed|Turns out|Then|Also|So|Now|Still),?\s+)?"
    r"(?:he|she|they|his|her|their)\s"
)
"""A person or a group a sentence before named, the subject in lower case at the start or
after an opening adverb ("Indeed they carded ...", "Firstly, they argue ..."); `mend`
finds "He" and "Their" leading a sentence."""
_NAMING = re.compile(r"\s(?:is|are|was|were)\s+(?:also\s+)?(?:called|known as|termed|named)\s")
_DESCRIBED = 3
"""Words after "This" before the naming verb, at least, that describe what it names."""


def unpointed(item: Item) -> Item | None:
    """The claim as a card can show it: None when a pointer in it stands for something only
    the text around it names, with "The" for a leading "This" that a description follows
    in a naming sentence, and else as it was."""
    plain = item.text.text
    if _WHOSE.match(plain) or ("The " in plain[:8] and _PLACED.match(plain)):
        return None
    if "It " in plain[:8] and _IT_NAMED.match(plain):
        return None
    if _PERSON.match(plain) and not _named_above(item):
        return None  # "Indeed they carded ...", "he dried the beans ..."
    if "oth" in plain and _loose_both(plain, (*item.ref.headings, _title(item))):
        return None
    if not any(map(plain.__contains__, ("his ", "hese ", "hose ", " that "))):
        return item
    named = _described(item, plain)
    if named is not None:
        return named
    shown = stems(" ".join((*item.ref.headings, _title(item))))
    for found in _DEMONSTRATIVE.finditer(plain):
        start = found.start("that") if found.group("that") else found.start()
        if _points_out(plain, start, found.end(), shown):
            return None
    return item


def _points_out(plain: str, start: int, end: int, shown: frozenset[str]) -> bool:
    """Whether the pointer at `start`, its noun phrase at `end`, stands for something no
    part of the card names."""
    before = plain[:start]
    if _BREAK.search(before) or _ALL.search(before) or _CALLED.search(before):
        return False  # "Kilns glow - this heat ...", "all these looms", "we call these X"
    if _clause_before(before):
        return False
    run = _PHRASE.match(plain, end)
    ws = run.group(1).split() if run else []
    cut = next((i for i, w in enumerate(ws) if w.lower() in FUNCTION_WORDS), len(ws))
    phrase, after = ws[:cut], ws[cut : cut + 1]
    if not phrase:  # "This let ...", "... until this is": a pronoun, sure only at the start
        return not before.strip('*_"“ ') and plain[start:end].strip() != "Those"
    if phrase[0].lower() in _TIMES or (after and after[0].lower() in _WHICH):
        return False
    if cut == len(ws) and len(ws) == 4:
        return False  # a long name runs on: "this Open Source Initiative Licence ..."
    return not stems(" ".join(phrase)) <= stems(before) | shown


def _clause_before(before: str) -> bool:
    """Whether a clause of the sentence comes before the pointer: a conjunction or a comma
    after a finite verb ("Wires link the boards, and this bus ...")."""
    ends = [joined.start() for joined in _JOINED.finditer(before)]
    return bool(ends) and finite_verb(before[: ends[-1]]) is not None


def _loose_both(plain: str, shown: Sequence[str]) -> bool:
    """Whether "both" stands alone in `plain` for a pair that neither the text before it
    nor a part of the breadcrumb (`shown`: the title and the headings) names ("When we
    blend both together")."""
    found = _BOTH.search(plain)
    if found is None or _ALTERNATIVE.search(plain[: found.start()]):
        return False  # "wool, linen or both": the pair is right there
    return not any(_PAIRED.search(part) for part in (plain[: found.start()], *shown))


def _described(item: Item, plain: str) -> Item | None:
    """The item with "The" for its leading "This", when "This" and at least `_DESCRIBED`
    words name what the sentence then names ("This slow swing of the tides is known as a
    seiche"); None when the claim does not open so."""
    lead = len(plain) - len(plain.lstrip("*_ "))
    if not plain.startswith("This ", lead) or _PHRASE.match(plain, lead + 5) is None:
        return None
    if plain[lead + 5 :].split(" ", 1)[0].lower() in FUNCTION_WORDS:
        return None  # "This can also mean ...": a pronoun, with no description
    naming = _NAMING.search(plain, lead)
    if naming is None or item.key is None or item.key[0] < naming.end():
        return None
    if len(plain[lead + 5 : naming.start()].split()) < _DESCRIBED:
        return None
    text = item.text
    the = concat([text.slice(0, lead), InlineText("The"), text.slice(lead + 4, len(plain))], "")
    text = dataclasses.replace(the, tags=text.tags)
    key = (item.key[0] - 1, item.key[1] - 1)
    return dataclasses.replace(item, text=text, key=key)


def _named_above(item: Item) -> bool:
    """Whether the nearest heading is a name of two or three words ("## Ada Byron"): the
    person a leading "he" or "she" stands for, which the breadcrumb shows."""
    ws = item.ref.headings[-1].split() if item.ref.headings else []
    return 2 <= len(ws) <= 3 and all(w[:1].isupper() and w.isalpha() for w in ws)


def _title(item: Item) -> str:
    """The note's title as its file names it: the breadcrumb's first part."""
    return PurePosixPath(item.ref.path).stem
