"""Whether an unattributed blockquote is the writer's own line rather than anyone's saying.

    The sailor learns the harbour has no lights. You have to carry your own lamp.
    > I need to carry my own lamp.                   <- the line above, said again
    > This is a trick question, isn't it :)          <- a remark, with its smiley
    > Who keeps the map? The pilot keeps the map.    <- a question the next line answers
    > [! NOTE] Maps are loosely drawn words. ...    <- a note callout typed with a space

A note sets a line of its own off with `>` to stress it: a pull quote that says again, in
nearly the same words, what the paragraph above it has just said, a remark to the reader
with an emoticon, or a question a lecture puts and answers in the next line. Judges of
real decks marked these quote cards junk or to fix (a film report's line, a remark in a
lecture's notes, an answer that gives the cloze away): no one is quoted, and the card's
question, who said it or what they said, has no answer the note gives.
"""

from __future__ import annotations

import re

from cards.extractors.walk import Visit
from cards.language import FUNCTION_WORDS, sentences, words

_SMILEY = re.compile(r"(?:^|\s)(?:[:;]-?[()DPp]|XD|xD|\^_\^)(?=\s|$)")
"""`:)`, `;-)`, `:D`, `XD`: a remark's tone, which a saying written down does not carry."""
_CALLOUT = re.compile(r"\s*\[!\s*\w+\]")
"""`> [! NOTE]`: a callout typed with a space, which no reader parses as one; a note's own."""
SHORT = 20
"""Words at most of a line said again: a pull quote is one sentence."""


def echo(visit: Visit, body: str, who: str) -> bool:
    """Whether `body`, quoted with no attribution `who`, is a remark or a line that the
    paragraph right above it has already said."""
    if who:
        return False
    if _SMILEY.search(body) or _answered(body) or _CALLOUT.match(body):
        return True
    said = words(body)
    if len(said) > SHORT:
        return False
    above = visit.previous()
    if above is None or above.kind != "paragraph" or above.text.text.rstrip().endswith(":"):
        return False  # a line that introduces the quote says what it is about, not its words
    own = [w for w in said if w not in FUNCTION_WORDS and len(w) > 2]
    if len(own) < 3:
        return False
    before = set(words(above.text.text))
    return sum(w in before for w in own) >= 0.75 * len(own)


def _answered(body: str) -> bool:
    """A question whose words the next sentence says again, answering it: a lecture's
    question and answer (the card would give its own answer away)."""
    spans = sentences(body)
    if len(spans) != 2 or not body[: spans[0][1]].rstrip().endswith("?"):
        return False
    asked = {w.rstrip("s") for w in words(body[: spans[0][1]]) if w not in FUNCTION_WORDS}
    answer = {w.rstrip("s") for w in words(body[spans[1][0] :])}
    return bool(asked) and asked <= answer
