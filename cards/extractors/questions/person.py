"""Whether a "Do you ...?" or "Can you ...?" asks a person, or asks about people in general.

    ## Do you keep a garden?                  <- put to someone: the text under it says
    Hosts ask it to learn whether ...           why it is asked, not what the answer is
    ## Can you hear a bat's call?             <- "you" is anyone: the text takes up the
    Bats call above 20 kHz, too high for ...     question's own words and answers them

An interview's or a form's questions are put to the reader, and the note says what lies
behind them; a FAQ asks in the same words what anyone may wonder, and answers it. What
tells them apart is the answer: a reply ("Yes", "Most people do") or the question's own
subject taken up again answers it; text on something else explains the asking.
"""

from __future__ import annotations

from cards.extractors.questions.opening import shares
from cards.language import words

_REPLIES = frozenset("yes no not most many some usually often it you we only depends".split())
"""How a reply to a yes-or-no question opens: "Yes, ...", "Most people do", "It depends"."""


def put_to_person(ws: list[str], question: str, said: str) -> bool:
    """A question to "you" (`ws`, the question's words) whose answer `said` neither
    replies nor takes up any of the question's own words; "Should you ...?" asks what is
    wise, which a note answers whatever words it uses."""
    if ws[0] == "should":
        return False
    opening = words(said[:30])
    if not opening or opening[0] in _REPLIES:
        return False
    return not shares(question, words(said))
