"""Whether a quote's source is a forum, whose posts are nobody a reader could name.

    From Reddit:                                     <- a forum: the post's writer is
    > Soak the seeds overnight before ...               unnamed, so no card asks for "Reddit"

    > The archive keeps every reply ...
    > — https://lists.example.org/archives/2016-March/0412.html

People paste answers from Q&A sites, forums and mailing lists into their notes, citing
the site. A quote card asks who said the words, and a site said nothing: the words are
an anonymous poster's. The card keeps its deletion and shows the site on its back, as
where the words come from, never as the answer to "who said it?".
"""

from __future__ import annotations

import re

_FORUM = re.compile(
    r"\b(?:reddit|quora|stack\s?exchange|stack\s?overflow|hacker\s?news|news\.ycombinator"
    r"|forums?|message\s?boards?|mailing\s?lists?|discord|discourse|groups\.google)\b"
    r"|/r/\w|/archives?/",
    re.IGNORECASE,
)


def forum(source: str) -> bool:
    """Whether `source` names a forum, a Q&A site or a list's archive, and nothing besides:
    a name beside it ("Mara Lind, World Economic Forum", "Descartes, Discourse on the
    Method") is a speaker or a work that happens to hold the word, and stays the source."""
    found = _FORUM.search(source) if source else None
    if found is None:
        return False
    if source.lstrip().startswith(("http://", "https://", "www.")):
        return True  # a link's other words are its host and path, no one's name
    rest = (source[: found.start()] + " " + source[found.end() :]).split()
    return not any(w.lstrip("([\"'“‘")[:1].isupper() for w in rest)
