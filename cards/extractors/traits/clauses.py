"""Clauses: a predicate cut into the traits it lists.

    tend to: seek support when stressed, give support when asked, and forgive quickly
        -> seek support when stressed | give support when asked | forgive quickly
    experience more pain, anxiety, and health risks      -> one trait: a list of nouns
    are not needy; they are scared                       -> not needy | scared

Commas and semicolons end clauses, but commas also separate the nouns of one
clause, and "and" joins both clauses and nouns; the rules below fold a short
tail, a relative clause or a shared object back into its clause, and split
"and" only where a verb (or a verb and its adverb) follows it.
"""

from __future__ import annotations

import re

from cards.extractors.traits.marks import balanced, pieces, split_outside, trim
from cards.extractors.traits.phrases import one_word_trait, without_citations
from cards.extractors.traits.verbs import (
    TRAIT_VERBS,
    adverbial,
    and_clause,
    opens_clause,
    verb_stem,
)
from cards.language import (
    AUX,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    finite_verb,
    in_s,
    words,
)

_SPLIT = re.compile(
    r"\s*(?:[,;•·]|—|–|\s-\s)\s*|:\s+(?![\"“])"
    r"|\s+and\s+(?=(?:are|is|have|has|can|will|may|might|tend|yet|they|they['’]re|also|often)\b"
    r"|(?!(?:only|early|family|daily|likely|friendly|lonely)\b)[a-z]+ly\s+[a-z]{3,}\b)",
    re.IGNORECASE,
)
_LEADING = re.compile(
    r"^(?:(?:and|but|yet|or|so|also|still|even|then|they|"
    r"they['’]re|we|are|is|were|will|['’]re)\b[\s,]*)+",
    re.IGNORECASE,
)
_RELATIVE = frozenset(["which", "who", "whom", "that", "whose", "where"])
_CONTRAST = frozenset("while whereas unlike although though compared".split())
SEMICOLON = re.compile(r"\s*;\s*")


def split_clauses(predicate: str) -> tuple[str, ...]:
    """One trait per clause of a predicate.

    A semicolon ends a clause ("are not needy; they are scared"). Commas separate
    clauses but also list items inside a clause ("more pain, anxiety, and health
    risks"), so short tails, relative clauses and parentheticals are folded back into
    the clause they belong to, and a word alone ("are warm, responsive and consistent")
    joins the words after it rather than being lost.
    """
    if "(" in predicate:
        predicate = without_citations(predicate)  # "... fear rejection (Hazan & Shaver, 1987)."
    lead = _LEAD_IN.match(predicate) if ":" in predicate else None
    if lead and all(w in _LEAD_WORDS or w.endswith("ly") for w in words(lead.group())):
        predicate = predicate[lead.end() :]  # "tend to: seek support, ...": after the colon
    if ";" not in predicate:
        return _comma_clauses(predicate) or _lone_verb(predicate)
    parts = [p for p in split_outside(SEMICOLON, predicate) if p.strip()]
    out: list[str] = []
    for n, part in enumerate(parts):
        found = _comma_clauses(part)
        if not found and n:  # "; they are scared": a clause of one word, with its subject
            word = trim(_LEADING.sub("", part)).strip()
            found = (word,) if one_word_trait(word) else ()
        out.extend(found)
    return tuple(out)


def _lone_verb(predicate: str) -> tuple[str, ...]:
    """A predicate whose only clause is one verb of a trait: "(The avoidant partner) usually
    withdraws, while ..." gives "withdraws"."""
    first = split_outside(_SPLIT, predicate, maxsplit=1)[0]
    word = trim(_LEADING.sub("", first)).strip()
    return (word,) if word.isalpha() and verb_stem(word.lower()) in TRAIT_VERBS else ()


_LEAD_IN = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*:\s+")
"""A few words and a colon before a run of clauses: `tend to: seek support when stressed,
give support when asked, and forgive quickly`."""
_LEAD_WORDS = AUX | frozenset("tend tends to also often".split())
"""Words that say how often or how surely, and name no trait ("engage in protest: ..." does)."""


def _comma_clauses(predicate: str) -> tuple[str, ...]:
    raw = [
        (sep if n == 0 else "and", part)
        for sep, fragment in pieces(_SPLIT, predicate)
        if fragment.strip()
        for n, part in enumerate(and_clause(fragment))
    ]
    out: list[str] = []
    waiting = ""
    """A subordinate clause that opens a clause of its own ("but when they return, ...")."""
    for sep, fragment in raw:
        fragment = fragment.strip()
        ws = words(fragment)
        cleaned = trim(_LEADING.sub("", fragment)).strip()
        cws = words(cleaned)
        if not cws:
            continue
        led = bool(waiting)  # "but when they return, the children ...": the main clause
        if waiting:
            cleaned, cws, waiting = f"{waiting}, {cleaned}", words(waiting) + cws, ""
        elif _opens_subordinate(ws) and len(cws) < len(ws):
            waiting = cleaned  # "but when the sitter came back": what follows is its clause
            continue
        short = len(cws) <= 2 and not adverbial(cws) and not opens_clause(cws)
        function_only = all(
            w.endswith("ly") or w in AUX or w in _RELATIVE or w in {"is", "that"} for w in cws
        )
        if out and sep in _DASHES and _appositive(ws):
            continue  # "— a habit that lasts until ...": the noun before it, renamed
        if out and len(ws) > 2 and not led and _own_clause(ws):
            # "— the 'spark' is really anxiety", "— one impulse dominates": the clause before,
            # explained, not a trait of the subject's
            out[-1] = f"{out[-1]}{_JOINTS.get(sep, ', ')}{trim(fragment).strip()}"
            continue
        if (short and function_only) or ws[0] in _CONTRAST or ws[:2] == ["not", "because"]:
            continue  # "while anxious partners move closer" is about someone else, and
            # "not because they do not care" says what is not so
        joins_previous = bool(out) and (
            (short and not _parallel_verb(words(out[0])[0], cws[0]))
            or ws[0] in _RELATIVE
            or (ws[0].endswith("ly") and len(ws) > 1 and ws[1] in PREPOSITIONS)
            or (_noun_tail(ws) and not adverbial(cws))
            or _shares_object(words(out[-1]), ws)
            or words(out[-1])[-1].endswith("est")
            or _subordinate(ws)
            or ws[0] in _EXAMPLES
        )
        if joins_previous:
            out[-1] = f"{out[-1]}, {trim(fragment).strip()}"
        elif out and len(words(out[-1])) == 1:
            out[-1] = f"{out[-1]}, {cleaned}"  # "warm, responsive and consistent"
        else:
            out.append(cleaned)
    if waiting and out:
        out[-1] = f"{out[-1]}, {waiting}"
    return tuple(balanced(" ".join(t.split())) for t in out if len(words(t)) >= 2)


_DASHES = frozenset("— – -".split())
_JOINTS = {"—": " — ", "–": " – ", "-": " - ", ";": "; ", ":": ": "}
_POINTING = frozenset("the this that these those it its one neither each every both no".split())
_SUBORDINATORS = frozenset("when whenever if once after before until unless because since".split())
_NEW_CLAUSE = frozenset("and but so then yet".split())
_EXAMPLES = frozenset("including especially particularly notably like".split())
"""What opens examples of the clause before it: "including experiences of loss"."""


def _subordinate(ws: list[str]) -> bool:
    """A clause that says when or why ("even when a friend is near"), of the clause
    before it."""
    lead = ws[1:2] if ws[:1] in (["even"], ["only"], ["especially"]) else ws[:1]
    return bool(lead) and lead[0] in _SUBORDINATORS


def _opens_subordinate(ws: list[str]) -> bool:
    """ "but when the sitter came back": after "and" or "but", a clause that says when,
    whose main clause comes after it."""
    return len(ws) > 2 and ws[0] in _NEW_CLAUSE and ws[1] in _SUBORDINATORS


def _own_clause(ws: list[str]) -> bool:
    """A fragment with a subject of its own: a pointing word, perhaps a noun or two, then a
    verb ("the fear is really habit", "this means they leave", "then the other partner
    wins", "the other friend in the chat stops replying"). A word in -s before "of" is a
    plural noun, not the verb ("the signs of distress")."""
    while ws[:1] and ws[0] in _NEW_CLAUSE:
        ws = ws[1:]
    if not ws or ws[0] not in _POINTING:
        return False
    if any(
        w in AUX or (in_s(w) and ws[n + 1 : n + 2] != ["of"])
        for n, w in enumerate(ws[1:4], start=1)
    ):
        return True
    verb = finite_verb(" ".join(ws))
    return verb is not None and verb < _SUBJECT_WORDS


_SUBJECT_WORDS = 8
"""How far into a fragment its own verb may stand: a subject is a short noun phrase."""


def _appositive(ws: list[str]) -> bool:
    """ "a habit that lasts until ...", "a friendship where ...": a noun and the clause
    that says what it is, after a dash, renames what came before."""
    return len(ws) > 3 and ws[0] in ("a", "an") and any(w in _RELATIVE for w in ws[2:4])


def _parallel_verb(first: str, word: str) -> bool:
    """Whether a short fragment opens on a verb like the first clause's: "suppresses
    feelings, values self-reliance" lists two traits, "more pain, anxiety" one."""
    return all(
        len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us")) for w in (first, word)
    )


def _noun_tail(ws: list[str]) -> bool:
    """ "and health risks" ends a list of nouns; "and fade by evening" is a clause of its own."""
    tail = ws[1:]
    return (
        ws[0] in {"and", "or"}
        and 0 < len(tail) <= 3
        and tail[0] not in AUX
        and tail[0] != "they"
        and not any(w in PREPOSITIONS or w in DETERMINERS for w in tail)
    )


_DEGREE_WORDS = frozenset("more less most least very highly".split())
_NOMINAL = ("al", "ive", "ous", "ful", "ic", "ary", "less")


def _shares_object(previous: list[str], ws: list[str]) -> bool:
    """ "characterized by fear of intimacy, emotional highs and lows": a short phrase with
    no verb after a clause that ends on a preposition's object is one more object of it."""
    if len(ws) > 4 or any(w in AUX or w in PRONOUNS for w in ws):
        return False
    tail = previous[-4:]
    if not any(w in PREPOSITIONS for w in tail[:-1]):
        return False
    pair = len(ws) == 3 and ws[1] in ("and", "or") and not ws[0].endswith("s")
    degree = ws[0] in _DEGREE_WORDS and len(ws) > 1  # "with longer, more satisfying bonds"
    return ws[0].endswith(_NOMINAL) or pair or degree  # not "feel suffocated"
