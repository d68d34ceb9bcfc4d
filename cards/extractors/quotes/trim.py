"""A quote's text as a card shows it: the words quoted, without the page's apparatus.

    > 17] All rivers rose in the first age ...       <- a verse number opening the quote goes
    > 6.4.8 If the well is dry, ...                  <- and a verse's or an item's number
    > (12) The elder replied, ...                    <- in brackets too
    > ... for the twice-born. 18] The rest ...       <- and one between its verses (a verse
                                                        ending on a word gets a full stop)
    > The tide turns twice. (Tide: the sea's rise)    <- a gloss of a word after it goes
    > "Maps are older than roads. Roads follow the...?
                                                     <- a last sentence cut off goes, and the
                                                        quotation mark it never closed

A translation numbers its verses (`18]`): the source's numbering, not the quote's words,
and a card that shows "6]" mid-text reads as garbled. A pasted excerpt often ends where the
writer stopped copying, on a preposition or an article and an ellipsis ("The map is worth
the climb to...?"): a sentence cut there says nothing, and judges marked it a quote cut
mid-sentence; the sentences before it stand.
"""

from __future__ import annotations

import re

from cards.inline import InlineText, concat
from cards.language import FUNCTION_WORDS, sentences, words

_VERSE = re.compile(r"(?:^|(?<=\s))\d{1,3}\]\s+(?=\S)")
"""`17] All rivers rose in the first age ...`: a translation's verse number."""
_ENDS = ".!?…;:'\"”’)"
"""Marks that end a verse already; one that ends on a word gets a full stop."""
_NUMBER = re.compile(r"(?:\(?\d{1,3}[.)]\s+|\d{1,3}(?:\.\d{1,3}){2,3}\s+)(?=[A-Z\"“])")
"""`7. If she ...`, `(12) The ferryman replied ...`, `6.4.8 If she ...`: a verse or a list's
number opening the quote."""
_GLOSS = re.compile(r"(?<=[.!?])\s*\([A-Z][\w-]*:\s[^()]*\)\.?$")
"""`... the tide turns twice. (Ebb: the sea's fall).`: the note's gloss of a word,
set after the quote's last sentence, is no part of it."""
_CUT = re.compile(r"(?:\.\.\.|…)[?!]?[\"”]?\s*$")
"""An ending on an ellipsis, perhaps with a question mark: the text trails off."""


def trimmed(body: InlineText) -> InlineText:
    """`body` without verse numbers, a last sentence cut off mid-phrase, and a lone
    quotation mark that opened it."""
    if body.text[:2].lstrip("(")[:1].isdigit() and (numbered := _NUMBER.match(body.text)):
        body = body.slice(numbered.end(), len(body.text))
    if "]" in body.text and _VERSE.search(body.text):
        kept: list[InlineText] = []
        at = 0
        for found in _VERSE.finditer(body.text):
            verse = body.slice(at, found.start()).strip()
            if verse.text and verse.text[-1] not in _ENDS:  # "... the one following 7] To"
                verse = concat([verse, InlineText(".")], sep="")
            kept.append(verse)
            at = found.end()
        kept.append(body.slice(at, len(body.text)))
        body = concat([k for k in kept if k.text], sep=" ")
    if _CUT.search(body.text):
        body = _without_cut_end(body)
    if body.text.endswith((")", ").")) and (gloss := _GLOSS.search(body.text)):
        body = body.slice(0, gloss.start()).strip()
    text = body.text
    if text[:1] in '"“' and text.count('"') + text.count("“") + text.count("”") == 1:
        body = body.slice(1, len(text)).strip()
    return body


def _without_cut_end(body: InlineText) -> InlineText:
    """The sentences before a last one that trails off after a function word ("... to...?"),
    when there are any."""
    spans = sentences(body.text)
    if len(spans) < 2:
        return body
    last = words(body.text[spans[-1][0] : spans[-1][1]])
    if not last or last[-1] not in FUNCTION_WORDS:
        return body  # "... and the river shall run dry…": the thought is whole
    return body.slice(0, spans[-2][1]).strip()
