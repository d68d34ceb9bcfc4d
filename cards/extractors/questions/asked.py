"""Whether a question a rule found is one a card can ask: a question of the subject, not the
writer thinking aloud, and answered by the note rather than mused over.

    ## Terminal apps?                  <- a topic with a question mark: it asks nothing
    ## Why does it work?               <- its subject in no heading above: unanswerable
    ## Why would I need this?          <- the writer asking themself, and answering
    I need to trim my old photos.           in the first person
    - But why does the ice float?      <- a turn in an argument, its first half elsewhere
    **How do comets get their tails?** <- asked, but answered "I guess ...": an opinion
    1. Which phase comes first?        <- a quiz: its answer is a list of options
       A. Planning  B. Review
    ## Why a fixed gear?               <- the writer's taste: "I prefer fewer parts"
    **What is missing from this?**    <- "this" of the text above, under "## Practice"

Notes ask questions for many reasons besides teaching their answer: to organise a list
of apps, to argue with a reader, to wonder. Every question rule finds its questions by
shape; this is the one test, for all of them, of what the question and its answer say.
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import PurePosixPath

from cards.extractors.questions.debated import debated
from cards.extractors.questions.opening import named_again
from cards.extractors.questions.person import put_to_person
from cards.extractors.questions.said import pictured
from cards.extractors.questions.vague import vague
from cards.items import Item
from cards.language import (
    AUX,
    DETERMINERS,
    FUNCTION_WORDS,
    PRONOUNS,
    WH,
    finite_verb,
    in_s,
    words,
)

_OPENERS = WH | AUX | frozenset(["which", "whom"])
_MINE = re.compile(r"\b(?:I|I['’](?:m|ve|d)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")
"""The writer in the first person; "I" in capitals, as "i" is as often a loop's index."""
_I = re.compile(r"\bI(?:['’](?:m|ve|d))?\s+[a-z]")
"""The writer as the subject of a verb: "I went", "I thought" (not "I/O", "Part I")."""
_TURNS = frozenset("but or and so now wait also".split())
"""Words that open a question as the next turn of an argument: "But why ...", "Or if ..."."""
_LEAD = re.compile(r"^.{1,60}?(?::|\s[-–—])\s+(?=\S)")
"""A label or a topic before the question: "Lecture 3 recap: What's ...?"."""
_MUSING = re.compile(r"^(?:well\b|i\s+(?:guess|think|believe|suppose)\b|comment\b)", re.I)
"""An answer that opens as an opinion or a reply: "Well, ...", "I guess ...", "Comment 1:".
A taste ("I prefer ...") opens on the writer as a verb's subject: `_I` judges it."""
_EMBED = re.compile(r"\s*(?:\{%.*?%\}|<?https?://\S+>?)\s*", re.DOTALL)
"""An answer that is only a site generator's embed or a link."""
LABEL_WORDS = 3
"""Words a label before a question and its full stop has at most ("Mutex. Why ...")."""
_OPTIONS = re.compile(r"(?:^|;\s*)[A-Da-d][.)]\s")
"""Options of a quiz, "A. ...; B. ...": the answer a card would show is a list to choose from."""


def askable(item: Item) -> bool:
    """Whether a question item asks about its subject and the note answers it. A card the
    writer spelled out for a flashcard plugin is theirs to word, and always asks."""
    if item.rule == "question.flashcard":
        return True
    question = item.plain.strip()
    label, _, after = question.partition(". ")  # "Mutex. Why use it?"
    after = after if len(label.split()) <= LABEL_WORDS else ""
    openings = (question, _LEAD.sub("", question), question.partition(", ")[2], after)
    if not any(_asks([w.removesuffix("'s") for w in words(o)]) for o in openings if o):
        return False  # "Terminal Apps?", "?": a topic, not a question
    ws = words(question)
    if ws[0] in _TURNS or ("my" in ws and not any(w.split("'")[0] == "i" for w in ws)):
        return False  # "But why ...", "What stops my landlord ...?"; "How do I ... my ...?" asks
    if _PERSONAL.intersection(ws[1:3]) and not _said(ws) and not _term(_context(item)):
        return False  # "Why does it work?" where no heading above says what "it" is
    if _pointing(ws) and not _named(ws, item):
        return False  # "How does this second pass help?": what it points at is above it
    if ws[0] in AUX and item.rule == "question.heading" and _titled(question, item):
        return False  # "Is Rust the Future of Systems Code?": an article's title, not asked
    said = item.answer.text.strip() if item.answer else ""
    if _MUSING.match(said) or _OPTIONS.search(said) or _asked_back(said):
        return False  # an opinion, a quiz, or another question ("What is the mean?")
    coded = bool(item.answer_blocks) and all(b.kind == "code" for b in item.answer_blocks)
    if coded and ws[0] == "what" and ws[1:2] in (["is"], ["are"]):
        return False  # "What is a queue?" over its declaration alone: its use, not what it is
    if item.ref.headings and named_again(said, item.ref.headings[-1]):
        return False  # "What is it?" under "## Queues": "A queue, obviously."
    if said.endswith(":") or said.endswith(": ;"):
        return False  # "Types of models:", "A medium-quality discussion:": its list left behind
    if debated(item):
        return False  # a quoted exchange, or each side's position: reported, not answered
    if said and not any(c.isalnum() for c in said):
        return False  # an answer of only punctuation (":"); an image alone has no text
    if (
        item.answer is not None
        and _SHOWN.isdisjoint(ws)
        and pictured(item.answer, item.answer_blocks)
    ):
        return False  # a slide pasted under it; it answers "What does it look like?"
    if ("{%" in said or "http" in said) and _pointed(said):
        return False  # "{% embed url=... %}", "Optional {% embed ... %}": pointed to, not answered
    if vague(ws) and (_PERSONAL.isdisjoint(ws) or not _term(_context(item))):
        return False  # "Which is the best?", "How does the confusion start?", "How to implement?"
    if not _POINTED.isdisjoint(ws):
        return False  # "How many of the herbs are listed?": the page's own checklist
    if ws[0].endswith("n't") and len(ws) > 1 and ws[1] not in _SUBJECTS:
        return False  # "Don't have an hour to spare?": a call to action with no subject
    personal = ws[1:2] and ws[1] in _ASKING and "you" in ws[2:3]  # "What are you trying ...?"
    if ws[0] in AUX and (
        ws[1:2] == ["i"] or (ws[1:2] == ["you"] and put_to_person(ws, question, said))
    ):
        return False  # "Should I use ...?": the writer's choice; "Do you own a car?": a person's
    if personal or (("would" in ws or "did" in ws[:2]) and ("you" in ws or "your" in ws)):
        return False  # "What would be your ...?", "Why did you ...?": asking a person
    if ws[-2:] in (["are", "you"], ["am", "i"]):
        return False  # "Which kind of gardener are you?": the reader's self, not a fact
    # "Why would I need this?" over "... I need to trim my ...": the writer's own case;
    # "What if two readings disagree?" over "Here's the batch I measured": their own story
    first = said.split(". ", 1)[0]
    told = _I.search(first.split("; ", 1)[0])  # its first sentence or item, not a later one's
    return not (_MINE.search(first) and (_MINE.search(question) or told))


_SHOWN = frozenset("look looks shape diagram where".split())
"""A question a picture answers: "What does the brain look like?", "Where is the pons?"."""
_SUBJECTS = PRONOUNS | DETERMINERS
_ASKING = frozenset("are were did have would might".split())
_PERSONAL = frozenset("it they he she this".split())
"""A pronoun as the question's subject ("How is it different?", "Why do they fail?")."""


def _pointed(said: str) -> bool:
    """An answer that is an embed or a link, alone, under a word ("Optional") or after a
    lead-in ("A good discussion: {% embed ... %}")."""
    if _EMBED.fullmatch(said):
        return True
    rest = _EMBED.sub(" ", said)
    return len(rest.split()) < 2 <= len(said.split()) or rest.rstrip(" ;").endswith(":")


def _said(ws: list[str]) -> bool:
    """Whether a question names enough of its own to stand without the pronoun's antecedent
    ("Why is it slow to search an unsorted pile of cards?", where "it" stands for nothing)."""
    if _EXTRAPOSED.intersection(ws[3:]):
        return True  # "Is it true that ...", "Why is it hard to ...": "it" stands for the clause
    return sum(w not in FUNCTION_WORDS for w in ws) > 3


_EXTRAPOSED = frozenset(["that", "to"])
_DEMONSTRATIVES = frozenset(["this", "these"])
_PLACES = frozenset(["in there", "in here", "out there", "inside there"])
"""Where a question points into the text above ("What's in there?"); not "How many
moons are there?", which asks of the world."""


def _pointing(ws: list[str]) -> bool:
    """A question about "this" of the text before it: "this" or "these" before a noun
    past the question's opening ("... of this cache line?"), or as its last word ("What is
    missing from this?", "What's in there?")."""
    return (
        ws[-1] in _DEMONSTRATIVES
        or " ".join(ws[-2:]) in _PLACES
        or any(w in _DEMONSTRATIVES and n not in FUNCTION_WORDS for w, n in pairwise(ws[2:]))
    )


def _named(ws: list[str], item: Item) -> bool:
    """Whether a heading above names what the question's "this" points at: one thing, not
    a kind of many ("## Sorting methods" over "What's wrong with this?"), nor the note's
    name when no heading is."""
    if not item.ref.headings or not _term(_context(item)):
        return False
    last = words(item.ref.headings[-1])[-1:]
    return "these" in ws or not (last and in_s(last[0]))


def _titled(question: str, item: Item) -> bool:
    """An article's title asked as yes or no, atop its note in title case ("Is Rust the
    Future of Systems Code?"): the note argues it, no card can answer it."""
    if item.ref.headings:
        return False
    long = [w for w in question.split() if len(w) > 3 and w[0].isalpha()]
    return len(long) > 2 and 4 * sum(w[0].isupper() for w in long) >= 3 * len(long)


def _context(item: Item) -> tuple[str, ...]:
    """What the card shows above the question: the heading right above it, or the note's
    title (its file's name) when no heading is."""
    if item.ref.headings:
        return item.ref.headings[-1:]
    return (PurePosixPath(item.ref.path).stem,)


def _term(headings: tuple[str, ...]) -> bool:
    """Whether the heading right above names a thing the question's pronoun can stand for:
    a short noun phrase ("The Decoy Effect"), not a section ("Notes") or a sentence."""
    if not headings:
        return False
    ws = words(headings[0])
    if headings[0].rstrip().endswith("?"):
        return True  # "Is X the same as Y?" over "Why does it matter?": X, asked of again
    return 0 < len(ws) <= 5 and (
        finite_verb(headings[0]) is None
        and ws[-1] not in _SECTIONS
        and not (ws[0].endswith("ing") and len(ws) > 1)
    )


_SECTIONS = frozenset(
    "notes note overview summary introduction intro background details misc other comparison "
    "questions faq examples example discussion thoughts practice implementation usage setup "
    "installation exercises problems results conclusion recap takeaways".split()
)
"""Headings that name a part of a note by its role, not a thing: a pronoun or "this" under
"## Implementation" or "## Practice" points at the text, not at the heading."""


def _asks(ws: list[str]) -> bool:
    """An opening that asks: a wh-word or an auxiliary among its first words, or after an
    "if" clause ("If a payment fails, will ..."). The caller tries it after a label
    ("Lecture 3 recap: What's ...") and after a comma ("In Clean
    Architecture, should ...") too."""
    opens = next((n for n, w in enumerate(ws[:3]) if w in _OPENERS), None)
    if opens is not None and all(w in FUNCTION_WORDS or w in _TURNS for w in ws[:opens]):
        return True  # not "Explored chess when it was new?": a statement's "when"
    return ws[:1] == ["if"] and any(w in AUX for w in ws)


def _asked_back(said: str) -> bool:
    """An answer that is one question ("What is the mean?"), or opens on a rhetorical one
    with its mark left off ("Isn't that the whole point ..."): asked again, not answered."""
    if ("'" in said[:12] or "’" in said[:12]) and _RHETORICAL.match(said):
        return True
    return said.endswith("?") and not any(c in said.rstrip("?") for c in ".!?;")


_RHETORICAL = re.compile(
    r"(?:is|are|was|were|do|does|did|would|could|should|ca|wo)n['’]t\s+"
    r"(?:it|that|this|there|you|we|they)\b",
    re.I,
)


_POINTED = frozenset("listed above below mentioned aforementioned".split())
"""A question about the note's own text ("How many of the herbs are listed?"): a
checklist's prompt, answered by pointing at the page."""
