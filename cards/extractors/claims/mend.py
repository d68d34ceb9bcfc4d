"""The last look at a claim before it becomes a card: what it says, and what it hides.

    He needed to choose                       <- the subject is elsewhere: no item
    But the monsoon winds also set ...        <- the next step of an argument: no item
    We need to sort the edges first           <- a class's own plan: no item
    Usual to refer to this ratio as ...       <- a term cut out of its clause: no item
    In **12:4**, the code allows ...          <- a verse's number is no deletion

A claim led by a personal pronoun ("He ...", "Their argument ...") or by a pointer and its
noun ("This process ...", "This kind of rope splicing ...") speaks of something an earlier
sentence named; rules that could name it (a definition under its term's heading) already
put the name in its place, so what still leads so has its subject elsewhere. A `Term:
statement` line whose statement opens on "he" or "his" is an anecdote under a label. A
definition that says nothing is `hollow`'s to find; a deletion that is no whole phrase,
`phrase`'s: when none can be had, the claim makes no card, an arbitrary span being worse
than none.
"""

from __future__ import annotations

import dataclasses
import re

from cards.extractors.claims.alias import TERM_ADVERBS
from cards.extractors.claims.clause import own_clause, value_key
from cards.extractors.claims.coordinated import whole_list
from cards.extractors.claims.elsewhere import refers_out
from cards.extractors.claims.examples import before_examples
from cards.extractors.claims.hollow import hollow
from cards.extractors.claims.label_subject import label_subject
from cards.extractors.claims.phrase import (
    dangling_end,
    first_clause,
    past_label,
    whole_clause,
    whole_phrase,
)
from cards.extractors.claims.pointed import unpointed
from cards.extractors.claims.predicate import to_predicate
from cards.extractors.claims.term_edges import POSSESSIVES
from cards.giveaway import gives_away, opens_on_shown, shown_again, stems
from cards.items import Item
from cards.language import words

_CLAUSE_WORDS = frozenset(
    "where which who whom whose when whereas what until unless if whether because since".split()
)
"""Words that open a clause: a term that holds one took its verb from that clause."""


def _clause_in(term: str) -> bool:
    """A term that holds a clause's first word ("Best time to prune if a hedge"): its
    verb was the clause's. Code's "else if" is a keyword, not a clause."""
    ws = words(term)
    return any(
        w in _CLAUSE_WORDS and not (w == "if" and ws[i - 1 : i] == ["else"])
        for i, w in enumerate(ws)
    )


def _cited(hidden: str) -> bool:
    return (":" in hidden or "." in hidden) and _CITED.fullmatch(hidden) is not None


_CITED = re.compile(r"(?:[1-3]\s)?(?:[A-Z][a-z]+\.?\s)?\d+[:.]\d+(?:[-–]\d+)?(?:\s?[a-z])?")
"""A reference to a chapter and verse, a law's section or a page: where to look, not what
to recall."""
_WE = re.compile(r"[*_ ]*We(?:['’](?:ll|re|ve|d))?\s")
_EXAMPLE = re.compile(r"\bexamples?$|^(?:an? )?example\b", re.IGNORECASE)
_MARKUP = 6
"""TeX commands in a claim that no term heads: a formula typed out, not a sentence."""
_CUT = frozenset("a an the and or".split())
"""Last words of a line cut before its end."""
_COMPARED = re.compile(r"(?:similar(?:ly)? to|like|unlike|compared (?:to|with)|as with)\b", re.I)
_REST = frozenset("other others another additional misc miscellaneous".split())
_CONTINUES = re.compile(
    r"[*_\"“ ]*(?:\(?\d{1,2}\)|->|→|(?:And|But|So|Then|Or)(?=[ ,])|(?:Thus|Hence|Therefore|Also"
    r"|However|Moreover|Furthermore|Instead|Similarly|Otherwise|Again|Now|Of course|Else|Here"
    r"|With (?:this|that)|(?:Basically|Which|This|That|It) means|Means),"
    r"|(?:First|Firstly|Next),\s+(?:we|you|I|let['’]s)\b"
    r"|In (?:the|this|that|our) (?:example|case|scenario)\b|For example\b|E\.g\.)"
)
"""What opens the next step of an argument (a step's number or ordinal, an arrow, a
connective) or a claim about an example the card does not show
("In the example, the jars are ...")."""


def mend(item: Item) -> Item | None:
    """The claim with its deletion made a whole phrase, or None when it cannot be or when
    the claim's subject is elsewhere."""
    restating = _RESTATING.match(item.text.text)
    if restating is not None:
        item = _past(item, restating.end())  # "In other words, X is Y": X is Y
    item = _bare_term(item)
    plain = item.text.text
    if leads_elsewhere(plain) or refers_out(item):
        return None
    pointed = unpointed(item)  # "this process", "both": what they stand for is elsewhere
    if pointed is None:
        return None
    item, plain = pointed, pointed.text.text
    if item.term and (
        dangling_end(item.term, 0, len(item.term)) < len(item.term) or _clause_in(item.term)
    ):
        return None  # "Bake with", "Harbours where the tide": a term cut out of its clause
    if item.term and (item.term.split(" ", 1)[0].lower() in _REST or _EXAMPLE.search(item.term)):
        return None  # "Other perks", "Pencil Example": a list's remainder, an example's label
    if item.term and _COMPARED.match(item.term):
        return None  # "Similar to madder, woad ...": a comparison with what came before
    if plain.rstrip().rsplit(" ", 1)[-1] in _CUT:
        return None  # "Tuning: making sure it sounds like the": a line cut short
    if not item.term and plain.count("\\") >= _MARKUP:
        return None  # "Yield: \\text{Ab} + \\text{Cd}^- ...": markup, not a sentence to recall
    if item.term and hollow(plain, item.term):
        return None  # "Cooling racks: hold the racks of cooling loaves", "X is a good guy"
    if _CONTINUES.match(plain):
        return None  # "(4) Then in the next decade ...", "But it ...": the rest of an argument
    if not item.term and _WE.match(plain):
        return None  # "We need to reduce ...", "We want to measure ...": the class's own plan
    if item.key is None:
        return item
    if not item.term and whole_clause(plain, item.key):
        return None  # "{{Employees shall not make commitments}} or promises ...": no phrase
    key = item.key if item.term else first_clause(plain, item.key)
    if key is not None and not item.term:
        key = value_key(plain, own_clause(plain, key))  # "{{a number}}, so the type of ..."
    if key is None:
        return None  # a deletion of a whole long clause: no one recalls it word for word
    key = whole_phrase(plain, key)
    if key is not None and not item.term:
        key = to_predicate(plain, key)  # "Deep {{roots are needed}} ...": what "are" says
        key = key and whole_list(plain, key)  # "{{Gales}}/storms", "{{hemp}}, jute, or flax"
        key = key and before_examples(plain, key)  # "{{extracts such as woad}}, madder"
        key = key and whole_phrase(plain, key)
        key = key and label_subject(plain, past_label(plain, key))  # "Kiln shelf: ..."
    if key is None or _cited(plain[key[0] : key[1]]):
        return None  # nothing whole to hide, or a verse's number ("6:151", "1 Kings 22:22")
    if not item.term and _labelled_away(plain, key):
        return None  # "Glazes: celadon is {{a glaze}}": the label shows the answer
    if not item.term and shown_again(plain, key):
        return None  # "{{Mulch}} is what mulching spreads": the card says its answer
    return item if key == item.key else dataclasses.replace(item, key=key)


_PERSONAL = re.compile(r"[*_\"“ ]*(?:He|She|His|Her|Him|Their|Its)\b(?![-'’])")
_POINTER_NOUN = re.compile(
    r"[*_\"“ ]*(?:This|That|These|Those|Such)\s+(?:[a-z]+\s+)?(?:type|kind|form|sort|process"
    r"|approach|method|idea|view|argument|step|stage|phase|journey|path|one|way|figure|change)\b"
)
_PLURAL_POINTER = re.compile(
    r"[*_\"“ ]*(?:These|Those|All (?:the )?other|The other)\s+(?!(?:are|were|is|was|have|can|will"
    r"|do|include|mean)\b)[a-z]"
)
"""A noun the sentence before named, pointed back at: "These set of tools are ...", "All
other jars can be refilled", "The other half ..."; not "These are ...", whose pronoun
`subjects.py` judges where it heads a definition."""
_LABELLED_PERSONAL = re.compile(
    r"^[*_]*\w[\w-]*(?: [\w-]+){0,3}[*_]*:\s+[*_]*(?:he|she|his|her|him)\b", re.IGNORECASE
)


_RESTATING = re.compile(
    r"(?:In other words|To put it (?:another way|simply)|Put simply|Simply put|In short|In contrast"
    r"|By contrast|Yes|No|Well"
    r"|In a nutshell|That is to say|Basically|Essentially|In essence),\s+(?=\S)"
    r"|(?:If|When) you [^:,.]{3,40}:\s+(?:basically,?\s+)?(?=\S)"
)
"""An opener that ties the sentence to the one before (it restates it, sets against it or
answers it) or speaks to the reader ("If you get lost: basically ..."): on a card alone it
points at nothing, and the sentence stands without it."""


def _past(item: Item, start: int) -> Item:
    """The item without its first `start` characters, its first letter a capital: the
    deletion and the term move with the text; a deletion in what is cut goes."""
    text = item.text.slice(start, len(item.text.text))
    first = text.text[:1].upper()
    text = dataclasses.replace(text, text=first + text.text[1:], tags=item.text.tags)
    key = item.key and (item.key[0] - start, item.key[1] - start)
    term = item.term
    if term and text.text.lower().startswith(term.lower()):
        term = text.text[: len(term)]
    if key is not None and key[0] < 0:
        key, term = None, ""
    return dataclasses.replace(item, text=text, key=key, term=term)


def _labelled_away(plain: str, key: tuple[int, int]) -> bool:
    """Whether a `Label:` before the deletion names every word it hides, or, for a bare
    label, the word it opens on ("Pruning: {{prune the shoots}} in March"). A title with an
    article ("The pruning rule: ...") names the statement as a whole, whose words it shares
    by nature."""
    colon = plain.find(": ", 0, key[0])
    if colon <= 0:
        return False
    shown, hidden = stems(plain[:colon]), plain[key[0] : key[1]]
    if gives_away(shown, stems(hidden)):
        return True
    named = plain[:colon].lstrip("*_ ").split(" ", 1)[0].lower() in _ARTICLES
    return not named and opens_on_shown(shown, hidden)


_ARTICLES = frozenset({"a", "an", "the"})


def _bare_term(item: Item) -> Item:
    """The term without an adverb that qualifies the verb after it ("Kintsugi literally
    means ...") or a possessive that points back ("... is called its valency"), and only up
    to a spaced dash, which ends a glossary line's term ("Sgraffito - slip carving is a
    layer ..."): none of that is part of the name a reader recalls."""
    if not item.term or item.key is None:
        return item
    a, b = item.key
    named = item.text.text[a:b]
    if named != item.term or " " not in named:
        return item
    first = named.split(" ", 1)[0]
    if first.lower() in POSSESSIVES:
        a += len(first) + 1
    last = named.rsplit(" ", 1)[-1]
    if last.lower() in TERM_ADVERBS:
        b -= len(last) + 1
    dash = _SPACED_DASH.search(item.text.text, a, b)
    if dash is not None:
        b = dash.start()  # "Raku - a quick firing": "Raku" is the term, the rest its meaning
    if (a, b) == item.key or b - a < 2:
        return item
    return dataclasses.replace(item, key=(a, b), term=item.text.text[a:b])


_SPACED_DASH = re.compile(r"\s[-–—]\s")


def leads_elsewhere(plain: str) -> bool:
    """A claim whose subject a sentence before it named: a personal pronoun or a pointer
    with its noun leads it ("He needed to ...", "This process causes ..."), or, after a
    `Term:` label, "he" or "his" does ("Rowing: he pulled the oar ...")."""
    first = plain.lstrip('*_"“ ')[:1]
    if first in "HTIS" and (_PERSONAL.match(plain) or _POINTER_NOUN.match(plain)):
        return True
    if first in "TA" and _PLURAL_POINTER.match(plain):
        return True
    return ":" in plain[:62] and _LABELLED_PERSONAL.match(plain) is not None
