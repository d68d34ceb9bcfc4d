"""The words of a quote's sentence a reader would recall: its key clause's object.

    If you sketch daily, your hand learns {{patience}}.  <- after an opening "If ..." clause
    Cold water doesn't lead to {{clear thinking}}.       <- past the verb and "to"
    The kettle sings, {{and the house wakes}}.           <- never: a span opening on "and"

Judges marked a sentence's last words (an "and" clause, a list's tail) as arbitrary spans.
A reader recalls the point: the noun phrase the main clause's verb leads to. No tagger:
the verb is an auxiliary, a contraction of one, or `finite_verb`'s guess; the phrase is
the run of content words after it, up to the next preposition, conjunction or mark.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.extractors.quotes.joined import AND, conjunct_end
from cards.extractors.quotes.lone import placed, rated
from cards.extractors.quotes.vocab import filler, paired, word
from cards.language import (
    AUX,
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    WH,
    finite_verb,
    in_s,
    words,
)

_TOKEN = re.compile(r"(?:(?!--)[^\s—])+")
"""A word with its marks; a dash, spaced or not, parts words ("the River--which")."""
_EDGE = "\"'“”‘’*_"
_GLUED = re.compile(r"[a-z][.!?][A-Z]")
"""`ourselves.We're`: two sentences with no space between, no word of one phrase."""
_OPENING = '"“‘('
_CLOSING = '"”’)'
_CLAUSE = re.compile(r"[,;:–—]\s+|\s+-\s+")
_SUBORDINATE = frozenset(
    "if when whenever since because although though as while unless until once after before "
    "like unlike being given despite in on for with by from whether".split()
)
"""Words that open a clause leading into the main one ("If you're tired ..., the road ...")."""
_STOP = PREPOSITIONS | CONJUNCTIONS | WH | AUX | (_SUBORDINATE - {"being", "given"})
_STOP |= frozenset(["that", "to", "not", "regarding", "concerning", "including"])
_RUN_STOP = _STOP - {"of"}  # sets built once, not per word; "of" goes on inside a phrase
_INSIDE = DETERMINERS | PRONOUNS | {"of"}
_JOINING = AND | {"of"}
_COPULA_CONTRACTIONS = frozenset(
    "i'm it's that's there's he's she's we're they're you're what's here's".split()
)
_SPEECH = frozenset("said says asked replied answered narrated reported wrote writes".split())
_RATED = (-1, -1)
"""`_object`'s answer for "it is {{important}}": the sentence has no phrase to recall."""
LONGEST = 6
"""Words the recalled phrase holds at most: a noun phrase, not a clause."""


def points(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """The objects of the sentence `text[start:stop]`'s clauses, the key clause's first."""
    clauses = _clauses(text, start, stop)
    if not clauses:
        return
    first = words(text[clauses[0][0] : clauses[0][1]])
    order = clauses[1:] + clauses[:1] if _leading(first) else clauses  # "If ..., {{...}}"
    for k, (a, b) in enumerate(clauses[:-1]):
        if words(text[max(a, b - 12) : b])[-1:] in ([w] for w in _SPEECH):
            order = clauses[k + 1 :] + clauses[: k + 1]  # "X narrated that Y said: ..."
            break
    order = sorted(order, key=lambda c: _leading(words(text[c[0] : c[1]][:20])))
    rated = False  # "it is {{important}}": another main clause's object, none of a lead's
    for a, b in order:
        if rated and _leading(words(text[a:b][:20])):
            continue
        found = _object(text, a, b)
        rated = rated or found == _RATED
        if found is not None and found != _RATED:
            yield found


def _leading(ws: list[str]) -> bool:
    """A clause that leads into or hangs off the main one: "If ...", "Being ...", "which ..."."""
    return bool(ws) and (ws[0] in _SUBORDINATE or ws[0] in WH or ws[0].endswith("ing"))


def _clauses(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    out = []
    at = start
    for boundary in _CLAUSE.finditer(text, start, stop):
        out.append((at, boundary.start()))
        at = boundary.end()
    out.append((at, stop))
    return [(a, b) for a, b in out if b > a]


def _object(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The run of content words after the clause's verb (skipping the main verb after an
    auxiliary, and fillers, determiners and prepositions before the run)."""
    tokens = [(t.start(), t.end()) for t in _TOKEN.finditer(text, a, b)]
    ws = [word(text[s:e]) for s, e in tokens]
    verb = _verb(ws, text[a:b])
    if verb is None or verb + 1 >= len(ws):
        return None
    i, main, be = verb + 1, None, False
    if ws[verb] in AUX or ws[verb] in _COPULA_CONTRACTIONS:
        be = ws[verb] in _BE or ws[verb] in _COPULA_CONTRACTIONS
        while i < len(ws) and (ws[i] in AUX or filler(ws[i])):
            be, i = be or ws[i] in _BE, i + 1  # "could be widened": a passive
        verbal = i < len(ws) and ws[i] not in FUNCTION_WORDS and not filler(ws[i])
        if verbal and (not be or ws[i].endswith(_PARTICIPLE) or ws[i] in _SAID):
            main, i = i, i + 1  # "doesn't lead", "is used": the main verb is no object
    at = tokens[i][0] if i < len(ws) else b
    depth = text.count("(", a, at) - text.count(")", a, at)
    while (
        i < len(ws)
        and ws[i] not in _HANGING
        and (depth > 0 or _skipped(ws, i) or text[tokens[i][0]] in "([")
    ):
        depth += text.count("(", *tokens[i]) - text.count(")", *tokens[i])
        i += 1  # "baking (bread)", "sent (by post)": an aside is no phrase
    if i >= len(ws) or ws[i] in _HANGING:  # "could be {{widened}} if the town asked"
        done = be and main == (i - 1 if i < len(ws) else len(ws) - 1) and ws[main] not in _SPEECH
        done = done and main is not None and ws[main].endswith(("ed", "en"))
        return _run(text, tokens, ws, main) if done and main is not None else None
    found = _run(text, tokens, ws, i)
    if found is not None and found[1] <= tokens[i][1]:  # one word: no phrase, or a class
        if main is None and rated(ws, verb):
            return _RATED
        where = placed(ws, verb, i)
        place = _run(text, tokens, ws, where) if where is not None else None
        found = (found[0], place[1]) if place is not None else found
    if found is not None and "that" in ws[verb + 1 : i]:
        inner = _object(text, found[0], b)  # "argue that the tide is {{late}}"
        return inner or found
    return found


def _skipped(ws: list[str], i: int) -> bool:
    """A word before the object: a function word, a filler, or a verb alone before one
    ("who {{created}} all the rules", "that {{existed}} from the start")."""
    w = ws[i]
    if not w or w in FUNCTION_WORDS or w in _STOP or filler(w) or w in _SPEECH:
        return True
    nxt = ws[i + 1] if i + 1 < len(ws) else ""
    verbal = w.endswith(("ed", "en")) or w in _SAID or _verb_like(w, ws[i + 1 :])
    return verbal and (nxt in PREPOSITIONS or nxt in DETERMINERS or nxt in PRONOUNS)


_BE = frozenset("is are was were am be been being".split())
_PERSONS = frozenset("i you we they he she".split())
_PARTICIPLE = ("ed", "en", "ing")
_HANGING = frozenset("if because when although though unless until whether since while".split())
_SAID = frozenset("said known thought made seen called heard given taken held found".split())


def _verb(ws: list[str], clause: str) -> int | None:
    if not ws:
        return None  # a clause of dashes alone: no word, no verb
    for i, w in enumerate(ws[:-1]):
        if i > 3 and w == "which":
            break  # "... as X, which is rare": a relative clause's verb is not the main one
        if ((i or clause[:1].islower()) and w in AUX) or w in _COPULA_CONTRACTIONS:
            return i  # ", is the lighthouse": after a comma, the subject stood before it
        if i > 1 and filler(ws[i - 1]) and w not in FUNCTION_WORDS and not filler(w):
            return i  # "the tide never turns": a verb after its adverb
    raws = _TOKEN.findall(clause)
    for i in range(1, min(len(ws), len(raws)) - 1):
        named = raws[i - 1][:1].isupper() and raws[i + 1][:1].isupper()
        if named and raws[i].islower() and in_s(ws[i]):
            return i  # "Slow Cooking takes Home Baking ...": a verb between names
    if ws[0] in _PERSONS and len(ws) > 2 and not (ws[1] in FUNCTION_WORDS or filler(ws[1])):
        return 1  # "I call patience a craft ..."
    turn = len(ws) > 2 and ws[0] in ("but", "yet") and ws[1] not in FUNCTION_WORDS and in_s(ws[1])
    if len(ws) > 2 and clause[:1].islower() and (ws[0].endswith("ed") or turn):
        return int(turn)  # ", carried the mill", ", but takes {{...}}": subject before
    found = finite_verb(clause)
    if found is None or found >= len(ws) or words(clause)[found] != ws[found]:
        return None
    after = ws[found + 1 : found + 3]
    plural = ws[found].endswith("s") and len(after) == 2 and not _nominal(after[0])
    plural = plural and after[1] not in CONJUNCTIONS  # "carries silt and sand": a noun pair
    if plural and (after[1] in FUNCTION_WORDS or after[1].endswith("ing")):
        return found + 1  # "the red lines mark ...": a plural, then its verb
    return found


def _nominal(w: str) -> bool:
    return w in FUNCTION_WORDS or filler(w) or w.endswith(("s", "ed", "ing", *_NOUN_ENDS))


_NOUN_ENDS = ("ence", "ance", "ness", "tion", "sion", "ment", "ity", "ism", "ship", "ure")


def _run(text: str, tokens: list[tuple[int, int]], ws: list[str], i: int) -> tuple[int, int] | None:
    """Content words from `i`, with a determiner, pronoun or "of" inside when a content word
    follows, to the next stop word or mark; None if it would hold a bracket half."""
    last = -1
    j = i
    joined, first = 0, 0  # a coordination taken in: where it ends, its first "and"
    raws = [text[s:e] for s, e in tokens]
    while j < len(ws) and j - i < LONGEST:
        raw = raws[j]
        w = ws[j]
        if not w or (any(c in raw for c in "()[]{}") and not paired(raw)):
            break
        if j > i and (raw[0] in _OPENING or _GLUED.search(raw)):
            break  # 'the "quiet harbour"': a quotation is a phrase of its own
        if w in AND and last == j - 1 and raw[-1:] not in ",;:":
            end = conjunct_end(ws, raws, j, _RUN_STOP)
            if end is not None:
                joined, first, j = end, first or j, j + 1
                continue
        if w in _RUN_STOP or (filler(w) and j > i) or (j > i and _verb_like(w, ws[j + 1 :])):
            break
        if w in _INSIDE:
            nxt = ws[j + 1] if j + 1 < len(ws) else ""
            if w == "of" and nxt in DETERMINERS and j + 2 < len(ws):
                nxt = ws[j + 2]  # "the last of the boats", "the depth of your well"
            late = w != "of" and j - i > 1 and ws[j - 1] not in _JOINING  # "Home Baking| a step"
            if late or not nxt or nxt in FUNCTION_WORDS or j + 1 - i >= LONGEST:
                break
        else:
            last = j
        if raw.rstrip(_EDGE)[-1:] in ",;:.!?…" or raw[-1] in _CLOSING:
            break
        j += 1
    if last < 0:
        return None
    if joined > last + 1:  # too long to hide whole: its head before "of", or its first part
        last = ws.index("of", i, first) - 1 if "of" in ws[i + 1 : first] else first - 1
    s = tokens[i][0]
    e = tokens[last][1]
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE + ",;:.!?…":
        e -= 1
    return (s, e) if e > s else None


def _verb_like(w: str, after: list[str]) -> bool:
    """ "a toll means to ...", "maps drawn upon ...": a verb or participle after the
    noun, the end of the phrase."""
    nxt = after[0] if after else ""
    if w.endswith("ed") or w in _SAID:  # "a bell heard in the valley"
        return nxt in PREPOSITIONS or nxt in DETERMINERS
    return w.endswith("s") and not w.endswith("ss") and nxt in _OBJECT_OPENS


_OBJECT_OPENS = frozenset("to that a an the this my your his her its our their it them".split())
