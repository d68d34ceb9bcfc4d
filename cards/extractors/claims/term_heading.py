"""claim.term-heading: a heading that is only a term, over a paragraph that says what it is.

    ## Glossary
    ### Protest behaviour
    Any action that tries to re-establish contact with a partner.

    ### Authoritative parenting
    Pairs warmth with firm rules.                           <- no subject: the heading's
    A style marked by high demands and warm support.       <- a noun phrase, no verb
    Characterized by warmth but few rules.                 <- a participle

The heading alone is no sentence, and the paragraph alone has no subject: together they
are "Authoritative parenting: Pairs warmth with ...", a definition card. Under a heading
that announces a glossary ("Glossary", "Key terms", "Concepts") any first sentence is
the meaning; elsewhere a short heading over a paragraph is as often a section and its
first remark, so the first sentence must be one that lacks its subject: it opens on a
verb in -s, on a participle, or is a noun phrase with no verb of its own. A paragraph
that names its term itself is left to the sentence rules.
"""

from __future__ import annotations

from cards.extractors.analysis import analyse
from cards.extractors.claims.reading import Claimed, ClaimRule, Reading
from cards.extractors.claims.shared import ENUMERATED, MIN_WORDS, SECTIONS, participle
from cards.extractors.claims.subjects import subject_ok
from cards.extractors.claims.terms import defined, glossary_heading
from cards.extractors.walk import Visit, heading_text
from cards.inline import InlineText
from cards.language import DETERMINERS, finite_verb, in_s, is_question, words


def term_heading(reading: Reading, visit: Visit) -> Claimed | None:
    """The first sentence under a term's heading, in a glossary or lacking its subject."""
    block = visit.block
    above = visit.previous() if block.kind == "paragraph" else None
    if above is None or above.kind != "heading":
        return None
    term = heading_text(above).strip().text
    if not term[:1].isupper():
        return None  # before the glossary test, which asks each heading above
    glossary = len(visit.headings) > 1 and any(glossary_heading(h) for h in visit.headings[:-1])
    if not (glossary or _term_like(term)):
        return None
    text = block.text
    spans = analyse(text.text)
    if not spans or not (glossary or _subjectless(spans[0].text)):
        return None
    meaning = text.slice(0, spans[0].end).strip()
    if term.lower() in meaning.text.lower():
        return None  # a meaning that names its term is a sentence the rest of the code reads
    taxonomy = reading.taxonomy
    if taxonomy is not None and taxonomy.names(term):
        return None
    if is_question(meaning.text) or meaning.text.rstrip().endswith(":") or "=" in meaning.text:
        return None  # a question, an introduction, a formula: no meaning of a term
    label = meaning.text.find(":", 0, 20)
    if label > 0 and meaning.text[:label].strip().lower() in SECTIONS:  # "Definition: ..."
        meaning = meaning.slice(label + 1, len(meaning.text)).strip()
    if _typed_list(meaning):
        return None  # "## Variations" over "Condensed" then "Italic: ...": lines, no meaning
    item = defined(reading, visit, term, meaning, MIN_WORDS, "claim.term-heading")
    if item is None:
        return None
    return Claimed((item,)) if glossary else Claimed((item,), ((0, spans[0].end),), whole=False)


def _typed_list(meaning: InlineText) -> bool:
    """Lines typed one under another, not a sentence: a first line of a word or two, or a
    first line of its own `Term:` (`Bold: Heavy stroke`), under the heading."""
    plain = meaning.text
    colon = plain.find(":", 0, 40)
    if colon > 0 and len(words(plain[:colon])) <= 3:
        return True
    first = meaning.breaks[0] if meaning.breaks else len(plain)
    return first < len(plain) and len(words(plain[:first])) <= 3


def _term_like(heading: str) -> bool:
    """A heading that names a thing, not a part of the note ("Overview", "Step 2")."""
    ws = words(heading)
    if not 0 < len(ws) <= 4 or ws[-1] in SECTIONS or ENUMERATED.match(heading):
        return False
    return subject_ok(heading) and not any(c.isdigit() for c in heading)


_OBJECTS = DETERMINERS - {"that"}
_DEFINING_VERBS = frozenset(
    "refers consists stands means describes denotes involves represents contains includes "
    "measures occurs happens relates applies belongs".split()
)
"""Verbs that open a subjectless gloss whatever follows them ("Refers to ...")."""
_RELATIVE = frozenset("that which who whom whose where when".split())
_MAIN = frozenset("is are was were must can could should would will may might".split())
"""Verbs that, after a relative clause, are the main clause's: the sentence has a subject."""


def _subjectless(sentence: str) -> bool:
    """A sentence that lacks its subject: "Pairs warmth with ...", "Characterized by ...",
    "Also known as ...", "A style marked by ..." (a noun phrase whose only verbs are in a
    clause of its own)."""
    ws = words(sentence)
    if len(ws) < MIN_WORDS:
        return False
    first = ws[0]
    if participle(ws[1:] if first == "also" else ws):
        return True  # "Marked by calm", "Also known as ..."
    verbal = in_s(first) and not first.endswith("ics") and "'" not in first
    token = sentence.split(None, 1)[0]
    if verbal and (token[-1:] == ":" or "://" in token or token[:1] in "\"“'‘"):
        verbal = False  # "Stats: 14 paragraphs", "https://...", '"Asas" means': a subject
    if first in _DEFINING_VERBS or (verbal and _object(ws[1])):
        return True  # "Grows a crust", "Refers to ...", not "There's", "Things you", "Dogs bark"
    if first not in ("a", "an"):
        return False
    verb = finite_verb(sentence)
    if verb is None:
        return True  # "A style marked by high demands."
    relative = next((i for i, w in enumerate(ws[:verb]) if w in _RELATIVE), None)
    return relative is not None and not _MAIN.intersection(ws[relative:])  # "A style where
    # parents monitor ...", not "A rock that lies in another must be older than it"


def _object(word: str) -> bool:
    """A word that opens the object of a verb in -s: a determiner ("Keeps a log"), or a
    noun by its form, plural or abstract ("Trains pilots", "Demands attention"); a plural
    subject's verb has no -s ("Dogs bark")."""
    return word in _OBJECTS or in_s(word) or word.endswith(_NOUN_ENDS)


_NOUN_ENDS = ("ion", "ity", "ness", "ment", "ance", "ence", "ship", "ism")


RULE = ClaimRule(block=term_heading)
