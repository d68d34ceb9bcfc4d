"""What the term rules share: a term and its meaning, `Term: meaning`, and when it is one.

    Freeze: the impulse to shut down when threatened.     <- a term, then what it is
    Attachment = a lasting emotional bond                  <- lecture shorthand, the same
    **Dopamine** – the molecule of reward                  <- an emphasised term and a dash

    Perel: conflict is often a protest.                    <- a speaker, then a remark
    Source: [[Attached]]                                   <- metadata: no term

A glossary is typed in many ways (list items, lines, tables, headings over paragraphs),
but what makes `X: Y` a definition is the same in all of them: X is a short capitalised
noun phrase, not a label, a metadata key, a category or a clause, and Y is a meaning,
not a link, a quotation or a clause with its own subject.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from cards.extractors.claims.critique import critique
from cards.extractors.claims.facet_label import facet
from cards.extractors.claims.labelled import ASSERTION
from cards.extractors.claims.labels import doubled, label_only, restated
from cards.extractors.claims.meanings import advice, aside, explained, own_subject, step, value
from cards.extractors.claims.reading import Reading
from cards.extractors.claims.role import description
from cards.extractors.claims.shared import ENUMERATED, FACETS, MIN_WORDS, NOT_TERMS, quoted
from cards.extractors.claims.subjects import subject_ok
from cards.extractors.claims.term_values import formula, on_screen
from cards.extractors.walk import Visit, walk
from cards.inline import InlineText, concat
from cards.items import Item, SourceRef
from cards.language import (
    AUX,
    finite_verb,
    is_question,
    sentences,
    words,
)
from cards.parse import ParsedNote

TERM_ITEM = re.compile(
    r"^(?P<term>[^:=]{1,50}?)\s*(?P<sep>::?|(?<=\s)=)\s+(?P<rest>\S.*)$", re.DOTALL
)
"""`Freeze: the impulse to ...`, or in lecture shorthand `Attachment = a lasting bond`."""
DASH_ITEM = re.compile(r"^(?P<term>[^–—:→]{1,50}?)\s+(?P<sep>[-–—→])\s+(?P<rest>\S.*)$", re.DOTALL)
"""`**Dopamine** – the molecule of reward`: taken only when the term is emphasised or the
list is under a glossary heading ("Key terms"), since a plain "A - B" or "A → B" list
item is as often a remark, or a cause and its effect, as a definition."""
_KEY_MARKS = ("strong", "mark")
_BIBLIOGRAPHIC = frozenset("title author authors date url isbn publisher year edition".split())
"""Keys that stay metadata with a qualifier before them: `- Full title: ...`,
`- Publication date: ...` (unlike "Socioeconomic status" or "Personality type")."""
_GLOSSARY_HEADINGS = frozenset(
    "terms glossary definitions vocabulary terminology concepts jargon".split()
)
_STUDY = re.compile(r"\(\s*(?:1[89]|20)\d\d[a-z]?\s*\)$|\bet al\b")
"""A term that cites a study: `Hazan & Shaver (1987)`, `Main et al.`."""


def term_match(text: InlineText, colon: bool, glossary: bool = False) -> re.Match[str] | None:
    """`Term: meaning` (a list item's, when `colon`) or `**Term** – meaning`: the dash form
    only with the term emphasised or in a `glossary` list, since a plain "A - B" is as
    often a remark."""
    plain = text.text
    found = TERM_ITEM.match(plain) if colon and (":" in plain or "=" in plain) else None
    if found:
        return found
    if glossary:
        return DASH_ITEM.match(plain)
    if not any(m.start == 0 and m.kind in _KEY_MARKS for m in text.marks):
        return None
    dashed = DASH_ITEM.match(plain)
    if dashed is None:
        return None
    width = len(dashed.group("term").strip())
    if any(m.kind in _KEY_MARKS and m.start == 0 and m.end >= width for m in text.marks):
        return dashed
    return None


_LABEL = re.compile(r"[*_]*(?P<label>[^:*_\n]{1,40}?)[*_]*\s*:")


def recurs(note: ParsedNote, label: str) -> bool:
    """Whether `label` opens three paragraphs of the note or more: a speaker's name or a
    field's ("Priya: ...", "Status: ..."), not a term or a title (a glossary may give a
    term twice)."""
    return _label_counts(note)[label.strip().lower()] > 2


def _label_counts(note: ParsedNote) -> Counter[str]:
    """How often each `Label:` opens a paragraph of the note (lower case), counted once per
    note."""
    global _counted
    if _counted is None or _counted[0] is not note:
        counts: Counter[str] = Counter()
        for visit in walk(note.blocks):
            block = visit.block
            if block.kind == "paragraph" and ":" in block.text.text[:42]:
                found = _LABEL.match(block.text.text)
                if found:
                    counts[found.group("label").strip().lower()] += 1
        _counted = (note, counts)
    return _counted[1]


_counted: tuple[ParsedNote, Counter[str]] | None = None


def announces(found: re.Match[str]) -> bool:
    """`Key idea: habits compound`: the label announces a claim (the labelled rule's), it
    names no term."""
    label = f"{found.group('term').strip()}: "
    return found.group("sep") == ":" and ASSERTION.fullmatch(label) is not None


def glossary_section(visit: Visit) -> bool:
    """Under a heading such as "Key terms" or "Definitions": every item defines a term."""
    return bool(visit.headings) and glossary_heading(visit.headings[-1])


@lru_cache(maxsize=256)
def glossary_heading(title: str) -> bool:
    """Asked once per heading, not once per list item under it."""
    return bool(_GLOSSARY_HEADINGS.intersection(words(title)))


def term_claim(
    reading: Reading,
    visit: Visit,
    text: InlineText,
    found: re.Match[str],
    end: int,
    rule: str,
    line: int | None = None,
) -> Item | None:
    """`Term: what it is` as a definition claim of `rule`, when the term is one:
    capitalised, a few words, no metadata key or annotation label, no clause, no category
    of the taxonomy, and a meaning that is not a link."""
    raw = found.group("term").strip()
    term = raw[1:-1].strip() if len(raw) > 2 and raw[0] in _OPENING and raw[-1] in _CLOSING else raw
    if announces(found):
        return None  # "Key idea: ...": the labelled rule's
    sep = found.start("sep")
    if any(m.kind in _ENCLOSING and m.start < sep < m.end for m in text.marks):
        return None  # "[Four Weeks: Time for Mortals](...)", "`Base::Mixin`": no separator
    if reading.taxonomy is not None and reading.taxonomy.names(term):
        return None  # "| Anxious | fears ... |" lists a trait, it defines nothing
    if found.group("sep") == ":" and recurs(reading.note, term):
        return None  # "Priya: ..." on line after line: a speaker, not a term
    if not term[:1].isupper() or not 0 < len(words(term)) <= 5:
        return None
    if words(term)[0] in _REPORTING:
        return None  # "Narrated Anas: ...", "Reported by Ali: ...": who told it, then what
    if " " in term and term.split(None, 1)[0].lower() in ("one", "another"):
        return None  # "One definition of thrift: ...": one among several, which one?
    if term.lower() in NOT_TERMS or term.lower().rsplit(None, 1)[-1] in _BIBLIOGRAPHIC:
        return None
    if term[-1:].isdigit() and ENUMERATED.match(term):
        return None  # "Step 2: the script copies ...": a step, not a term
    if any(w in AUX for w in words(term)):
        return None  # "**Rest is the best cure** – ...": a clause, not a term
    rest_start = found.start("rest")
    if text.slice(rest_start, end).link_share() > 0.5 or _LINK.match(text.text, rest_start):
        return None  # "More: https://...": a link, not a meaning
    coded = any(m.kind == "code" and m.start <= rest_start and m.end >= end - 1 for m in text.marks)
    if coded and term.lower() not in FACETS:
        return None  # "Wider tabs: `set tabstop=8`": a setting, not a meaning
    spans = sentences(text.text[rest_start:end])
    if not spans:
        return None
    start = found.start()
    stop = rest_start + spans[0][1]
    if len(spans) > 1 and len(words(text.text[start:stop])) < MIN_WORDS + 1:
        stop = explained(text.text, rest_start, spans) or stop
    meaning = text.slice(rest_start, stop).strip()
    if found.group("sep") == ":" and own_subject(meaning.text, term):
        return None  # "Perel: conflict is a protest": who said it, or a topic, then a remark
    if not subject_ok(term) or quoted(meaning.text):
        return None  # 'Naming the feeling: "I'm anxious right now"': a step and what to say
    if advice(term, meaning.text, id(visit.block) in reading.advice):
        return None  # "Listen for clues: pay attention to ...": advice, no term and meaning
    if step(term) or aside(term, meaning.text) or on_screen(term, meaning.text):
        return None  # "Press F2: rename the file", "Skills: (to fill in)": no term, no meaning
    if value(term, meaning.text) or _numbered(term, meaning.text):
        return None  # "Dye maker: Acme / Brindle", "Track 12: Low Tide": no meaning
    if label_only(term, meaning.text, found.group("sep") == ":") or critique(visit.headings):
        return None  # "Blue curve: the fitted path", "Backlog: every team keeps a backlog"
    again = restated(term, meaning.text)
    if doubled(term, meaning.text, again):  # "Tariff: Tariff means a tax ...": the meaning
        # alone defines it
        claim, start = meaning, rest_start
    elif found.group("sep") in ("::", "\n:"):  # the card reads "Term: meaning"
        claim = concat([text.slice(start, start + len(raw)), meaning], sep=": ")
    else:
        claim = text.slice(start, stop).strip()
    if len(words(claim.text)) < MIN_WORDS + 1:
        return None
    ref = reading.ref(visit, text, start)
    if line is not None:
        ref = SourceRef(reading.note.path, line, visit.headings)
    if (
        facet(term, meaning.text, visit.headings)
        or description(term)
        or formula(found.group("sep"), claim.text, meaning.text)
    ):
        # "Average case: two probes", "Things that melt first: ...", "P = W/t": a facet of the
        # note's subject, a description or a formula's left side: the value hidden alone
        given = claim.text.find(meaning.text)
        end = len(claim.text.rstrip(" .;:"))
        return Item("claim", ref, claim, key=(given, end), rule=rule)
    # "**Hazan & Shaver (1987)** – love quiz ...": a study and its finding, a cloze of who
    # found it; "What is Hazan & Shaver (1987)?" would ask nothing
    named = "" if _STUDY.search(term) else term
    key = (again, again + len(term)) if claim is meaning else (0, len(raw))
    return Item("claim", ref, claim, key=key, term=named, rule=rule)


def _numbered(term: str, meaning: str) -> bool:
    """`Surah 27: ...`, `Condition 2: Assess the threat`: a place in a numbered sequence,
    not a term, unless the line says what it is (`Python 3: the current major version`)."""
    ws = words(term)
    return len(ws) > 1 and ws[-1].isdigit() and words(meaning)[:1] not in (["a"], ["an"], ["the"])


_REPORTING = frozenset("narrated reported said told wrote asked according".split())
_OPENING = "\"“'‘"
_CLOSING = "\"”'’"
_LINKS = ("link", "wikilink")
_ENCLOSING = (*_LINKS, "code")
_LINK = re.compile(r"\s*(?:https?://|www\.)")


def defined(
    reading: Reading, visit: Visit, term: str, meaning: InlineText, least: int, rule: str
) -> Item | None:
    """`Term: meaning` from a term and a meaning the note writes apart (a heading over a
    paragraph, an item over a nested one), when the term is one (a few words, no clause, no
    question) and the meaning has at least `least` words."""
    if not 0 < len(words(term)) <= 5 or finite_verb(term) is not None or is_question(term):
        return None
    if len(words(meaning.text)) < least:
        return None
    claim = concat([InlineText(term), meaning], sep=": ")
    ref = SourceRef(reading.note.path, visit.block.line, visit.headings)
    return Item("claim", ref, claim, key=(0, len(term)), term=term, rule=rule)
