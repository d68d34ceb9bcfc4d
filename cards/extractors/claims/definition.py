"""claim.definition: a sentence that says what a term is.

    Endorphins are our natural pain-killing hormones.
    Oxytocin, also known as the love hormone, bonds partners.
    Negative cycles called *demon dialogues* trap couples.
    Stonewalling is when one partner shuts down.

    ## Oxytocin
    It is also known as the bonding hormone.     <- "Oxytocin is also known as ..."
    It is a hormone that bonds partners.         <- first under its heading, or atop the
                                                    note of that title: "Oxytocin is ..."
    This is called the spacing effect.           <- under no such heading: no item

A definition is worth two cards: a cloze that hides the term, and a question "What is
...?" that the rest of the sentence answers. Which term a sentence defines, if any, is
`defines.definition_term`'s to say; this rule makes the item, hiding the term (or its
emphasis, when the writer bolded the term: "The **availability heuristic** is ...").
A definition led by a pronoun ("It is also known as ...", "This mechanism is called ...")
has its subject elsewhere, and a card of it cannot be answered; the heading right above
the paragraph, or the note's title over its first paragraph, can be that subject when it
is a term itself, and then stands in for the pronoun on the card.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cards.commonness import everyday
from cards.extractors.claims.defines import COPULA, definition_term
from cards.extractors.claims.emphasis import key_phrase, names
from cards.extractors.claims.example_names import example_name
from cards.extractors.claims.guessable import verdict
from cards.extractors.claims.labels import word_at
from cards.extractors.claims.reading import ClaimRule, Passage
from cards.extractors.claims.role import unnamed
from cards.extractors.claims.shared import SECTIONS, predicate
from cards.extractors.claims.tautology import restates
from cards.extractors.claims.term_edges import bare_term, with_short_form
from cards.extractors.walk import heading_text
from cards.inline import InlineText, concat
from cards.items import Item
from cards.language import PREPOSITIONS, finite_verb, is_question, words

_POINTER = re.compile(
    r"^(?:(?:often|sometimes|usually|also|hence|thus|so|therefore|now),?\s+)?"
    r"(?P<word>it|this|that|these|those|they|such)(?P<rest>['’](?:s|re)\b|\s)",
    re.IGNORECASE,
)
"""A pronoun or a pointing determiner that leads a sentence: its subject is elsewhere."""


def definition(passage: Passage) -> Sequence[Item] | None:
    """The sentence as a definition of its term, when it defines one."""
    if not passage.ok:
        return None
    if not passage.term:
        return _of_subject(passage)
    term, sentence = passage.term, passage.sentence
    term, sentence = bare_term(term, sentence)  # "e.g. X is", "X literally means"
    if not term or example_name(passage.reading.note, term):
        return ()  # "Really only means ...", "tillName is a local variable": the example's
    if " " in term and term[: term.find(" ")].lower() in _NO_TERM_START:
        return ()  # "The term in Welsh ...", "What's needed is ...": a phrase, not a term
    pointer = _POINTER.match(sentence.text) if sentence.text[:1] in _STARTS else None
    if pointer and _pointing(sentence.text[pointer.end("word") :], term):
        subject = _subject_above(passage)
        if not subject or subject.lower() == term.lower():
            return ()  # "This is known as a soft lock": the card could not say what is
        sentence = _named(sentence, pointer, subject)
    plain = sentence.text
    if _vague(plain) or restates(plain):
        return ()  # "Erosion is a process.", "Launches are a big deal": says nothing
    if _graded(plain):
        return ()  # "Daily backups are a good idea": a grade of the term, no meaning
    key = key_phrase(sentence)
    if _activity(term) or term.lower() in _INDEFINITE or unnamed(term, plain):
        # "Dropping stale rows is a cheap fix", "Everything is a tool", "The crucial step is ...",
        # "Rhythm is a key element of ...": about doing something, all things, a role, a place
        key = key or predicate(plain)
        if key and verdict(plain[key[0] : key[1]]):
            return ()  # "Polling the disk is a bad idea": a grade, its reasons elsewhere
        item = Item("claim", passage.ref, sentence, key=key, rule="claim.definition")
        return (item,) if key else ()
    if key is None or not names(term, plain[key[0] : key[1]]):
        span = _whole_word(plain, term)
        key = (span, span + len(term))
    key = (key[0], with_short_form(plain, key[1]))
    item = Item("claim", passage.ref, sentence, key=key, term=term, rule="claim.definition")
    return (item,)


def _activity(term: str) -> bool:
    """A gerund with its object or its adverbs ("Dropping stale rows", "Working too
    hastily"): an activity, which a sentence says something of; a gerund that modifies a
    noun ("Firing rate", "Drying Rack") names a thing."""
    ws = words(term)
    first = ws[0] if ws else ""
    if len(first) < 6 or not first.endswith("ing") or first.endswith("thing"):
        return False
    if len(ws) == 2:
        return ws[1] in _OBJECT_OPENS or ws[1].endswith("ly")
    return len(ws) > 2 and not all(word[:1].isupper() for word in term.split())


def _vague(plain: str) -> bool:
    """ "X is a thing", "X is a big deal": a genus so broad, with at most an everyday word
    before it, that a card of it teaches nothing (a "5-step process" or a "Raft concept"
    still says which; a verdict such as "a bad idea" is `guessable.verdict`'s)."""
    found = _VAGUE_GENUS.search(plain)
    if found is None:
        return False
    rest = plain[found.end() :].strip(" .!")
    if rest and (plain[found.end() - 1] not in "-–—,(" or words(rest)[:1] not in _ASIDES):
        return False  # "a process, by which ...", "a concept: the idea that ...": says which
    return not found.group("mod") or everyday(found.group("mod"))


def _graded(plain: str) -> bool:
    """Whether all the sentence says of its term is a grade ("Video is the best way")."""
    found = COPULA.search(plain)
    rest = plain[found.end() :].rstrip(" .!") if found else ""
    return bool(rest) and "," not in rest and verdict(rest)


_ASIDES = [[word] for word in "like but and so though although especially too yet".split()]
"""What opens a remark after a broad genus ("a big deal, like a tax on ..."), where a
gloss ("a process, by which ...", "a concept (the idea that ...)") would say which."""


_VAGUE_GENUS = re.compile(
    r"\s(?:is|are)\s+(?:a|an)\s+(?:(?P<mod>[a-z]+)\s+)?(?:thing|process|deal|case|matter"
    r"|issue|instance|violation|aspect|factor|concept|topic|part)\b\s*(?:[-–—,(.!]|$)"
)
_INDEFINITE = frozenset("everything something anything nothing everyone someone".split())
"""Pronouns that stand for no one thing: "What is everything?" asks nothing."""
_OBJECT_OPENS = frozenset(
    "the a an your my our their his her its this that these those itself".split()
)
_NO_TERM_START = PREPOSITIONS | frozenset("what what's how why where whatever one another".split())
"""What a phrase opens on that is no term: a preposition ("in Latin", the term left out),
a wh-word ("What's needed is ...": a cleft that stresses its end, defining nothing), or
one among several ("One end is a buoy", "One mental model of X is ...": which one, the
card cannot say)."""


def _whole_word(plain: str, term: str) -> int:
    """Where the term stands as words of its own: "the bay was called Port" hides "Port",
    not the start of "Porter" earlier in the sentence."""
    span = word_at(plain, term)
    return span if span >= 0 else plain.find(term)


_STARTS = frozenset("iItTsSoOaAhHnNuU")
"""First letters of `_POINTER`'s words: most sentences are ruled out by their first."""


def _pointing(rest: str, term: str) -> bool:
    """Whether the pointer is the whole subject, or with one noun ("This mechanism is
    called ..."): "This sudden drop of the river is called a spate ebb" says what."""
    ws = words(rest)
    verb = next((i for i, w in enumerate(ws[:3]) if w in _COPULAS), None)
    return (verb is not None or rest[:1] in "'’") and not rest.lower().startswith(term.lower())


_COPULAS = frozenset("is are was were s re".split())


def _of_subject(passage: Passage) -> Sequence[Item] | None:
    """ "It is a grey rock that splits into thin sheets", first under the heading or at the
    top of the note "Slate": the pronoun stands for the subject above, and the sentence
    defines it. Wiki-style notes open so, their title the term."""
    if passage.plain[:1] not in "ItT":
        return None
    sentence = passage.sentence
    pointer = _SUBJECT.match(sentence.text)
    if pointer is None:
        return None
    subject = _note_subject(passage)
    if not subject:
        return None
    named = _named(sentence, pointer, subject)
    if definition_term(named.text, subject).lower() != subject.lower():
        return None  # "It is sung by the ferryman ...", "It is at line 12 in ...": no definition
    key = (pointer.start("word"), pointer.start("word") + len(subject))
    return (Item("claim", passage.ref, named, key=key, term=subject, rule="claim.definition"),)


_SUBJECT = re.compile(r"^(?P<word>it|they)(?=\s+(?:is|are|was|were|refers?|means?)\b)", re.I)
"""A pronoun that opens a sentence as the subject of a definition: "It is ...", "They are
...", "It refers to ..."."""


def _note_subject(passage: Passage) -> str:
    """The note's title, when the passage opens the note's first paragraph (under nothing
    but the title's own heading) and the title is a term."""
    visit = passage.visit
    title = passage.reading.note.title.strip()
    if passage.start or visit.parent is not None or visit.headings[1:]:
        return ""
    before = visit.siblings[: visit.index]
    if any(b.kind != "heading" or heading_text(b).text.strip() != title for b in before):
        return ""
    ws = words(title)
    if not 0 < len(ws) <= 4 or ws[-1] in SECTIONS or is_question(title):
        return ""
    return title if len(ws) < 2 or finite_verb(title) is None else ""


def _subject_above(passage: Passage) -> str:
    """The heading right above the paragraph, or the note's title over its first
    paragraph, when it is a term: what a leading pronoun of the paragraph's first sentence
    stands for (in a later sentence, it stands for something the paragraph said)."""
    visit = passage.visit
    if passage.text.text[: passage.start].strip():
        return ""
    above = visit.previous()
    if above is not None and above.kind == "heading":
        subject = heading_text(above).text.strip()
    elif visit.index == 0 and not visit.headings and visit.parent is None:
        subject = passage.reading.note.title.strip()
    else:
        return ""
    ws = words(subject)
    if not 0 < len(ws) <= 4 or ws[-1] in SECTIONS or is_question(subject):
        return ""
    return subject if len(ws) < 2 or finite_verb(subject) is None else ""


def _named(sentence: InlineText, pointer: re.Match[str], subject: str) -> InlineText:
    """The sentence with the subject in the pronoun's place: "Oxytocin is also known as
    ...", "Oxytocin's also known as ..."."""
    start = pointer.start("word")
    end = pointer.end("word")
    if sentence.text[end : end + 1] == " " and pointer.group("word").lower() != "it":
        rest = sentence.text[end:].lstrip()
        head = rest.split(" ", 1)[0]
        if head and head.lower() not in ("is", "are", "was", "were"):
            end += 1 + len(head)  # "This mechanism is called ...": the noun goes too
    before = sentence.slice(0, start)
    return concat([before, InlineText(subject), sentence.slice(end, len(sentence.text))], sep="")


RULE = ClaimRule(sentence=definition)
