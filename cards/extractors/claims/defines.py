"""Definitions: which term, if any, a sentence defines.

    Endorphins are our natural pain-killing hormones.         -> Endorphins
    Oxytocin, also known as the love hormone, ...             -> Oxytocin
    we call these distressed relationships                    -> distressed relationships
    Negative cycles called *demon dialogues* ...              -> demon dialogues
    Attachment refers to a lasting emotional bond.            -> Attachment
    By co-regulation, I mean calming each other's ...         -> co-regulation
    Stonewalling is when one partner shuts down.              -> Stonewalling

A sentence that says what a thing *is* ("X is a Y that ...") defines it; one that
says something about it ("Sleep is important") does not. Each pattern is tried
only where a substring it needs is found, since most sentences define nothing.
"""

from __future__ import annotations

import re

from cards.language import (
    AUX,
    CONJUNCTIONS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    WH,
    finite_verb,
    in_s,
    words,
)

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
    r"(?:\s+as\b|[.,;]|$)"
    r"|\b(?:is|are)\s+(?:called|known as|termed)\s+[\"“]?(?P<term2>[\w' -]{2,60}?)[\"”]?(?:[.,;]|$)"
    r"|(?-i:\b[a-z]{3,}s?)\s+(?P<how>called|termed|dubbed|known as)\s+[\"“]?"
    r"(?P<term3>(?:[\w'-]+\s+){0,3}[\w'-]+)[\"”]?(?:[.,;]|$)",
    re.IGNORECASE,
)
_CALLED_NOT = frozenset("me you him her it us them out up back off in that which who".split())
"""What follows "called" where it is a verb of calling ("she called him back"), or where
more than a name follows ("a hormone called cortisol that slows digestion")."""
_COPULA = re.compile(r"\s(?:is|are)\s")
_DEFINING_START = frozenset("a an the our their his her its my your one any".split())
_QUANTIFIERS = frozenset("many some most all few several each every any no".split())
_TERM_INTRO = re.compile(
    r"^(?:the\s+)?(?:term|word|concept|phrase)\s+[\"“'‘]?(?P<term>[^\"”’,;]{2,40}?)[\"”'’]?\s+"
    r"(?:describes|refers to|means|denotes|names|captures)\s",
    re.IGNORECASE,
)
"""`The term "earned security" describes ...`: the term is what the quotation marks hold."""
_APPOSITIVE = re.compile(r"\s+[—–]\s.*[—–]$|\s*\([^()]*\)$")
"""An aside between the term and its verb: `Stonewalling — emotional withdrawal —`,
`Oxytocin (the bonding hormone)`."""
_QUOTED_TERM = re.compile(r"[\"“'‘]([^\"“”'‘’]{2,60})[\"”'’]")
_DEFINING_VERB = re.compile(
    r"^(?P<term>.{2,60}?)\s+"
    r"(?:refers to|refer to|is defined as|are defined as|means|denotes|stands for|stand for)\s"
)


def _hints(*words: str) -> re.Pattern[str]:
    """Any of these substrings, found by one search in C."""
    return re.compile("|".join(re.escape(w) for w in words))


_ALIAS_HINTS = _hints("known as", "aka", "a.k.a.", "called", "referred to as", ", or ")
_INTRO_STARTS = frozenset(["the ", "term", "word", "conc", "phra"])
"""How `_TERM_INTRO` can start: most sentences are ruled out by their first four letters."""
_VERB_HINTS = _hints("refer to", "refers to", "defined as", "means", "denotes", "stand")
_NAMING_HINTS = _hints("call", "defin", "term", "name", "known as")
"""Words each pattern needs (lower case): most sentences have none, and a substring search
is far cheaper than trying the pattern's lazy term at every length."""


_FRAME = re.compile(
    r"^(?:according to|in|within|for|as (?:defined|described|used) (?:by|in))\s[^,]{1,60},\s+",
    re.IGNORECASE,
)
"""A framing phrase before a definition's subject: "According to the APA, attachment
refers to ...", "In psychology, priming is ..."."""


def definition_term(plain: str) -> str:
    """The defined term of a definition sentence, or '' if the sentence defines nothing."""
    framed = _FRAME.match(plain) if "," in plain[:70] else None
    return _term_of(plain[framed.end() :] if framed else plain)


_HEDGES = frozenset("basically essentially simply just really literally".split())
_I_MEAN = re.compile(r"^By\s+(?P<term>[^,]{2,40}),\s+(?:I|we)\s+mean\s", re.IGNORECASE)
"""`By co-regulation, I mean calming each other's nervous systems.`"""


def _term_of(plain: str) -> str:
    low = plain.lower()
    meant = _I_MEAN.match(plain) if low[:3] == "by " else None
    if meant and subject_ok(meant.group("term")):
        return meant.group("term").strip()
    alias = _ALIAS.match(plain) if _ALIAS_HINTS.search(low) else None
    if alias and subject_ok(alias.group("term") or alias.group("short")):
        return (alias.group("term") or alias.group("short")).strip()
    intro = _TERM_INTRO.match(plain) if low[:4] in _INTRO_STARTS else None
    if intro:
        return intro.group("term").strip()
    verb = _DEFINING_VERB.match(plain) if _VERB_HINTS.search(low) else None
    if verb and subject_ok(verb.group("term")):
        return verb.group("term").strip()
    naming = _NAMING.search(plain) if _NAMING_HINTS.search(low) else None
    if naming:
        named = naming.group("term3")
        if named is not None:  # "... negative cycles called demon dialogues."
            ws, after = words(named), named.split()[1:2]
            called = naming.group("how").lower() == "called" and ws[0] in DETERMINERS
            if called and not (after and after[0][:1].isupper()):
                return ""  # "the therapist called the police": a call, not a name
            return named if subject_ok(named) and not _CALLED_NOT.intersection(ws) else ""
        return (naming.group("term") or naming.group("term2") or "").strip()
    copula = _COPULA.search(plain)
    if not copula:
        return ""
    subject, rest = plain[: copula.start()].strip(), plain[copula.end() :]
    subject = _APPOSITIVE.sub("", subject)  # "Stonewalling — emotional withdrawal —"
    quoted = _QUOTED_TERM.fullmatch(subject)
    if quoted:  # '"Deactivating strategies" are any behavior ...': the term, marked as one
        subject = quoted.group(1).strip()
    rest_words = words(rest)
    if not rest_words or not subject_ok(subject):
        return ""
    subject_words = words(subject)
    if rest_words[0] in _HEDGES and len(rest_words) > 1:
        rest_words = rest_words[1:]  # "Protest behaviour is basically any attempt ..."
    if rest_words[0] in ("when", "where") and subject_words[0] not in _DEFINING_START:
        return subject  # "Stonewalling is when one partner shuts down"
    head, kind = subject_words[-1], rest_words[0]
    compound = len(subject_words) > 1 and _narrowed(rest_words)
    genus = compound and kind == head
    plural = compound and _plural(head) and _plural(kind)  # "Attachment injuries are moments
    # when ...", "X are patterns of"; "Deactivating strategies are ways avoidant people ...":
    kinds = len(subject_words) > 1 and _plural(head) and kind in _KINDS
    if kind not in _DEFINING_START and not genus and not plural and not kinds:
        return ""
    return subject


_KINDS = frozenset(
    "ways forms kinds types sorts patterns strategies behaviours behaviors moments tendencies "
    "methods techniques processes habits responses".split()
)
"""Plural nouns that name a kind of thing: after "X are", the genus of a definition even
when no clause narrows it right away."""


def _plural(word: str) -> bool:
    return in_s(word)


def _narrowed(rest_words: list[str]) -> bool:
    """ "Responsive desire is desire that emerges ...": the subject's own head noun,
    narrowed by what follows it, is the genus of a definition without an article."""
    return len(rest_words) > 2 and (
        rest_words[1] in ("that", "which", "who", "where", "when", "in", "of", "for", "with")
        or rest_words[1].endswith("ed")
    )


def subject_ok(subject: str) -> bool:
    """A term worth asking about: a short noun phrase, not a pronoun, clause or quantifier."""
    ws = words(subject)
    if not 1 <= len(ws) <= 8 or "," in subject or ";" in subject or subject[:1] in "\"“'‘":
        return False
    if ":" in subject:  # "A: Dopamine", "Note: Sleep": a label, then the subject
        return False
    if subject.count("(") != subject.count(")"):
        return False  # "Narasimha) (also ...": a sentence cut inside brackets
    first = ws[0]
    if first in PRONOUNS or first in PREPOSITIONS or first in CONJUNCTIONS or first in WH:
        return False
    if first in _QUANTIFIERS or first in {"if", "when", "while", "because", "although", "since"}:
        return False
    if len(ws) > 1 and first.endswith("ing") and (ws[1] in DETERMINERS or ws[1] in PRONOUNS):
        return False  # a gerund clause ("Exploring our template"), not "Working memory"
    if any(w in AUX for w in ws):
        return False
    return len(ws) < 3 or finite_verb(subject) is None  # "My therapist says this": a clause
