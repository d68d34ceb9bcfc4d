"""Lines under a critique's heading: criteria a reviewer weighed, not terms.

    ## Improvements
    - Clarity: naming each step would help a reader.      <- advice on one piece of work
    - Tone: the second paragraph reads as hurried.        <- a verdict, not a meaning

A review of an essay, a design or an answer files its points under the quality each one
bears on ("Clarity", "Tone", "Depth"). The label is shaped like a glossary's term, but the
value judges the work under review, so "What is clarity?" would be answered with a remark
about a page the card does not show. Only the nearest heading decides: a section of
strengths, weaknesses or improvements is a critique wherever it appears.
"""

from __future__ import annotations

_SECTIONS = frozenset(
    "improvements|improvement|suggested improvements|areas for improvement|suggestions"
    "|strengths|weaknesses|strengths and weaknesses|what went well|what could be improved"
    "|critique|reviewer comments".split("|")
)
"""Headings of a review's sections: what was good, what was weak, what to change."""


def critique(headings: tuple[str, ...]) -> bool:
    """Whether the nearest heading opens a review's section ("Improvements:")."""
    return bool(headings) and headings[-1].strip(" *_:").lower() in _SECTIONS
