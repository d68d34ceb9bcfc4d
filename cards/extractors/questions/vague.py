"""Questions that name no subject of their own, and the words that name none.

    ## Which is the best?                    <- every word stands for the text around it
    ## How does the confusion start?         <- "the confusion" of what the text said
    ## Pomodoro
    ### Why does it work?                    <- "it" is the heading's term: it asks

A question's own words are what tell two cards apart: "best", "problem", "happen" and the
pronouns could be asked of anything. Every check that reads what a question is about
sets these aside first.
"""

from __future__ import annotations

from cards.language import FUNCTION_WORDS


def vague(ws: list[str]) -> bool:
    """A question with no word of its own subject: its pronouns and its "the confusion"
    stand for what the text around it said ("Which is the best?", "How to Implement?",
    "How does the confusion start?"); a pronoun may stand for a term a heading above
    names ("## Pomodoro" over "Why does it work?")."""
    return all(w in EMPTY for w in ws)


_GENERIC = frozenset(
    "confusion problem difference issue point reason thing things idea best better worst "
    "well know implement change want arise happen happens work works mean means matter do "
    "does use need help way ways all even really".split()
)
_INDEFINITE = frozenset(
    "anything something everything nothing anyone someone everyone anybody somebody else".split()
)
"""Indefinite pronouns: "Does anything else matter?" names no subject of its own."""
_JUDGING = frozenset(
    "important meaningful significant relevant useful necessary notable interesting".split()
)
"""Adjectives that weigh a thing without naming it: "Is the difference significant?"."""
_BEING = frozenset("exist exists existed occur occurs occurred concerned interested".split())
"""Verbs of being there, and the asker's own stake ("Why should we be interested?")."""
EMPTY = FUNCTION_WORDS | _GENERIC | _INDEFINITE | _JUDGING | _BEING
"""Words that name no subject of a question's own."""
