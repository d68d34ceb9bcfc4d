"""Whether a phrase is worth hiding on a quote's card, and the analogy's complement that is.

    Most sailors quit before they get a {{chance}} to sail.     <- no: an everyday word
    Silence is neither {{loud}} nor quiet.                      <- no: half of a pair
    You can take the {{stance}} that the road is closed.        <- no: the clause says it
    Salt keeps in any place {{other}} than the cellar.          <- no: "than" finishes it
    Sleep is to the body {{what a harbour is to a ship}}.       <- the analogy's other half
    Stop saying 'rest, then work'; instead say '{{work, then rest}}'.  <- the turn's words
    Those who never sail are called '{{landsmen}}'.              <- the name it gives

Judges of real decks marked deletions over one everyday word ("chance", "mind", "effect",
"good") as ones to fix: a reader fills them from the words around them, not from memory.
How common a word is comes from `commonness`; a word said of the subject after "is"
("they are {{rare}}") is the quote's claim, and stays. A noun whose "that" clause follows
("the stance that ...", "the idea that ...") only announces the clause that holds the
point; a pair's member ("neither X nor Y", "X or Y") is half of what the quote contrasts;
a span that "than" goes on from is cut in the middle of its phrase, and one that ends on
"said" or "narrated" is a quotation's frame. A quote that turns
one piece of advice around ("instead", "rather") makes its point in the words it turns to.
"""

from __future__ import annotations

import re

from cards.commonness import everyday, zipf
from cards.extractors.quotes.vocab import filler
from cards.language import BE, FUNCTION_WORDS, words

_HOLLOW = frozenset(
    "other others same such certain own various several many much more most few less "
    "whole entire kind sort lot lots part way thing things whoever whomever whatever "
    "whichever wherever whenever".split()
)
"""Words that say which or how many of something, never what: "other elements"."""
_VERY_COMMON = 5.5
"""Zipf frequency of words said of anything ("right", "good", "done"), no claim's point."""
_NAMING = frozenset("define defines defined call calls called term terms termed".split())
_FRAME = frozenset("said says asked replied answered narrated reported told wrote".split())
"""Verbs that frame a quotation: a phrase ending on one holds the speaker, not the point."""
_PAIRED = frozenset("neither nor either or".split())
_ANALOGY = re.compile(
    r"\b(?:is|are) to (?:the |a |an |one's |your |our |their |his |her )?[\w-]+(?: [\w-]+)?,? "
    r"(?P<half>what|as) (?P<rest>[^,;:.!?]+?)(?=[,;:.!?]|$)",
    re.IGNORECASE,
)
"""`A is to B what C is to D`: the second half ("what C is to D") completes the first."""
_SECOND = re.compile(r"\S \b(?:is|are) to \S", re.IGNORECASE)


def trivial(text: str, span: tuple[int, int]) -> bool:
    """Whether hiding `text[span]` asks nothing a reader recalls (see the module's doc)."""
    a, b = span
    own = words(text[a:b])
    content = [w for w in own if w not in FUNCTION_WORDS and not filler(w) and w not in _HOLLOW]
    if not content:
        return True
    before = [w for w in words(text[max(0, a - 40) : a]) if not filler(w)][-2:]
    after = words(text[b : b + 24])[:2]
    if own[-1] in _FRAME:
        return True  # "that {{Oren Vale said}}: ...": the frame of the words, not them
    if after[:1] == ["than"] and own[-1] in _HOLLOW | {"rather", "else"}:
        return True  # "any place {{other}} than ...": the phrase goes on
    if bool(_PAIRED.intersection(before[-1:] + after[:1])):
        return len(content) == 1  # "neither {{good}} nor bad": one half of a pair
    if len(content) > 1 or (before[-1:] and before[-1] in _NAMING):
        return False  # "I define {{connection}} as ...": the term the quote defines
    if after[:1] == ["that"] and len(own) == 1 and before[-1:] in (["the"], ["a"], ["an"]):
        return True  # "the {{stance}} that ...": the clause carries the point
    said = bool(before) and (before[-1] in BE or before[-1] == "be")
    w = content[0]
    if "-" in w or not everyday(w):
        return False  # "tide-tables" is specific
    return not (said and _ends_clause(text, b) and zipf(w) < _VERY_COMMON)


def _ends_clause(text: str, at: int) -> bool:
    """Whether the sentence or clause ends right after `at` ("they are {{rare}}.")."""
    rest = text[at : at + 2].lstrip("\"'”’*_")
    return not rest or rest[0] in ".,;:!?"


def analogy(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """The second half of an analogy in `text[start:stop]` ("what water is to a
    garden"), when the sentence sets one out."""
    if " is to " not in text[start:stop] and " are to " not in text[start:stop]:
        return None  # a substring first: most sentences hold neither
    found = _ANALOGY.search(text, start, stop)
    if found is None or not _SECOND.search(found["rest"]):
        return None  # "are to be counted as one": no second pair, no analogy
    return (found.start("half"), found.end("rest"))


_TURN = re.compile(r"\b(?:instead|rather)\b", re.IGNORECASE)
_QUOTED = re.compile(r"‘(?P<a>.+?)(?:’(?!\w)|$)|“(?P<b>[^“”]+)(?:”|$)|\"(?P<c>[^\"]+)\"")
"""A quotation in curly or straight marks; a curly ’ inside a word is an apostrophe, and
a curly quotation may run to the sentence's end (its closing mark trimmed with a quote's)."""
_LONGEST = 12


def turned(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """The quoted words a sentence turns to after "instead" or "rather" ("We must stop
    telling them 'A', instead tell them '{{B}}'"), when short enough to recall."""
    sentence = text[start:stop].lower()
    if "instead" not in sentence and "rather" not in sentence:
        return None  # a substring first: most sentences hold neither
    turn = _TURN.search(text, start, stop)
    found = _QUOTED.search(text, turn.end(), stop) if turn is not None else None
    if found is None:
        return None
    group = next(g for g in "abc" if found[g] is not None)
    a, b = found.span(group)
    while b > a and text[b - 1] in ".,;:!? ":
        b -= 1
    return (a, b) if 2 <= len(text[a:b].split()) <= _LONGEST else None


_CALLED = re.compile(
    r"\b(?:called|termed|known as|named)\s+[‘“'\"](?P<term>[^‘’“”'\"]{2,60}?)[.,]?[’”'\"]"
)
"""`are called 'shore-keepers'`: the name a sentence gives, set off in quotation marks."""


def called(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """The quoted name a sentence gives something ("are called '{{shore-keepers}}'"), at
    most a few words: the term a reader would recall."""
    sentence = text[start:stop]
    if " called " not in sentence and " known as " not in sentence and "named " not in sentence:
        return None  # a substring first: most sentences name nothing
    found = _CALLED.search(text, start, stop)
    if found is None or len(found["term"].split()) > _NAME_WORDS:
        return None
    return found.span("term")


_NAME_WORDS = 5


_ANNOUNCING = frozenset("following rest multiple several various these those below".split())
"""Words of a phrase that points at what comes next: "the {{following rules}}: ..."."""


def announces(text: str, span: tuple[int, int]) -> bool:
    """Whether `text[span]` only announces the members that follow it ("the {{rest of the
    tools}}: saw, plane, ...", "multiple {{senses}}: ..."): the card shows the answer's
    parts right after the deletion, and hides the one word that names their kind."""
    a, b = span
    after = text[b : b + 2].lstrip()
    if not after or after[0] not in ":,":
        return False  # a substring first: most phrases end their sentence or go on
    return bool(_ANNOUNCING.intersection(words(text[max(0, a - 20) : b])[-6:]))


ARTICLES = frozenset("a an the this these those my your his her its our their".split())
_WORD_AT = re.compile(r"[^\s]+")


def verbless(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """`span` without the verb that opens it ("meant to {{mark the high tide}}" hides
    "high tide"): a verb a reader fills from the sentence's frame, not the thing it
    names. A span opens on a verb when its second word is an article or a possessive; the
    noun phrase after it is kept only when worth hiding on its own."""
    found = list(_WORD_AT.finditer(text, span[0], span[1]))
    if len(found) < 3 or found[1].group().lower() not in ARTICLES:
        return span
    first = found[0].group().lower()
    if first in FUNCTION_WORDS or not first.isalpha():
        return span
    rest = (found[2].start(), span[1])
    return span if trivial(text, rest) else rest
