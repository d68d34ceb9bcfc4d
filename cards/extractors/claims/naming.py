"""Definitions that name their term with a phrase made for it: a verb of defining, an
alias, "called".

    Oxytocin, also known as the love hormone, ...             -> Oxytocin
    we call these distressed relationships                    -> distressed relationships
    Negative cycles called *demon dialogues* ...              -> demon dialogues
    Attachment refers to a lasting emotional bond.            -> Attachment
    Flow can be defined as full absorption in a task.         -> Flow
    Hick's law states that choice time grows with options.    -> Hick's law
    By co-regulation, I mean calming each other's ...         -> co-regulation

A writer who defines uses a handful of phrases for it, and where one of them is there
the term is the phrase's subject or object. Each pattern is tried only where a substring
it needs is found, since most sentences define nothing. A name used in passing ("in what
are termed the golden years") defines nothing.
"""

from __future__ import annotations

import re

from cards.extractors.claims.refer_as import referred_name
from cards.extractors.claims.subjects import subject_ok
from cards.language import AUX, DETERMINERS, PREPOSITIONS, opens_instruction, words

_ALIAS = re.compile(
    r"^(?P<term>[^,(]{2,60}?)(?:,?\s+|\s*\(\s*)(?:(?:also|often|sometimes|commonly|usually)\s+"
    r"(?:known as|called|referred to as)|otherwise known as|aka|a\.k\.a\.)\s"
    r"|^(?:the\s+)?(?P<short>(?-i:[A-Z]{2,6})),\s+or\s+(?:the\s+)?(?-i:[a-z])[\w -]{3,60},\s",
    re.IGNORECASE,
)
"""`X, also known as Y`, `X (aka Y)`, and an acronym glossed in passing: `The SIS, or sexual
inhibition system, notices ...`."""
_NAMING = re.compile(  # "we call these X", and "Perel calls this X", "therapists call it X"
    r"\b(?:(?:we|I|you|they|people|scientists|researchers)\s+(?:call|calls|define|defines|term|name)"
    r"\s+(?:this|these|that|those|it|them)?"
    r"|(?-i:(?!(?:He|She|It)\s)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|[a-z]+ists)"
    r"\s+(?:calls?|called|terms?|termed|names?|named)"
    r"\s+(?:this|these|that|those|it|them))\s*[\"“]?(?P<term>[\w' -]{2,60}?)[\"”]?"
    r"(?:\s+as\b|[.,;]|\s+(?:and|but|because|so)\s|\s[-–—]\s|$)"
    r"|\b(?:is|are)\s+(?:called|known as|termed)\s+[\"“]?(?P<term2>(?:[\w' -]|\.(?=\w)){2,60}?)"
    r"[\"”]?(?:[.,;](?!\w)|\s+(?:and|but|because|so)\s|\s[-–—]\s|$)"
    r"|(?-i:\b[a-z]{3,}s?)\s+(?P<how>called|termed|dubbed|known as)\s+[\"“]?"
    r"(?P<term3>(?:[\w'-]+\s+){0,3}[\w'-]+(?:\.\w+)*)[\"”]?(?:[.,;](?!\w)|$)",
    re.IGNORECASE,
)
_CALLED_NOT = frozenset("me you him her it us them out up back off in that which who".split())
"""What follows "called" where it is a verb of calling ("she called him back"), or where
more than a name follows ("a hormone called cortisol that slows digestion")."""
_TERM_INTRO = re.compile(
    r"^(?:the\s+)?(?:term|word|concept|phrase)\s+[\"“'‘]?(?P<term>[^\"”’,;]{2,40}?)[\"”'’]?\s+"
    r"(?:describes|refers to|means|denotes|names|captures)\s",
    re.IGNORECASE,
)
"""`The term "earned security" describes ...`: the term is what the quotation marks hold."""
_DEFINING_VERB = re.compile(
    r"^(?P<term>.{2,60}?)\s+"
    r"(?:refers to|refer to|(?:is|are|can be|may be|could be) defined as(?! well)|means|denotes"
    r"|stands for|stand for|(?P<law>states|holds|says|posits|predicts) that)\s"
)
"""`X refers to Y`, `X can be defined as Y`; `X states that ...` when X is a law or a rule."""
LAWS = frozenset(
    "law laws rule principle theorem effect hypothesis paradox razor fallacy axiom postulate "
    "conjecture lemma maxim".split()
)
"""What a statement names itself when it is one: "Raoult's law", "the Pareto principle"."""
_ORDINARY = frozenset("net overall end side main real only same whole general basic".split())
"""Words before "effect" or "rule" that make it a role, not a name: "the net effect is that"."""


def named_law(ws: list[str]) -> bool:
    """ "Raoult's law", "the five minute rule": a law or a rule by name, not "the net effect"
    or "the only rule"."""
    return len(ws) > 1 and ws[-1] in LAWS and not _ORDINARY.intersection(ws[:-1])


_I_MEAN = re.compile(r"^By\s+(?P<term>[^,]{2,40}),\s+(?:I|we)\s+mean\s", re.IGNORECASE)
"""`By co-regulation, I mean calming each other's nervous systems.`"""


_ORDINAL_SUBJECT = re.compile(r"(?:the\s+)?(?:first|second|third|fourth|fifth|next|last|other)\s")
_POINTING = frozenset("this these those".split())
_HEDGE = re.compile(r"\s+(?:usually|often|also|typically|generally|sometimes|commonly)$")
"""An adverb between a term and its defining verb ("Svara also refers to")."""
_EXAMPLE_VALUE = re.compile(
    r"\bof \d|^(?:an? )?\d+(?:\.\d+)?\s?(?:[kmgt]i?b|ms|px|%)?\b", re.IGNORECASE
)
"""A value picked for an example: "a limit of 5", "4kb pages", "A 1GB buffer"."""


def _has_subject(before: str) -> bool:
    """Whether the words before "is called" can be its subject: not "what", nothing at all,
    or a phrase that opens on a preposition ("In Judaism is called ...")."""
    if "," in before:
        before = before[before.rindex(",") + 1 :]  # "On Unix, the process of ..."
    ws = words(before)
    return bool(ws) and ws[-1] != "what" and ws[0] not in PREPOSITIONS


def _continues(before: str) -> bool:
    """Whether what comes before a naming phrase leaves its subject in another sentence:
    nothing but a conjunction or a pointer ("And we call these ..."), or a clause opened by
    a relative pronoun ("which returns a handle called ...")."""
    ws = words(before)
    if not ws:
        return False
    return ws[0] in _RELATIVES or all(w in _CONTINUING for w in ws)


def _in_passing(last: list[str]) -> bool:
    """Whether the two words before a naming phrase are a preposition and "what" ("of what
    I call X", "into what we term X"): the writer's name stands in a phrase of the sentence,
    which says what X does or where it is, never what X is. "What we call X is ..." defines,
    and so does a sentence that tells an event "in what became known as X"."""
    return len(last) == 2 and last[1] == "what" and last[0] in PREPOSITIONS


_RELATIVES = frozenset("which who whom whose".split())
_CONDITION = frozenset("whether if unless".split())
"""Words that make a naming a supposition ("unless it is called X", "even if we
call it X"): the sentence may define its subject, never the supposed name."""
_CONTINUING = frozenset("and but or so then thus hence".split())


def _subjectless(low: str) -> bool:
    """ "Reads the field called width": a verb in -s and its object, its subject (the
    command, the function) in the heading or the line before."""
    ws = words(low[:40])
    verb, after = [*ws, "", ""][:2]
    return verb.endswith("s") and not verb.endswith("ss") and after in DETERMINERS - {"that"}


def _invoked(named: str) -> bool:
    """ "is called once per frame", "is called using the previous value": the verb of a
    function call, followed by how or when, not a name."""
    ws = words(named)
    if not ws or ws[0] in _CALL_ADVERBS or ws[0] in PREPOSITIONS or ws[0] in _NEXT_VERBS:
        return True  # "when the hook is called gets dropped": the sentence's own verb next
    return ws[0].endswith("ing") and named[:1].islower() and len(ws) > 2  # not "mounting"


_NEXT_VERBS = AUX | frozenset("gets get got becomes goes".split())
"""A verb right after "is called": the call ends a clause, and the sentence goes on."""
_CALL_ADVERBS = frozenset("once twice again when whenever before after if only first last".split())


def _hints(*words: str) -> re.Pattern[str]:
    """Any of these substrings, found by one search in C."""
    return re.compile("|".join(re.escape(w) for w in words))


_ALIAS_HINTS = _hints("known as", "aka", "a.k.a.", "called", "referred to as", ", or ")
_INTRO_STARTS = frozenset(["the ", "term", "word", "conc", "phra"])
"""How `_TERM_INTRO` can start: most sentences are ruled out by their first four letters."""
_VERB_HINTS = _hints(
    "refer to",
    "refers to",
    "defined as",
    "means",
    "denotes",
    "stand",
    "states that",
    "holds that",
    "says that",
    "posits that",
    "predicts that",
)
_NAMING_HINTS = _hints("call", "defin", "term", "name", "known as")
"""Words each pattern needs (lower case): most sentences have none, and a substring search
is far cheaper than trying the pattern's lazy term at every length."""


def _hinted(low: str) -> bool:
    """Whether any hint above may be in the lower-cased sentence: a part of every hint is
    (most sentences have none). Written out as one chain of substring tests, since looping
    over a tuple of needles costs more than the tests themselves."""
    return (
        "aka" in low
        or "a.k.a." in low
        or "call" in low
        or "refer" in low
        or ", or " in low
        or "defin" in low
        or "mean" in low
        or "denote" in low
        or "stand" in low
        or " that" in low
        or "term" in low
        or "name" in low
        or "known as" in low
    )


def named_term(plain: str) -> str | None:
    """The term a naming phrase gives; '' when a naming phrase is there but names no term
    (the sentence then defines nothing); None when there is none."""
    low = plain.lower()
    hinted = _hinted(low)
    meant = _I_MEAN.match(plain) if low[:3] == "by " else None
    if meant and subject_ok(meant.group("term")):
        return meant.group("term").strip()
    alias = _ALIAS.match(plain) if hinted and _ALIAS_HINTS.search(low) else None
    if alias and subject_ok(alias.group("term") or alias.group("short")):
        return (alias.group("term") or alias.group("short")).strip()
    intro = _TERM_INTRO.match(plain) if low[:4] in _INTRO_STARTS else None
    if intro:
        return intro.group("term").strip()
    if not hinted:
        return None  # no verb of defining, no naming phrase
    named_as = referred_name(plain) if "refer" in low else None
    if named_as is not None:
        return named_as
    verb = _DEFINING_VERB.match(plain) if _VERB_HINTS.search(low) else None
    if verb is not None:  # "Pelmet also refers to ...": the term is "Pelmet"
        hedge = _HEDGE.search(verb["term"])
        if hedge:
            plain = plain[: hedge.start()] + plain[hedge.end() :]
            verb = _DEFINING_VERB.match(plain)
    lawful = verb is not None and (not verb["law"] or named_law(words(verb["term"])))
    if verb and verb.group(0).endswith("means ") and _EXAMPLE_VALUE.search(verb["term"]):
        return ""  # "A timeout of 30 means ...": what one example's value does, not a term
    if verb and lawful and subject_ok(verb.group("term")):
        return verb.group("term").strip()
    naming = _NAMING.search(plain) if _NAMING_HINTS.search(low) else None
    if naming is None:
        return None
    lead = words(low[: naming.start()])
    if _CONDITION.intersection(lead[-4:]):
        return None  # "..., unless it is called a fair": a name supposed, not given
    if _continues(low[: naming.start()]):
        return ""  # "And we call these ...", "which returns a value called ...": named elsewhere
    if naming.group("term") and _in_passing(lead[-2:]):
        return ""  # "slow because of what we call the dead zone": a name used, not defined
    named = naming.group("term3")
    if named is not None and (opens_instruction(low.split(None, 1)[0]) or _subjectless(low)):
        return ""  # "Add a flag to the store called isSaving": a step, not a definition
    if named is not None:  # "... negative cycles called demon dialogues."
        ws, after = words(named), named.split()[1:2]
        called = naming.group("how").lower() == "called" and ws[0] in DETERMINERS
        if called and not (after and after[0][:1].isupper()):
            return ""  # "the therapist called the police": a call, not a name
        return named if subject_ok(named) and not _CALLED_NOT.intersection(ws) else ""
    pointing = _POINTING.intersection(words(low[: naming.start()])[1:-2])  # not "- this is"
    if naming.group("term2") and (_ORDINAL_SUBJECT.match(low) or pointing):
        return ""  # "The second track is called ...", "The ones who did this are called":
        # what is named is told elsewhere
    if naming.group("term2") and not _has_subject(low[: naming.start()]):
        return ""  # "in what are termed the golden years": a name used, not defined
    if naming.group("term2") and len(words(plain[naming.end() :])) > 1:
        return ""  # "x-- is called a countdown and is ...": the name is not what it ends on
    if naming.group("term2") and _invoked(naming.group("term2")):
        return ""  # "each handler is called with the event": a function called, not named
    term = (naming.group("term") or naming.group("term2") or "").strip()
    return term if subject_ok(term) else ""
