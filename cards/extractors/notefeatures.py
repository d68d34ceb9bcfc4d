"""What a note or a section shows of its kind, counted once from the shared parse.

The rules of `notekind.py` judge whole notes and sections, never a line alone; this
module is what they look at, each feature for a reason:

- **A date** as a heading, as the opening of an entry (`- 3 Mar 2024: ...`) or as a file's
  name (`2024-11-07.md`, `Log of 4th Feb, 2024.md`): a fact is filed under its subject,
  never under the day its owner learnt it.
- **A diary's folder** (`journal/`, `diary/`, `daily/`): only a hint, since people also log
  what they learnt under the day's name.
- **First-person sentences** ("I", "my", "me"): knowledge is written about its subject, a
  diary, a review or a reflection about its writer.
- **Project language** ("we will", "our app", "the MVP"): a note that plans its authors'
  work rather than describing the world.
- **A résumé's fields** (`Dates: May 2019—Present`, `Location: Dundee, Scotland`,
  `Role: ...`): an entry of its owner's life, not a fact about a subject.
- **Speech** ("and you know, hopefully", "That's the point, right?"): the fillers of a
  talk taken down word for word; prose about a subject is written, not said.

Every note is cut at its headings into `Section`s, and each section's sentences are
counted once: the rules add the counts up over the parts they judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cards.extractors.analysis import analyse
from cards.extractors.claims.shared import first_person
from cards.language import MONTH
from cards.parse import Block, ParsedNote

_DAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATE = (
    rf"(?:{_DAY}(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}[/.-]\d{{1,2}}[/.-]\d{{1,2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+\d{{4}}"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}))"
)
DATE_HEADING = re.compile(
    rf"^(?:(?:entry|diary|journal|log|notes?|meeting)\s+(?:of|on|for)?\s*)?{_DATE}\W*$", re.I
)
"""A heading that is a date, maybe with a weekday or "Entry of": `Mon, 3 March 2024`."""
DATE_OPENER = re.compile(rf"^\W{{0,3}}{_DATE}\s*[:\-–—]\s*\S", re.I)
"""An entry that opens on a date: `24/09/2022: ran 5 km`."""
DATE = re.compile(rf"\b{_DATE}\b", re.I)
"""A calendar date anywhere in a text, in the forms people write: `2022-09-24`, `24/09/2022`,
`3 March 2024`, `March 3rd, 2024`, `Mon, 3 Mar 2024`, `Log of 4th Feb, 2024`. One pattern
for every rule that asks whether a text is dated (a file named for a day, a dateline)."""
DIARY_FOLDER = re.compile(
    r"(?:^|/)(?:daily[\s_-]*notes?|daily|dailies|diary|diaries|journals?|journaling)/", re.I
)
WORD = re.compile(r"[^\W\d_]+")
_PROJECT = re.compile(
    r"\b(?:we(?:'ll|’ll| will| are going to| plan to| need to| should)|our (?:app|project|team"
    r"|product|game|site|website|users?|mvp|clients?|customers?|goal)|the mvp)\b",
    re.I,
)

_FIELD = re.compile(
    r"^\W{0,3}(?:dates?|timeline|duration|location|role|position|organi[sz]ation|employer"
    r"|company|awards?|gpa|supervisor|team size)\W{0,3}:",
    re.I,
)

_SPOKEN = re.compile(
    r"\byou know,|, you know\b|\b(?:and|but|so|at|like) you know\b|\bi mean,"
    r"|\b(?:um+|uh+|erm)\b[,.]|, right[.?]|\bright\?|\b(?:kind|sort) of like\b",
    re.I,
)
"""A filler of speech: "you know" as an aside (not "what you know"), "I mean,", "um,",
"..., right?", "sort of like". One in a page of prose is a writer's voice; a run of them
is a talk taken down."""
_QUOTES = re.compile('["“”]')
_SPOKEN_HINTS = ("you know", "i mean", ", right", "right?", " um", " uh", " erm", "of like")

MIN_SENTENCES = 6
"""Fewer sentences than this make no share worth the name."""

END = 10**9
"""A span's end when it runs to the note's end."""


@dataclass(slots=True)
class Section:
    """One heading's own text (to the next heading of any level), as counted."""

    level: int
    title: str
    line: int
    sentences: int = 0
    first: int = 0
    project: int = 0
    dated: int = 0
    fields: int = 0
    """Lines that are a résumé's fields."""
    spoken: int = 0
    """Sentences with a filler of speech."""


def sections(note: ParsedNote) -> list[Section]:
    """The note cut at every heading, each part counted once; the first is the note's title."""
    out = [Section(0, note.title, 1)]
    for block in note.blocks:
        if block.kind == "heading":
            out.append(Section(block.level, block.text.text.strip(), block.line))
        else:
            _count(block, out[-1])
    return out


def share(parts: list[Section], least: int = MIN_SENTENCES) -> float:
    """The share of first-person sentences, over at least `least` sentences (else 0)."""
    total = sum(s.sentences for s in parts)
    return sum(s.first for s in parts) / total if total >= least else 0.0


def date_named(name: str) -> bool:
    """A name that is a date, maybe with a word or two around it ("Entry of ...")."""
    found = DATE.search(name)
    return found is not None and len(WORD.findall(name.replace(found[0], " "))) <= 2


def end(parts: list[Section], i: int) -> int:
    """Where section `i` ends with its subsections: the index of the next heading as high."""
    level = parts[i].level
    for j in range(i + 1, len(parts)):
        if 0 < parts[j].level <= level:
            return j
    return len(parts)


def line(parts: list[Section], j: int) -> int:
    """The first line of section `j`, or the note's end."""
    return parts[j].line if j < len(parts) else END


def _speaks(sentence: str) -> bool:
    """The writer speaking. `first_person` reads "I" after a capitalised word as a numeral
    ("World War I"), which a sentence's own first word is not: "Then I left", "But I
    think" are a diary's, as often as not."""
    head, space, rest = sentence.partition(" ")
    pronoun = head[:1] == "I" and not head[1:2].isalpha()  # "I", "I'm": lower-cased, no word
    return first_person(sentence if pronoun else head.lower() + space + rest)


_ANY_MINE = re.compile(r"(?:i(?<!\wi)|m(?<!\wm)(?:e|y|ine|yself))\b")
"""Any first-person word ("i", "me", "my", "mine", "myself"), in the lower-cased paragraph:
a paragraph without one has no sentence `_speaks` reads as the writer's, and most
paragraphs have none. Each word opens on its letter, and the test that no letter comes
before it follows that letter: a pattern that opened on the word boundary would be tried
at every character of the paragraph, this one only where an "i" or an "m" is."""


def _may_plan(lower: str) -> bool:
    """Whether the lower-cased paragraph holds a part of some `_PROJECT` phrase, its "we",
    "our" or "the mvp" and what follows: most paragraphs hold none, and a few substring
    tests cost far less than trying the pattern at every word. "our " ends many words
    ("behaviour", "your"), so it counts only where no letter comes before it."""
    if "we " in lower or "we'" in lower or "we’" in lower or "the mvp" in lower:
        return True
    at = lower.find("our ")
    while at > 0 and (lower[at - 1].isalnum() or lower[at - 1] == "_"):
        at = lower.find("our ", at + 4)
    return at >= 0


def _count(block: Block, section: Section) -> None:
    if block.kind == "paragraph":
        text = block.text.text
        if DATE_OPENER.match(text):
            section.dated += 1
        section.fields += bool(_FIELD.match(text))
        said = analyse(text)
        section.sentences += len(said)
        lower = text.lower()
        if _ANY_MINE.search(lower):
            section.first += sum(_speaks(s.text) for s in said)
        if _may_plan(lower) and _PROJECT.search(text):  # in no sentence if not in the paragraph
            section.project += sum(bool(_PROJECT.search(s.text)) for s in said)
        if any(map(lower.__contains__, _SPOKEN_HINTS)) and _SPOKEN.search(text):
            section.spoken += sum(_said_aloud(s.text) for s in said)
    elif block.kind in ("list", "item"):
        for child in block.children:
            _count(child, section)


def _said_aloud(sentence: str) -> bool:
    """A filler used, not one quoted: a note on speech names "um," or "you know," in
    quotation marks; a talk taken down says them. Quoted means an odd count of quotation
    marks before it in the sentence."""
    return any(
        len(_QUOTES.findall(sentence, 0, m.start())) % 2 == 0 for m in _SPOKEN.finditer(sentence)
    )
