"""Whether an "and" or "or" inside a recalled phrase joins two nouns or opens a clause.

    the dark side of {{stress and attachment}}       <- two nouns: one phrase
    not like {{Jane Eyre or Pride and Prejudice}}    <- a coordination is the object
    the kettle holds {{water}} and the house wakes   <- a verb follows: a new clause

A phrase cut at a conjunction inside a coordination hides half of it, and the card's
answer reads as wrong to a reader who recalls the whole ("Jane Eyre" of "Jane Eyre or
Pride and Prejudice"). A conjunction followed by a subject and its verb joins clauses,
and the phrase ends before it. No tagger: when the words after the conjunction hold
anything that reads as a verb, it is a clause (the phrase ends as it did).
"""

from __future__ import annotations

from cards.language import AUX, DETERMINERS, FUNCTION_WORDS, PREPOSITIONS, PRONOUNS, in_s

AND = frozenset(["and", "or"])
"""Conjunctions that join nouns; "but", "yet" and "so" join clauses."""
LATE = 4
"""Words after a conjunct in which an auxiliary shows it was a clause's subject."""
_ENDS = ',;:.!?…)]"”’'


def conjunct_end(ws: list[str], raws: list[str], j: int, stops: frozenset[str]) -> int | None:
    """Index past the last word of the conjunct after the conjunction at `j`, when the
    conjunct is a noun phrase (no verb before the next stop word or mark); else None."""
    end = j + 1
    while end < len(ws) and ws[end] and ws[end] not in stops:
        raw = raws[end]
        end += 1
        if raw.rstrip("\"'“”‘’*_")[-1:] in _ENDS or raw[-1:] in _ENDS:
            break
    if ws[j + 1] in PREPOSITIONS:
        return None  # "roads of stone and of sand": the first phrase is whole
    if raws[j + 1][:1] in "\"'“‘(" or any(w in AUX for w in ws[end : end + LATE]):
        return None  # "'sail' and 'sailcloth'"; "MB and maximum payload for X is ..."
    conjunct = ws[j + 1 : end]
    content = [w for w in conjunct if w not in FUNCTION_WORDS]
    if not content or (conjunct[0] in PRONOUNS and conjunct[0] not in DETERMINERS):
        return None  # "and they ...", "and it ...": a new subject
    if any(w in AUX or w.endswith("'s") for w in conjunct):
        return None  # "and the house is ..."
    fresh = conjunct[0] in DETERMINERS  # "and the house wakes": a subject, then its verb
    if fresh and len(content) > 1 and (in_s(content[-1]) or content[-1].endswith("ed")):
        return None
    if len(content) == 1 and content[0].endswith("ed") and not raws[j + 1][:1].isupper():
        return None  # "and failed": a verb sharing the subject
    return end
