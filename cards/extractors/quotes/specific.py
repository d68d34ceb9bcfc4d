"""The most specific noun phrase of a quote with no source: what its card hides when the
phrase its clause structure points to is one everyday word.

    A weaver who quits the tapestry workshop is a {{loss}}.      <- "loss": guessable
    A weaver who quits the {{tapestry workshop}} is a loss.      <- its rarest phrase
    A clerk keeps a {{plain wooden ledger}}. Beside it, a copy   <- not "copy"

A quote with an attribution asks who said it when nothing is worth hiding; one with none
has only its words to ask for, and judges marked a deletion over "done", "weird" or
"body" as one to fix: a reader fills it from the words around it. A noun phrase (the
content words after a determiner or a preposition) whose rarest word is no everyday
English word ("tapestry workshop", "unevenness") is what a reader of the quote
recalls, not guesses. The rarest wins; none such leaves the everyday word.

A plain word or phrase (every word one most readers know) also gives way when it is not
what the quote says its subject is: a phrase the quote says again ("a van covers {{n
miles}} ... over n miles") to a clearly rarer point, one plain word ("fired by a
{{potter}}") to a clearly rarer noun phrase of its sentence (`sharper`), never to one in
brackets or a cited source.
"""

from __future__ import annotations

import re
from collections import Counter

from cards.commonness import everyday, zipf
from cards.extractors.quotes.given import given_away
from cards.extractors.quotes.vocab import filler
from cards.extractors.quotes.worth import ARTICLES
from cards.language import (
    BE,
    DETERMINERS,
    FUNCTION_WORDS,
    PREPOSITIONS,
    finite_verb,
    sentences,
    words,
)

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\S")
_OPENS = (DETERMINERS | PREPOSITIONS | frozenset("my your his her its our their".split())) - (
    frozenset("like as than more most less fewer much".split())
)
"""Words a noun phrase follows: "the", "of", "their" ("more" or "as" takes an adjective)."""
_HOLLOW = frozenset(
    "kind sort whoever whomever whatever whichever same other own such certain".split()
)
"""Words that hedge ("kind of"), stand for anyone ("whomever") or say which, not what
("the same night"): no phrase's words."""
_MOST = 4
"""Words a noun phrase holds at most, to be recalled as one."""
_AFTER = 24
"""Characters after a phrase that tell a verb in it from a noun ("creates its own")."""
_SENTENCES = 3
"""Sentences of the quote it is looked for in: its opening, where the point is."""


def specific(text: str, counts: Counter[str]) -> tuple[int, int] | None:
    """The noun phrase of `text` whose rarest word is rarest and not everyday, when its
    words do not stand again in the text (`counts`, `given.shown`); None when none is."""
    best: tuple[float, int, int] | None = None
    for a, b in sentences(text)[:_SENTENCES]:
        tokens = list(_TOKEN.finditer(text, a, b))
        for i, token in enumerate(tokens[:-1]):
            if token.group().lower() not in _OPENS or (i and tokens[i - 1].group() in _HOLLOW):
                continue  # "kind of", "sort of": a hedge, no phrase
            run = _run(tokens, i + 1, text)
            if not run:
                continue
            span = (run[0].start(), run[-1].end())
            rarest = min(zipf(t.group().lower()) for t in run)
            rare = any(not everyday(t.group().lower()) for t in run)
            if (
                rare
                and (best is None or rarest < best[0])
                and not given_away(text[span[0] : span[1]], counts)
            ):
                best = (rarest, *span)
    return (best[1], best[2]) if best is not None else None


def _run(tokens: list[re.Match[str]], at: int, text: str) -> list[re.Match[str]]:
    """The content words from `at`, next to each other with one space between, at most
    `_MOST`; none when more follow (a clause, not a phrase) or the run ends on a filler."""
    run: list[re.Match[str]] = []
    for token in tokens[at:]:
        w = token.group().lower()
        joined = not run or text[run[-1].end() : token.start()] == " "
        if not joined or not w[:1].isalpha() or w in FUNCTION_WORDS or filler(w) or w in _HOLLOW:
            break
        run.append(token)
    if len(run) > 1:  # "the tide turns to ...": a verb ends the phrase
        after = text[run[-1].end() : run[-1].end() + _AFTER].split("(")[0]  # an aside: no verb
        verb = finite_verb(text[run[0].start() : run[-1].end()] + after)
        run = run[:verb] if verb is not None else run
    for k in range(1, len(run)):  # "boats moored in ...": a participle opens a clause
        if run[k].group().endswith(("ed", "en")) and run[k - 1].group().endswith("s"):
            return run[:k] if k <= _MOST else []
    return run if 0 < len(run) <= _MOST else []


PLAIN = 3.9
"""Zipf frequency from which a word is one most readers know ("array", "seed", "puzzle")."""
_SHARPER = 1.0
"""How much rarer (in Zipf) a phrase's rarest word must be to say more than another's."""


def sharper(text: str, old: tuple[int, int], new: tuple[int, int]) -> bool:
    """Whether `new` names something more specific than `old`: every word of `old` is one
    most readers know, and `new` holds a word clearly rarer than any of them ("{{n steps}}
    ... n steps" gives way to "{{amortized cost}}"; a coined name said again does not)."""
    mine = [zipf(w) for w in words(text[old[0] : old[1]]) if w not in FUNCTION_WORDS]
    theirs = [zipf(w) for w in words(text[new[0] : new[1]]) if w not in FUNCTION_WORDS]
    if not mine or not theirs or min(mine) < PLAIN or _aside(text, new):
        return False
    return min(theirs) <= min(mine) - _SHARPER


_CITED = re.compile(r"\s*\(?\d+(?:\.\d+)+")


def _aside(text: str, span: tuple[int, int]) -> bool:
    """Whether a phrase stands in a bracket ("(such as the {{Oakfield kit}})") or names a
    source its section numbers follow ("{{Harbour Laws}} (3.7.2)"): an example or a
    reference, not what the passage says."""
    a, b = span
    before = text[max(0, a - 200) : a]
    return before.count("(") > before.count(")") or bool(_CITED.match(text, b))


def outdone(text: str, said: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether a phrase the quote says again gives way to `other`: not when it is what the
    quote says its subject is ("it is {{door care}}", a refrain, hidden each time), only
    when `other` is sharper ("covers {{n miles}} ... n miles" for the "prorated fuel")."""
    return not _said_of_subject(text, said) and sharper(text, said, other)


def plain_word(text: str, span: tuple[int, int]) -> bool:
    """One word, not what the quote says its subject is ("is {{rare}}")."""
    return len(words(text[span[0] : span[1]])) == 1 and not _said_of_subject(text, span)


def named(text: str, span: tuple[int, int]) -> bool:
    """Two words or more after an article or a possessive: a noun phrase ("the {{tin
    glaze}}"), not a verb after "both" or "all" ("they both {{become known}}")."""
    return len(words(text[span[0] : span[1]])) > 1 and _before(text, span) in ARTICLES


def _said_of_subject(text: str, span: tuple[int, int]) -> bool:
    """Whether the phrase follows "is" or "are": what the quote says its subject is."""
    return _before(text, span) in BE


def _before(text: str, span: tuple[int, int]) -> str:
    found = words(text[max(0, span[0] - 16) : span[0]])
    return found[-1] if found else ""
