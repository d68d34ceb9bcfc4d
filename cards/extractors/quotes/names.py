"""Who said it: how notes write a speaker's name, shared by every quote rule.

    — Dr. Amir Levine            <- a dash line, a title's full stop inside the name
    As Esther Perel puts it, "..."   <- a verb of saying next to a name
    Sue Johnson, Hold Me Tight   <- a byline: the person, then the work after a comma

Every rule asks the same two questions of a few words near a quote: could this be a
person's name, and is it someone rather than a pronoun or a crowd ("As I said",
"Research says")? One reading here keeps the rules agreeing on the answer.
"""

from __future__ import annotations

import re
import unicodedata

from cards.language import FUNCTION_WORDS, LABELS, LEADING_ADVERBS, TITLES, words

TITLE_DOT = "(?:(?<=\\b[A-Z])|" + "|".join(rf"(?<=\b{t})" for t in TITLES) + r")\."
"""The full stop of an initial or a title in a name (`Dr. Amir Levine`, `J. Bowlby`), which
ends no sentence."""
DASH_LINE = re.compile(r"^\s*(?:\\?-{1,2}|—|–|―|~)\s*(?P<who>\S.{0,120})$")
"""A line that opens on a dash (or a tilde) and names the speaker: `— Brené Brown`."""
SAYS = (
    r"(?:says|say|said|writes|write|wrote|notes|note|noted|explains|explain|explained|argues"
    r"|argue|argued|observes|observe|puts it|put it|reminds us|tells us|adds|added)"
    r"(?:\s+[a-z]+ly)?"  # "puts it simply"
)
_ONE = r"(?:Dr\.?\s+|Prof\.?\s+)?[A-Z][\w'’.-]*(?:\s+(?:de|van|von|der|da|di|[A-Z][\w'’.-]*)){0,3}"
NAME = rf"{_ONE}(?:\s+(?:and|&)\s+{_ONE})?"
"""A person's name as prose writes it: capitalised words, initials, name particles; or two
authors ("Levine and Heller")."""
WORK = r"(?:\s+in\s+(?:[*_]?[A-Z][^,:\n]{0,60}?[*_]?|(?:his|her|their)\s+[a-z]+))?"
"""The work named after the verb: `As Brené Brown writes in *Daring Greatly*, "..."`; or
the speaker's own kind of work: `Ines Moura said in her commentary:`."""
SAID_BEFORE = re.compile(
    rf"(?:^|[.!?:]\s+)(?:(?:In\s+[*_]?[A-Z][^,\n]{{0,60}}?[*_]?,\s+)?"
    rf"(?:(?:As|and as)\s+(?P<who>{NAME})\s+{SAYS}{WORK}"
    rf"|(?:According to|In the words of)\s+(?P<who2>{NAME})"
    rf"|(?P<who3>{NAME})\s+(?:once\s+)?{SAYS}{WORK}))\s*[,:]?\s*$"
)
"""`As Esther Perel puts it, "..."`, `According to Bowlby, "..."`, `Rumi wrote: "..."`."""
_WHO_SAID = re.compile(rf"\b(?P<who>{NAME}),\s+who\s+(?:once\s+|also\s+)?{SAYS}\s*:\s*$")
"""A sentence that ends on its speaker: `... was taught by Tomas Vell, who once wrote:`."""
_ACCORDING_END = re.compile(rf"\baccording to\s+(?:the\s+)?(?P<who>{NAME})\s*:\s*$")
"""A line that ends by naming whose words follow: `... according to the Upanishads:`."""
BRACKETED = rf"\((?P<who>{NAME}(?:,\s*[^()\n]{{1,60}})?)\)"
"""A speaker, maybe with their work, in brackets: `(Simone Weil)`, `(Rumi, Masnavi)`."""
PAREN_AFTER = re.compile(rf"^\s*{BRACKETED}")
"""Right after a quotation: `“Attachment is the great fabricator ...” (Simone Weil)`."""
_SPEAKER = re.compile(rf"(?:^|\n)[ \t]*(?P<who>{NAME})[ \t]*:[ \t]*$")
"""A line opened by its speaker's name, as lecture and interview notes write it:
`Prof. Miller: "The dimensions matter more than the boxes."`."""
_LABELS = LABELS | frozenset(
    "quote key remember definition me interviewer host you i claim counterclaim premise "
    "conclusion argument objection rebuttal reply response thesis translation meaning "
    "problem task exercise prompt statement requirement input output error errors exception "
    "message warning log status usage button label title caption menu dialog alert "
    "mom mum dad mother father wife husband boss son daughter brother sister kid kids".split()
)
"""Labels of a line that name no speaker: a note's own labels, an argument's parts, what a
program or a screen shows, an interview's roles and a family's, as a diary writes them."""
_CONCEPTS = frozenset(
    "principle law rule effect theorem fallacy paradox razor problem gap form fact myth "
    "theory hypothesis axiom maxim motto version model pattern".split()
)
"""A named idea before its statement (`Hanlon's Razor: "..."`): no one's words."""
_ABSTRACT = ("ity", "ness", "tion", "sion", "ment", "ism", "ship", "hood", "ology")
"""Endings of the abstract nouns a note labels a topic with (`Generosity:`, `Leadership:`)."""
_VERDICTS = frozenset("true false yes no right wrong correct incorrect maybe yeah lol".split())
"""A verdict written after a quoted statement (`"..." - False`): no one's name."""
PARTICLES = frozenset("de van von der den da di du le la bin ibn al".split())
_NAME_MARKS = str.maketrans("", "", ".-'’")
"""Marks a name's words may hold: initials' full stops, hyphens, apostrophes (O'Brien)."""
_NOBODY = frozenset(
    "research researchers studies study experts scientists people many some others critics "
    "psychologists therapists doctors parents everyone everybody".split()
)
"""Subjects of a verb of saying that name no one: `Research says, "..."`."""


def name_line(line: str) -> bool:
    """One to four capitalised words (initials and name particles allowed), maybe followed
    by the work after a comma: `Epictetus`, `Sue Johnson, Hold Me Tight`."""
    names = person(unicodedata.normalize("NFC", line))  # "Exupéry" typed with a combining accent
    return 1 <= len(names) <= 4 and all(
        n in PARTICLES or (n[:1].isupper() and n.translate(_NAME_MARKS).isalpha()) for n in names
    )


def person(line: str) -> list[str]:
    """The words before the first comma, where a byline names the person."""
    return line.split(",", 1)[0].split()


def lower_name(who: str) -> bool:
    """A name its bearer writes in lower case (`bell hooks`): two or three words, none a
    function word."""
    ws = words(who)
    return 2 <= len(ws) <= 3 and not any(w in FUNCTION_WORDS for w in ws)


def someone(who: str) -> str:
    """The name a verb of saying came with, if it names someone: not a pronoun (`As I said`)
    nor a crowd (`Research says`)."""
    opening, _, rest = who.partition(" ")
    if rest and opening.lower() in LEADING_ADVERBS:
        who = rest  # "Later Priya said": the sentence's adverb, then the name
    first = words(who)[:1]
    return "" if first and (first[0] in FUNCTION_WORDS or first[0] in _NOBODY) else who


def said_before(line: str) -> str:
    """The speaker a line before a quotation introduces with a verb of saying, if any; or the
    work the line ends on (`The four seasons, according to the Almanac:`)."""
    said = SAID_BEFORE.search(line)
    if said is None:
        ends = _ACCORDING_END.search(line) or _WHO_SAID.search(line)
        return someone(ends["who"]) if ends else ""
    return someone(next(g for g in said.groups() if g is not None))


def speaker(before: str) -> str:
    """The speaker whose name opens the line that `before` ends, before a colon, if any:
    `Prof. Miller:` names one, a label (`Note:`, `Generosity:`, `Occam's Razor:`) does not."""
    found = _SPEAKER.search(before)
    return found.group("who") if found and not label(found.group("who")) else ""


def label(who: str) -> bool:
    """Whether a capitalised word or two before a colon label the line rather than name
    its speaker: a label word, a named idea, one abstract noun, a pronoun or a crowd."""
    ws = words(who)
    if not ws or ws[-1] in _LABELS or ws[-1] in _CONCEPTS or not someone(who):
        return True
    return len(ws) == 1 and ws[0].endswith(_ABSTRACT)


_PLACE_AFTER = re.compile(r"(?:\s+\d[\d.:]*[a-z]?)+\s*$")


def byline(who: str) -> bool:
    """A name written after a quotation, maybe with the work after a comma (`Amir Levine,
    Attached`) or a possessive (`Kranzberg's first law`): not a comment on the quotation
    (`- fair point`, `- Sure, I see that, but ...`, `- False`)."""
    name, _, work = who.partition(",")
    name = re.split(r"['’]s\b", name, maxsplit=1)[0]  # "Kranzberg's first law"
    name = _PLACE_AFTER.sub("", name)  # "Brihadaranyaka Upanishad 6.4.7": a work and its verse
    if not name_line(name) or name.strip().lower() in _VERDICTS:
        return False
    ws = [w for w in work.split() if w.lower() not in FUNCTION_WORDS]
    return sum(w[:1].isupper() or w[:1].isdigit() for w in ws) * 2 >= len(ws)


_LINKED = re.compile(r"\s*[(\[]\s*(?:https?://|www\.)[^()\[\]\s]*\s*[)\]]")
"""`Tide Almanac (https://...)`: the page the writer read the source on, no part of its name."""


def clean(who: str) -> str:
    """The attribution without dashes around it, a "Source:" label, a link in brackets,
    runs of spaces or a sentence's full stop (a footnote's "Scott Peck, *The Road Less
    Traveled*."); an abbreviation's stays."""
    if "://" in who or "www." in who:
        who = _LINKED.sub("", who)
    who = " ".join(who.strip().strip("-—–").split())
    if who[:7].lower() == "source:":  # "Source: Codecademy": the label is no part of it
        who = who[7:].strip()
    last = who.rsplit(None, 1)[-1] if who else ""
    stop = last.endswith(".") and "." not in last[:-1]  # not "Ph.D."
    if stop and (len(last) > 4 or last[:-1].isdigit()) and last != "al.":
        who = who[:-1]
    return who


def title_cased(text: str) -> bool:
    """A name of a thing, not a sentence: three or more words, each capitalised but the
    small ones, and no sentence's end (`"Communications Assistance for Law Enforcement
    Act"`, `Thinking, Fast and Slow`)."""
    ws = text.split()
    if len(ws) < 3 or text[-1] in ".!?…":
        return False
    return all(w[:1].isupper() or w.lower() in FUNCTION_WORDS for w in ws)
