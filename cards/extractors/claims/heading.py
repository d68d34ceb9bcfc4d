"""claim.heading: a heading that is a sentence states the section's point.

    ## Sleep consolidates new memories         <- a claim, "new memories" hidden
    ## Sleep and memory                        <- a topic: no verb, no claim
    ### "Love is a verb."                      <- someone's words: the quote extractor's

A writer who puts a whole sentence in a heading has told the reader what the section
asserts, so the heading alone is the claim and its predicate is the cloze. Headings
that merely look like sentences are turned away: a dateline ("Last reviewed on March
3, 2022"), a byline with `|` separators, a heading that is mostly a link, a chapter's
title ("Chapter 3 - When Rules Kill Play": the book's words for a section, not a point
the note makes) and a heading that presents what follows ("Here's how to ...").
"""

from __future__ import annotations

import re

from cards.extractors.claims.guessable import verdict
from cards.extractors.claims.heading_nouns import noun_phrase
from cards.extractors.claims.reading import Claimed, ClaimRule, Reading
from cards.extractors.claims.shared import (
    first_person,
    leans_back,
    outside_brackets,
    predicate,
    quoted,
)
from cards.extractors.claims.task_title import task_title
from cards.extractors.walk import Visit, heading_text
from cards.items import Item
from cards.language import (
    AUX,
    DETERMINERS,
    FUNCTION_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    chapter_end,
    finite_verb,
    in_s,
    is_declarative_heading,
    is_instruction,
    words,
)

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)
"""A calendar date: "March 3, 2022", "3 March 2022", "2022-03-03"."""
_PRESENTING = re.compile(
    r"(?:here(?:'s|’s|\s+is|\s+are)|these\s+are|this\s+is\s+(?:how|why|what))\b", re.I
)
"""A heading that presents what comes under it ("Here's how you can ..."): no claim itself."""


def heading(reading: Reading, visit: Visit) -> Claimed | None:
    """A declarative heading as a claim; any other heading passes on."""
    if visit.block.kind != "heading":
        return None
    text = heading_text(visit.block)
    plain = outside_brackets(text.text)
    if text.link_share() > 0.6 or not is_declarative_heading(plain) or quoted(text.text):
        return None  # a topic, or someone's words ('### "Love is a verb."')
    if titled_topic(plain) or _addressed(plain) or leans_back(plain) or first_person(plain):
        return None  # "Permits Required for Street Traders", "You overthink every reply"
    if any(map(str.isdigit, text.text)) and _DATE.search(text.text):
        return None  # "Last medically reviewed on March 3, 2022": a dateline, not a claim
    if " | " in text.text:
        return None  # "By Dr. Sarah Green | Relationships | 8 min read": a byline
    if chapter_end(text.text) or _PRESENTING.match(text.text):
        return None  # "Chapter 3 - When Rules Kill Play", "Here's how to ...": titles
    if _NUMBERED.match(text.text) or _headline(plain) or _fragment(plain):
        return None  # "4.2: Tuning Slow Queries", "Our Harvest Is Late", "Whether the comet ..."
    if _captioned(plain) or task_title(text, finite_verb(text.text)) or noun_phrase(plain):
        return None  # "Assert that the tools are installed", "User posts a message"
    key = predicate(text.text)
    if key is not None and verdict(text.text[key[0] : key[1]]):
        return None  # "Concurrent writes are tricky": a grade, its reasons under the heading
    ref = reading.ref(visit, text)
    return Claimed((Item("claim", ref, text, key=key, rule="claim.heading"),))


_OPENS_CLAUSE = frozenset("what when where whether if how why which who whom".split())
"""Words that open a clause inside a phrase: a verb after one is the clause's, not the
heading's."""


def _captioned(text: str) -> bool:
    """A heading whose verbs all sit in a clause it opens after its first word: a caption
    ("Performance when the array is nearly sorted", "People who say X") or a task ("Assert
    that the tools are installed", "Check if the mortar is dry", "Inference rules so
    that you stop repeating yourself"). It names a topic or a step; it asserts nothing."""
    ws = words(text)
    opener = next((k for k, w in enumerate(ws[1:], 1) if w in _OPENS_CLAUSE), None)
    if "that" in ws[1:]:
        that = ws.index("that", 1)
        if that == 1 or ws[that - 1] == "so":
            opener = that if opener is None else min(opener, that)
    if opener is None:
        return False
    verb = finite_verb(text)
    return verb is None or verb > opener


def titled_topic(text: str) -> bool:
    """A heading in title case, whose verb reads as a noun or a participle ("Sun's Reflection
    in Water", "Wells Dug by Hand"): a topic, unless an auxiliary states something
    ("Cats Have Nine Lives", "Dunes Are Moving Hills"). A heading that opens on a
    gerund whose verb comes at once ("Setting fence posts in concrete") names an activity."""
    ws = words(text)
    if len(ws) > 2 and ws[0].endswith(_NOMINAL) and ws[1] in ("of", "to", "for"):
        return True  # "Calibration of the pressure gauge": a noun and its object
    if ws and ws[0].endswith("ing"):
        verb = finite_verb(text)
        if verb is None or verb <= 2:
            return True  # "Setting fence posts in concrete", not "Studying X invites us"
    long = [w.strip('"“”') for w in text.split()]  # 'New "Sync Hooks" API': a name quoted
    long = [w for w in long if len(w) > 3 and w[0].isalpha() and w.lower() not in FUNCTION_WORDS]
    if len(long) < 2 or sum(w[0].isupper() for w in long) < 0.75 * len(long):
        return False
    return not any(
        w in AUX and prev not in _RELATIVE and prev not in PREPOSITIONS
        for prev, w in zip(["", *ws], ws, strict=False)
    )


def _addressed(text: str) -> bool:
    """A heading that speaks to the reader or argues a stance rather than stating the
    section's point: a listicle's "You ..." line, advice ("Tip 3: Keep It Short"), a
    fragment with no subject ("Can't Sleep, Won't Sleep"), or a stance in title case ("Free
    Will is an Illusion", "Tabs Are Wrong")."""
    ws = words(text)
    if not ws or ws[0] in _PERSONS or ws[0] in AUX:
        return True
    if len(ws) > 2 and ws[1] == "that" and ws[0] in _PROPOSALS:
        return True  # "Proof that no largest prime exists": the title of an argument
    if len(ws) > 2 and in_s(ws[0]) and ws[1].endswith("ed") and ws[2] in PREPOSITIONS:
        return True  # "Steps involved in planning": a noun narrowed by a participle
    _, colon, rest = text.partition(": ")
    if is_instruction(rest if colon else text):
        return True
    if colon and words(rest)[:1] and words(rest)[0] in _ADVISING:
        return True  # "Item 12: Prefer oak to pine": a rule of a numbered list
    if len(ws) > 6 or not _title_case(text):
        return False
    if len(ws) > 3 and ws[-2] == "your" and ws[-3] in _STANCE_VERBS:
        return True  # "Caching Is Your Friend": a slogan
    if len(ws) > 3 and ws[-2] in _DEGREES:
        ws = ws[:-2] + ws[-1:]  # "Simpler Is Usually Better"
    return len(ws) > 2 and ws[-1] in _STANCES and ws[-2] in _STANCE_VERBS


_ADVISING = frozenset("prefer favor favour avoid consider beware minimize minimise use".split())
_PROPOSALS = frozenset("proof evidence argument arguments reasons signs claim idea".split())
_PERSONS = frozenset("you we i our my no yes".split())
"""A heading in the first or second person, or a reply: a listicle's line, the writer's
story ("We pivoted too late", "Our bet didn't work"), an answer to the heading above ("No,
it is ...")."""


_NUMBERED = re.compile(
    r"\(?\d+(?:[./]\d+)*\)?[.:)]?\s|(?:step|part|argument|myth|rule|reason|point)\s*#?\d+\b"
    r"|(?:myths?|misconceptions?|fallac(?:y|ies))\s*[:#-]",
    re.IGNORECASE,
)
"""A section's number ("8.6:", "1.1.2.", "(3/8)"), a place in a series ("Argument 2:",
"Myth #5:") or a myth's label: the heading titles a part, or states what the section
refutes."""


def _headline(text: str) -> bool:
    """A heading in title case whose subject is one word or led by a determiner: a
    section's title written as a headline ("Our Harvest Is Late", "Fame is a Gift
    and a Burden"), its name rather than what it teaches. A subject of two words names a
    thing the section is about ("Clay Pipes Are Brittle")."""
    ws = words(text)
    if len(ws) < 3 or not _title_case(text):
        return False
    verb = finite_verb(text)
    return verb is not None and (verb < 2 or ws[0] in DETERMINERS or ws[0] in PRONOUNS)


_LEADS = frozenset(
    "whether if when while because since although though unless until once about for as "
    "against to with without by from in on of not now but so and or other example examples "
    "list".split()
)
"""First words of a heading that is a clause's part or a topic's name ("Whether the comet returns",
"For a site that never had X", "Other valves that feed Y", "Example of ...")."""


def _fragment(text: str) -> bool:
    """No sentence of its own: led by a subordinator, a preposition or a topic's word, or
    with a verb that only an auxiliary or a verb in -s followed by its object can show
    ("Quick patches instead of ...", "Clay tablets - 3,000 years old")."""
    ws = words(text)
    if ws[0] in _LEADS:
        return True
    label, colon, rest = text.partition(": ")
    clause = rest if colon and finite_verb(label) is None else text
    ws = words(clause)
    verb = finite_verb(clause)
    if colon and verb is None:
        return True  # "Zipfile: Folders to archives": a label and its topic
    if verb is not None and ws[verb - 1] in _RELATIVE:
        return True  # "Delete branches that have been merged": a verb of a relative clause
    if verb is None or ws[verb] in AUX:
        return False
    after = ws[verb + 1] if verb + 1 < len(ws) else ""
    said = ws[verb]
    if (
        said.endswith("ing")
        or (said.endswith("ed") and not said.endswith("eed"))
        or said[:1].isdigit()
    ):
        return True  # "A clerk wrongly signing ...", "Permits given to ...": no tense
    if colon and said.endswith("s") and after == "to":
        return True  # "Zipfile: Folders to archives": a label and its topic
    return said.endswith("s") and (after in _NOT_OBJECTS or after[:1].isdigit())


_NOT_OBJECTS = frozenset(["", "using", "via", "instead", "and", "or"])
"""What follows a plural noun that `finite_verb` took for a verb in -s, and never its
object: "Guides/Demos using looms", "Clay Tablets - 3,000 years old"."""


def _title_case(text: str) -> bool:
    long = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return len(long) > 1 and all(w[0].isupper() for w in long)


_STANCES = frozenset(
    "wrong right dead overrated underrated evil broken useless harmful real fake myth illusion "
    "lie scam better worse best worst".split()
)
_DEGREES = frozenset("often usually always never rarely sometimes".split())
_STANCE_VERBS = frozenset("is are isn't aren't not a an".split())


_RELATIVE = frozenset("who which that".split())
_NOMINAL = ("tion", "sion", "ment", "ness", "ance", "ence", "ity", "ure", "ysis")
"""Endings of a noun made of a verb or an adjective, which heads a topic's title."""


RULE = ClaimRule(block=heading, kinds=frozenset(["heading"]))
