"""Trait lists: what a note says is typical of each category of a taxonomy.

    Secure attachers have:                  <- a label that names a category,
    - more positive emotions during sex        then one trait per bullet
    ## Avoidant                             <- or a heading
    | Secure | Anxious |                    <- a table with categories as columns (or rows)
    People with avoidant attachment start having sex later in life, have sex
    less often, ...                         <- a sentence whose subject is a category:
                                               one trait per clause
    They are better at giving consent ...   <- "they" for the category in scope
    If you are an anxious attacher, you ... <- the reader as one of a category

A category stays in scope from the sentence (or heading) that named it until
a sentence with another subject; a heading resets it to the category the
heading names, if any.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Iterator

from cards.extractors.clauses import SEMICOLON, one_word_trait, split_clauses, trim
from cards.extractors.taxonomy import Taxonomy
from cards.extractors.walk import QUOTE_CALLOUTS, Visit, heading_text, walk
from cards.inline import InlineText
from cards.items import Item, SourceRef
from cards.language import (
    PRONOUNS,
    is_question,
    sentences,
    words,
)
from cards.parse import Block, ParsedNote
from cards.syntax.clippings import without_location

RULES = ("list", "label", "table", "prose")
"""The ways this kind of item appears in a note, in the order they are tried."""

_PRONOUN = re.compile(
    r"^[\"“]?(?:(?:however|but|yet|still|also|and|so|instead|in fact|at times),?\s+)?"
    r"(?:(?:in|at|during|after|before|with|under|within|around|outside)\s+[^,.;:]{1,30},\s+)?"
    r"(?:they|these people|those people|such people)(?:\s+are|['’]re)?\b\s*",
    re.IGNORECASE,
)
_ALPHA = re.compile(r"[^\W\d_]{2}")
"""A cell with a word in it: "~65%" or "3" in a table counts, it describes nothing."""
_TICK = re.compile(r"\s*(?:[✓✔☑✅●•xX+]|yes|Yes|YES)\s*")
"""A checklist cell: the row's behaviour is typical of the column's category."""
_CROSS = re.compile(r"\s*(?:[✗✘❌–-]|no|No|NO|n/a|N/A)\s*")
_LABEL_WORDS = 10
_LABEL = re.compile(r"^(?P<label>[^:—–→=\n]{1,60}?)(?::|\s+[—–→=-]\s)")
"""A short lead-in label ended by a colon, or a spaced dash, arrow or equals sign
(`secure adults → trusting`, lecture shorthand)."""


def extract_traits(note: ParsedNote, *, taxonomy: Taxonomy) -> Iterator[Item]:
    """Trait items from category lists, tables and category-subject sentences."""
    section = current = ""
    scopes: list[tuple[int, str]] = []
    """(level, category) of the headings above: a subheading that names no category
    ("## Common behaviours" under "# Dismissive-avoidant attachment") keeps its parent's."""
    signs = _SignHeadings(note)
    for visit in walk(note.blocks):
        block = visit.block
        if block.kind == "heading" and not visit.quoted:
            while scopes and scopes[-1][0] >= block.level:
                scopes.pop()
            own = _heading_category(block.text.text, taxonomy)
            yield from signs.heading(visit, own)
            section = current = own or (scopes[-1][1] if scopes else "")
            scopes.append((block.level, section))
        elif block.kind == "list":
            category = _list_category(visit, taxonomy, section, current)
            if category:
                current = category
                yield from _list(note, visit, category, taxonomy)
            else:
                yield from _labelled_items(note, visit, taxonomy)
        elif block.kind == "table":
            yield from _table(note, visit, taxonomy)
        elif block.kind == "blockquote" and block.title is not None and not visit.quoted:
            # `> [!note] Avoidant` then "They ...": the title says who they are
            current = _callout_category(block, taxonomy) or current
        elif block.kind == "paragraph" and visit.parent_kind != "item":
            labelled = _labelled_paragraph(note, visit, taxonomy)
            if labelled:
                current = labelled[-1].category
                yield from labelled
                continue
            current = yield from _prose(note, visit, block, taxonomy, current, section)
    yield from signs.close()


_NUMBERED = re.compile(r"\s*\d{1,2}[.):]\s")
_SIGN_HEADING = re.compile(r"\s*(?:\d{1,2}[.):]\s|(?:you|your|they)\b)", re.IGNORECASE)
"""A subheading that names one of the signs above it: numbered, or about "you" or "they"."""
_YOU = re.compile(r"(?:you(?:['’]re|\s+are)?|they(?:['’]re|\s+are)?)\s+", re.IGNORECASE)


class _SignHeadings:
    """A listicle's signs set out as headings under "## 5 signs you're anxiously attached":
    each subheading is a trait of the category (`### 1. You need constant reassurance` gives
    "need constant reassurance"), and so is a numbered heading at the same level (plain text
    writes every heading at one level) while the signs heading itself is not numbered."""

    def __init__(self, note: ParsedNote) -> None:
        self.note = note
        self.head: Visit | None = None
        self.category = ""
        self.signs: list[Visit] = []

    def heading(self, visit: Visit, own: str) -> Iterator[Item]:
        text, level = visit.block.text.text, visit.block.level
        if self.head is not None:
            top = self.head.block.level
            below = level == top + 1 and _SIGN_HEADING.match(text) is not None
            beside = level == top and _NUMBERED.match(text) is not None
            if (below or beside) and not own:
                self.signs.append(visit)
                return
            if level <= top + 1:
                yield from self.close()  # "## How to cope": the signs are over
        if own and _SIGNS.search(text) and not _NUMBERED.match(text):
            self.head, self.category = visit, own

    def close(self) -> Iterator[Item]:
        head, signs = self.head, self.signs
        self.head, self.signs = None, []
        if head is None or len(signs) < 2:
            return
        traits = [trait for trait in map(_sign, signs) if trait]
        if len(traits) >= 2:
            ref = SourceRef(self.note.path, head.block.line, head.headings)
            title, named = head.block.text.strip(), tuple(traits)
            yield Item(
                "traits", ref, title, category=self.category, traits=named, rule="traits.list"
            )


def _sign(visit: Visit) -> str:
    """The trait a sign's heading names: its words after the number and "You"."""
    text = heading_text(visit.block).text.strip().rstrip(".:!")
    if not words(text) or is_question(text):
        return ""
    you = _YOU.match(text)
    if you is None:
        return text
    rest = text[you.end() :]
    return rest[:1].lower() + rest[1:]


def _prose(
    note: ParsedNote,
    visit: Visit,
    block: Block,
    taxonomy: Taxonomy,
    current: str,
    section: str,
) -> Generator[Item, None, str]:
    """Traits from the sentences whose subject is a category, or "they" for the category
    in scope; returns the category in scope after them."""
    text = block.text
    for start, end in sentences(text.text):
        sentence = _inside_quotes(text.text[start:end])
        if sentence.endswith(":"):
            continue  # "Securely attached people tend to:" introduces the traits below it
        span = (start, end)
        found = taxonomy.subjects(sentence)
        other = _set_against(sentence, taxonomy) if found else None
        if found and other and other[0] not in found[0]:
            # "While anxious partners seek closeness, avoidant partners value independence"
            traits = split_clauses(other[1])
            if traits:
                yield _prose_item(note, visit.headings, block, span, other[0], traits)
        framed = _FOR.match(sentence) if not found and sentence[:3] in _FOR_STARTS else None
        whose = taxonomy.names(framed["who"]) if framed else ""
        if framed and whose and not _STYLE_END.search(framed["who"]):
            # "For avoidant people, intimacy feels like a threat": how it is for them
            traits = split_clauses(framed["rest"])
            if traits:
                current = whose
                yield _prose_item(note, visit.headings, block, span, whose, traits)
                continue
        typical = None if framed else _typical_of(sentence, taxonomy)
        if typical is not None:
            # "Protest behaviour is typical of the anxious style": the subject is the trait;
            # "Attachment anxiety is common among teenagers" says nothing of anxious people
            if typical[0]:
                yield _prose_item(note, visit.headings, block, span, typical[0], typical[1:])
            continue
        pronoun = _PRONOUN.match(sentence)
        this = (
            _THIS_KIND.match(sentence) if not found and section and " with " in sentence else None
        )
        if this:  # "People with this style want closeness but fear it" under its heading
            found = ((section,), sentence[this.end() :])
        if found and len(found[0]) > 1:
            # "Both anxious and avoidant people struggle with trust": a trait of each
            current = section
            traits = split_clauses(found[1])
            for category in found[0] if traits else ():
                yield _prose_item(note, visit.headings, block, span, category, traits)
            continue
        if found:
            category, predicate = found[0][0], found[1]
            current = category
        elif pronoun and current:
            category, predicate = current, sentence[pronoun.end() :]
        else:
            # another subject ends the scope; a sentence that opens on a category
            # the subject pattern could not split still names who "they" are next,
            # unless it asks ("Can two avoidants date?" says nothing of them)
            named = taxonomy.mentioned(sentence[:60])
            opens = len(named) == 1 and sentence.find(named[0]) < 30
            current = named[0] if opens and not is_question(sentence) else section
            continue
        groups = _by_semicolon(category, predicate, taxonomy.subject)
        if len(groups) > 1:
            current = section  # "they" after two subjects could be either
        for category, traits in groups:
            if traits:
                yield _prose_item(note, visit.headings, block, span, category, traits)
    return current


def _prose_item(
    note: ParsedNote,
    headings: tuple[str, ...],
    block: Block,
    span: tuple[int, int],
    category: str,
    traits: tuple[str, ...],
) -> Item:
    """The item of a sentence of prose (`span` in `block`) that gives `category` traits."""
    (start, end), text = span, block.text
    ref = SourceRef(note.path, block.line + text.line_of(start), headings)
    source = text.slice(start, end).strip()
    return Item("traits", ref, source, category=category, traits=traits, rule="traits.prose")


_THIS_KIND = re.compile(
    r"(?:(?:people|those|individuals|adults|partners|someone|anyone|children|kids)\s+with\s+"
    r"(?:this|that|such\s+an?))\s+(?:attachment\s+)?(?:style|type|pattern)\b"
    r"(?:\s+of\s+attachment)?\s*",
    re.IGNORECASE,
)
"""A subject that points to the people of the section's category: "People with this style
...". ("This style is also known as ..." speaks of the style, not of its people.)"""


def _inside_quotes(sentence: str) -> str:
    """'“Anxious individuals are hypervigilant to rejection,” said Dr. Levine, a ...': the
    words quoted, without the frame that says who said them."""
    if sentence[:1] not in '"“':
        return sentence
    close = sentence.find("”" if sentence[0] == "“" else '"', 1)
    return (
        sentence[1:close].rstrip(" ,") if close > 0 and sentence[close + 1 :].strip() else sentence
    )


_FOR_STARTS = frozenset(["For", "for", "To ", "to ", "Amo", "amo"])
_FOR = re.compile(r"(?:for|to|among)\s+(?P<who>[^,;:]{3,50}),\s+(?P<rest>\S.*)$", re.I | re.S)
"""`For avoidant people, intimacy feels like a threat`: what it is like to be one of them."""
_STYLE_END = re.compile(r"\b(?:attachment|style|styles|types?|system)\s*$", re.I)
"""`For anxious attachment, ...` speaks of the style, not of its people."""
_WHILE = frozenset(["While", "while", "Where", "where"])
_SET_AGAINST = re.compile(r"(?:while|whereas)\s+(?P<clause>[^,;]{5,120}),\s", re.IGNORECASE)
_SET_AFTER = re.compile(r",\s+(?:while|whereas)\s+(?P<clause>[^,;]{5,120}?)[.;]?$", re.IGNORECASE)


def _set_against(sentence: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """(category, predicate) of a clause that sets another category against the main one:
    `While anxious partners seek closeness, avoidant ...` or `Anxious partners tend to pursue,
    while avoidant partners tend to withdraw`."""
    lead = _SET_AGAINST.match(sentence) if sentence[:5] in _WHILE else None
    found = lead or (
        _SET_AFTER.search(sentence) if "while" in sentence or "whereas" in sentence else None
    )
    return taxonomy.subject(found["clause"]) if found else None


_TYPICAL = re.compile(
    r"(?P<trait>[^,;:]{4,70}?)\s+(?:is|are)\s+(?:(?:very|especially|particularly|most|more|quite)"
    r"\s+)?(?:typical|characteristic|common|(?:a|the)\s+(?:hallmark|sign|mark|feature)"
    r"|(?:hallmarks|signs|marks|features))\s+(?:of|in|among|for)\s+(?P<who>[^,;:.]{3,60})",
    re.IGNORECASE,
)
_TRAIT_NOT = frozenset(PRONOUNS | {"this", "that", "these", "those", "which", "what"})


def _typical_of(sentence: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """(category, trait) of `X is typical of <category>`, "Clinginess is common among anxious
    partners": the subject is what is typical, and the category comes after it. A subject
    that points back ("This is typical of ...") names no trait by itself, and a category
    said to be common among others gives ("", ""): no trait of anyone. None: no such
    sentence."""
    if not (
        " typical" in sentence
        or " common" in sentence
        or " characteristic" in sentence
        or " hallmark" in sentence
        or " sign" in sentence
        or " mark" in sentence
        or " feature" in sentence
    ) or not (" is " in sentence or " are " in sentence):
        return None  # most sentences: a few substring tests in C, not a pattern
    found = _TYPICAL.match(sentence.strip())
    if found is None:
        return None
    category = taxonomy.names(found["who"])
    trait = trim(found["trait"]).strip()
    ws = words(trait)
    if taxonomy.mentioned(trait):
        return None if category else ("", "")
    if not category or not ws or ws[0] in _TRAIT_NOT:
        return None
    return category, trait


_ASIDE = re.compile(r"(?:i|we|he|she|it|this|that)\s+\w", re.IGNORECASE)
"""A clause whose subject is the writer, someone else or the point just made."""


def _by_semicolon(
    category: str, text: str, opens: Callable[[str], tuple[str, str] | None]
) -> list[tuple[str, tuple[str, ...]]]:
    """(category, traits) for each run of clauses: a clause after a semicolon that `opens`
    on a category of its own (`Anxious partners pursue; avoidant partners withdraw`, by its
    subject; `Secure — trusts; Anxious — worries`, by its label) speaks of that category.
    A clause on a subject of the writer's own ("...; I think J. does this") speaks of no
    category, and gives no traits."""
    if ";" not in text:
        return [(category, split_clauses(text))]
    groups: list[tuple[str, list[str]]] = [(category, [])]
    for part in SEMICOLON.split(text):
        other = opens(part) if groups[-1][1] else None
        if other:
            groups.append((other[0], [other[1]]))
        elif groups[-1][1] and _ASIDE.match(part):
            groups.append(("", [part]))
        else:
            groups[-1][1].append(part)
    return [(c, split_clauses("; ".join(parts)) or _lone_word(parts)) for c, parts in groups if c]


def _lone_word(parts: list[str]) -> tuple[str, ...]:
    """A category's one clause of one word (`**Anxious:** worries`), as a list item's is."""
    word = trim(parts[0]).strip() if len(parts) == 1 else ""
    return (word,) if one_word_trait(word) else ()


def _list_category(visit: Visit, taxonomy: Taxonomy, section: str = "", current: str = "") -> str:
    """The category named by the label line, sentence or heading right above a list.

    An intro that names none ("Some common signs include:") hands over to the
    heading or label line right above it ("## Signs of anxious attachment"), one
    that announces signs or traits to the heading of its section, and "They tend
    to:" to the category "they" stands for."""
    intro = visit.previous()
    if intro is None:
        return _callout_category(visit.parent, taxonomy)
    category = _labelled_by(intro, taxonomy)
    if not category and intro.kind == "heading" and _SIGNS.search(intro.text.text):
        return section  # "# Anxious attachment" > "## Common behaviours" > the list
    if category or intro.kind != "paragraph":
        return category
    text = intro.text.text.strip()
    if not text.endswith(":"):
        return ""
    above = visit.siblings[visit.index - 2] if visit.index >= 2 else None
    if _PRONOUN.match(text):
        return current
    return _labelled_by(above, taxonomy) or (section if _SIGNS.search(text) else "")


def _callout_category(callout: Block | None, taxonomy: Taxonomy) -> str:
    """`> [!note]- Secure` over a list: a callout's title heads what is in it, as a heading
    would. A quote callout's title names a source, never a category."""
    if callout is None or callout.callout in QUOTE_CALLOUTS or callout.title is None:
        return ""
    return taxonomy.names(callout.title.text.strip())


def _labelled_by(block: Block | None, taxonomy: Taxonomy) -> str:
    """The one category a heading, label line or list intro names, else ''."""
    if block is None or block.kind not in ("heading", "paragraph"):
        return ""
    text = block.text.text.strip()
    if block.kind == "heading" and not text.endswith(":"):
        return _heading_category(text, taxonomy)
    label = text.endswith(":") or (len(words(text)) <= _LABEL_WORDS and not text.endswith("."))
    named = [c for c in taxonomy.mentioned(text) if not _as_adjective(text, c, taxonomy)]
    return named[0] if label and len(named) == 1 else ""


def _heading_category(text: str, taxonomy: Taxonomy) -> str:
    """The category a heading is about: a short one that names it, or one of any length
    that announces what is typical of it ("What anxious attachment looks like for me",
    "Signs you are dating someone with an avoidant style")."""
    if _ADVICE.match(text):
        return ""  # "Tips for anxious partners", "How to support an avoidant partner"
    category = taxonomy.names(text)
    if category or not (_SIGNS.search(text) or _LOOKS.search(text)):
        return category
    named = taxonomy.mentioned(text)
    return named[0] if len(named) == 1 and not _as_adjective(text, named[0], taxonomy) else ""


_ADVICE = re.compile(
    r"\W*(?:tips?|advice|strategies|how to|ways to|what to do|steps|exercises|tools|coping"
    r"|do'?s and don'?ts|dating|supporting|helping|healing|working with)\b",
    re.IGNORECASE,
)
"""A heading over advice for a category's people, or for those around them: what its list
says is what to do, not what is typical of them."""
_LOOKS = re.compile(r"\b(?:looks?|sounds?|feels?) like\b|\bshows? up\b", re.IGNORECASE)
"""A heading that shows a category in action: "What secure love looks like"."""
_SIGN_WORDS = (
    r"signs?|traits?|characteristics|symptoms|behaviou?rs|features|tendencies|hallmarks"
    r"|markers|red flags|patterns"
)
_SIGNS = re.compile(rf"\b(?:{_SIGN_WORDS})\b", re.IGNORECASE)
"""An intro that announces what is typical ("Signs include:", "Common traits:")."""


_DEGREE = re.compile(
    r"\b(?:more|less|most|least|so|too|very|feel|feels|feeling|felt|become|becoming|get|"
    r"getting|grow|growing|stay|staying)\s+$",
    re.IGNORECASE,
)


def _as_adjective(text: str, category: str, taxonomy: Taxonomy) -> bool:
    """Whether every mention of the category is a plain adjective of degree or feeling
    ("steps to feel more secure:"), which names a state, not the people of a category."""
    spans = taxonomy.mention_spans(text, category)
    return bool(spans) and all(_DEGREE.search(text[:start]) for start in spans)


def _list(note: ParsedNote, visit: Visit, category: str, taxonomy: Taxonomy) -> Iterator[Item]:
    items = []
    for item in visit.block.children:
        facet = _facet(item, visit)
        if facet is not None:
            # an outline: "- Anxious attachment" > "- Traits" > "- need for reassurance";
            # "- Origins" > ... is about the category, not typical of it
            if _SIGNS.search(facet[0]):
                yield from _list(note, facet[1], category, taxonomy)
        elif not _heads_sublist(item, taxonomy):
            items.append(item)
    by_category: dict[str, list[str]] = {category: []}
    for item in items:
        whose, trait = _subjectless(_item_text(item), category, taxonomy)
        if trait:
            by_category.setdefault(whose, []).append(trait)
    before = visit.previous()
    intro = before.text if before is not None else _title(visit.parent)
    for whose, traits in by_category.items():
        if traits and intro is not None:
            ref = SourceRef(note.path, visit.block.line, visit.headings)
            yield Item(
                "traits",
                ref,
                intro.strip(),
                category=whose,
                traits=tuple(traits),
                rule="traits.list",
            )


_FACETS = re.compile(
    rf"(?:{_SIGN_WORDS}|origins?|causes?|development|treatment|therapy|healing|examples?"
    r"|notes?|sources?|references?|history|tips|strategies|research|studies|quotes?"
    r"|definition|overview|related|questions)",
    re.IGNORECASE,
)
"""One word that heads a part of an outline about a category: its traits, or its causes."""


def _facet(item: Block, visit: Visit) -> tuple[str, Visit] | None:
    """(label, the nested list as a visit) for an outline item `- Traits` with a list under it,
    in the list `visit` stands at."""
    first = item.children[0] if item.children else None
    nested = [i for i, c in enumerate(item.children) if c.kind == "list"]
    if first is None or first.kind != "paragraph" or not nested:
        return None
    label = first.text.text.strip().rstrip(":")
    if not _FACETS.fullmatch(label):
        return None
    at = nested[0]
    return label, Visit(item.children[at], visit.headings, visit.quoted, item.children, at, item)


def _heads_sublist(item: Block, taxonomy: Taxonomy) -> bool:
    """`- **Avoidant:**` with its traits nested under it, in a list that began with another
    category's: a label of its own, not a trait of the list's category."""
    first = item.children[0] if item.children else None
    if first is None or first.kind != "paragraph":
        return False
    text = first.text.text.strip()
    nested = any(child.kind == "list" for child in item.children[1:])
    return (nested or text.endswith(":")) and bool(taxonomy.names(text.rstrip(":")))


def _title(block: Block | None) -> InlineText | None:
    return block.title if block is not None else None


def _label(text: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """(category, what follows) for `Anxious: craves closeness` or `Avoidant — withdraws`;
    None when the text opens on no short label naming a category."""
    found = _LABEL.match(text)
    if found is None or len(words(found.group("label"))) > 4:
        return None
    category = taxonomy.names(found.group("label"))
    if not category or _FIGURE.match(text, found.end()):
        return None  # "- Secure: about 50%" says how many, not what they are like
    return category, text[found.end() :]


_FIGURE = re.compile(
    r"\s*(?:about|around|roughly|approximately|approx\.|nearly|almost|over|under|~|≈|<|>)?\s*"
    r"\d[\d.,]*\s*(?:[-–]\s*\d[\d.,]*\s*)?(?:%|per ?cent)(?:\s+of\s+[\w ]{1,30})?\.?\s*(?:;|$)",
    re.IGNORECASE,
)
"""A share of people, as a label's whole value: `about 50%`, `20-25% of adults`."""


def _labelled_paragraph(note: ParsedNote, visit: Visit, taxonomy: Taxonomy) -> list[Item]:
    """`**Fearful-avoidant:** wants closeness but fears it; swings ...`: a paragraph whose
    label names a category, its traits after the colon, one per clause. `Secure — trusts;
    Anxious — worries`: each part after a semicolon may have a label of its own."""
    text = visit.block.text
    labelled = _label(text.text, taxonomy)
    if labelled is None:
        return []
    category, rest = labelled
    found = taxonomy.subject(rest)
    if found and found[0] == category:
        rest = found[1]  # "Secure: A toddler who is securely attached will explore ..."
    ref = SourceRef(note.path, visit.block.line, visit.headings)
    return [
        Item("traits", ref, text.strip(), category=name, traits=traits, rule="traits.label")
        for name, traits in _by_semicolon(category, rest, lambda part: _label(part, taxonomy))
        if traits
    ]


def _labelled_items(note: ParsedNote, visit: Visit, taxonomy: Taxonomy) -> Iterator[Item]:
    """`- Anxious: craves closeness`: an item whose label names a category is its trait;
    `- Avoidant partners focus on flaws.`: an item whose subject is one gives its clauses."""
    for item in visit.block.children:
        text = _item_text(item)
        labelled = _label(text, taxonomy)
        if labelled is None:
            # `- Avoidant partners focus on flaws. They ...`: read like prose, in scope
            # only inside the item
            first = item.children[0] if item.children else None
            if first is not None and first.kind == "paragraph" and taxonomy.may_name(text):
                yield from _prose(note, visit, first, taxonomy, "", "")
            continue
        category, trait = labelled
        if len(words(trait)) >= 2 or one_word_trait(trait):
            ref = SourceRef(note.path, item.line, visit.headings)
            source = item.children[0].text.strip()
            traits = (trait.strip(),)
            yield Item("traits", ref, source, category=category, traits=traits, rule="traits.list")


def _subjectless(text: str, category: str, taxonomy: Taxonomy) -> tuple[str, str]:
    """(whose trait, the trait) for a list item under a category. An item that is a sentence
    about a category ("Secure adults find it easy to get close", "They are comfortable ...")
    gives its predicate, as such a sentence in prose does, to the category it names."""
    found = taxonomy.subject(text) if text[:1].isupper() else None
    if found:
        return found[0], trim(found[1]).strip().rstrip(".")
    pronoun = _PRONOUN.match(text) if text[:4].lower() in ("they", "thes", "thos") else None
    return category, trim(text[pronoun.end() :]).strip().rstrip(".") if pronoun else text


def _item_text(item: Block) -> str:
    first = item.children[0] if item.children else None
    if first is None or first.kind != "paragraph":
        return ""
    text = without_location(first.text.text.strip())
    return " ".join(trim(text).split())


def _table(note: ParsedNote, visit: Visit, taxonomy: Taxonomy) -> Iterator[Item]:
    grid = [[c.text.text.strip() for c in r.children] for r in visit.block.rows]
    if len(grid) < 2:
        return
    columns = [_only(taxonomy.mentioned(h)) for h in grid[0]]
    by_category: dict[str, list[str]] = {}
    if any(columns):
        # a first column that is no category labels its row: "Under stress: protest behavior"
        labelled = not columns[0]
        for row in grid[1:]:
            label = row[0] if labelled and row else ""
            for j, cell in enumerate(row):
                if j >= len(columns) or not columns[j]:
                    continue
                if label and _TICK.fullmatch(cell):  # a checklist: the row's label is the trait
                    by_category.setdefault(columns[j], []).append(label)
                elif _ALPHA.search(cell) and not _CROSS.fullmatch(cell):
                    trait = f"{label}: {cell}" if label else cell
                    by_category.setdefault(columns[j], []).append(trait)
    else:
        # more than one column of traits: each is an aspect, which its header names
        worded = {j for row in grid[1:] for j, cell in enumerate(row) if j and _ALPHA.search(cell)}
        heads = [_aspect(h) if len(worded) > 1 else "" for h in grid[0]]
        for row in grid[1:]:
            category = _only(taxonomy.mentioned(row[0])) if row else ""
            if category:
                by_category.setdefault(category, []).extend(
                    f"{heads[j]}: {cell}" if j < len(heads) and heads[j] else cell
                    for j, cell in enumerate(row[1:], 1)
                    if _ALPHA.search(cell)
                )
    for category, traits in by_category.items():
        ref = SourceRef(note.path, visit.block.line, visit.headings)
        summary = InlineText(f"{category}: " + "; ".join(traits))
        yield Item(
            "traits", ref, summary, category=category, traits=tuple(traits), rule="traits.table"
        )


_GENERIC = re.compile(r"\b(?:description|notes?|examples?|summary|details|comments?)\b", re.I)


def _aspect(header: str) -> str:
    """A column header that names an aspect ("Self-view", "In conflict"), not one that only
    says the cells are traits ("Traits", "Description")."""
    return "" if _SIGNS.search(header) or _GENERIC.search(header) else header


def _only(named: list[str]) -> str:
    return named[0] if len(named) == 1 else ""
