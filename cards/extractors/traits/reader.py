"""Reading a note for traits: which category is in scope, and which rule reads each block.

    # Anxious attachment           <- a heading puts its category in scope
    They crave closeness.          <- "they" stands for it (rule `pronoun`)
    Many people worry.             <- until a sentence with another subject
    - Avoidant: values space       <- a list no rule takes whole is read item by item

The walk offers each block to the rules in their order, and the first that takes it
(returns a list, even an empty one) reads it, as markdown-it's block rules do: a rule
that is off leaves its text to the rules after it. A paragraph that no rule takes is
offered sentence by sentence the same way, since most traits in prose are one sentence
each; a sentence that no rule takes ends the scope of "they".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from cards.extractors.analysis import analyse
from cards.extractors.ruler import Ruler
from cards.extractors.traits.naming import callout_category, heading_category
from cards.extractors.traits.taxonomy import Taxonomy
from cards.extractors.walk import Visit, walk
from cards.inline import InlineText
from cards.items import Item, SourceRef
from cards.language import is_question
from cards.parse import Block, ParsedNote


@dataclass(frozen=True, slots=True)
class Unit:
    """What a rule is offered: a block (a heading, list, list item, table or paragraph),
    or one sentence of a paragraph."""

    visit: Visit
    block: Block
    span: tuple[int, int] = (0, 0)
    """The sentence's place in the paragraph's text."""
    text: str = ""
    """The sentence as read (the words inside its quotation marks, if quoted); '' for a block."""
    found: tuple[tuple[str, ...], str] | None = None
    """The sentence's categories as its subject, and its predicate (`Taxonomy.subjects`)."""
    names: bool = False
    """Whether the sentence may name a category at all (`Taxonomy.may_name`)."""


@dataclass(frozen=True, slots=True)
class TraitRule:
    """A rule: the units it reads, and how it reads one."""

    reads: frozenset[str]
    """Block kinds ("heading", "list", "item", "table", "paragraph"), or "sentence"."""
    read: Callable[[Reading, Unit], list[Item] | None]
    """The unit's items, or None when the unit is not of the rule's kind: the next rule's."""
    named: bool = False
    """Whether it reads only sentences that may name a category. Most sentences of a note
    name none: those are offered only to the other rules ("They ..."), and only while a
    category is in scope or the sentence before named one."""


class Reading:
    """One note being read: the rules, and the categories in scope as the walk goes on."""

    def __init__(self, note: ParsedNote, taxonomy: Taxonomy, rules: Ruler[TraitRule]) -> None:
        self.note = note
        self.taxonomy = taxonomy
        self._rules: dict[str, list[TraitRule]] = {}
        """The rules that are on, for each kind of unit, in order: most rules read one kind."""
        for rule in rules:
            for kind in rule.func.reads:
                self._rules.setdefault(kind, []).append(rule.func)
        self._unnamed = [r for r in self._rules.get("sentence", ()) if not r.named]
        self.section = ""
        """The category of the headings above."""
        self.current = ""
        """The category "they" stands for."""
        self.fresh = False
        """Whether the sentence just before, in the same paragraph, gave traits of `current`."""
        self._before = ""
        """The sentence just before, in the same paragraph."""
        self._before_names = False
        """Whether it may name a category."""
        self._scopes: list[tuple[int, str]] = []
        """(level, category) of the headings above: a subheading that names no category
        ("## Common behaviours" under "# Dismissive-avoidant attachment") keeps its parent's."""

    def items(self) -> Iterator[Item]:
        """The note's items; none when it never speaks of the taxonomy ("Secure Boot")."""
        source = self.note.note
        if not self.taxonomy.may_name(source.body) or not self.taxonomy.about(
            f"{source.path}\n{self.note.title}\n{source.body}"
        ):
            return
        for visit in walk(self.note.blocks):
            block = visit.block
            if block.kind == "heading" and not visit.quoted:
                while self._scopes and self._scopes[-1][0] >= block.level:
                    self._scopes.pop()
                own = heading_category(block.text.text, self.taxonomy)
                yield from self.offer(Unit(visit, block)) or ()
                self.section = self.current = own or (self._scopes[-1][1] if self._scopes else "")
                self._scopes.append((block.level, self.section))
            elif block.kind == "list":
                taken = self.offer(Unit(visit, block))
                yield from self._list_items(visit) if taken is None else taken
            elif block.kind == "table":
                yield from self.offer(Unit(visit, block)) or ()
            elif block.kind == "blockquote" and block.title is not None and not visit.quoted:
                # `> [!note] Avoidant` then "They ...": the title says who they are
                self.current = callout_category(block, self.taxonomy) or self.current
            elif block.kind == "paragraph" and visit.parent_kind != "item":
                taken = self.offer(Unit(visit, block))
                yield from self.sentences(visit, block) if taken is None else taken

    @property
    def named(self) -> list[str]:
        """The categories the sentence just before named ("such children" are of these)."""
        return self.taxonomy.mentioned(self._before)

    def offer(self, unit: Unit) -> list[Item] | None:
        """The items of the first rule that is on and takes the unit; None if none does."""
        if unit.text:
            rules = self._rules.get("sentence", []) if unit.names else self._unnamed
        else:
            rules = self._rules.get(unit.block.kind, [])
        for rule in rules:
            taken = rule.read(self, unit)
            if taken is not None:
                return taken
        return None

    def _list_items(self, visit: Visit) -> Iterator[Item]:
        """A list that no rule took whole: each item offered alone, and an item no rule takes
        read as prose (`- Avoidant partners focus on flaws. They ...`), in scope only inside
        the item."""
        items = visit.block.children
        for i, item in enumerate(items):
            unit = Unit(Visit(item, visit.headings, visit.quoted, items, i, visit.block), item)
            taken = self.offer(unit)
            if taken is not None:
                yield from taken
                continue
            first = item.children[0] if item.children else None
            if (
                first is None
                or first.kind != "paragraph"
                or not self.taxonomy.may_name(first.text.text)
            ):
                continue
            scope = self.section, self.current
            self.section = self.current = ""
            yield from self.sentences(visit, first)
            self.section, self.current = scope

    def sentences(self, visit: Visit, block: Block, after: int = 0) -> Iterator[Item]:
        """The sentences of a paragraph (from offset `after`, where a label's sentence ends)
        offered to the rules in turn; one that no rule takes ends the scope of "they", or
        names who "they" are next."""
        self.fresh = after > 0
        self._before, self._before_names = "", False
        # Each sentence's text is a part of the paragraph's, and case-folding goes letter by
        # letter: a paragraph that names no category has no sentence that does.
        may = self.taxonomy.may_name(block.text.text)
        for sentence in analyse(block.text.text):
            if sentence.start < after:
                continue
            label = _LABEL_LINE.match(sentence.text) if ":\n" in sentence.text else None
            start = sentence.start + (label.end() if label else 0)
            text = sentence.text[label.end() :] if label else sentence.text
            text = _inside_quotes(text) if text[:1] in '"“' else text
            if text.endswith(":"):
                continue  # "Securely attached people tend to:" introduces the traits below it
            span = (start, sentence.end)
            names = may and self.taxonomy.may_name(text)
            scoped = names or self.current or self.section or self._before_names
            taken = self.offer(self._unit(visit, block, span, text, names)) if scoped else None
            first = taken is None and sentence.start == after and _LEAD_END.search(text)
            lead = _LEAD_LABEL.match(text) if first else None
            if lead is not None and len(lead.group().split()) <= 6:
                # "Secure base rule — a securely attached friend can ...": after the term
                text, span = text[lead.end() :], (start + lead.end(), sentence.end)
                taken = self.offer(self._unit(visit, block, span, text, names))
            self.fresh = bool(taken)
            self._before, self._before_names = text, names
            if taken is not None:
                yield from taken
            elif names:
                self._scope_ends(text)
            else:
                self.current = self.section  # another subject, and no category named

    def _unit(
        self, visit: Visit, block: Block, span: tuple[int, int], text: str, names: bool
    ) -> Unit:
        found = self.taxonomy.subjects(text) if names else None
        return Unit(visit, block, span, text, found, names)

    def _scope_ends(self, sentence: str) -> None:
        """Another subject ends the scope; a sentence that opens on a category the subject
        patterns could not split still names who "they" are next, unless it asks ("Can two
        avoidants date?" says nothing of them)."""
        named = self.taxonomy.mentioned(sentence[:60])
        opens = len(named) == 1 and self.taxonomy.mention_starts(sentence[:60])[0] < 30
        self.current = named[0] if opens and not is_question(sentence) else self.section

    def sentence_item(self, unit: Unit, category: str, traits: tuple[str, ...], rule: str) -> Item:
        """The item of a sentence that gives `category` traits."""
        (start, end), text = unit.span, unit.block.text
        ref = SourceRef(self.note.path, unit.block.line + text.line_of(start), unit.visit.headings)
        source = text.slice(start, end).strip()
        return Item("traits", ref, source, category=category, traits=traits, rule=rule)

    def block_item(
        self, unit: Unit, source: InlineText, category: str, traits: tuple[str, ...], rule: str
    ) -> Item:
        """The item of a block (a list, table or labelled line) that gives `category` traits."""
        ref = SourceRef(self.note.path, unit.block.line, unit.visit.headings)
        return Item("traits", ref, source, category=category, traits=traits, rule=rule)


_LABEL_LINE = re.compile(r"[^\n:.]{1,60}:[ \t]*\n\s*")
"""A label on a line of its own over the paragraph's text (`**Why it works:**`): no part of
the sentence under it."""


_LEAD_LABEL = re.compile(r"[\"“]?[^:—–.!?\"“”]{1,40}[\"”]?\s*(?::|\s[—–]\s)\s*")
"""A term or label before a paragraph's first sentence, on the same line."""
_LEAD_END = re.compile(r"[:—–]")
"""What ends such a label: a sentence without one, most, is not tried at every length."""


def _inside_quotes(sentence: str) -> str:
    """'“Anxious individuals are hypervigilant to rejection,” said Dr. Levine, a ...': the
    words quoted, without the frame that says who said them."""
    if sentence[:1] not in '"“':
        return sentence
    close = sentence.find("”" if sentence[0] == "“" else '"', 1)
    spoken = close > 1 and sentence[close - 1] in ",.!?"  # not '"Secure base rule" — ...'
    return sentence[1:close].rstrip(" ,") if spoken and sentence[close + 1 :].strip() else sentence
