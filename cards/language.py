"""Small, general English heuristics the extractors share.

No tagger model: a closed list of function words plus word shapes is enough
to tell a sentence from a noun phrase ("Secure attachment leads to better
sex" against "Attachment theory overview"), and it costs microseconds.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

AUX = frozenset(
    "is are was were am be been being has have had do does did can could may might must "
    "shall should will would isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't "
    "didn't can't cannot couldn't won't wouldn't shouldn't mustn't".split()
)
PRONOUNS = frozenset(
    "i you he she it we they me him her us them this that these those there here "
    "it's they're we're you're i'm that's there's here's he's she's".split()
)
OBJECT_PRONOUNS = frozenset("me you him her it us them".split())
SUBJECT_PRONOUNS = frozenset("i you he she it we they people humans children".split())
DETERMINERS = frozenset(
    "a an the this that these those my your his her its our their some any each every no "
    "all both many much more most few fewer less several one two three four five".split()
)
PREPOSITIONS = frozenset(
    "of in on at by for with from to into onto about as like through over under between "
    "among after before during without within towards toward against via per than upon "
    "across behind beyond around along throughout inside outside despite unlike beneath "
    "beside near".split()
)
CONJUNCTIONS = frozenset("and or but nor yet so".split())
BE = frozenset("is are was were".split())
"""The finite forms of "be" a statement turns on ("X is Y", "they were Z")."""
WH = frozenset("what why how when where who whom whose which".split())
QUANTIFIERS = frozenset("each every all both any".split())
"""First words of a clause of conditions ("each node has two children and all leaves are
level"), never a subject or category of their own."""
FUNCTION_WORDS = AUX | PRONOUNS | DETERMINERS | PREPOSITIONS | CONJUNCTIONS | WH
"""Words that are never a name or a term's head."""
_NOUN_FOLLOWERS = frozenset("of for in between among across".split())
"""Prepositions that follow a plural noun far more often than a verb ("styles of", "tips for")."""
_VERBS_BEFORE_IN = frozenset(
    "emerges arises occurs happens lies exists thrives depends consists differs varies "
    "matters persists begins develops grows engages invests believes lives stays helps "
    "fails succeeds participates originates stems resides".split()
)
"""Verbs in -s that a preposition of `_NOUN_FOLLOWERS` often follows: "Responsive desire
emerges in response to pleasure" is a sentence, where "Attachment styles in adults" is not."""
_ADJ_SUFFIX = ("ed", "ing", "al", "ive", "ous", "ful", "ic", "ical", "able", "ible", "less", "ary")
TITLES = ("Dr", "Mr", "Mrs", "Ms", "Prof", "St")
"""Titles before a name, whose full stop ends no sentence: `Dr. Amir Levine`."""
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
"""A month by its name, in full or cut short ("March", "Mar.", "Sept"), for patterns compiled
case-blind; a word that only starts like one ("Novel 3, 2004") is none."""
_ABBREV = frozenset("e.g i.e etc vs no fig cf approx ca al".split() + [t.lower() for t in TITLES])
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
_SPACE = re.compile(r"\s+")
"""What `str.strip` strips: both go by the same Unicode white-space test."""
_END = re.compile(r"[.!?…]+[\"”’')\]]*(?:(?=(\s+)(.?))|$)")
"""A sentence's end: its marks and closing quotes, then white space (the gap to the next
sentence, and the character after it) or the end of the text."""
_OPENERS = "\"“‘'([*"
"""What a sentence may open on besides a capital or a digit."""


def words(text: str) -> list[str]:
    """Lower-case words with apostrophes normalised."""
    return _WORD.findall(text.lower().replace("’", "'"))


@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of the sentences of `text`, white space trimmed.

    Cached: every extractor splits the same paragraphs. A sentence ends at a mark before a
    capital, a digit or an opening quote, or before a line break, and at a line's end with
    no mark before a line that opens on a capital (`_line_ends`); a sentence starts where
    the white space after the last one's mark ends, so no range needs trimming but the last.
    """
    out: list[tuple[int, int]] = []
    lead = _SPACE.match(text)
    start = lead.end() if lead else 0
    cuts = _line_ends(text) if "\n" in text else []
    cut = 0
    for found in _END.finditer(text):
        while cut < len(cuts) and cuts[cut][0] <= found.start():
            end, after = cuts[cut]
            cut += 1
            if end > start:
                out.append((start, end))
                start = after
        gap, follow = found.group(1, 2)
        if (
            follow
            and "\n" not in gap
            and not (follow.isupper() or follow.isdigit() or follow in _OPENERS)
        ):
            continue
        mark = found.start()
        if text[mark] == ".":  # the word before a full stop only: "e.g.", "Dr."
            before = text[start:mark].rsplit(None, 1)
            last = before[-1].lower().rstrip(".").lstrip("([\"'“‘") if before else ""  # "(e.g."
            if last in _ABBREV or (len(last) == 1 and last.isalpha()):
                continue
        out.append((start, found.end()))
        start = found.end(1) if gap is not None else found.end()
    for end, after in cuts[cut:]:
        if end > start:
            out.append((start, end))
            start = after
    end = len(text)
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))
    return tuple(out)


def _line_ends(text: str) -> list[tuple[int, int]]:
    """Where a line ends with no mark before a line that opens on a capital, and where the
    next starts ("Ghee is clarified butter" over "Paneer is a fresh cheese", "Warp: the
    long threads" over "Weft: ..."): notes written a fact a line, with no full stops, join
    them into one paragraph. A line that ends on a comma, a dash or a word that needs more
    ("... shipped to" over "Lisbon ...") is one sentence wrapped; one that ends on a mark
    is ended there already."""
    cuts = []
    for gap in _LINE_GAP.finditer(text):
        end = gap.start()
        while end and text[end - 1].isspace() and text[end - 1] != "\n":
            end -= 1  # the line's own trailing white space: walked once, never re-scanned
        line = text[max(0, end - _WRAPPED) : end]
        if "\n" not in line and end >= _WRAPPED:
            continue  # a long line: prose wrapped at a width, a name cut in two at its end
        found = line.split()
        last = found[-1] if found else ""
        if last and last[-1] not in _WRAPS and last.lower() not in FUNCTION_WORDS:
            cuts.append((end, gap.end()))
    return cuts


_WRAPPED = 60
"""Characters from which a line without a mark may be prose wrapped at a width ("the whole hall
and the Ledger" over "Room with it"), not a fact of its own line."""
_LINE_GAP = re.compile(r"\n\s*(?=[A-Z])")
_WRAPS = frozenset(",;:-–—(/&+=\\\"“'‘[{.!?…")
"""A line's last character that leaves it open for the next line, or ends it already."""


_ENUMERATOR = re.compile(r"^[^\w\"“'‘(\[¿¡$\\]*(?:(?:\d{1,3}|[IVX]{1,4})[.)]\s+)?")


def heading_start(text: str) -> int:
    """Where a heading's own words start: after a number or an emoji that only orders or
    decorates it ("2) Is attachment style fixed?", "🔑 Why it matters")."""
    if text[:1].isalpha() and text[:1] not in "IVX":
        return 0  # most headings: no pattern to run
    found = _ENUMERATOR.match(text)
    return found.end() if found else 0


_CHAPTER = re.compile(
    r"(?:chapter|part|section|lesson|lecture|week|day|book|episode|module|unit)\s+"
    r"(?:\d{1,3}|[ivxlc]{1,6}|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"\s*(?:[-–—:.)]\s*|$)",
    re.IGNORECASE,
)


def chapter_end(text: str) -> int:
    """Where a chapter's number ends at the start of a heading ("Chapter 3 - When ...",
    "Part II: ..."): 0 when there is none. What follows is the book's title for it."""
    if text[:1] not in "CcPpSsLlWwDdBbEeMmUu":
        return 0
    found = _CHAPTER.match(text)
    return found.end() if found else 0


def without_trailing_symbols(text: str) -> str:
    """The text without emoji or other symbols after its last word or mark ("...? 🤔")."""
    end = len(text)
    while end and (text[end - 1].isspace() or unicodedata.category(text[end - 1]) in _EMOJI):
        end -= 1
    return text[:end]


def symbols_before(text: str, start: int = 0) -> int:
    """Where the text from `start` begins after emoji or other symbols ("💡 Secure ...")."""
    at = start
    while at < len(text) and ord(text[at]) > 0x2000 and unicodedata.category(text[at]) in _EMOJI:
        at += 1
        while at < len(text) and text[at] == " ":
            at += 1
    return at


_EMOJI = frozenset(["So", "Cf", "Mn"])
"""Other symbols (emoji, ✓, ★), joiners and variation selectors; not `+` or `$` ("C++")."""


def is_question(text: str, ws: list[str] | None = None) -> bool:
    """Ends with a question mark, or opens with a wh-word followed by an auxiliary."""
    stripped = text.strip()
    if stripped and stripped[-1] > "\u2000" and unicodedata.category(stripped[-1]) in _EMOJI:
        stripped = without_trailing_symbols(stripped)  # "...? 🤔"
    if stripped.endswith("?"):
        return True
    ws = words(stripped) if ws is None else ws
    if len(ws) < 3:
        return False
    if ws[0] in WH:
        return ws[1] in AUX
    # "Is it possible to be both anxious and avoidant": a heading asks without its "?"
    if ws[0] in ("do", "have"):  # "Do you ...?" asks, "Do the exercise" instructs
        return ws[1] in _PERSONS and stripped[-1:] not in ".!:"
    return ws[0] in _INVERTING and ws[1] in _ASKED and stripped[-1:] not in ".!:"


_INVERTING = frozenset(
    "is are was were does did can could should would will shall may might has".split()
)
_PERSONS = frozenset("i you we they he she it".split())
_ASKED = frozenset("it i you we they he she there this that these those a an the my your".split())
"""What follows an auxiliary that opens a question: its subject ("Can you ...", "Is it ...")."""


def _adjective_like(word: str) -> bool:
    return word.endswith(_ADJ_SUFFIX) or word in DETERMINERS or word in PREPOSITIONS


def _takes_object(prev: str, nxt: str) -> bool:
    """ "Withdrawal protects them", "Feeling rejected hurts the most": after a word that only
    looks like an adjective, an -s word followed by an object is a verb all the same."""
    return prev.endswith(_ADJ_SUFFIX) and (nxt in OBJECT_PRONOUNS or nxt in DETERMINERS)


def finite_verb(text: str) -> int | None:
    """Index (in `words(text)`) of the first word that reads as a finite verb, if any.

    Signals: an auxiliary or modal after the first word; a word after an -ly
    adverb; a third-person `-s` verb after a noun; a base verb after a plural
    or pronoun subject. Enough to tell "Secure attachment leads to better sex"
    from "Attachment theory overview".
    """
    ws = words(text)
    found: list[re.Match[str]] = []
    for i in range(1, len(ws)):
        w, prev = ws[i], ws[i - 1]
        if w in AUX:
            return i
        if w in PREPOSITIONS or w in DETERMINERS or w in CONJUNCTIONS:
            continue
        if prev.endswith("ly") and i >= 2 and not w.endswith("ly"):
            return i
        nxt = ws[i + 1] if i + 1 < len(ws) else ""
        if (
            w.endswith("s")
            and not w.endswith(("ss", "us", "is", "'s"))
            and len(w) > 3
            and (not _adjective_like(prev) or _takes_object(prev, nxt))
            and prev not in CONJUNCTIONS
            and nxt
            and (nxt not in _NOUN_FOLLOWERS or w in _VERBS_BEFORE_IN)
            and nxt not in CONJUNCTIONS  # "styles and ...": plural nouns, joined
            and nxt not in AUX  # "new patterns are practised": the verb is "are"
            and (
                nxt in PREPOSITIONS
                or nxt in DETERMINERS
                or nxt in OBJECT_PRONOUNS
                or not nxt.endswith("s")
            )
            and not _after_gap(text, i, found)
        ):
            return i
        if (
            (prev in SUBJECT_PRONOUNS or (prev.endswith("s") and not prev.endswith(_NOT_PLURAL)))
            and i == 1
            and not w.endswith(("s", "ing", "ly"))
            and w not in WH  # '"Helpers" who like people': a relative clause, no verb yet
            and nxt in PREPOSITIONS | DETERMINERS
            and not _after_gap(text, i, found)
        ):
            return i
        if i == 2 and _base_verb_after_modified_plural(ws, nxt) and not _after_gap(text, i, found):
            return i
    return None


def _base_verb_after_modified_plural(ws: list[str], nxt: str) -> bool:
    """ "Anxious partners seek reassurance after conflict", "Nervous systems learn safety
    through repetition": an adjective, a plural, then a base verb with its object. The object
    must be followed by what an object is (a preposition or a determiner), as "Emotional needs
    checklist" ends on nouns."""
    first, subject, verb = ws[0], ws[1], ws[2]
    if not first.endswith(_ADJ_SUFFIX) or first in FUNCTION_WORDS:
        return False
    plural = in_s(subject)
    if not plural and subject not in _IRREGULAR_PLURALS:
        return False
    past = verb.endswith("ed") and not verb.endswith("eed")  # "need" is a base verb
    if past or verb.endswith(("s", "ing", "ly")) or verb in FUNCTION_WORDS:
        return False
    if nxt in _NOUN_FOLLOWERS:
        return False  # "Practical tips list for couples": a noun's "for", "of", "in"
    after = ws[4] if len(ws) > 4 else ""
    objects = PREPOSITIONS | DETERMINERS | OBJECT_PRONOUNS
    return nxt in objects or (bool(nxt) and after in PREPOSITIONS | DETERMINERS)


_IRREGULAR_PLURALS = frozenset("people children men women".split())
_NOT_PLURAL = ("ss", "us", "is")
"""Endings of a word in -s that is no plural subject: "anxious", "process", "analysis"."""


def in_s(word: str) -> bool:
    """A word that ends as a plural noun or a verb in -s does ("partners", "leads"), not as
    "anxious", "process" or "analysis" do. Shape only: which of the two, the caller decides."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL)


LABELS = frozenset(
    "q a question answer note notes nb tip todo warning important example summary comment "
    "remark update edit idea thought thoughts takeaway caution evidence source sources "
    "reference references citation context result results method methods limitation "
    "limitations reflection mnemonic hint tips reminder".split()
)
"""Labels a note puts before its own lines (`Q:`, `**Note:**`, `TODO:`, `Source:`): no term
before its meaning, and no speaker before a quotation."""


_LIST_GAP = re.compile(r"[,:;]")


def _after_gap(text: str, i: int, found: list[re.Match[str]]) -> bool:
    """Whether word `i` follows a comma or colon: "Signs, causes" lists nouns, it has no
    verb. `found` keeps the word positions, worked out only when first needed."""
    if _LIST_GAP.search(text) is None:
        return False
    if not found:
        found.extend(_WORD.finditer(text.lower().replace("’", "'")))
    return _LIST_GAP.search(text, found[i - 1].end(), found[i].start()) is not None


def has_finite_verb(text: str) -> bool:
    """Whether a short text (a heading, say) reads as a clause rather than a noun phrase."""
    return finite_verb(text) is not None


_TOPIC_ENDS = frozenset(
    "overview summary notes sheet cheatsheet guide basics introduction intro review checklist "
    "tips primer lecture chapter outline glossary faq index resources links readings recap "
    "highlights takeaways examples exercises template explained demystified simplified "
    "revisited unpacked decoded nutshell glance 101 beginners".split()
)
"""Words that end a title naming a document about a topic: "Attachment styles cheat sheet",
"Memory systems lecture notes", "The four attachment styles, explained" (where "styles",
"systems" and "explained" would read as verbs)."""


_NUMBERS = frozenset("two three four five six seven eight nine ten twelve".split())


def is_declarative_heading(text: str) -> bool:
    """A heading that is a full sentence, so a claim, not a topic.

    A colon splits a heading into a label and its subtitle, and either can be the
    sentence ("Key insight: avoidant partners withdraw"); read across it, "Podcast
    notes: Esther Perel on attachment" seems to say that a podcast notes something."""
    if text.rstrip().endswith(":"):
        return False  # "If you're securely attached, you probably:" introduces a list
    label, colon, rest = text.partition(": ")
    if colon and label.strip() and rest.strip():
        if is_question(text):
            return False
        return _declarative(label) or _declarative(rest, least=3)
    return _declarative(text)


def _declarative(text: str, least: int = 4) -> bool:
    ws = words(text)
    if len(ws) < least or ws[0] in WH or is_question(text) or ws[-1] in _TOPIC_ENDS:
        return False  # "How sleep shapes memory" is a topic, not an assertion
    if (ws[0].isdigit() or ws[0] in _NUMBERS) and ws[1].endswith("s"):
        return False  # "3 things I learned about avoidance", "Five signs ...": a listicle's title
    return has_finite_verb(text)


def is_instruction(text: str, ws: list[str] | None = None) -> bool:
    """Addressed to the reader: 'please click here', 'See also ...', 'Note that ...', a to-do
    ('Summarise the strange situation', 'Ask your partner what they need')."""
    ws = words(text) if ws is None else ws
    if not ws:
        return False
    first = ws[0]
    if first not in _INSTRUCTING:
        if len(ws) > 2 and ws[1] in _OBJECT_OPENS and bare_verb(first, text):
            return True  # "Rest the batter for 30 minutes": a verb, then its object
        return "please" in ws[:8]  # most sentences: two look-ups
    if first in _ADDRESSING or first == "don't" or "please" in ws[:8]:
        return True
    after = ws[1] if len(ws) > 1 else ""
    if first == "you":
        return len(ws) > 2 and after in ("must", "should")  # "You **must** read this"
    if first == "do":
        return after == "not" or after in _OBJECT_START  # "Do not ...", "Do the exercise"
    if first in _IMPERATIVES and after in _OBJECT_START:
        return True
    # "Avoid blaming", "Be curious", "Stay in the room", "Never threaten to leave"
    return first in _VERBS_FIRST and (after in _OBJECT_START or not _noun_subject(after))


def is_advice(text: str, lax: bool = False, ws: list[str] | None = None) -> bool:
    """Advice to the reader, the main clause opening on its verb: an instruction
    (`is_instruction`), or a base verb then its object and no verb of a subject soon after
    ("Expose children to ...", "Clarify what you want", "When someone shares, respond ...").
    `lax`, for a list that gives advice already: a base verb is enough ("Set high goals").
    `ws`: the text's `words`, when the caller has them."""
    ws = words(text) if ws is None else ws
    if len(ws) > 3 and ws[0] in _SUBORDINATORS and "," in text:
        text = text[text.index(",") + 1 :]  # "Before you answer, take a breath": the main clause
        ws = words(text)
    if len(ws) < 2:
        return False
    first = ws[0]
    if first in ("never", "always") and (ws[1].endswith(_ADJ_SUFFIX) or _PAIRED[first] in ws):
        return False  # "Never late, always calm": what a thing is, not advice
    if is_instruction(text, ws):
        return True
    if not lax and ws[1] not in _ADVISED:
        return False  # "Latency: time between request and response": a noun, glossed
    if first.endswith(_ADJ_SUFFIX) or not bare_verb(first, text):
        return False
    verb = finite_verb(text)
    return verb is None or verb >= 4


_SUBORDINATORS = frozenset("when if before after once while whenever until unless".split())
_PAIRED = {"never": "always", "always": "never"}
"""The other half of a pair that describes a thing by contrast ("Never loud, always kind")."""
_ADVISED = frozenset(
    "the a an your my our their his her some any each every these those this what how why "
    "whether where when me you him it us them children others people yourself".split()
)
"""Words that open the object of an imperative ("Expose children", "Clarify what ...")."""


_OBJECT_OPENS = frozenset(
    "the a an your my our their his her some any each every these those this".split()
)
"""Words that open a noun phrase: after a sentence's first word, its object ("Rest the
batter") where a subject would need a verb between them."""
_LEADING_ADVERBS = frozenset(
    "today yesterday tomorrow sometimes often now then here there still also even thus hence "
    "perhaps maybe meanwhile instead otherwise however therefore again soon later "
    "first second finally ultimately eventually usually typically generally because although "
    "though unless whereas whenever while if once until since as".split()
)
"""Words that open a sentence before its subject ("Often the anxious partner pursues",
"Because a card stands alone, ..."): no verb of an instruction."""
LEADING_ADVERBS = _LEADING_ADVERBS
"""The same words, for a reader of names: "Later Priya said" names Priya."""


def bare_verb(first: str, text: str) -> bool:
    """Whether a sentence's first word, right before a noun phrase, is a verb in its base
    form: no function word, adverb ("Often the ..."), gerund ("Building the habit takes
    ..."), plural or past form, and no comma between ("Oxytocin, the love hormone")."""
    if first in FUNCTION_WORDS or first in _LEADING_ADVERBS or first.endswith(("ly", "ing", "ed")):
        return False
    if in_s(first) or not first.isalpha() or first in _IRREGULAR_PLURALS:
        return False  # "Children the world over seek comfort"
    start = text.lower().find(first)
    return start >= 0 and text[start + len(first) : start + len(first) + 1] == " "


def is_narrative(ws: list[str]) -> bool:
    """The writer telling what happened to them ('I noticed the **protest** urge') or how they
    take something ('I **love** this idea'): a diary's event or a reaction, not something the
    note asserts of the world. 'I define X as Y' asserts."""
    if len(ws) < 2 or ws[0] != "i":
        return False
    verb = ws[1]
    return (verb.endswith("ed") and not verb.endswith("eed")) or verb in _PAST or verb in _TAKE


_TAKE = frozenset("love like hate enjoy agree disagree wonder wish want need feel".split())
"""Verbs of the writer's own reaction after "I"."""
_PAST = frozenset(
    "felt got went saw thought had was did said told found made took came knew met heard "
    "left began spent sat wrote read realised realized caught became kept let lost "
    "ran".split()
)
"""Irregular past forms after "I", beside every verb in -ed."""
_ADDRESSING = frozenset("see click visit read please note remember try check".split())
_IMPERATIVES = frozenset(
    "add book buy call compare contact describe do download email focus journal learn list "
    "look name notice pick practice practise review schedule send share sign summarise "
    "summarize talk think watch".split()
)
"""Verbs that open to-dos and advice but are nouns as often ("Practice makes perfect",
"Review sessions help"): one counts only before what reads as its object (`_OBJECT_START`)."""
_VERBS_FIRST = frozenset(
    "be avoid never always use stay pause breathe keep let choose put go get offer allow "
    "accept speak listen remember give tell ask stop start take make reach explain "
    "imagine consider write find follow reflect discuss don't subscribe join register "
    "enroll enrol leave prefer favor favour beware obey minimize minimise eliminate".split()
)
"""Verbs that open advice and are seldom a sentence's noun subject: one counts unless the
next word shows it to be one (`_noun_subject`: "Use cases show ...", "Start is slow")."""


_INSTRUCTING = _ADDRESSING | _IMPERATIVES | _VERBS_FIRST | {"you", "do", "don't"}
"""Every first word that can open an instruction."""


def opens_instruction(word: str) -> bool:
    """Whether a (lower-case) first word is one that opens to-dos ("add", "use", "see")."""
    return word in _INSTRUCTING and word not in ("you", "never", "always")


def _noun_subject(after: str) -> bool:
    """Whether the word after a sentence's first shows that first word to be its subject
    ("Start is slow", "Use of condoms was lower", "Use cases show")."""
    return in_s(after) or after in AUX or after == "of"


_OBJECT_START = (
    DETERMINERS
    | OBJECT_PRONOUNS
    | frozenset(
        "yourself yourselves how what why when where whether up out back down about on at to "
        "for with in into through over each every one two three more less".split()
    )
)
