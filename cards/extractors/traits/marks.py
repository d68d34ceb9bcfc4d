"""Marks: brackets and quotation marks, which a clause split must neither cut nor leave open.

    bursts of temper (type C1, in the older scheme) or sulking
                      ^ a comma inside brackets separates no clauses
    the child concludes "asking costs love; silence is safer"
                                           ^ nor a semicolon inside a quotation
    idealize a past relationship ("the phantom ex").
                                                  ^ trim keeps what closes an opening

A trait is cut from a predicate at commas, semicolons and dashes; what a writer put in
brackets or quotes is one aside or one utterance, so its marks are not boundaries.
"""

from __future__ import annotations

import re

_NESTS = re.compile(r"[(\[“\"]")
_DEPTH = {"(": 1, ")": -1, "[": 1, "]": -1, "“": 1, "”": -1}
_TRAILING = re.compile(r"(?:[\s,;:.!?\"”’')]|\band\b|\bor\b)+$", re.IGNORECASE)
_TRAILING_ENDS = frozenset(",;:.!?\"”’')dDrR")
"""What `_TRAILING` can end on: a mark, or the last letter of "and" or "or"."""
_CLOSERS = {")": "(", "”": "“", "’": "‘"}


def split_outside(pattern: re.Pattern[str], text: str, maxsplit: int = 0) -> list[str]:
    """`pattern.split(text)`, but at no match inside brackets or quotation marks."""
    if _NESTS.search(text) is None:
        return pattern.split(text, maxsplit)  # most predicates: nothing nested
    return [part for _, part in pieces(pattern, text, maxsplit)]


def pieces(pattern: re.Pattern[str], text: str, maxsplit: int = 0) -> list[tuple[str, str]]:
    """(the separator before it, the part) for each part of `text` that `pattern` separates,
    outside brackets and quotation marks; the first part's separator is ''."""
    inside = _nested(text) if _NESTS.search(text) else None
    parts: list[tuple[str, str]] = []
    start, before = 0, ""
    for found in pattern.finditer(text):
        if found.start() < start or (inside is not None and inside[found.start()]):
            continue
        parts.append((before, text[start : found.start()]))
        start, before = found.end(), found.group().strip()
        if maxsplit and len(parts) == maxsplit:
            break
    parts.append((before, text[start:]))
    return parts


def _nested(text: str) -> list[bool]:
    """For each position of `text`, whether it lies inside brackets or a quotation; nowhere,
    when a mark is left open (an inch sign, a bracket the sentence split cut off)."""
    out: list[bool] = []
    depth, straight = 0, False
    for ch in text:
        if ch == '"':
            straight = not straight
        depth += _DEPTH.get(ch, 0)
        if depth < 0:
            break
        out.append(depth > 0 or straight)
    if depth or straight:
        return [False] * len(text)
    return out


def trim(text: str) -> str:
    """The text without trailing punctuation or a dangling "and", but with the closing
    marks that close what it opened: `idealize a past relationship ("the phantom ex")`."""
    if text[-1:] not in _TRAILING_ENDS and not text[-1:].isspace():
        return text  # most texts: the pattern, tried at every character, would find nothing
    kept = _TRAILING.sub("", text)
    for ch in text[len(kept) :]:
        opener = _CLOSERS.get(ch)
        if (opener and kept.count(opener) > kept.count(ch)) or (ch == '"' and kept.count(ch) % 2):
            kept += ch
    return kept


def balanced(text: str) -> str:
    """Close a quotation the clause split cut open ('engage in “solace sex')."""
    if text.count("“") > text.count("”"):
        return text + "”"
    return text[:-1] if text.count('"') % 2 and text.endswith('"') else text
