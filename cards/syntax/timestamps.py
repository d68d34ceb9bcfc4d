"""Timestamps that open a line of notes on a talk, a video or a podcast episode.

    - [04:12] conflict is often a protest against disconnection.
    - 1:02:33 – Anxiously attached partners pursue; avoidant partners withdraw.

A timestamp says where in the recording a remark was made, as a page number
says where in a book: the remark starts after it. Left in, it stands where a
sentence's subject should be, so the line reads as no claim and no trait.
"""

from __future__ import annotations

import re

_STAMP = re.compile(
    r"(?:\[(?P<b>\d{1,2}:\d{2}(?::\d{2})?)\]|\((?P<p>\d{1,2}:\d{2}(?::\d{2})?)\)"
    r"|(?P<t>\d{1,2}:\d{2}(?::\d{2})?)(?=\s+[-–—|]\s))"
    r"\s*(?:[-–—|:]\s+)?(?=[\w\"“‘'*=_])"
)
_FIRST = frozenset("[(0123456789")


def timestamp_end(text: str) -> int:
    """Where the text after a timestamp at its start begins, else 0."""
    if text[:1] not in _FIRST:
        return 0  # most paragraphs: no pattern to run
    found = _STAMP.match(text)
    return found.end() if found else 0
