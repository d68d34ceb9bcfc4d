"""Definitions that teach nothing: the meaning repeats the term, or only judges it.

    Bread knife: a knife for cutting bread.                <- the term, said again
    Cooling racks: hold the racks of cooling loaves.
    Fate is an empty word.                                 <- a verdict, not a meaning
    Harlan is a good guy.

A "What is X?" card answered by X's own words, or by the writer's liking of X, has
nothing to recall. A meaning that uses the term's words and adds a few of its own is
a tautology; one that opens on a verdict ("a good ...", "the best ...", "an empty ...")
is an opinion read as a definition. A verdict that is a method's worth ("a good way to
...", "a good approximation") still says what the thing is for.
"""

from __future__ import annotations

import re

from cards.language import FUNCTION_WORDS, words

NEW_WORDS = 1
"""Words of its own a meaning that repeats its term may add and still say nothing."""
_VERDICT = re.compile(
    r"\W*(?:is|are|was|were|means|:|[-—–])?\s*(?:(?:a|an|the)\s+)?(?:(?:very|really|so)\s+)?"
    r"(?:good|great|bad|nice|best|worst|cool|fun|interesting|wonderful|stupid|terrible|empty"
    r"|amazing|awesome|powerful|decent|excellent|horrible|awful)\s+(?P<noun>[\w-]+)",
    re.IGNORECASE,
)
_WORTH = frozenset(
    "way ways approximation approximations indicator predictor measure idea ideas practice "
    "practices habit sign".split()
)
"""What a verdict may qualify and still teach: a method, an advice ("a bad idea")."""
_FIELDS = frozenset(["study", "science", "theory"])
""""Spectroscopy is the study of spectra": a field named for what it studies defines it."""


def hollow(plain: str, term: str) -> bool:
    """Whether the definition of `term` in `plain` repeats the term or only judges it."""
    at = plain.find(term)
    if at < 0:
        return False
    meaning = plain[at + len(term) :]
    verdict = _VERDICT.match(meaning)
    noun = verdict.group("noun").lower() if verdict is not None else "in"
    if noun not in _WORTH and noun not in FUNCTION_WORDS:
        return True  # "Fate is an empty word", "Moss Harbour is a nice game"
    low = meaning.lower()
    own_words = [w for w in words(term) if w not in FUNCTION_WORDS and len(w) > 2]
    if any(w[:4] not in low for w in own_words):
        return False  # a word of the term the meaning does not use: no repeat
    own = _stems(term)
    said = _stems(meaning)
    if not own or not own <= said or not _FIELDS.isdisjoint(words(meaning)):
        return False
    return len(said - own) <= NEW_WORDS


def _stems(text: str) -> set[str]:
    """Content words without a plural's ending: "vertices" and "vertices", "nodes" and
    "node", "binaries" and "binary" meet; "composite" and "composed" do not."""
    return {_singular(w) for w in words(text) if w not in FUNCTION_WORDS and len(w) > 2}


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
