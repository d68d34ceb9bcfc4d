"""What the text after a term must be to be its meaning, in whatever way a glossary is typed.

    Humus: dark decayed matter. It is what makes soil rich.     <- a gloss, and the sentence
                                                                    about it: one meaning
    Perel: conflict is often a protest.                         <- a clause of its own: a
    Priya: the export job takes 40 minutes                         remark, not a meaning
    Listen for clues: pay attention to what is left unsaid.     <- advice: no term at all

The term rules find `X: Y` in lists, lines, tables and headings alike; whether Y says what
X is, rather than something said about or under X, is asked here once for all of them.
"""

from __future__ import annotations

import re

from cards.commonness import zipf
from cards.extractors.claims.shared import BRACKETED
from cards.language import (
    DETERMINERS,
    FUNCTION_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    WH,
    finite_verb,
    in_s,
    is_advice,
    is_instruction,
    is_question,
    words,
)


def advice(term: str, meaning: str, advised: bool) -> bool:
    """A step of advice set out as a term and its meaning: a label that instructs ("Listen
    for clues": three words or more, as "Write set" or "Use case" are terms, and with a verb
    of advice, as "Tom the Piper" is a name), or a meaning that does ("Expose children to
    ..."). In a list of advice, any meaning that opens on a base verb; elsewhere, a plural
    term's meaning that does is its predicate ("Gears: Pass turning force along"),
    unless it speaks to the reader, as a step of using one does.
    """
    if len(words(term)) > 2 and is_instruction(_ALTERNATIVE.sub(r"\1", term, count=1)):
        return True  # "Plan/book the venue": a task given two verbs
    said = words(meaning)
    told = meaning[:1].islower() and ("you" in said or "don't" in said)
    if not advised and in_s(words(term)[-1]) and not told:
        return False  # "Platelets: help blood clot": the plural term's predicate, unless it
        # tells the reader what to do with one ("Kilns: fire the pots in one you own")
    return duty(said) or is_advice(meaning, lax=advised)  # "Stewarding — help run"


def duty(ws: list[str]) -> bool:
    """A value that opens on a bare "help" and what to help do ("help organise the fair",
    "help with the rota"): a job's duty; a verb's gloss goes on "help or ...", "help someone".
    Under a plural term it is the term's predicate ("Platelets: help blood clot"), unless
    the list around it is one of duties."""
    return len(ws) > 2 and ws[0] == "help" and ws[1] not in _HELPED


_HELPED = frozenset("or and to someone somebody people others another".split())
_ALTERNATIVE = re.compile(r"^([A-Za-z]{2,20})/[a-z]+\b")
"""A second verb offered after a slash ("Plan/book the venue"): the task reads as its first."""


def explained(text: str, start: int, spans: tuple[tuple[int, int], ...]) -> int:
    """Where a gloss too short to stand alone ends with the sentence that explains it
    ("Tare: the weight of the empty box. It is what a scale subtracts."): a noun phrase,
    then a sentence about it ("It", "They", "This" and a verb); 0 when the two do not read
    so, as in shorthand notes ("Backend: fine on Go. Rust is slower to write.")."""
    gloss = text[start + spans[0][0] : start + spans[0][1]]
    then = text[start + spans[1][0] : start + spans[1][1]]
    ws = words(then)
    if not ws or ws[0] not in _BACK or (len(words(gloss)) > 3 and finite_verb(gloss) is not None):
        return 0  # "Inputs: flour, water. It is ...": a gloss of three words
    return start + spans[1][1]


_BACK = frozenset("it it's its they they're this these".split())
"""What opens a sentence about the thing just named."""


def own_subject(meaning: str, term: str) -> bool:
    """A meaning that opens on a clause of its own: its subject a noun right before the verb
    ("conflict is often a protest"), a pronoun ("we ship on Friday"), or after a one-word
    label, a noun phrase ("Tom: the login flow takes 8 seconds", a speaker and what they
    said): not what the term is, but something said about it. A clause about the term
    itself ("Oxytocin: oxytocin bonds ...") still defines it, and so does a noun phrase
    that a relative clause narrows ("the hormone that bonds ...")."""
    ws = words(meaning)
    if len(ws) < 3 or ws[0] in words(term):
        return False
    if ws[0] in ("i", "we") and ws[1] not in AUX_NOUNS:
        return True  # "Setup: we plug it in", "Decision: we ship on Friday" (a generic
        # "you" still defines: "Burnout: you feel drained after every shift")
    verb = finite_verb(meaning)
    if ws[0] not in FUNCTION_WORDS:
        return verb == 1
    if verb is None or verb > 4 or _RELATIVE.intersection(ws[:verb]):
        return False
    if ws[0] in _SPEAKERS:
        return True  # "Decision: we ship on Friday"
    return meaning[:1].islower() and ws[0] in _DEFINITE and len(words(term)) == 1


_SPEAKERS = frozenset("i we you he she".split())
AUX_NOUNS = frozenset(["all", "both", "each"])
"""After a pronoun, what makes it the head of a noun phrase ("we all", "you both")."""
"""Who says or does something: a clause of its own after a label."""
_DEFINITE = frozenset("the our my his her their".split())
"""What opens a noun phrase that points at something already known ("the login flow"), in
shorthand lower case: a remark about it after a speaker's name, not a definition; "A read
is guaranteed ..." or "The data persists ..." is how a glossary writes a definition."""
_RELATIVE = frozenset("that which who whom whose where when to".split())


def value(term: str, meaning: str) -> bool:
    """A value set against a label rather than what a term is: a list of names (`Hashing
    algorithms: MD5, SHA-256, Bcrypt`), a name or a title (`Tutor: Orla Penhale`), numbers
    and addresses (`Desk: 555-0142; o.p@mail`), or the writer's own say (`Pixelfed:
    not up to the mark, for me`). An acronym spelled out (`WAN: Wide Area Network`) is
    its meaning all the same."""
    ws = words(meaning)
    if not ws or _MINE.intersection(ws) or "@" in meaning or is_question(meaning, ws):
        return True  # "Sailors: what would be your worst squall?": a question asked
    if sum(w[0].isdigit() for w in ws) * 2 >= len(ws):
        return True  # "1/250 (slowest pump speed)", "Tuesday/Friday 9:15-10:15"
    if (
        told(ws)
        or ws[0] in _VERDICTS
        or ws[0] in _ADDED
        or (ws[0] in _SEEMS and len(ws) > 1 and (ws[1] in _VERDICTS or ws[1] in ("more", "less")))
        or (ws[0] in ("is", "are") and ws[1:2] and ws[1] in _VERDICTS)
    ):
        return True  # "Fenwick2Leeds: met fellow rowers", "Quill: is fine across the board"
    parts = [p for p in _PARTS.split(meaning) if p.strip()]
    if len(parts) >= 3 and all(len(words(p)) <= 3 for p in parts):
        return not (in_s(ws[0]) and len(words(parts[0])) > 1)  # "regulates mood, sleep and ..."
    content = [w for w in _NAMED.findall(meaning) if w.lower() not in FUNCTION_WORDS]
    if content and all(w[0].isupper() or not w.isalpha() for w in content):
        return not _spelled_out(term, content)  # a name, a title, a list of names
    return " (" in meaning and _name_aside(term, _ASIDE.sub("", meaning))


def _name_aside(term: str, named: str) -> bool:
    """A name with a bracketed aside after it ("Tern-4 (the budget model)", "Hymns 2.1
    (a verse's first words)"): a value all the same, when a word of it is no English word
    or a code. Capitalised English words ("Chief Electrician (on a film set)") are a gloss in
    title case, not a name."""
    content = [w for w in _NAMED.findall(named) if w.lower() not in FUNCTION_WORDS]
    if not content or any(w[0].islower() for w in content):
        return False
    if all(w.isalpha() and zipf(w.lower()) > 0 for w in content):
        return False
    return not (_spelled_out(term, content) or _abbreviated(term, content))


def _abbreviated(term: str, content: list[str]) -> bool:
    """`ATP: Adenosine Triphosphate (...)`: an acronym whose letters, first to first, come in
    order from the words of the meaning, as a chemical's or an organ's often do."""
    letters = iter("".join(content).upper())
    initials = "".join(c for c in term if c.isalpha())
    if len(initials) < 2 or not initials.isupper() or initials[0] != content[0][0].upper():
        return False
    return all(c in letters for c in initials)


def step(term: str) -> bool:
    """A step of a how-to as the label (`Install Git: ...`, `Press Ctrl+K: ...`): a verb of
    operating a computer, then its object, is what the line tells to do, not a term."""
    ws = words(term)
    return 1 < len(ws) <= 4 and ws[0] in _OPERATING


_OPERATING = frozenset(
    "install uninstall reinstall press click tap download enable disable navigate reboot "
    "restart launch configure".split()
)


def aside(term: str, meaning: str) -> bool:
    """A meaning that is no meaning: a bracketed aside or a note to self (`Budget: (ask
    Sam?)`), a shell command (`Fonts: sudo apt install ...`), a pitch to the reader
    (`Dock: tidies your desktop`), a question as the term, or the term said again in a few
    words (`Viewports: viewports look fine.`)."""
    ws = words(meaning)
    if ws and ws[0] in _COMMANDS:
        return True
    said = words(term)
    pitch = len(ws) > 2 and ws[0].endswith("s") and "your" in ws[1:3]
    if pitch or (said and said[0].split("'")[0] in WH):
        return True  # "Dockside: tidies your desktop" (a pitch), "What's an asset: ..."
    if meaning[:1] in "([" and len(words(BRACKETED.sub("", meaning))) < 3:
        return True  # "(like the others) (see below)"; "(Invoking) an idea by ..." is one
    return len(ws) < 5 and bool(said) and ws[: len(said)] == said


_ASIDE = re.compile(r"\s\([^()]*\)")
"""A bracketed aside after a name ("Tern 4 (the cheap model)"): the name is still the value."""
_COMMANDS = frozenset(
    "sudo apt apt-get brew npm npx pip pip3 yarn pacman dnf yum choco winget snap flatpak "
    "curl wget xbps-install".split()
)


def _spelled_out(term: str, content: list[str]) -> bool:
    """`WAN: Wide Area Network`: the term's letters are the initials of the meaning's words."""
    letters = "".join(c for c in term if c.isalpha())
    initials = "".join(w[0] for w in content if w[0].isalpha())
    return len(letters) > 1 and letters.isupper() and initials.upper().startswith(letters)


def told(ws: list[str]) -> bool:
    """A gloss that tells what happened ("produced a podcast series", "read this a lot as
    a child", "started writing the parser", "built and shipped it"): a past verb and its
    object, where a definition's participle is an adjective ("Enhanced data rates",
    "extended metaphor") or takes a preposition ("Derived from")."""
    first = ws[0]
    past = (first.endswith("ed") and not first.endswith("eed")) or first in _PAST
    if not past or len(ws) < 2:
        return False
    if first in _RESUME and ws[1] != "by":
        return True  # "Aided in the studio's logistics": a résumé's line, not "Developed by"
    if ws[1] in DETERMINERS or ws[1] in PRONOUNS or ws[1].endswith("ing") or ws[1] == "and":
        return True
    return first in _PAST and ws[1] not in PREPOSITIONS  # "had stripes on it", not "made of"


_PAST = frozenset("met went saw made took got had did wrote ran built found gave".split())
_RESUME = frozenset(
    "aided assisted worked participated contributed volunteered served led managed organized "
    "organised coordinated supervised mentored tutored taught introduced initiated".split()
)
"""The verbs a résumé's lines open on, past and with no agent after them."""
_VERDICTS = frozenset(
    "great okay ok poor bad nice cool awesome terrible decent solid favorite favourite "
    "meh excellent amazing mediocre underrated overrated".split()
)
"""A verdict opening a gloss ("Vue: poor release cycles ..."): a review, not a meaning."""
_ADDED = frozenset("also too still again".split())
"""A gloss that adds to something said before ("Drums: also basic here"): a remark."""
_SEEMS = frozenset("looks seems feels sounds".split())
"""A gloss that judges how a thing comes across ("Looks more polished than ..."): a review."""
_MINE = frozenset("i i'm i've i'd i'll me my mine myself".split())
"""The writer speaking: an opinion or a memo, not a meaning."""
_PARTS = re.compile(r"[,;/|]|\band\b|\betc\b")
_NAMED = re.compile(r"[^\s,;/|()\[\]]+")
