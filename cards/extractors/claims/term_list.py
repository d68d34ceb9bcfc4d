"""claim.term-list: a list item or a paragraph that gives a term and then its meaning.

    1. Freeze: The impulse to shut down when threatened.
    - Attachment = a lasting emotional bond
    - **Dopamine** – the molecule of reward and of wanting more
    Safe haven
    : The role of a partner we turn to when distressed.

A `Term: meaning` list item is the commonest glossary there is, and its definition card
reads best as the note wrote it. The colon form is taken from list items only (a
paragraph `Tom: the flow takes 8 seconds` is as often a speaker or a label), the dash form
only when the term is emphasised, the list is under a glossary heading, or most of the
list's other items define terms (then `Zeno — founder of the school` does too). A term
that names a category of the taxonomy (`- Anxious: craves closeness`) is a trait's label:
the rule claims the item so that nothing else reads it as a definition.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cards.extractors.claims.contents import contents_entry
from cards.extractors.claims.meanings import duty
from cards.extractors.claims.reading import Claimed, ClaimRule, Reading, first_nested
from cards.extractors.claims.terms import (
    DASH_ITEM,
    announces,
    glossary_section,
    term_claim,
    term_match,
)
from cards.extractors.walk import Visit
from cards.inline import InlineText, concat
from cards.language import has_finite_verb, in_s, is_advice, words
from cards.parse import Block

_DEFINITION_LIST = re.compile(
    r"^(?P<term>[^:\n]{1,50}?)[ \t]*(?P<sep>\n:)[ \t]+(?P<rest>\S.*)$", re.DOTALL
)
"""A definition list as Pandoc and PHP Markdown Extra write it: the term on a line, its
meaning on the next after a colon. Obsidian shows it as typed; its writer means a glossary."""


_CONTACT = re.compile(
    r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\b[\w.+-]+@[\w-]+\.[a-z]{2,}\b"
    r"|^\d{1,5} [A-Z][a-z]+ (?:St|Ave|Dr|Rd|Blvd|Ln|Way|Ct|Street|Avenue|Road|Drive)\b"
)
"""A value that is a phone number, an email address or a street address: the item files
how to reach someone (a syllabus's office line, a diary's address), and no term's meaning
is any of them."""


def term_list(reading: Reading, visit: Visit) -> Claimed | None:
    """A paragraph that is a term and its meaning, or a trait's label."""
    block = visit.block
    if block.kind != "paragraph":
        return None
    text = block.text
    first_in_item = visit.index == 0 and visit.parent_kind == "item"
    own_line = first_in_item or not visit.parent_kind  # an item, or a paragraph alone
    glossary = id(block) in reading.glossed or (own_line and glossary_section(visit))
    found = term_match(text, colon=first_in_item, glossary=glossary)
    if found is None and len(text.breaks) == 1 and "\n:" in text.text:
        found = _DEFINITION_LIST.match(text.text)  # "Safe haven\n: The role of ..."
    if found is None or announces(found):
        return None
    if _continues(found.group("rest")):
        return Claimed()  # "- Hides complexity: from users": one phrase cut, no meaning
    if _CONTACT.search(found.group("rest")):
        return Claimed()  # "- Front desk: 555-013-2287": an address book's line, no meaning
    if contents_entry(text, found):
        return Claimed()  # "1. [Pricing](...guide#pricing) - what it costs": a contents line
    taxonomy = reading.taxonomy
    if taxonomy is not None and taxonomy.names(found.group("term").strip()):
        return Claimed()  # "- Anxious: craves closeness" labels a trait, it claims nothing
    item = term_claim(reading, visit, text, found, len(text.text), "claim.term-list")
    short = item is not None and len(item.text.text) <= 100  # a long meaning is whole
    more = _goes_on(visit) if item and short and first_in_item else None
    if item and more:  # "JIT: the VM counts calls" over "These hot methods are compiled"
        end = "" if item.text.text.rstrip()[-1:] in ".!?" else "."
        item = replace(item, text=concat([item.text, more], sep=end + " "))
    return Claimed((item,)) if item else None


def _continues(rest: str) -> bool:
    """A value that opens on a preposition and says nothing of its own ("of the Moon's
    pull", "from users & programs"): the writer's phrase runs on past the colon or the line
    break, so what stands before it is no term and what follows no meaning of it. A value
    opening on "of" always continues its noun; one opening on another preposition does when
    no verb follows and it is one that hangs off a verb or a noun ("from", "for", "by", ...);
    "to" opens a purpose ("to find the chance that ..."), "outside", "in" a place: both
    gloss."""
    first = rest[: rest.find(" ")] if " " in rest else rest
    if first == "of":
        return True
    return first in _RUNS_ON and not has_finite_verb(rest)


_RUNS_ON = frozenset("from for under by with into onto".split())


_POINTERS = frozenset("this these that those it they such".split())


def _goes_on(visit: Visit) -> InlineText | None:
    """The first nested line under a term's item when it carries the meaning on, pointing
    back at it ("These ..."): the term's meaning is the item and that line, as the writer
    split one thought over two lines; a card of the first alone would stop halfway."""
    first = first_nested(visit)
    if first is None:
        return None
    line = first.text
    if words(line.text)[:1] and words(line.text)[0] in _POINTERS and len(line.text) <= 200:
        return line if "\n" not in line.text else None
    return None


def _dashed(text: str) -> re.Match[str] | None:
    """`Zeno — founder of the school`: an item that glosses its term after an em or en dash
    (a hyphen or an arrow is as often a remark, or a cause and its effect)."""
    found = DASH_ITEM.match(text)
    if found is None or found.group("sep") not in "—–" or is_advice(found.group("term")):
        return None  # "Row evenly — longer pull than return": a step, then how
    return found


def survey(block: Block) -> tuple[list[int], list[int]]:
    """The first paragraphs of a list's items (glossed, advised): when most of them define a
    term the way a glossary does (`Epictetus: a former slave ...`, `**Marcus Aurelius** –
    ...`), an item set off by a plain dash (`Zeno of Citium — founder of the school`) does
    too; when half of its `Label: text` items (one of a pair) give advice ("Listen for
    clues: pay attention to ..."), so do the others ("Set goals: aim high"), however their
    verb reads."""
    if len(block.children) < 2:
        return [], []
    firsts = [
        item.children[0]
        for item in block.children
        if item.children and item.children[0].kind == "paragraph"
    ]
    defining = advising = 0
    for paragraph in firsts:
        found = term_match(paragraph.text, colon=True) or _dashed(paragraph.text.text)
        if found is None:
            continue
        defining += found.group("term")[:1].isupper()
        term, rest = found.group("term"), found.group("rest")
        advising += is_advice(term) or is_advice(rest) or _duty(term, rest)
    ids = [id(paragraph) for paragraph in firsts]
    glossed = ids if len(ids) > 2 and defining >= 2 and 2 * defining >= len(firsts) else []
    return glossed, ids if advising and 2 * advising >= len(firsts) else []


def _duty(term: str, rest: str) -> bool:
    """A duty under a singular label ("Hiring — help refine ..."): a plural one with "help"
    is a predicate ("Platelets: help blood clot"), so a glossary of such stays one."""
    named = words(term)
    return duty(words(rest)) and bool(named) and not in_s(named[-1])


RULE = ClaimRule(block=term_list)
