"""What the claim rules share: the shape of a claim sentence, its predicate, its labels.

    **Key idea:** habits compound.       <- a lead-in label, stepped over before a rule reads
    Note: stonewalling is a shutdown.    <- an annotation label, the same
    Sleep consolidates new memories.     <- the predicate ("new memories") is the cloze

Every sentence rule asks the same questions of a sentence (is it a claim at all, where does
its predicate start), so the answers live here once rather than in each rule.
"""

from __future__ import annotations

import re

from cards.inline import InlineText
from cards.language import (
    FUNCTION_WORDS,
    LABELS,
    finite_verb,
    is_advice,
    is_narrative,
    is_question,
    words,
)

MIN_WORDS = 4
KEY_MARKS = ("strong", "mark")
"""Emphasis that marks a key phrase: bold and ==highlight==."""
METADATA_KEYS = frozenset(
    "source sources author authors by tags tag date created modified status type url link links "
    "related see also topic topics aliases category reference references title isbn publisher "
    "published year rating genre edition pages started finished".split()
)
"""`- Source: [[Book]]` lines carry metadata, not a term and its meaning."""
MEETING_KEYS = frozenset(
    [
        *"decision decisions action actions owner owners assignee attendees participants".split(),
        *"agenda due deadline eta blocker blockers outcome outcomes priority present".split(),
        *["action item", "action items", "next step", "next steps", "follow up", "follow-up"],
    ]
)
"""`Decision: we ship on Friday`, `Owner: Sam`: a meeting's record, no term and its meaning."""
_LIST_LABELS = frozenset(
    "pros cons advantages disadvantages benefits drawbacks example examples exceptions pro con "
    "advantage disadvantage benefit drawback downside downsides upside upsides ex eg e.g "
    "i.e ie sample samples proof".split()
)
FACETS = frozenset(
    [
        *"input inputs output outputs purpose usage syntax complexity runtime performance cost "
        "costs impact effects causes symptoms treatment treatments diagnosis definition meaning "
        "evidence findings outcome outcomes challenge challenges problem problems issue issues "
        "solution solutions limitations strengths weaknesses history origin origins stability "
        "productivity observation observations effect".split(),
        *["general syntax", "time complexity", "space complexity", "worst case", "best case"],
        *["average case", "side effects", "risk factors", "symptoms include", "use case"],
    ]
)
"""Aspects a note gives its subject, each under its label (`**Impact**: Flooding delays
...`, `Average case: two probes`): the label names a facet of what the note is about, not a term
the line defines. The line is a claim about the note's subject, its label kept as context,
and "What is impact?" asks nothing."""
FIELDS = frozenset(
    [
        *"contact email instructor professor ta grading grades schedule website organization "
        "role team expenses budget location duration textbook readings bonus others scenario "
        "situation mood visuals gratitude grateful highlight lowlight wins intention "
        "affirmation awards award certifications skills skillset education hobbies "
        "interests guidance goals plans progress translation translations transliteration "
        "commentary notation tools threats recall platform".split(),
        *["office hours", "current role", "author's example", "author's examples"],
        *["future plans", "future work", "for example"],
    ]
)
"""Fields of a syllabus, a résumé, a plan or a design document (`Office hours: Monday
3:30`, `Organization: Air Force Research Laboratory`, `Mood: light and humorous`), or of
a journal's day (`Gratitude: ...`), or a line's gloss (`Translation: ...`, `Recall: ...`): a
record of one course, person, project or day, or a note on the line above, not a term and
its meaning."""
_FILED = frozenset({"fact", "facts"})
"""Labels an owner files a fact under ("FACT: the mill opened in 1820"): no term."""
NOT_TERMS = METADATA_KEYS | LABELS | MEETING_KEYS | _LIST_LABELS | FIELDS | _FILED
"""Metadata keys, the fields of a meeting, a syllabus or a résumé, and labels of an
annotation: `- Q: What is ...?`, `- **Note:** ...`, `- TODO: ...` define no term."""
ANNOTATIONS = (LABELS | _FILED) - METADATA_KEYS - {"q", "a", "question", "answer"}
"""Labels over sentences the note asserts (`Note: ...`, `Takeaway: ...`, `FACT: ...`), unlike
metadata, and unlike a question and its answer, which make a card of their own."""
SECTIONS = frozenset(
    "overview introduction intro summary notes note background definition definitions "
    "description details examples example basics context references resources misc other "
    "installation install setup usage configuration requirements prerequisites conclusion "
    "conclusions results discussion abstract methods method approach motivation problem "
    "solution ideas thoughts questions links reading todo log history status update updates "
    "changelog features tips faq goals plan takeaways highlights quotes sources".split()
)
"""Headings that name a part of the note, not a thing: a pronoun under them, or a paragraph
without its subject, is about something else."""
ENUMERATED = re.compile(
    r"(?:step|phase|stage|option|method|rule|case|part|day|week|level|round|question|example"
    r"|exercise|problem|chapter|section|lesson|lecture|tip|point|item|reason|task|list|idea"
    r"|concept|template|version|lab|assignment|project|sprint|attempt|trial)\s*#?\d+\w?\.?$",
    re.IGNORECASE,
)
"""`Step 2`, `Option 1`, `Case 3a`: a place in a sequence, not a term."""
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
"""The same word shape as `language.words`, so word indexes line up."""


BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
"""A bracketed aside, round or square, with no bracket of its own kind inside."""


def outside_brackets(text: str) -> str:
    """The text without what it puts in brackets: an aside, a gloss, a citation, none of
    them the sentence's own clause ("MIR (a protocol used with Ubuntu)" has no verb)."""
    return BRACKETED.sub(" ", text) if "(" in text or "[" in text else text


def predicate(text: str) -> tuple[int, int] | None:
    """From the word after the first verb to the end: the cloze when nothing is emphasised."""
    verb = finite_verb(text)
    tokens = list(_WORD.finditer(text))
    if verb is None or verb + 1 >= len(tokens):
        return None
    end = len(text.rstrip(" .!;:"))
    return (tokens[verb + 1].start(), max(end, tokens[verb + 1].end()))


_DOCUMENT = frozenset(
    "article post page site website blog content video episode newsletter material "
    "information guide note podcast".split()
)
"""What "this" names in a sentence about the text itself: "This article is for
informational purposes only", "This post contains affiliate links"."""


def claim_like(plain: str) -> bool:
    """A sentence of four words or more that neither asks, advises, tells a diary's story nor
    speaks for the writer."""
    ws = words(plain)
    if len(ws) < MIN_WORDS or is_question(plain, ws) or is_advice(plain, ws=ws):
        return False
    if ws[0] == "this" and ws[1] in _DOCUMENT:
        return False  # the page's small print, not what it teaches
    if plain.rstrip(" ”\"'’.").endswith("?") or (ws[0] == "step" and ws[1][:1].isdigit()):
        return False  # 'Q: "How does it lock?"', "Step 1: Assign ...": a question, a step
    if ws[0] == "let's" or ws[0] in _SOURCE or (ws[0] == "the" and ws[1] in _SOURCE):
        return False  # "Let's call this ...", "Author compares ...": the writer, the source
    if ws[-1] in _DANGLING and plain.rstrip()[-1:].isalpha():
        return False  # "The jr is the": a line cut before its end
    if ws[0] in ("and", "or", "but") and ws[1] in _RELATIVES and plain[:1].islower():
        return False  # "and who do not ...": the rest of a sentence begun elsewhere
    if ws[0] in _CONDITIONS and len(ws) <= 6 and "," not in plain:
        return False  # "If you are using a lathe": a condition, its main clause elsewhere
    if "{%" in plain or plain.rstrip().endswith(":") or (ws[0] == "i" and is_narrative(ws)):
        return False  # a site generator's tag ("{% hint ... %}"), a lead-in, a diary
    if _FIRST.isdisjoint(ws):
        return True
    return not first_person(plain) or _DEFINING.search(plain) is not None


_SOURCE = frozenset("author authors author's writer speaker narrator".split())
"""A sentence about what the source does ("Author focuses on ..."): it needs the source."""
_DANGLING = frozenset("the a an and or".split())
_RELATIVES = frozenset("who whom whose which that where".split())
_CONDITIONS = frozenset("if when unless although because while once".split())


def leans_back(plain: str) -> bool:
    """A sentence whose subject is elsewhere: a pronoun or pointer ("It generates a commit",
    "These kernels are faster"; a lower-case "this" is JavaScript's name), or none at all, a
    verb in -s before its object ("Requires more memory than ...")."""
    if _LEANS.match(plain) is not None:
        return True
    first, _, rest = plain.partition(" ")
    verb = first.endswith("s") and not first.endswith("ss") and first.isalpha()
    if not verb or not first[:1].isupper() or first.lower() in FUNCTION_WORDS:
        return False  # "Here's a ...", "As the ...", "Is the ...": not a verb in -s
    return rest.split(" ", 1)[0].lower() in _OBJECT_OPENERS


_OBJECT_OPENERS = frozenset("the a an more less its their all".split())
_LEANS = re.compile(r"[*_=\"“ ]*(?:It|They|He|She|This|These|Those|That)(?![\w-])")


_FIRST = frozenset("i i'm i've i'd i'll me my mine myself".split())
"""First-person words as `words` reads them, asked before the costlier `first_person`."""
_DEFINING = re.compile(r"\bI\s+(?:define|mean|call|use the (?:term|word))\b")
"""The writer defining a term of their own ("By co-regulation, I mean ...", "I define X as
Y"): a definition, in the first person."""
_MINE = re.compile(r"\b(?:I(?:['’](?:m|ve|d|ll))?(?![/&-])|me|my|My|mine|myself|Myself)\b")


def first_person(text: str) -> bool:
    """The writer speaking of themself ("Patience is what I lack", "My favourite method
    comes from ..."): a memo, an opinion or a diary's line, not what the note asserts of the
    world. "I" after a capitalised word is a numeral ("Type I error", "World War I"), and
    "I/O" is input and output."""
    for found in _MINE.finditer(text):
        if found.group() != "I":
            return True
        before = text[: found.start()].rstrip().rsplit(None, 1)[-1:] or [""]
        if not before[0][:1].isupper() or before[0].endswith((".", ",", ";", ":")):
            return True
    return False


def quoted(text: str) -> bool:
    """Wholly inside quotation marks: words to say or that were said, not a meaning."""
    return len(text) > 2 and text[0] in '"“' and text.rstrip(".")[-1:] in '"”'


def skip_label(text: InlineText, start: int, end: int) -> int:
    """Step over an emphasised lead-in label: `**Key idea:** habits compound.`"""
    for mark in text.marks:
        if mark.kind in KEY_MARKS and start <= mark.start <= start + 1:
            after = mark.end
            while after < end and text.text[after] in " *_":
                after += 1
            if (
                text.text[mark.start : mark.end].rstrip().endswith(":")
                or text.text[after : after + 1] == ":"
            ):
                after += text.text[after : after + 1] == ":"
                return after + len(text.text[after:end]) - len(text.text[after:end].lstrip())
    return start


def skip_bold_line(text: InlineText, start: int, end: int) -> int:
    """Step over a line that is bold whole, above the sentence's own line: `**Internal**` over
    "Drift is the slow slide of ...", a heading typed in bold, not part of the sentence."""
    for b in text.breaks:
        if start < b < end:
            line = text.text[start:b].strip(" *_:")
            if line and any(
                m.kind in KEY_MARKS and m.start <= start + 2 and start + len(line) <= m.end <= b
                for m in text.marks
            ):
                return b + 1
            break
    return start


_ANNOTATION = re.compile(r"([A-Za-z]{1,12})\s*:\s+")


def skip_annotation(text: str, start: int, end: int) -> int:
    """Step over a plain annotation label: `A: Yes, ...`, `Note: stonewalling is ...`."""
    found = _ANNOTATION.match(text, start, end)
    if found and found.group(1).lower() in ANNOTATIONS:
        return found.end()
    return start


_AFTER_PARTICIPLE = frozenset("by as for to in with".split())


def participle(ws: list[str]) -> bool:
    """ "Characterized by", "Known as", "Used for": a participle and its preposition, which
    says how a thing relates to another, not what a thing is."""
    return len(ws) > 1 and (ws[0].endswith("ed") or ws[0] == "known") and ws[1] in _AFTER_PARTICIPLE
