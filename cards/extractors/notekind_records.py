"""What a note keeps of its owner's own dealings: letters, a talk taken down, a game played.

Sentence by sentence they read like any note ("Tariffs protect young industries",
"Cellar: the blue door opens only at night"), and the claim rules make cards of them.
What gives them away is the note or section as a whole:

- **letters**: a note titled, or a section headed, as the owner's letters to someone
  ("Letters to friends", "My letter to Ines", "Emails to my landlord"), in the owner's
  voice. The addressee is the owner's ("my", "our") or named by an everyday word
  ("friends", "family", "people"): a letter to a named person ("Letters to Lucilius",
  "Letter to Menoeceus") or to "a" or "the" someone ("Letters to a Young Poet", "Letter
  to the Romans") is as likely a book or a classic that the note sums up, and stays.
- **transcript**: a section (or a note without headings) whose sentences keep a talk's
  fillers ("and you know, hopefully", "..., right?"), four of them at least and one
  sentence in ten: words said to a room, taken down, not written about a subject. A
  writer's "You know, ..." once in a page is their voice, and stays.
- **playlog**: a note that says it is kept while its owner plays a game ("Notes while I
  play", "my playthrough"), in its description, title or opening: rooms found, codes
  tried, a puzzle's clues. "Children learn while they play" is a subject.

Each is a rule of `notekind.py` (`notekind.letters`, `.transcript`, `.playlog`),
switched off with `disable_rules` like its other kinds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.commonness import everyday
from cards.extractors import notefeatures as nf
from cards.extractors.notefeatures import END, Section
from cards.extractors.notespans import Span, under
from cards.parse import ParsedNote

LETTERS = re.compile(
    r"^(my\s+|our\s+)?(?:letters?|e-?mails?|messages?)\s+to\s+(?:(my|our)\s+)?([^\W\d_]+)"
    r"|^(?:my|our)\s+(?:letters|e-?mails|correspondence)\W*$|^correspondence\W*$",
    re.I,
)
"""A title or heading naming letters to someone ("Letters to friends", "My letter to Ines
- part 2", "My correspondence"); not "Letters of ...", written by others."""
LETTER_WORDS = ("letter", "mail", "message", "correspondence")
VOICED = 0.1
"""The share of the owner's sentences in the first person that makes letters theirs: a
letter summed up by someone else speaks of its writer in the third person."""
SPOKEN_LEAST = 4
SPOKEN_SHARE = 0.1
"""Fillers of speech in at least this many sentences, and this share of them, make a talk
taken down."""
PLAYING = re.compile(
    r"\bwhile (?:i|we) (?:play|played|was playing|were playing|am playing)\b"
    r"|\b(?:my|our) play-?throughs?\b|\bplay-?through (?:notes|log)\b",
    re.I,
)
"""A note that says it is kept as its owner plays: "Jotted down while I play",
"Notes from my playthrough". Not "while they play" (a subject) nor "while playing" alone
("she learnt the rules while playing", a story of someone else)."""


def letters(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """A note titled, or the sections headed, as the owner's letters, in the owner's voice."""
    if _named(note.title) and nf.share(parts, 1) >= VOICED:
        yield Span(1, END, "letters", "titled as the owner's letters")
        return
    for i, section in enumerate(parts):
        voiced = section.level and _named(section.title)
        if voiced and nf.share(parts[i : nf.end(parts, i)], 1) >= VOICED:
            yield under(parts, i, "letters", "headed as a letter of the owner's")


def transcript(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """Sections (or a note with no headings) whose sentences keep a talk's fillers."""
    for i, section in enumerate(parts):
        spoken = section.spoken
        if spoken >= SPOKEN_LEAST and spoken >= SPOKEN_SHARE * section.sentences:
            if not section.level and len(parts) == 1:
                yield Span(1, END, "transcript", "a talk taken down")
                return
            if section.level:
                yield under(parts, i, "transcript", "a talk taken down")


def playlog(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """A note whose description, title or opening says it is kept while its owner plays."""
    about = note.note.metadata.get("description")
    opening = next((b.text.text for b in note.blocks if b.kind == "paragraph"), "")
    for text in (about if isinstance(about, str) else "", note.title, opening):
        if "play" in text.lower() and PLAYING.search(text):
            yield Span(1, END, "playlog", "kept while its owner plays a game")
            return


def _named(title: str) -> bool:
    """Whether the title names letters the owner wrote: theirs by "my" or "our", or to
    someone an everyday word names; not to "a" or "the" someone, nor to a name alone."""
    lower = title.lower()
    if not any(map(lower.__contains__, LETTER_WORDS)):
        return False
    found = LETTERS.search(title)
    if found is None or found[1] or found[2] or found[3] is None:
        return found is not None
    addressee = found[3].lower()
    return addressee not in ("a", "an", "the") and everyday(addressee)
