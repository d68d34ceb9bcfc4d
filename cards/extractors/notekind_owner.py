"""What a note keeps of its owner's own things: their kit, circle, queue and household.

Item by item an app list reads like a glossary ("Quillpad: plain text notes, synced"),
and so do a list of classmates ("Ines: retired nurse, makes belts") and a list of books
to read ("The Leatherworking Handbook: a friend's tip"): `Label: meaning` is how all of
them are written. What tells them apart is the list as a whole and what it sits under,
never the line:

- **inventory**: a list under a heading (or a note's title) that names programs (apps,
  plugins, browsers, a program's launcher), and whose items are mostly a name and a short
  tagline: the owner's kit, and "what does Quillpad do?" is not worth a review. A
  trade's tools ("Hand tools", "Build tools") stay, and so does a glossary under a kit's
  heading: a meaning that defines ("Awl: a pointed tool ...") is no tagline.
- **people**: a section headed as the owner's own circle ("Classmates", "Our lab mates"):
  who sat next to whom. "Influential painters" of a movement, music's "Staff" and
  "Dealing with difficult colleagues" are a subject and advice, and stay.
- **backlog**: a section headed as what the owner means to read, watch or try ("To read",
  "Videos to watch", "Rabbit holes I never went down"): a card would ask what they have
  not learnt. The whole heading must be the queue: "How to learn it", "What to read" and
  "Finding films to watch" are advice, "Ten lessons I took years to learn" an essay, "To
  learn in chemistry" the notes of one learning it.
- **scratch**: a note titled as its owner's rough notes and nothing more ("Rough notes
  4"): pasted passages and half-thoughts kept to sort later, without their sources.
  "Pottery rough notes" names a subject, and stays, as does a section "Rough notes".
- **household**: a note or section named as the household's plans ("Weeknight meal
  options", "Grandma's recipes", "Shopping list"): what is in the freezer this week.
  "School lunch plans in wartime" is history, and stays.

Each is a rule of `notekind.py` (`notekind.inventory`, `.people`, `.backlog`, `.scratch`,
`.household`), switched off with `disable_rules` like its other kinds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.extractors.notefeatures import END, Section
from cards.extractors.notespans import Span, under
from cards.parse import Block, ParsedNote

KIT = re.compile(
    r"^(?:(?:[\w+#.-]+\s+){0,2}(?:apps|applications|software|plugins|extensions|utilities"
    r"|add-?ons|launcher|toolbars?|browsers|emulators)|(?:[\w+#.-]+\s+){1,2}(?:clients|editors))"
    r"(?:\s+(?:database|list|collection|catalog(?:ue)?))?\W*$",
    re.I,
)
"""A heading naming a set of programs, or a program's launcher, with a word or two before
it ("Phone apps", "Firefox extensions", "Launcher") and at most a word for a list after it
("Plugins list"): "Applications of group theory" is a subject. "Clients" and "editors" are
as often people (a firm's clients, a publisher's editors), so they need a word that makes
them programs ("Mail clients", "Text editors"). Not "tools" or "menus": a trade's tools
("Hand tools", "Build tools") and a café's menu are what a note is about."""
USES = re.compile(r"^(?:applications|extensions|utilities|software)\W*$", re.I)
"""Alone as a section's heading, these are the note's subject's uses or offshoots
("Applications" under number theory, "Software" under patent law); alone as a note's
title, its owner's programs."""
KIT_WORDS = (
    *("app", "software", "plugin", "extension", "utilit", "add", "launch", "toolbar"),
    *("client", "browser", "editor", "emulator"),
)
CIRCLE = re.compile(
    r"^(?:\w+:\s*)?(?:(?:who are|meet)\s+)?(?:(?:my |our |the )?(?:(?-i:[A-Z]{2,6})\s+)?"
    r"(?:classmates|class ?mates|co-?workers|colleagues|teammates|roommates)"
    r"|(?:my |our )(?:(?-i:[A-Z]{2,6})\s+)?(?:staff|faculty)|(?-i:[A-Z]{2,6})\s+(?:staff|faculty))"
    r"\W*$",
    re.I,
)
"""A heading naming the owner's own circle, with at most an owner's word or an
organisation's initials before it ("Our lab mates", "Aside: who are my classmates?",
"BDC Faculty"). A bare "Staff" or "Faculty" is as often a subject (music's five-line staff,
a ministry's staff, a university's faculties), so those need the owner's word or the
initials; not "General staff of the Prussian army", a subject, nor "Dealing with difficult
colleagues", advice."""
BARE_STAFF = re.compile(r"^(?:the )?(?:staff|faculty)\W*$", re.I)
"""Music's or an army's staff alone; the owner's school's beside their classmates."""
CIRCLE_WORDS = ("mate", "staff", "facult", "worker", "colleague")
_VERB = r"(?:read|watch|try|learn|explore|check out|look into|listen to|play|cover)"
QUEUE = re.compile(
    rf"^(?:(?:(?![\w-]*ing\s)[\w-]+\s+)?(?:videos?|books?|articles?|things|movies|films|shows"
    rf"|papers|links|games|podcasts|stuff|topics)\s+|(?:\w+\s+)?i (?:need|want|mean|have)\s+)?"
    rf"to {_VERB}(?:\s+(?:later|next))?\W*$"
    r"|^(?:my\s+)?(?:reading|watch|wish|bucket|to-?do)\s?list\W*$|^watch later\W*$"
    r"|\byet to (?:go|read|watch|try|learn|explore)\b|^inbox\W+to\b"
    r"|^(?:[\w-]+\s+){0,3}rabbit[ -]?holes(?:\s+(?:i|we)\b.*)?\W*$",
    re.I,
)
"""A heading or title that is the owner's queue: "To read", "Long videos to watch",
"Things I want to try", "More topics to cover", "Reading list", "Inbox: to sort", "Rabbit
holes I never went down" (the owner's detours, links and asides). The queue's noun, with at
most a word before it, opens the heading, and the verb of reading, trying or writing about
closes it: "Finding films to watch" is advice, and so is "What to read". A heading that only
mentions a rabbit hole ("The rabbit hole of autoplay") is a subject."""
INBOX = re.compile(r"^inbox\W*$", re.I)
"""A note titled "Inbox" is where its owner drops what is not yet sorted; a section headed
so may be about mail."""
QUEUE_WORDS = ("to ", "list", "later", "rabbit")
SCRATCH = re.compile(
    r"^(?:my\s+)?(?:own\s+)?(?:rough|scratch|scrap|raw|unsorted|messy)\s+notes?"
    r"(?:\s+(?:x|no\.?|#)?\s*\d*)?\W*$",
    re.I,
)
"""A title that is its owner's scratch pad and nothing more, perhaps numbered: "Rough notes
4", "My rough notes", "Scrap notes #2". "Pottery rough notes" names its subject, and stays."""
SEPARATORS = re.compile(r"[-_]+")
HOUSEHOLD = re.compile(
    r"^(?:[\w'-]+\s+)?(?:meal|breakfast|lunch|dinner|snack)s? (?:options|ideas|plans?)\W*$"
    r"|^(?:my|our|family|mom|mum|dad|grandma|grandpa|nana)(?:'?s)? recipes\W*$"
    r"|^(?:grocery|shopping|packing) lists?\W*$",
    re.I,
)
"""A title or heading that is the household's plans and nothing more: "Weeknight meal
options", "Grandma's recipes", "Shopping list". "Regex recipes" and "School lunch plans in
wartime" are subjects."""
HOUSEHOLD_WORDS = ("meal", "breakfast", "lunch", "dinner", "snack", "recipes", " list")
LABEL = re.compile(r"^[^\W\d_][^:]{0,38}?\s*:\s+\S")
"""An item that opens on a short label and a colon: `Sundial: clocks in the menu bar`."""
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
    program's launcher ("Phone apps" over "## Paid ones")."""
    titled = kit = _named(note.title, KIT, KIT_WORDS)
    blocks = note.blocks
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            heading = block.text.text.strip()
            kit = titled or (_named(heading, KIT, KIT_WORDS) and not USES.match(heading))
        elif kit and block.kind == "list" and _tagged(block):
            end = blocks[i + 1].line if i + 1 < len(blocks) else END
            yield Span(block.line, end, "inventory", "names and taglines under a kit's heading")


def people(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """Sections, or a whole note, headed as the owner's classmates or staff; and a bare
    "Staff" or "Faculty" beside a section of the owner's circle: the school's staff, in a
    note that lists the owner's classmates."""
    spans = list(_headed(note, parts, CIRCLE, CIRCLE_WORDS, "people", "the owner's circle"))
    yield from spans
    if spans and not spans[0].whole:
        for i, section in enumerate(parts):
            if section.level and BARE_STAFF.match(section.title):
                yield under(parts, i, "people", "staff beside the owner's circle")


def backlog(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """A note titled as a queue or an inbox, or the sections headed as a queue."""
    if INBOX.match(note.title):
        return iter((Span(1, END, "backlog", "titled as the owner's inbox"),))
    return _headed(note, parts, QUEUE, QUEUE_WORDS, "backlog", "the owner's queue")


def scratch(note: ParsedNote, parts: list[Section]) -> Iterator[Span]:
    """A note titled, or a file named, as the owner's rough notes ("Scrap notes 2.md"
    under "# Glaze chemistry": the name says what its heading does not). Not sections: a
    section headed "Rough notes" under a subject (a talk's, a doctrine's) gathers its
    points. A file name's hyphens and underscores are its spaces ("rough-notes-4.md")."""
    name = SEPARATORS.sub(" ", note.note.name)
    if SCRATCH.match(note.title) or SCRATCH.match(name):
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
            yield under(parts, i, kind, "headed as " + why)


def _named(title: str, pattern: re.Pattern[str], words: tuple[str, ...]) -> bool:
    """`pattern` finds the title, asked only of a title holding one of its `words`: most
    headings hold none, and a substring costs less than a search."""
    return any(map(title.lower().__contains__, words)) and pattern.search(title) is not None


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
    says "is" ("Awl: a pointed tool ...") is a glossary's, and a list of those stays."""
    found = LABEL.match(text)
    if found is None:
        return False
    words = text[found.end() - 1 :].lower().split()
    return len(words) <= TAGLINE_WORDS and words[0] not in ARTICLES and not COPULAS & set(words)


RULES = (
    ("inventory", inventory),
    ("people", people),
    ("backlog", backlog),
    ("scratch", scratch),
    ("household", household),
)
"""This module's kinds, in the order `notekind.ruler` asks them."""
