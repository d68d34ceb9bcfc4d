"""Claims: declarative sentences the note asserts.

    ## Secure attachment leads to greater sexual well-being     <- heading that is a sentence
    Attachment and relationships are **about survival**.       <- emphasised key phrase
    Endorphins are our natural pain-killing hormones.          <- definition ("X is/are a Y")
    1. Freeze: The impulse to shut down when threatened.       <- "Term: what it is" list item
    Anchoring:: relying on the first number heard.             <- Dataview field, the same
    | Halo effect | One good trait colours the rest |          <- row of a "Meaning" table
    > [!definition] Oxytocin                                   <- definition callout

Not claims: questions, instructions, link lists, tag-only lines, quoted
text (that is the quote extractor's), sentences under four words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from cards.extractors.definitions import definition_term, subject_ok
from cards.extractors.taxonomy import Taxonomy
from cards.extractors.walk import Visit, heading_text, paragraphs, walk
from cards.inline import InlineText, concat
from cards.items import Item, SourceRef
from cards.language import (
    AUX,
    FUNCTION_WORDS,
    LABELS,
    finite_verb,
    is_declarative_heading,
    is_instruction,
    is_narrative,
    is_question,
    sentences,
    symbols_before,
    words,
)
from cards.parse import Block, ParsedNote

RULES = ("heading", "emphasis", "definition", "term-list", "labelled", "key-points")
"""The ways this kind of item appears in a note, in the order they are tried."""

MIN_WORDS = 4
METADATA_KEYS = frozenset(
    "source sources author authors by tags tag date created modified status type url link links "
    "related see also topic topics aliases category reference references title isbn publisher "
    "published year rating genre edition pages started finished".split()
)
"""`- Source: [[Book]]` lines carry metadata, not a term and its meaning."""
_BIBLIOGRAPHIC = frozenset("title author authors date url isbn publisher year edition".split())
"""Keys that stay metadata with a qualifier before them: `- Full title: ...`,
`- Publication date: ...` (unlike "Socioeconomic status" or "Personality type")."""
_NOT_TERMS = METADATA_KEYS | LABELS
"""Metadata keys, and labels of an annotation: `- Q: What is ...?`, `- **Note:** ...`,
`- TODO: ...` define no term."""
_ANNOTATIONS = _NOT_TERMS - METADATA_KEYS - {"q", "a", "question", "answer"}
"""Labels over sentences the note asserts (`Note: ...`, `Takeaway: ...`), unlike metadata,
and unlike a question and its answer, which make a card of their own."""
_KEY_MARKS = ("strong", "mark")
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
"""The same word shape as `language.words`, so word indexes line up."""
_TERM_ITEM = re.compile(
    r"^(?P<term>[^:=]{1,50}?)\s*(?P<sep>::?|(?<=\s)=)\s+(?P<rest>\S.*)$", re.DOTALL
)
"""`Freeze: the impulse to ...`, or in lecture shorthand `Attachment = a lasting bond`."""
_DASH_ITEM = re.compile(r"^(?P<term>[^–—:→]{1,50}?)\s+(?P<sep>[-–—→])\s+(?P<rest>\S.*)$", re.DOTALL)
"""`**Dopamine** – the molecule of reward`: taken only when the term is emphasised or the
list is under a glossary heading ("Key terms"), since a plain "A - B" or "A → B" list
item is as often a remark, or a cause and its effect, as a definition."""
_DEFINITION_LIST = re.compile(
    r"^(?P<term>[^:\n]{1,50}?)[ \t]*(?P<sep>\n:)[ \t]+(?P<rest>\S.*)$", re.DOTALL
)
"""A definition list as Pandoc and PHP Markdown Extra write it: the term on a line, its
meaning on the next after a colon. Obsidian shows it as typed; its writer means a glossary."""
_GLOSSARY_HEADINGS = frozenset(
    "terms glossary definitions vocabulary terminology concepts jargon".split()
)
_FIELD_LINE = re.compile(
    r"^(?P<term>[^:\n]{1,50})(?P<sep>::?)(?:(?<=::):?[ \t]*|[ \t]+)(?P<rest>[^\s:][^\n]*)$", re.M
)
"""A line `Key:: value` (a Dataview inline field), `Term::meaning` or `Term:::meaning` (a
flashcard plugin's card, one way or both), or `Term: meaning`."""
_MEANING_HEADERS = frozenset(
    [
        "meaning",
        "definition",
        "definitions",
        "description",
        "explanation",
        "what it is",
        "what it means",
        "means",
        "defined as",
    ]
)


def extract_claims(note: ParsedNote, *, taxonomy: Taxonomy | None = None) -> Iterator[Item]:
    """Headings that are sentences, emphasised sentences, definitions, term lists."""
    points: set[int] = set()
    """The first paragraphs of the items of a list that "Key points:" introduces."""
    glossed: set[int] = set()
    """The first paragraphs of the items of a list whose other items define terms."""
    for visit in walk(note.blocks):
        block = visit.block
        if block.kind == "list" and len(block.children) > 2:
            glossed.update(_term_list(block))
        if block.kind == "list" and (
            _points_intro(visit.previous()) or (not visit.index and _asserting(visit.parent))
        ):
            points.update(id(i.children[0]) for i in block.children if i.children)
        if block.kind == "blockquote" and block.callout == "definition" and not visit.quoted:
            yield from _definition_callout(note, visit)
            continue
        if visit.quoted or (visit.parent is not None and visit.parent.callout == "definition"):
            continue
        if block.kind == "heading":
            item = _heading(note, visit)
            if item:
                yield item
        elif block.kind == "paragraph":
            point = id(block) in points or _asserting(visit.parent)
            yield from _paragraph(note, visit, taxonomy, point, id(block) in glossed)
        elif block.kind == "table":
            yield from _glossary(note, visit, taxonomy)


def _ref(note: ParsedNote, visit: Visit, text: InlineText, offset: int = 0) -> SourceRef:
    return SourceRef(note.path, visit.block.line + text.line_of(offset), visit.headings)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)
"""A calendar date: "March 3, 2022", "3 March 2022", "2022-03-03"."""


def _heading(note: ParsedNote, visit: Visit) -> Item | None:
    text = heading_text(visit.block)
    if text.link_share() > 0.6 or not is_declarative_heading(text.text) or _quoted(text.text):
        return None  # a topic, or someone's words ('### "Love is a verb."')
    if any(c.isdigit() for c in text.text) and _DATE.search(text.text):
        return None  # "Last medically reviewed on March 3, 2022": a dateline, not a claim
    if " | " in text.text:
        return None  # "By Dr. Sarah Green | Relationships | 8 min read": a byline
    return Item(
        "claim", _ref(note, visit, text), text, key=_predicate(text.text), rule="claim.heading"
    )


def _paragraph(
    note: ParsedNote,
    visit: Visit,
    taxonomy: Taxonomy | None,
    point: bool = False,
    glossed: bool = False,
) -> Iterator[Item]:
    text = visit.block.text
    if text.link_share() > 0.6:
        return
    first_in_item = visit.index == 0 and visit.parent_kind == "item"
    own_line = first_in_item or not visit.parent_kind  # an item, or a paragraph alone
    glossary = glossed or (own_line and _glossary_section(visit))
    found = _term_match(text, colon=first_in_item, glossary=glossary)
    if found is None and len(text.breaks) == 1 and "\n:" in text.text:
        found = _DEFINITION_LIST.match(text.text)  # "Safe haven\n: The role of ..."
    if found:
        if taxonomy is not None and taxonomy.names(found.group("term").strip()):
            return  # "- Anxious: craves closeness" labels a trait, it claims nothing
        term_item = _term_claim(note, visit, text, found, len(text.text), None)  # asked above
        if term_item:
            yield term_item
            return
    above = visit.previous() if visit.index else None
    entry = None
    if above is not None and above.kind == "heading":
        entry = _glossary_entry(note, visit, text, taxonomy)
    elif first_in_item and visit.index + 1 < len(visit.siblings):
        entry = _outlined_term(note, visit, text)
    if entry:
        yield entry
        return
    if text.text[:1] in _TERM_LABEL_STARTS and _TERM_LABEL.match(text.text):
        return  # "key term: **solace sex**" names a term, and asserts nothing
    fields: list[tuple[int, int]] = []
    if "::" in text.text or (":" in text.text and (text.breaks or _in_term_run(visit))):
        defined, fields = _field_items(note, visit, text, taxonomy, run=not text.breaks)
        yield from defined
    has_colon = ":" in text.text
    asserting = point or (bool(visit.headings) and _asserting_heading(visit.headings[-1]))
    if asserting and _introduced(visit):
        asserting = False  # "How we reviewed this article:" above: another section, untitled
    for start, end in sentences(text.text):
        if fields and any(f_start < end and start < f_end for f_start, f_end in fields):
            continue
        colon = has_colon and text.text.find(":", start, end) >= 0
        labelled = _ASSERTION.match(text.text, start, end) if colon else None
        if labelled:
            item = _asserted(note, visit, text, labelled.end(), end)
            if item:
                yield item
            continue
        start = _skip_label(text, start, end)
        if colon and start < end:
            start = _skip_annotation(text.text, start, end)
        if start < end and text.text[start] > "\u2000":
            start = symbols_before(text.text, start)  # a Notion callout's "💡 "
        sentence = text.slice(start, end).strip()
        plain = sentence.text
        if not _claim_like(plain):
            continue
        ref = _ref(note, visit, text, start)
        emphasis = _emphasis(sentence)
        term = definition_term(plain)
        if emphasis and not _names(term, sentence.text[emphasis[0] : emphasis[1]]):
            yield Item("claim", ref, sentence, key=emphasis, rule="claim.emphasis")
            continue
        if emphasis:  # "The **availability heuristic** is ...": the emphasis marks the term
            yield Item("claim", ref, sentence, key=emphasis, term=term, rule="claim.definition")
            continue
        if term:
            span = plain.find(term)
            yield Item(
                "claim",
                ref,
                sentence,
                key=(span, span + len(term)),
                term=term,
                rule="claim.definition",
            )
        elif asserting and finite_verb(plain) is not None:
            yield Item("claim", ref, sentence, key=_predicate(plain), rule="claim.key-points")


def _skip_label(text: InlineText, start: int, end: int) -> int:
    """Step over an emphasised lead-in label: `**Key idea:** habits compound.`"""
    for mark in text.marks:
        if mark.kind in _KEY_MARKS and start <= mark.start <= start + 1:
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


_ANNOTATION = re.compile(r"([A-Za-z]{1,12})\s*:\s+")


def _skip_annotation(text: str, start: int, end: int) -> int:
    """Step over a plain annotation label: `A: Yes, ...`, `Note: stonewalling is ...`."""
    found = _ANNOTATION.match(text, start, end)
    if found and found.group(1).lower() in _ANNOTATIONS:
        return found.end()
    return start


_DOCUMENT = frozenset(
    "article post page site website blog content video episode newsletter material "
    "information guide note podcast".split()
)
"""What "this" names in a sentence about the text itself: "This article is for
informational purposes only", "This post contains affiliate links"."""


def _claim_like(plain: str) -> bool:
    ws = words(plain)
    if len(ws) < MIN_WORDS or is_question(plain, ws) or is_instruction(plain, ws):
        return False
    if ws[0] == "this" and ws[1] in _DOCUMENT:
        return False  # the page's small print, not what it teaches
    return not plain.rstrip().endswith(":") and not (ws[0] == "i" and is_narrative(ws))


_STRESSED = frozenset(
    "really very so too not never always must should can cannot can't don't won't all only "
    "every any no none most much more less extremely totally absolutely definitely super "
    "quite actually literally this that".split()
)
"""Words a writer bolds as a speaker stresses them: the sentence has no key phrase in them."""


_BEFORE_LABEL = frozenset(["", ";", ".", "(", "—", "–", "-", "•"])
"""What stands before a label: the start of the sentence, or the end of a clause or item
("Attachment is **hard-wired**: we ..." asserts, its emphasis is no label)."""


def _emphasis(sentence: InlineText) -> tuple[int, int] | None:
    """The emphasised key phrase, if the sentence has one that is not the whole sentence."""
    for mark in sentence.marks:
        if mark.kind in _KEY_MARKS and mark.end > mark.start:
            labels = sentence.text[mark.start : mark.end + 1].rstrip("*_ ").endswith(":")
            if labels and sentence.text[: mark.start].rstrip()[-1:] in _BEFORE_LABEL:
                continue  # "...; **Anxious:** worries": a label, not the key phrase
            inside = sentence.text[mark.end : mark.end + 1].isalnum() or (
                mark.start > 0 and sentence.text[mark.start - 1].isalnum()
            )
            if inside:
                continue  # "**S**ecure **P**eople": letters picked out of words, a mnemonic
            phrase = sentence.text[mark.start : mark.end].strip(" .,;:")
            if phrase.lower() in _STRESSED:
                continue  # "This is **really** important": stressed as spoken, no key phrase
            if phrase and len(phrase) < 0.9 * len(sentence.text.strip(" .")):
                start = sentence.text.find(phrase, mark.start)
                return (start, start + len(phrase))
            if phrase:
                return _predicate(sentence.text)
    return None


def _names(term: str, phrase: str) -> bool:
    """Whether an emphasised phrase is the defined term, give or take its article."""
    if not term:
        return False
    head, _, rest = term.partition(" ")
    bare = rest if rest and head.lower() in ("a", "an", "the") else term
    return phrase.lower() in (term.lower(), bare.lower())


def _glossary_entry(
    note: ParsedNote, visit: Visit, text: InlineText, taxonomy: Taxonomy | None
) -> Item | None:
    """A glossary written as headings: `## Protest behaviour` over "Any action that tries to
    ...", under a heading (or a title) such as "Attachment glossary". The heading is the term
    when it is one, and the paragraph right under it, when it does not name the term itself,
    is the meaning."""
    above = visit.previous()
    if above is None or above.kind != "heading" or len(visit.headings) < 2:
        return None
    if not any(_glossary_heading(h) for h in visit.headings[:-1]):
        return None
    term = heading_text(above).strip().text
    if not term[:1].isupper() or (taxonomy is not None and taxonomy.names(term)):
        return None
    spans = sentences(text.text)
    meaning = text.slice(0, spans[0][1]).strip() if spans else InlineText()
    if term.lower() in meaning.text.lower():
        return None  # a meaning that names its term is a sentence the rest of the code reads
    return _defined(note, visit, term, meaning, MIN_WORDS)


_TERM_LABEL = re.compile(r"(?:key\s+|new\s+)?(?:term|concept|vocab(?:ulary)?)\s*:\s*", re.I)
_TERM_LABEL_STARTS = frozenset("kKnNtTcCvV")
_MEANT = re.compile(r"(?:=|:|means\b)\s*")


def _outlined_term(note: ParsedNote, visit: Visit, text: InlineText) -> Item | None:
    """An outline's definition: `- solace sex` (or `- key term: **solace sex**`) with its
    meaning nested under it, `- = sex to soothe attachment anxiety`."""
    nested = visit.next()
    if nested is None or nested.kind != "list" or not nested.children:
        return None
    first = nested.children[0].children[:1]
    if not first or first[0].kind != "paragraph":
        return None
    meant = _MEANT.match(first[0].text.text)
    if meant is None:
        return None
    labelled = _TERM_LABEL.match(text.text)
    term = text.text[labelled.end() if labelled else 0 :].strip()
    meaning = first[0].text.slice(meant.end(), len(first[0].text.text)).strip()
    return _defined(note, visit, term[:1].upper() + term[1:], meaning, MIN_WORDS - 1)


def _defined(
    note: ParsedNote, visit: Visit, term: str, meaning: InlineText, least: int
) -> Item | None:
    """`Term: meaning` from a term and a meaning the note writes apart (a heading over a
    paragraph, an item over a nested one), when the term is one (a few words, no clause, no
    question) and the meaning has at least `least` words."""
    if not 0 < len(words(term)) <= 5 or finite_verb(term) is not None or is_question(term):
        return None
    if len(words(meaning.text)) < least:
        return None
    claim = concat([InlineText(term), meaning], sep=": ")
    ref = SourceRef(note.path, visit.block.line, visit.headings)
    return Item("claim", ref, claim, key=(0, len(term)), term=term, rule="claim.term-list")


def _glossary_section(visit: Visit) -> bool:
    """Under a heading such as "Key terms" or "Definitions": every item defines a term."""
    return bool(visit.headings) and _glossary_heading(visit.headings[-1])


@lru_cache(maxsize=256)
def _glossary_heading(title: str) -> bool:
    """Asked once per heading, not once per list item under it."""
    return bool(_GLOSSARY_HEADINGS.intersection(words(title)))


def _term_match(text: InlineText, colon: bool, glossary: bool = False) -> re.Match[str] | None:
    """`Term: meaning` (a list item's, when `colon`) or `**Term** – meaning`: the dash form
    only with the term emphasised or in a `glossary` list, since a plain "A - B" is as
    often a remark."""
    found = _TERM_ITEM.match(text.text) if colon else None
    if found:
        return found
    if glossary:
        return _DASH_ITEM.match(text.text)
    if not any(m.start == 0 and m.kind in _KEY_MARKS for m in text.marks):
        return None
    dashed = _DASH_ITEM.match(text.text)
    if dashed is None:
        return None
    width = len(dashed.group("term").strip())
    if any(m.kind in _KEY_MARKS and m.start == 0 and m.end >= width for m in text.marks):
        return dashed
    return None


def _term_list(block: Block) -> list[int]:
    """The first paragraphs of a list's items when most of them define a term the way a
    glossary does (`Epictetus: a former slave ...`, `**Marcus Aurelius** – ...`): then an
    item set off by a plain dash (`Zeno of Citium — founder of the school`) does too."""
    firsts = [
        item.children[0]
        for item in block.children
        if item.children and item.children[0].kind == "paragraph"
    ]
    defining = sum(
        1
        for paragraph in firsts
        if (found := _term_match(paragraph.text, colon=True)) and found.group("term")[:1].isupper()
    )
    if defining < 2 or 2 * defining < len(firsts):
        return []
    return [id(paragraph) for paragraph in firsts]


def _in_term_run(visit: Visit) -> bool:
    """A one-line paragraph `Term: meaning` on the line next to another of its shape:
    plain text gives each line of a typed glossary a paragraph of its own."""
    line = visit.block.line
    if not _FIELD_LINE.match(visit.block.text.text):
        return False
    return any(
        block is not None
        and block.kind == "paragraph"
        and abs(block.line - line) == 1  # the next line, not the next paragraph
        and _FIELD_LINE.match(block.text.text) is not None
        for block in (visit.previous(), visit.next())
    )


def _field_items(
    note: ParsedNote, visit: Visit, text: InlineText, taxonomy: Taxonomy | None, run: bool = False
) -> tuple[list[Item], list[tuple[int, int]]]:
    """Dataview's inline fields, `Anchoring:: the tendency to ...`, and lines of `Term:
    meaning`, two or more to a paragraph (a glossary typed as plain lines): a term and its
    meaning on each line. Returns the definitions and the spans of every such line (one
    that defines nothing, `rating:: 4`, is metadata: no sentence of it is a claim either)."""
    items: list[Item] = []
    spans: list[tuple[int, int]] = []
    lines = list(_FIELD_LINE.finditer(text.text))
    if not run and sum(found.group("sep") == ":" for found in lines) < 2:
        lines = [found for found in lines if found.group("sep") == "::"]
    for found in lines:
        if found.group("term").strip().lower() in _ANNOTATIONS:
            continue  # "A: Yes. Long, secure ...": an answer's sentences, read as any others
        spans.append((found.start(), found.end()))
        item = _term_claim(note, visit, text, found, found.end(), taxonomy)
        if item:
            items.append(item)
    return items, spans


def _glossary(note: ParsedNote, visit: Visit, taxonomy: Taxonomy | None) -> Iterator[Item]:
    """A table whose second column is headed "Meaning" or "Definition": a term list, a row
    per term (`| Halo effect | One good trait colours ... |`)."""
    rows = [r.children for r in visit.block.rows]
    if len(rows) < 2 or len(rows[0]) < 2:
        return
    if " ".join(words(rows[0][1].text.text)) not in _MEANING_HEADERS:
        return
    for cells in rows[1:]:
        if len(cells) < 2:
            continue
        text = concat([cells[0].text.strip(), cells[1].text.strip()], sep=": ")
        found = _TERM_ITEM.match(text.text)
        if found:
            item = _term_claim(note, visit, text, found, len(text.text), taxonomy, cells[0].line)
            if item:
                yield item


def _term_claim(
    note: ParsedNote,
    visit: Visit,
    text: InlineText,
    found: re.Match[str],
    end: int,
    taxonomy: Taxonomy | None,
    line: int | None = None,
) -> Item | None:
    """`Term: what it is` as a definition claim, when the term is one: capitalised, a few
    words, no metadata key or annotation label, no clause, and a meaning that is not a link.
    No category of `taxonomy` either (None when the caller has asked already)."""
    term = found.group("term").strip()
    if found.group("sep") == ":" and _ASSERTION.fullmatch(f"{term}: "):
        line = visit.block.line + text.line_of(found.start()) if line is None else line
        return _asserted(note, visit, text, found.start("rest"), end, line)
    if taxonomy is not None and taxonomy.names(term):
        return None  # "| Anxious | fears ... |" lists a trait, it defines nothing
    if not term[:1].isupper() or not 0 < len(words(term)) <= 5:
        return None
    if term.lower() in _NOT_TERMS or term.lower().rsplit(None, 1)[-1] in _BIBLIOGRAPHIC:
        return None
    if any(w in AUX for w in words(term)):
        return None  # "**Virtue is the only good** – ...": a clause, not a term
    rest_start = found.start("rest")
    if text.slice(rest_start, end).link_share() > 0.5:
        return None
    spans = sentences(text.text[rest_start:end])
    if not spans:
        return None
    start = found.start()
    meaning = text.slice(rest_start, rest_start + spans[0][1]).strip()
    if found.group("sep") == ":" and _own_subject(meaning.text, term):
        return None  # "Perel: conflict is a protest": who said it, or a topic, then a remark
    if not subject_ok(term) or _quoted(meaning.text):
        return None  # 'Naming the feeling: "I'm anxious right now"': a step and what to say
    if found.group("sep") in ("::", "\n:"):  # the card reads "Term: meaning"
        claim = concat([text.slice(start, start + len(term)), meaning], sep=": ")
    else:
        claim = text.slice(start, rest_start + spans[0][1]).strip()
    if len(words(claim.text)) < MIN_WORDS + 1:
        return None
    ref = _ref(note, visit, text, start)
    if line is not None:
        ref = SourceRef(note.path, line, visit.headings)
    # "**Hazan & Shaver (1987)** – love quiz ...": a study and its finding, a cloze of who
    # found it; "What is Hazan & Shaver (1987)?" would ask nothing
    named = "" if _STUDY.search(term) else term
    return Item("claim", ref, claim, key=(0, len(term)), term=named, rule="claim.term-list")


_STUDY = re.compile(r"\(\s*(?:1[89]|20)\d\d[a-z]?\s*\)$|\bet al\b")
"""A term that cites a study: `Hazan & Shaver (1987)`, `Main et al.`."""


_ASSERTING = (
    r"(?:claim|thesis|tl;?dr|bottom line|in short|in a nutshell|in one (?:line|sentence)"
    r"|takeaway|insight|finding"
    r"|conclusion|lesson|(?:key|main|big|core|central)\s+(?:point|idea|insight|takeaway"
    r"|finding|message|lesson|claim))s?"
)
_ASSERTION = re.compile(rf"{_ASSERTING}\s*:\s+", re.IGNORECASE)
"""A label that announces what the note asserts: `Claim: ...`, `Key idea: ...`, `TL;DR: ...`."""
_ASSERTING_HEADING = re.compile(rf"(?:the\s+|my\s+)?{_ASSERTING}\s*:?", re.IGNORECASE)


def _introduced(visit: Visit) -> bool:
    """Whether a paragraph ending in a colon stands between the block and its heading."""
    for block in reversed(visit.siblings[: visit.index]):
        if block.kind == "heading":
            return False
        if block.kind == "paragraph" and block.text.text.rstrip().endswith(":"):
            return True
    return False


@lru_cache(maxsize=256)
def _points_intro(block: Block | None) -> bool:
    """A line that introduces a list of what the note asserts: "Key points from the
    interview:", "Main takeaways:", or a label alone such as "KEY TAKEAWAYS"."""
    if block is None or block.kind != "paragraph" or block.text.breaks:
        return False
    text = block.text.text.strip()
    if text.endswith(":"):
        return _ASSERTING_HEADING.match(text) is not None
    return _ASSERTING_HEADING.fullmatch(text) is not None  # "KEY TAKEAWAYS" over its bullets


_ASSERTING_CALLOUTS = frozenset("important abstract summary tldr key".split())


def _asserting(parent: Block | None) -> bool:
    """A callout the writer set their point in: `> [!important]`, `> [!summary]`, or one
    titled as a heading of key points would be (`> [!info] Core idea`)."""
    if parent is None or parent.kind != "blockquote" or not parent.callout:
        return False
    if parent.callout in _ASSERTING_CALLOUTS:
        return True
    return parent.title is not None and _asserting_heading(parent.title.text)


def _asserting_heading(title: str) -> bool:
    """A section such as "Key points" or "Takeaways": each sentence in it is one the note
    asserts, emphasised or not. Asked once per heading."""
    return _ASSERTING_HEADING.fullmatch(title.strip()) is not None


def _asserted(
    note: ParsedNote, visit: Visit, text: InlineText, start: int, end: int, line: int | None = None
) -> Item | None:
    """The first sentence after an assertion label, when it is a sentence: the note marks it
    as its claim, emphasis or not. The label stays off the card."""
    spans = sentences(text.text[start:end])
    if not spans:
        return None
    sentence = text.slice(start + spans[0][0], start + spans[0][1]).strip()
    plain = sentence.text
    if not _claim_like(plain) or finite_verb(plain) is None:
        return None
    ref = (
        _ref(note, visit, text, start)
        if line is None
        else SourceRef(note.path, line, visit.headings)
    )
    key = _emphasis(sentence) or _predicate(plain)
    if plain[:1].islower() and not any(
        m.start == 0 and m.kind in _VERBATIM for m in sentence.marks
    ):
        sentence = replace(sentence, text=plain[0].upper() + plain[1:])  # the label went first
    return Item("claim", ref, sentence, key=key, rule="claim.labelled")


_VERBATIM = ("code", "math")


def _quoted(text: str) -> bool:
    """Wholly inside quotation marks: words to say or that were said, not a meaning."""
    return len(text) > 2 and text[0] in '"“' and text.rstrip(".")[-1:] in '"”'


def _own_subject(meaning: str, term: str) -> bool:
    """A meaning that opens on a clause of its own, its subject a noun right before the verb
    ("conflict is often a protest"): not what the term is, but something said about it.
    A clause about the term itself ("Oxytocin: oxytocin bonds ...") still defines it."""
    ws = words(meaning)
    if len(ws) < 3 or ws[0] in FUNCTION_WORDS or ws[0] in words(term):
        return False
    return finite_verb(meaning) == 1


def _definition_callout(note: ParsedNote, visit: Visit) -> Iterator[Item]:
    block = visit.block
    body = concat([p.text for p in paragraphs(block)]).strip()
    spans = sentences(body.text)
    if not spans:
        return
    first = body.slice(0, spans[0][1]).strip()
    titled = block.title.strip() if block.title is not None else InlineText()
    term = titled.text or definition_term(first.text)  # an untitled one defines in its sentence
    if not term:
        return
    span = first.text.lower().find(term.lower())
    if span < 0:  # "> [!definition] Allostatic load" over its meaning: card reads "Term: meaning"
        first = concat([titled, first], sep=": ")
        span = 0
    key = (span, span + len(term))
    yield Item(
        "claim", _ref(note, visit, first), first, key=key, term=term, rule="claim.definition"
    )


def _predicate(text: str) -> tuple[int, int] | None:
    """From the word after the first verb to the end: the cloze when nothing is emphasised."""
    verb = finite_verb(text)
    tokens = list(_WORD.finditer(text))
    if verb is None or verb + 1 >= len(tokens):
        return None
    end = len(text.rstrip(" .!;:"))
    return (tokens[verb + 1].start(), max(end, tokens[verb + 1].end()))
