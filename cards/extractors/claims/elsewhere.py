"""Claims whose subject is a thing only the text around them shows: no card.

    When all four are mixed at once, it is called ...    <- which four: said before
    Owing to that, it is sometimes named a lee trough.    <- what "that" is: said before
    In weaving, they are called selvedges.               <- what "they" are: said before
    For a closed system, the set of all such states ...  <- such as the ones just named
    The route to node 4 is the whole green line.         <- a line of a figure not on the card
    You write the loop like the following.               <- the code after it, not on the card
    In example 2, the queue drains first.                <- the example is elsewhere
    The middle one of the two values is kept.            <- which two values: said before
    There are other hand tools.                          <- other than those: said before
    Looms: there are three kinds of loom.                <- which: the list after it
    In weaving, they call them selvedges.                <- what "them" is: said before
    Twill is better.                                     <- better than what: said before
    Linen is the most popular fabric.                    <- of which kind: said before
    The glaze counterparts are called frits.             <- counterparts of what: said before
    Flax is an example that keeps its old name.          <- an example of what: said before

A card stands alone: it shows its sentence and where it stands (the note's title and
heading, `faces.breadcrumb`). A sentence that counts back ("all three", "both are"),
points back ("such states", "the two values") or points at a figure, an example or what
follows cannot be answered from that, and is left out, unless a heading over it names
what it points at ("such proofs" under "## Proofs by induction").
"""

from __future__ import annotations

import re

from cards.items import Item

_COUNTED = re.compile(
    r"\ball (?:two|three|four|five|six|seven)\b(?! of)(?=\s+(?:are|were|is|have|can|must|"
    r"will|do|make|form)\b|[.,;:]|$)|^[*_\"“ ]*Both (?:are|were|have|can|must|will|do)\b"
)
"""A count standing for things named before it: "all three are done", "Both are ..."."""
_BECAUSE = re.compile(
    r"[*_\"“ ]*(?:(?:Because of|Due to|As a result of|Thanks to|Owing to) (?:this|that|these|those"
    r"|it|them)\b|(?:(?:In|As|For) [^,]{1,60}, (?:it|they|these|this)|The (?:things?|ones?|stuff))"
    r" (?:is|are) (?:also )?(?:called|known as|termed|named)\b)"
)
"""A cause that an earlier sentence gave, or a name given to a pronoun under a frame or to
a noun that says nothing: "Owing to that, it is named ...", "In weaving, they are called
selvedges", "The things are called warps"."""
_NAMED_POINTER = re.compile(
    r"[*_\"“ ]*(?:(?:In|As|For|Among) [^,]{1,60},\s+)?(?:(?:[Tt]hey|[Ww]e|[Pp]eople|[Yy]ou)"
    r" (?:call|name|term) (?:it|them|this|these|those)|I (?:call|name|term) (?:it|them))\s"
)
"""A name given to a pronoun, with at most a frame before it: "In baking, they call them
rolls", "We call this X", "I call it X" ("I call this section X" is the note talking of
itself, `notekind.meta`'s). A clause that says what the pronoun is keeps it ("When the
dough has risen twice, we call these proven loaves")."""
_UNCOMPARED = re.compile(
    r"\b(?:is|are)\s+(?:(?:a little|a bit|a lot|much|far|even|slightly|just|generally|usually"
    r"|often|somewhat)\s+)?(?:better|worse|faster|slower|easier|harder|cheaper|safer|simpler"
    r"|stronger|weaker|quicker|(?:more|less) [a-z]+)(?:\s+to [a-z]+)?(?=[.!]?$|\s[-–—]\s)"
    r"|\b(?:is|are)\s+(?:just\s+|probably\s+|by far\s+)?the (?:most|least) (?:[a-z-]+ly\s+)?"
    r"[a-z-]+(?:\s+(?P<kind>[a-z]+))?[.!]?$"
)
"""A comparative that ends its clause with no "than" ("Twill is better - ...", "is a little
harder to clean."), or a superlative that ends the sentence over no kind or a kind that
says nothing ("is the most widely grown", "is the most popular tool"): what it is set
against is in the text around it."""
_BARE_KINDS = frozenset("tool one thing option choice way method approach solution".split())
"""Kinds too general to say what a superlative ranks among: the kind is elsewhere."""
_POINTED = re.compile(
    r"\b[Ss]uch (?!as\b|a\b|an\b|that\b)(?P<such>[a-z]{3,}s)\b(?! as\b)"
    r"|\bthe (?:two|three|four|five) (?P<counted>[a-z]{3,}s)\b(?! of\b| in\b|\s*[:(—–-])"
    r"|\b(?:of|in|on|for|from|with|to|between) (?:these|those) (?P<these>[a-z]{3,}s)\b"
)
"""A noun pointing back at things named before it: "such states", "the two values", "the
tangents of these slopes"."""
_ANNOUNCED = re.compile(
    r"(?:^|:\s+)[*_ ]*[Tt]here (?:are|is|exist) (?:also )?(?:other\b|(?:\w+ ){1,2}(?:types|kinds"
    r"|classes|forms|ways|categories|sorts|stages|steps|parts|phases|levels) of [^,;.]+[.:]?$)"
)
"""A sentence that points at a list before it ("There are other ...") or announces the one
after it and says nothing more ("There are two kinds of weave.")."""
_FIGURE = re.compile(
    r"(?<![Ff]or )\b(?:[Ee]xample|[Ff]igure|[Ff]ig\.|[Tt]able|[Dd]iagram|[Ll]isting) ?\d+\b"
    r"(?![.,]\d)"
    r"|\bthe (?:entire |whole )?(?:red|blue|green|yellow|orange|purple|grey|gray|black|white) "
    r"(?:arrows?|lines?|curves?|box(?:es)?|circles?|dots?|regions?|areas?|path|nodes?|edges?)\b"
    r"|\bthe following[.:!]?$"
)
"""A figure, an example or what follows, none of them on the card: "example 1", "the whole
green line", "... like the following."."""
_CUES = (
    *(f"{cue} " for cue in "xample igure ig. able iagram isting".split()),
    *(
        f" {colour} "
        for colour in "red blue green yellow orange purple grey gray black white".split()
    ),
)
"""Substrings one of `_FIGURE`'s matches holds: the regex runs only on a sentence with one.
A colour is a word of its own ("the red arrow"), so " red " and not "red ", which every
"covered " and "required " holds."""


_RELATIVE = re.compile(
    r"^[*_\"“ ]*(?:The|Their|Its) (?:[\w-]+ )?(?:counterparts?|equivalents?|opposites?"
    r"|analogues?)\b"
    r"|\b(?:is|are) (?:the|its|their) (?:exact |direct )?(?:opposite|counterparts?|equivalents?"
    r"|reverse|inverse|converse|analogues?)\b"
    r"|\b(?:is|are) (?:an?|one|another|just an?) examples?\b"
)
"""A noun that is one of a pair or a kind, with the other side or the kind left out: "The
glaze counterparts are ...", "Rye is the opposite, ...", "Flax is an example that ...":
counterparts of what, an example of what, said before. One whose other side the sentence
gives after it ("of", "to", "for": `_RELATED`) stays."""
_RELATIVE_CUES = ("ounterpart", "quivalent", "pposite", "nalogue", "verse", "example")
"""Substrings one of `_RELATIVE`'s nouns holds: the regex runs only on a sentence with one."""
_RELATED = re.compile(r"\s+(?:of|to|for|in|from|with|between)\b")


def _unrelated(plain: str) -> bool:
    """Whether the sentence holds a noun of `_RELATIVE` and not what it relates to."""
    if not any(map(plain.__contains__, _RELATIVE_CUES)):
        return False
    return any(_RELATED.match(plain, found.end()) is None for found in _RELATIVE.finditer(plain))


def refers_out(item: Item) -> bool:
    """Whether the claim speaks of something only the text around it shows."""
    plain = item.text.text
    if _BECAUSE.match(plain) or _NAMED_POINTER.match(plain) or _uncompared(plain):
        return True
    if _unrelated(plain):
        return True
    if ("all " in plain or "Both " in plain) and _COUNTED.search(plain):
        return True
    if "uch " in plain or "hese " in plain or "hose " in plain or _counted_cue(plain):
        for found in _POINTED.finditer(plain):
            noun = found.group("such") or found.group("counted") or found.group("these")
            before = plain[: found.start()]
            named = noun in before
            if found.group("these") and not named:  # "a farm policy ... these policies"
                named = (noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]) in before
            if not named and not _headed(item, noun):
                return True
    if "here " in plain and _ANNOUNCED.search(plain.rstrip()):
        return True
    if "following" in plain or any(map(plain.__contains__, _CUES)):
        return _FIGURE.search(plain.rstrip()) is not None
    return False


def _uncompared(plain: str) -> bool:
    """Whether a comparison or a superlative lacks what it is set against (`_UNCOMPARED`);
    "than" anywhere says what, and so does a clause before it ("The moon pulls hard, but the
    sun's pull is weaker"); "is" or "are" must be there for either to be."""
    if "than" in plain or (" is " not in plain and " are " not in plain):
        return False
    found = _UNCOMPARED.search(plain.rstrip())
    if found is None or found.group("kind") not in (None, *_BARE_KINDS):
        return False
    before = plain[: found.start()]
    return not any(mark in before for mark in (",", ";", " but ", " while ", " whereas "))


def _headed(item: Item, noun: str) -> bool:
    """A heading over the claim names the noun it points back with."""
    return any(noun[:-1] in heading.lower() for heading in item.ref.headings)


def _counted_cue(plain: str) -> bool:
    """Whether the sentence may hold "the two ..." to "the five ...": a substring test
    before `_POINTED` runs, as nearly every sentence has "the " and few have a count."""
    return "the t" in plain or "the f" in plain
