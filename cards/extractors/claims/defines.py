"""Definitions: which term, if any, a sentence defines.

    Endorphins are our natural pain-killing hormones.         -> Endorphins
    Oxytocin, also known as the love hormone, ...             -> Oxytocin (`naming`)
    Stonewalling is when one partner shuts down.              -> Stonewalling
    Rituals are how we hold a habit in place.                 -> Rituals
    Thrift, then, is a habit of saving ...                      -> Thrift
    The Zeigarnik effect is that unfinished tasks linger.     -> The Zeigarnik effect

A sentence that says what a thing *is* ("X is a Y that ...") defines it; one that
says something about it ("Sleep is important") does not, nor does one that counts it
among others ("Chess is one of the hobbies the essay mentions"). In a note titled with the term, the
note's subject said to be something is its definition ("Entropy is beyond
any one molecule" in a note "Entropy").
"""

from __future__ import annotations

import re

from cards.extractors.claims.naming import named_law, named_term
from cards.extractors.claims.subjects import subject_ok
from cards.language import PREPOSITIONS, in_s, words

COPULA = re.compile(r"\s(?:is|are)\s")
"""The verb of a definition, "X is Y" or "Xs are Y", between spaces."""
_DEFINING_START = frozenset("a an the our their his her its my your one any".split())
_APPOSITIVE = re.compile(r"\s+[—–]\s.*[—–]$|\s*\([^()]*\)$")
"""An aside between the term and its verb: `Stonewalling — emotional withdrawal —`,
`Oxytocin (the bonding hormone)`."""
_ASIDE = re.compile(
    r",\s*(?:then|however|therefore|thus|in turn|in short|in fact|in other words|of course"
    r"|after all|in essence|put simply|simply put|[a-z]{3,}ly(?:\s+speaking)?)\s*,?$",
    re.IGNORECASE,
)
"""A word of the argument between the subject and its verb: "Thrift, then, is ..."."""
_QUOTED_TERM = re.compile(r"[\"“'‘]([^\"“”'‘’]{2,60})[\"”'’]")
_FRAME = re.compile(
    r"^(?:according to|in|within|for|as (?:defined|described|used) (?:by|in))\s[^,]{1,60},\s+",
    re.IGNORECASE,
)
"""A framing phrase before a definition's subject: "According to the APA, attachment
refers to ...", "In psychology, priming is ..."."""
_POINTED_FRAME = re.compile(
    r"\b(?:following|above|below|previous|prior|this|that|these|those|example|snippet)\b", re.I
)
"""A frame that points at text the card does not carry: "In the following case, ..."."""
_INVOKED = re.compile(r"(?<!which )(?<!what )(?<!that )\b(?:you|we|I|they) call (?:a|an|the) ")
"""A call that runs something ("each time we call a helper"), not one that names it
("which we call the keystone")."""
_POINTER = re.compile(r"(?:this|these|that|those|they|it)\b", re.IGNORECASE)
_POINTED_OBJECT = re.compile(
    r"\b(?:a|an|some|two|three|four|several)\s+(?:[a-z]+\s+)?[a-z]+,?\s+"
    r"(?:called|named|known as)\s"
)
"""A sentence on something the card does not show ("This recipe asks for a spice called
...", "They met a man named ..."): what it names is a piece of that, not a term."""
_GLOSSED = re.compile(r",\s+(?:which|who|that)\s")
_HEDGES = frozenset("basically essentially simply just really literally".split())
_CLAUSE_COMPLEMENT = frozenset(["when", "where", "how", "about"])
"""What opens an informal definition of a bare noun: "Stonewalling is when ...", "Rituals
are how ...", "Seamanship is about ..."."""
_VAGUE = frozenset("things topics themes subjects points ideas issues areas aspects".split())
"""What a sentence counts its subject among when it says nothing of what the subject is."""
_OWN_SUBJECT_COMPLEMENT = PREPOSITIONS | {"a", "an", "the"}
"""How a sentence about the note's own subject goes on to say what it is, not how it is
("Entropy is not a force" says what it is not: a negation defines nothing)."""
_KINDS = frozenset(
    "ways forms kinds types sorts patterns strategies behaviours behaviors moments tendencies "
    "methods techniques processes habits responses".split()
)
"""Plural nouns that name a kind of thing: after "X are", the genus of a definition even
when no clause narrows it right away."""


def definition_term(plain: str, title: str = "") -> str:
    """The defined term of a definition sentence, or '' if the sentence defines nothing;
    `title` is the note's, whose subject a sentence about it may define."""
    framed = _FRAME.match(plain) if "," in plain[:70] else None
    if framed:
        if plain[:12].lower() in ("for example,", "for instance"):
            return ""  # "For example, a loose rope is ...": an example, not a definition
        if _POINTED_FRAME.search(plain, 0, framed.end()):
            return ""  # "In the next case, the rudder is ...": the case is elsewhere
        plain = plain[framed.end() :]
    named = named_term(plain)
    if named is not None and _POINTER.match(plain) and _piece(plain):
        return ""  # "This function takes two parameters called ...": the example's, elsewhere
    if named is not None and not ("call " in plain and _INVOKED.search(plain)):
        return named
    copula = COPULA.search(plain) if "is" in plain or "are" in plain else None
    return _copula_term(plain, copula, title) if copula else ""


def _piece(plain: str) -> bool:
    """Whether a sentence on something off the card names a piece of it ("This recipe asks
    for a spice called ..."), not a term it goes on to gloss ("It uses a trick called
    memoization, which keeps ...")."""
    obj = _POINTED_OBJECT.search(plain)
    return obj is not None and not _GLOSSED.search(plain, obj.end())


def _copula_term(plain: str, copula: re.Match[str], title: str) -> str:
    """The subject of "X is/are Y", when Y says what X is."""
    subject, rest = plain[: copula.start()].strip(), plain[copula.end() :]
    subject = _APPOSITIVE.sub("", subject)  # "Stonewalling — emotional withdrawal —"
    if "," in subject:
        subject = _ASIDE.sub("", subject)  # "Thrift, then,"
    quoted = _QUOTED_TERM.fullmatch(subject)
    if quoted:  # '"Deactivating strategies" are any behavior ...': the term, marked as one
        subject = quoted.group(1).strip()
    rest_words = words(rest)
    if not rest_words or not subject_ok(subject):
        return ""
    subject_words = words(subject)
    if rest_words[0] in _HEDGES and len(rest_words) > 1:
        rest_words = rest_words[1:]  # "Protest behaviour is basically any attempt ..."
    head, kind = subject_words[-1], rest_words[0]
    if kind == "one" and (_VAGUE.intersection(rest_words[2:4]) or len(rest_words) == 2):
        return ""  # "Chess is one of the hobbies ...", "Bisection is one option": one among
        # others, not what it is
    if _role_filled(rest_words) or _own_setup(rest, rest_words):
        return ""  # "'Adventure' is the answer.", "Lustre is the right word.": a role
    clause = kind in _CLAUSE_COMPLEMENT and subject_words[0] not in _DEFINING_START
    if clause and (kind != "about" or _about_what(subject, rest_words)):
        return subject  # "Stonewalling is when one partner shuts down"
    if kind == "that" and named_law(subject_words):
        return subject  # "The Harbour Lantern rule is that ..."
    if title and subject.lower() == title.lower() and kind in _OWN_SUBJECT_COMPLEMENT:
        return subject  # the note's own subject: "Entropy is beyond any one molecule"
    compound = len(subject_words) > 1 and _narrowed(rest_words)
    genus = compound and kind == head
    plural = compound and in_s(head) and in_s(kind)  # "Attachment injuries are moments
    # when ...", "X are patterns of"; "Deactivating strategies are ways avoidant people ...":
    kinds = len(subject_words) > 1 and in_s(head) and kind in _KINDS
    if kind not in _DEFINING_START and not genus and not plural and not kinds:
        return ""
    return subject


def _role_filled(rest_words: list[str]) -> bool:
    """A predicate that names a role the subject fills, not what the subject is: "the
    answer", "a good example", "the right term", "the key" (three words at most)."""
    if len(rest_words) == 2 and rest_words[0] == "the":
        return True  # "Lumen is the unit": which role it has, too short to say what it is
    if len(rest_words) <= 6 and rest_words[-1] in _POINTERS:
        return True  # "Brindle is the hub for that": what fills a role named before
    if len(rest_words) > 3 or rest_words[0] not in ("a", "an", "the"):
        return False
    return rest_words[-1] in _ROLE_PREDICATES


_ROLE_PREDICATES = frozenset(
    "answer answers example examples term word key solution culprit winner reason point one".split()
)
_POINTERS = frozenset("that this it them those these".split())
_OWN_SETUP = re.compile(
    r"(?:\S+ ){1,2}(?:that |which )?(?:we|i)(?:['’](?:re|ll|m)| are| will| am)\b"
)
"""The writer's own present or coming doing ("the kiln we're firing", "the tool I
will use"): a course's or a project's setup, unlike a habit ("the cables we keep")."""
_GLOSS_AFTER = re.compile(r",\s+(?:a|an)\s")


def _own_setup(rest: str, rest_words: list[str]) -> bool:
    """A genus that is a part of the writer's own setup ("Quillpad is the editor we'll
    use"): which role the term plays here, not what it is; unless a gloss follows it ("the
    dye we'll use, a dye that turns pink ...")."""
    if rest_words[0] != "the" or not _OWN_SETUP.match(" ".join(rest_words[1:7])):
        return False
    return _GLOSS_AFTER.search(rest) is None


def _about_what(subject: str, rest_words: list[str]) -> bool:
    """ "Diplomacy is about letting ...": what a thing is about, not a quantity ("about 8
    hours", "about the same", "about double")."""
    if any(c.isdigit() for c in subject) or len(rest_words) < 2:
        return False
    after = rest_words[1]
    return not after[0].isdigit() and after not in _ROUGHLY


_ROUGHLY = frozenset("the a an double half twice equal same as one two three ten".split())


def _narrowed(rest_words: list[str]) -> bool:
    """ "Responsive desire is desire that emerges ...": the subject's own head noun,
    narrowed by what follows it, is the genus of a definition without an article."""
    return len(rest_words) > 2 and (
        rest_words[1] in ("that", "which", "who", "where", "when", "in", "of", "for", "with")
        or rest_words[1].endswith("ed")
    )
