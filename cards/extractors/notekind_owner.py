"""What a note keeps of its owner's own things: their kit, circle, queue and household.

Item by item an app list reads like a glossary ("Cleanshot X: scrolling screenshots",
"Folx: torrenting"), and so do a list of classmates ("Yicheng: graduate student in
electrical engineering") and a list of books to read ("Flow: the psychology of optimal
experience"): `Label: meaning` is how all of them are written. What tells them apart is
the list as a whole and what it sits under, never the line:

- **inventory**: a list under a heading (or a note's title) that names apps, tools or
  software, or a launcher's or menu's entries, and whose items are mostly a name and a
  short tagline. The owner's kit, or a tour of a program's buttons: "what does Folx
  do?" is not worth a review. A glossary under "Tools" stays: it takes the heading AND
  the shape, and a meaning that defines ("Awl: a pointed tool ...") is no tagline.
- **people**: a section headed as the owner's own circle ("Classmates", "CPS Staff",
  "Bonus: who are my classmates?"): who sat next to whom. "Later influential people" of
  a religion or "Telling your co-workers" are a subject and advice, and stay.
- **backlog**: a section headed as what the owner means to read, watch or try ("To read",
  "Videos to watch", "Rabbitholes I have yet to go down"): a card would ask what they
  have not learnt. The whole heading must be the queue: "How to learn it" and "Framing
  to learn" are advice, "38 Lessons That Took Me 38 Years To Learn" an article, "To learn
  in physics" the notes of one learning it, "Later Influential People" history.
- **scratch**: a note titled as its owner's rough notes and nothing more ("Rough notes
  X8"): pasted passages and half-thoughts kept to sort later, without their sources.
  "Hinduism rough notes" names a subject, and stays.

- **household**: a note or section named as the household's plans ("Quick meal options",
  "Dad's recipes", "Shopping list"): what is in the freezer this week.

Each is a rule of `notekind.py` (`notekind.inventory`, `.people`, `.backlog`, `.scratch`,
`.household`), switched off with `disable_rules` like its other kinds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.extractors import notefeatures as nf
from cards.extractors.notefeatures import END, Section
from cards.extractors.notespans import Span
from cards.parse import Block, ParsedNote

KIT = re.compile(
    r"^(?:[\w+#.-]+\s+){0,2}(?:apps|applications|tools|software|plugins|extensions|utilities"
    r"|add-?ons|launcher|menus?|toolbars?|clients|browsers|editors|emulators)"
    r"(?:\s+(?:database|list|collection|catalog(?:ue)?))?\W*$",
    re.I,
)
"""A heading naming a set of programs, or a program's launcher or menu, with a word or two
before it ("Mac apps", "Core Tools", "XMPP clients", "Launcher") and at most a word for a
list after it ("Apps database"): "Applications of regular languages" is a subject."""
KIT_WORDS = (
    *("app", "tool", "software", "plugin", "extension", "utilit", "add", "launch", "menu"),
    *("client", "browser", "editor", "emulator"),
)
"""Substrings of every heading `KIT` finds, asked first."""
CIRCLE = re.compile(
    r"^(?:bonus\W+)?(?:(?:who are|meet)\s+)?(?:my |our |the )?(?:(?-i:[A-Z]{2,6})\s+)?"
    r"(?:classmates|class ?mates|staff|faculty|co-?workers|colleagues|teammates|roommates)\W*$",
    re.I,
)
"""A heading naming the owner's own circle, with at most an owner's word or an
organisation's initials before it ("CPS Staff"): not "Joint Staff Annual Ethics Training",
a subject, nor "Telling your co-workers", advice."""
CIRCLE_WORDS = ("mate", "staff", "facult", "worker", "colleague")
_VERB = r"(?:read|watch|try|learn|explore|check out|look into|listen to|play)"
QUEUE = re.compile(
    rf"^(?:(?:[\w-]+\s+)?(?:videos?|books?|articles?|things|movies|films|shows|papers"
    rf"|links|games|podcasts|stuff)\s+|(?:ones i (?:need|want)|what)\s+)?to {_VERB}"
    r"(?:\s+(?:later|next))?\W*$"
    r"|^(?:my\s+)?(?:reading|watch|wish|bucket|to-?do)\s?list\W*$|^watch later\W*$"
    r"|\byet to (?:go|read|watch|try|learn|explore)\b|^inbox\b|\brabbit[ -]?holes?\b",
    re.I,
)
"""A heading or title that is the owner's queue: "To read", "Educational videos to watch",
"Ones I need to try", "Reading list", "Inbox: to organize later", "Rabbitholes I have yet
to go down", "Extra rabbitholes I went down" (the owner's detours, links and asides); the
queue's noun opens the heading, the verb of reading or trying closes it."""
QUEUE_WORDS = ("to ", "list", "later", "inbox", "rabbit")
SCRATCH = re.compile(
    r"^(?:my\s+)?(?:own\s+)?(?:rough|scratch|scrap|raw|unsorted|messy)\s+notes?"
    r"(?:\s+(?:x|no\.?|#)?\s*\d*)?\W*$",
    re.I,
)
"""A title that is its owner's scratch pad and nothing more: "Rough notes X8", "My own
rough notes", "Scrap notes". "Hinduism rough notes" names its subject, and stays."""
HOUSEHOLD = re.compile(
    r"\b(?:meal|breakfast|lunch|dinner|snack)s? (?:options|ideas|plans?)\b"
    r"|^(?:my|our|family|mom|mum|dad|grandma|grandpa|nana)(?:'?s)? recipes\W*$"
    r"|^(?:grocery|shopping|packing) lists?\W*$",
    re.I,
)
"""A title or heading naming the household's plans: "Quick meal options", "Dad's
recipes", "Shopping list". "Python recipes" and "Meal timing and insulin" are subjects."""
HOUSEHOLD_WORDS = ("meal", "breakfast", "lunch", "dinner", "snack", "recipes", " list")
LABEL = re.compile(r"^[^\W\d_][^:]{0,38}?\s*:\s+\S")
"""An item that opens on a short label and a colon: `Commander One: two pane manager`."""
ARTICLES = frozenset({"a", "an", "the"})
COPULAS = frozenset({"is", "are", "means"})
"""A meaning that opens on an article or holds a copula defines its term."""
TAGLINE_WORDS = 12
"""At most this many words after the label: a tagline, not an explanation."""
LEAST_ITEMS = 3
LABELLED_SHARE = 0.6
"""The share of a list's items that must be `Name: tagline` for it to be an inventory."""


def inventory(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """Lists of names and taglines under a heading, or in a note titled, as programs or a
    menu ("Apps database" over "## Platform: Windows")."""
    titled = kit = _named(note.title, KIT, KIT_WORDS)
    blocks = note.blocks
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            kit = titled or _named(block.text.text.strip(), KIT, KIT_WORDS)
        elif kit and block.kind == "list" and _tagged(block):
            end = blocks[i + 1].line if i + 1 < len(blocks) else END
            yield Span(block.line, end, "inventory", "names and taglines under a kit's heading")


def people(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """Sections, or a whole note, headed as the owner's classmates or staff."""
    return _headed(note, parts, CIRCLE, CIRCLE_WORDS, "people", "the owner's circle")


def backlog(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """A note titled as a queue, or the sections headed as one."""
    return _headed(note, parts, QUEUE, QUEUE_WORDS, "backlog", "the owner's queue")


def scratch(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """A note titled, or a file named, as the owner's rough notes ("Rough Notes X2.md"
    under "# Innocent claims": the name says what its heading does not). Not sections: a
    section headed "Rough notes" under a subject (a talk's, a doctrine's) gathers its
    points."""
    if SCRATCH.match(note.title) or SCRATCH.match(note.note.name):
        yield Span(1, END, "scratch", "titled as the owner's rough notes")


def household(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """A note titled, or the sections headed, as the household's meals or lists."""
    return _headed(note, parts, HOUSEHOLD, HOUSEHOLD_WORDS, "household", "a household's plan")


def _headed(
    note: ParsedNote,
    parts: list[Section],
    pattern: re.Pattern[str],
    words: tuple[str, ...],
    kind: str,
    why: str,
) -> Iterator[Span]:
    """The whole note when its title matches, else each section (with its subsections)
    whose heading does."""
    if _named(note.title, pattern, words):
        yield Span(1, END, kind, "titled as " + why)
        return
    for i, section in enumerate(parts):
        if section.level and _named(section.title, pattern, words):
            yield Span(section.line, nf.line(parts, nf.end(parts, i)), kind, "headed as " + why)


def _named(title: str, pattern: re.Pattern[str], words: tuple[str, ...]) -> bool:
    """`pattern` finds the title, asked only of a title holding one of its `words`: most
    headings hold none, and a substring costs less than a search."""
    lower = title.lower()
    return any(word in lower for word in words) and pattern.search(title) is not None


def _tagged(block: Block) -> bool:
    """Most of the list's items are a label and a tagline (nested items count as theirs)."""
    items = [c.children[0].text.text for c in _items(block) if c.children]
    if len(items) < LEAST_ITEMS:
        return False
    tagged = sum(_tagline(text) for text in items)
    return tagged >= LABELLED_SHARE * len(items)


def _items(block: Block) -> Iterator[Block]:
    for item in block.children:
        yield item
        for child in item.children:
            if child.kind == "list":
                yield from _items(child)


def _tagline(text: str) -> bool:
    """A label and a few words that do not define it: a meaning that opens on an article or
    says "is" ("KiCad: A free suite for EDA") is a glossary's, and a list of those stays."""
    found = LABEL.match(text)
    if found is None:
        return False
    words = text[found.end() - 1 :].lower().split()
    return len(words) <= TAGLINE_WORDS and words[0] not in ARTICLES and not COPULAS & set(words)
