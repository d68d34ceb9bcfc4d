"""Whether a blockquote is set off for some reason other than quoting someone.

    Here's what ChatGPT answered:                 <- a machine's answer
    > Tides rise and fall because the moon ...
    As I wrote in [[Analyzing Darshanas]]:        <- the writer's own words, set off
    > The estuary was brown for a week ...
    Consider the sentence:                        <- an example under discussion
    From Wikipedia:                               <- a reference work's page, pasted
    > The old man the boats at dawn ...
    > the best way to be tough is to be gentle    <- an excerpt cut mid-sentence
    > The above chart shows the river flooding ... <- a passage that points back
    > Skipping the chemistry for now...           <- a remark trailing off
    > He never learned why the river turned,      <- an excerpt cut off at its end
    > HOST: Welcome back, today we follow ...     <- a line of a transcript
    > By the way - I rewrote that loader twice.   <- a lecturer's aside
    > Key idea: every river on this map ends ...  <- the writer's labelled line
    > f(n) = O(g(n)) if \\frac{f(n)}{g(n)} ...     <- a formula worked through
    > As a [user] I want [feature] so that ...     <- a template with slots to fill
    * [Rotting Oranges](https://leetcode.com/problems/rotting-oranges/)
    > Return the fewest minutes until ...         <- a problem's statement

Notes set text off with `>` for many reasons besides quoting: to show an LLM's or a
forum's answer, to keep a passage of their own, to show an example, to paste the next
paragraph of a textbook. A quote card asks whose the words are, and recalls them whole:
none of these is a saying of anyone's, or whole. The line that leads into the blockquote
says most of them (`Here is what Claude answered:`); the passage's own first words say the
rest. A passage the note attributes is a quotation whatever its first words, except a
machine's: the checks on its text apply only to one no one is named for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.extractors.walk import Visit
from cards.inline import Mark
from cards.language import FUNCTION_WORDS, LABELS, words
from cards.parse import Block

_MACHINE = re.compile(
    r"\b(?:chat\s?gpt|gpt-?\d\w*|openai|claude|gemini|copilot|deepseek|bard|perplexity|llm|"
    r"quora ai|(?:the\s+)?oracle|ai\s+(?:said|says|answered|replied|response|answer)|"
    r"(?:following|this|the|my) prompt|(?:reasoning|language) model)\b",
    re.IGNORECASE,
)
"""A chatbot named in the line before, the heading over it (`# Quora AI`) or the
blockquote's attribution, or the prompt put to one."""
_FORUM = re.compile(
    r"\b(?:op|someone|somebody|a user|user|commenter|redditor|poster|another answer)\s+"
    r"(?:\w+\s+)?(?:replied|responded|answered|commented|wrote back)\b|\breplied to\b"
    r"|\bfrom reddit\b|\breddit\.com/|\br/\w+|\bstack\s?(?:exchange|overflow)\b",
    re.IGNORECASE,
)
"""A forum's reply, as the line before introduces it: `A commenter replied:`, `The reason
(from [StackOverflow](...))`."""
_THREAD = re.compile(r"\b(?:hacker news|thread|comments|discussion|forum)\b", re.IGNORECASE)
"""A heading that names a thread of replies: `## Forum thread`."""
_OWN = re.compile(
    r"\b(?:my (?:own |other )?(?:notes?|answer|post|comment|words|draft|reply)|"
    r"(?:as|what) i (?:stated|wrote|said|mentioned|noted|argued)|i (?:wrote|formed|drafted)|"
    r"excerpt from (?:one of )?my)\b",
    re.IGNORECASE,
)
"""The writer quoting themselves: `An excerpt from one of my drafts:`."""
_EXAMPLE = re.compile(
    r"\b(?:consider the (?:sentence|phrase|line|text)|for example|for instance|e\.g\.|"
    r"(?:it|this) was originally|could have been|instead of|such as this|like(?: this)?|example"
    r"|^or|^versus)"
    r"\s*[:,]?\s*$",
    re.IGNORECASE,
)
"""A lead-in that ends on an example about to be shown: `Consider the sentence:`, or `or`
alone between two versions of one."""
_ROLE = re.compile(r"(?:you are|act as|pretend to be) (?:a|an)\b", re.IGNORECASE)
"""`You are a patient tutor. Explain ...`: a prompt, casting the model in a role."""
_REFERENCE = re.compile(
    r"\b(?:wikipedia|encyclopa?edia|britannica|textbook|the book describes|website|"
    r"documentation|the docs|manual|specification)\b",
    re.IGNORECASE,
)
"""A reference work pasted from (`From Wikipedia:`, `The textbook describes it like so:`):
a page of reference, not words someone said."""
_AN_EXAMPLE = re.compile(r"\b(?:an|the|this|one|another) (?:example|exercise|problem)\b", re.I)
"""A lead-in that names what follows an example or a problem, wherever in the line."""
_SUPPOSE = re.compile(r"(?:imagine|suppose|say)\b", re.IGNORECASE)
"""A lead-in that sets up a case to look at: what follows is the case, not a quote."""
_BACK = frozenset("and so where which whereas but or".split())
"""First words that go on from the text before: the passage is not whole."""
_POINTING = re.compile(
    r"^(?:(?:the|these)\s+(?:above|below)|(?:the|this|that|these)\s+(?:previous|preceding|"
    r"following|(?:table|figure|diagram|chart|graph|image|picture|screenshot|example|code|snippet"
    r"|list|equation|formula|output)s?\s+(?:above|below)))\b"
)
"""`The above chart ...`, `The table below ...`: a passage about something the note shows
beside it. Only a page's parts come before `above` or `below` (`The stars above ...` is no
pointer), and `This above all ...` is Shakespeare's."""
_TRANSCRIPT = re.compile(r"^[A-Z][A-Z .'-]{1,30}:\s")
"""`HOST: ...`, `Q: ...`: a turn of a transcript, its speaker in capitals."""
_SPOKEN = re.compile(r"^(?:by the way|anyway|anyhow|okay|ok|alright|all right)\b\s*[,:–—-]", re.I)
"""`> By the way - I have oiled that hinge twice.`: a speaker's aside, taken down from a
talk, not a passage anyone would quote."""
_LABELLED = re.compile(r"^(?P<label>[A-Z][\w'’ -]{1,30}):\s")
"""A lead label on the passage's first line: `Key idea: ...`, `Problem Statement: ...`."""
_FORMULA = re.compile(r"\\[a-z]+\{|\\frac|\\begin|\$[^$\n]+\$|\b[A-Za-z]\([a-z0-9^*+/, -]+\)\s*=")
"""LaTeX or a function's value set equal: a derivation, not words said."""


def aside(visit: Visit, body: str, who: str) -> bool:
    """Whether the blockquote `body` (its attribution `who`) is set off for another reason
    than to quote someone: a machine's or a forum's answer, the writer's own words, an
    example, an excerpt that begins mid-sentence or points back, a line of a transcript,
    a labelled line of the writer's, a formula."""
    lead, run = _lead_in(visit), _lead_in(visit, run=True)  # run: a prompt in parts
    heading = visit.headings[-1] if visit.headings else ""
    if any(_MACHINE.search(line) for line in (lead, run, who, heading)):
        return True
    if _POINTING.match(body.lstrip(" \"“'‘*_").lower()):
        return True  # whoever wrote it, it shows what the card cannot
    if who:
        return False
    if (
        _FORUM.search(lead)
        or _FORUM.search(run)
        or _THREAD.search(heading)
        or _OWN.search(lead)
        or _EXAMPLE.search(lead)
    ):
        return True
    if lead.endswith(":") and (_AN_EXAMPLE.search(lead) or _SUPPOSE.match(lead)):
        return True  # "We worked an example in class:", "Imagine you see a bullet like this:"
    if lead.endswith(":") and _REFERENCE.search(lead):
        return True
    text = body.lstrip(" \"“'‘*_")
    if text[:1].islower() or _goes_on(text):
        return True
    if text.rstrip(" *_").endswith((",", ";", ":")):
        return True  # "... why the river turned,": cut off mid-sentence
    if ("..." in text or "…" in text) and len(words(text)) < TRAILING:
        return True  # "Skipping the chemistry for now...", "Resting on a ledge... above the tide."
    if (
        _SPOKEN.match(text)
        or _TRANSCRIPT.match(text)
        or _FORMULA.search(body)
        or _template(body)
        or _ROLE.match(text)
    ):
        return True
    if _judged(visit):
        return True
    labelled = _LABELLED.match(text)
    return labelled is not None and _label(labelled["label"])


def _goes_on(text: str) -> bool:
    """A passage that opens on a word that joins it to words before it (`So the total
    flow is ...`, `And the cost per step ...`, `Where k is ...`); not a question
    (`Where does the river go ...?`) nor a quantity (`So many rivers ...`)."""
    ws = words(text[:40])
    if not ws or ws[0] not in _BACK or (ws[1:2] and ws[1] in _SO_MUCH):
        return False
    first = re.match(r"[^.!?]*[.!?]?", text)
    return not (first and first.group().endswith("?"))


TRAILING = 12
"""Fewer words than this, trailing off in an ellipsis: a remark or a fragment, no saying."""
_SO_MUCH = frozenset("many much far long few little often".split())


def _judged(visit: Visit) -> bool:
    """A problem of an online judge (`* [Rotting Oranges](https://leetcode.com/problems/...)`
    then its statement in one or more blockquotes): the block before the run of blockquotes
    links to the problem."""
    at = visit.index - 1
    while at >= 0 and visit.siblings[at].kind == "blockquote":
        at -= 1
    if at < 0 or visit.index - at > _STATEMENT:
        return False
    return any(_JUDGE.search(m.data) for m in _marks(visit.siblings[at]) if m.kind == "link")


def _marks(block: Block) -> Iterator[Mark]:
    """The marks of a block's text and of every block in it."""
    yield from block.text.marks
    for child in block.children[-1:]:  # a list: its last item leads into what follows
        yield from _marks(child)


_STATEMENT = 6
"""The most blockquotes one problem's statement runs to."""
_JUDGE = re.compile(
    r"leetcode\.com|hackerrank\.com|codewars\.com|projecteuler\.net|codeforces\.com|"
    r"exercism\.org|open\.kattis\.com|/problems?/",
    re.IGNORECASE,
)
"""Where programming problems are set: their statements are tasks, not anyone's words."""
_SLOTS = re.compile(r"\[(?P<first>[a-z]+)[\w/ -]{0,30}\](?!\()")
"""`As a [user/role] I want [feature]`: the slots of a template, to be filled in."""


def _template(body: str) -> bool:
    """Two slots or more, each opening on a word for what goes in it: not an editor's
    words put into a translation (`[if it is]`, `[by imitation]`) nor a name (`[Arjuna]`)."""
    slots = [m["first"] for m in _SLOTS.finditer(body) if m["first"] not in FUNCTION_WORDS]
    return len(slots) >= 2


def _lead_in(visit: Visit, run: bool = False) -> str:
    """The paragraph right before the blockquote, or the last one of the list before it,
    when it leads into it (ends on a colon, or its last line is short), else ''. With
    `run`, the one before the run of blockquotes this one ends (a thread's replies)."""
    at = visit.index - 1
    while run and at > 0 and visit.siblings[at].kind == "blockquote":
        at -= 1
    before = visit.siblings[at] if at >= 0 else None
    while before is not None and before.kind in ("list", "item") and before.children:
        before = before.children[-1]  # `* ... with the following prompt` then `> ...`
    if before is None or before.kind != "paragraph":
        return ""
    text = before.text.text.strip()
    last = text.rsplit("\n", 1)[-1]
    return last if last.endswith(":") or len(words(last)) <= _LEAD_WORDS else ""


_LEAD_WORDS = 30
"""The longest line without a colon that still leads into the blockquote after it."""


def _label(label: str) -> bool:
    """A label the writer puts before their own line: a label word ends it (`Key idea`,
    `Problem Statement`, `Setup instruction`), not a name (`Seneca`)."""
    ws = words(label)
    return bool(ws) and (ws[-1] in LABELS - _STRESS or ws[-1] in _OWN_LABELS)


_STRESS = frozenset("important warning caution".split())
"""Labels that stress a line of the passage itself, as an article's own text does."""


_OWN_LABELS = frozenset(
    "idea ideas statement instruction instructions definition definitions interface "
    "point points rule rules step steps goal goals task problem solution answer".split()
)
"""Label words beyond the shared ones (`language.LABELS`) that head a course note's line."""
