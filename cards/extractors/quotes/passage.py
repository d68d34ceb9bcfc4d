"""Whether a blockquote's text is a passage worth a quote card at all.

    > From the ferry handbook:                       <- a lead-in: what it introduces is elsewhere
    > A shorter proof: https://example.org/proof     <- a link and its label
    > How likely is the ferry to sail late?              <- a question put, not words said
    > Keeper: Well. The lamp is lit. Pilot: ...          <- a conversation acted out
    > "Who moved the ladder?" "I needed it upstairs!"    <- lines of a dialogue, unnamed
    > Dear Mira, as agreed at the quay ...           <- a letter, kept as a template
    > Anchored Baited Caulked Dredged ...            <- a list of words, no sentence
    > Ardis, Bellom, Corran, ... and Dunmere.        <- a list of names, no verb
    > -----BEGIN PGP MESSAGE----- xZ9qLw4Ka81VbTn0...  <- a blob of code
    > Shifting each point gives... k_0 + x^2 * y_3 ... <- a formula's symbols, words elided
    > (three hundred words of scripture)             <- a wall: more than a card holds
    > kālo veṣṭiḥ tṛṇaṃ pūrṇā ca ...                 <- the original, in another script
                                                        or transliterated
    > On our first survey we counted ...             <- someone's story, no one named

Notes use `>` for more than quotations: to set off an aside, a problem, a pasted page. A
quote card asks for words someone said; each of these has none to ask for, or more than a
card can hold, so it makes no card, whoever the note names as its source.
"""

from __future__ import annotations

import re
import unicodedata

from cards.extractors.analysis import analyse
from cards.language import has_finite_verb, is_question

MAX_WORDS = 150
"""The most words a quote card holds, about what one reads in under a minute: a passage
longer than this is a page pasted, and a card of it can be neither read nor recalled."""
MAX_UNNAMED = 90
"""The most words of a plain `>` quote no one is named for: a saying is short, and a longer
passage without its source is reading pasted into the note, not words to remember someone
by. A `[!quote]` callout is quoted on purpose, and holds up to `MAX_WORDS`."""
_TURN = re.compile(r"(?:^|\n|[.!?…]\s+)(?P<who>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2})\s*:\s")
"""A speaker's turn inside a passage: `Interviewer: ...`, `Prof. Miller: ...`."""
_LINES = re.compile(r"(?:[\"“][^\"“”]+[\"”]\s*){2,}")
"""Two quoted lines and nothing else: a dialogue acted out, its speakers unnamed, each
line a different voice no card can attribute."""
_GREETING = re.compile(r"(?:^|\n|[.!]\s)(?:Hi|Hello|Hey|Dear)\b[^.!?\n]{0,30}[,!]", re.M)
"""The greeting of a letter or an email a note keeps as a template."""
_BLOB = re.compile(r"[A-Za-z0-9+/=_-]{40,}")
"""A run of letters and digits no language writes: a key, a hash, an encoded message."""
_STORY = re.compile(
    r"^[^.!?]{0,60}?\b(?:I|we|We)\s+(?:was|were|had|would|did|used to|went|got|saw|told|asked"
    r"|\w+[^e\W]ed)\b"
)
"""A first sentence that tells what "I" or "we" did (`On our first survey we counted ...`,
`I was taken aback by ...`): a story of the writer's, which with no one named asks nothing a
reader could recall of anyone. ("need" and "feed" are no past tense.)"""
_SYMBOL = re.compile(r"[*=+/<>^]|\S*[_^]\S*")
"""`x^2`, `*`, `a_1b_2`: a term of a formula written out in plain text, not a word."""
_SYMBOLS = 3
"""A passage one token in this many of which is a formula's is a formula worked through."""
_URL = re.compile(r"\w+://\S+")
_LABELLED = re.compile(r":\s+\w+://[^\s()\[\]]+$")
"""`A shorter proof: https://...` closing the text: a link and its label."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def not_a_passage(text: str, attributed: bool, latin: bool = True, called: bool = False) -> bool:
    """Whether `text` has no words said worth a card: a lead-in, a conversation, a list of
    words, a blob, a wall; or, when no one is named, only questions (a problem posed). In
    a note written in the Latin script (`latin`), a passage in another script or
    transliterated into this one is the original of a text, which a card of the note's
    own language cannot ask for. `called`: a quote callout, quoted on purpose."""
    stripped = text.rstrip()
    linked = "://" in stripped[-300:] and _LABELLED.search(stripped) is not None
    if stripped.endswith(":") or linked or _GREETING.search(text):
        return True  # a lead-in (to a link: "A shorter proof: https://..."), or a letter
    if latin and original(text):
        return True
    found = analyse(text)
    if sum(len(s.words) for s in found) > (MAX_WORDS if attributed or called else MAX_UNNAMED):
        return True
    if _BLOB.search(_URL.sub("", text)) or _formula(text):
        return True
    if len({m["who"] for m in _TURN.finditer(text)}) >= 2 or _LINES.fullmatch(stripped):
        return True
    ended = any(s.text.rstrip()[-1:] in '.!?…"”' for s in found)
    if _capitalised(text) and (not ended or _named(text)):
        return True  # "New Functionality New Concepts & Skills Next Lesson", a list of names
    head = text[:80]
    teller = "I " in head or "we " in head or "We " in head  # a substring before the pattern
    if not attributed and not called and teller and _STORY.search(text):
        return True
    return not attributed and all(is_question(s.text, list(s.words)) for s in found)


def _formula(text: str) -> bool:
    """A passage whose tokens are one in `_SYMBOLS` a formula's (`... k_0 + x^2 * y_3 ...`):
    a derivation copied in plain text, often elided, with no saying to recall."""
    if "_" not in text and "^" not in text:
        return False  # a substring first: prose holds neither
    tokens = text.split()
    symbols = sum(1 for t in tokens if _SYMBOL.fullmatch(t.strip("\"“”'.,;:()")))
    return symbols * _SYMBOLS >= len(tokens)


def _named(text: str) -> bool:
    """Names in a row and no verb: `Ardis, Bellom, Corran, ... and Dunmere.`,
    a list a card cannot ask for without the subject the note gives above it."""
    return text.count(",") >= 4 and not has_finite_verb(text)


def _capitalised(text: str) -> bool:
    """Most words capitalised, as a list of names or a menu is, where a sentence (even one
    without its full stop, "Keep the oars dry before the race") is not."""
    found: list[str] = _WORD.findall(text)
    return sum(w[0].isupper() for w in found) >= 0.6 * len(found)


def original(text: str) -> bool:
    """A passage one letter in ten of which is in another script (Hebrew, Devanagari,
    Arabic), or one in twelve a Latin letter with a diacritic (`kālo veṣṭiḥ tṛṇaṃ`)."""
    if text.isascii():  # nearly every passage: no letter to look up
        return False
    letters = [c for c in text if c.isalpha()]
    if not letters or all(c < "\u0080" for c in letters):
        return False
    latin = [c for c in letters if "LATIN" in unicodedata.name(c, "")]
    marked = sum(c > "\u007f" for c in latin)
    return len(letters) - len(latin) >= 0.1 * len(letters) or marked >= len(letters) / 12


def latin_script(title: str) -> bool:
    """Whether a note's title is written in the Latin script, as the note then is."""
    if title.isascii():
        return True
    letters = [c for c in title if c.isalpha()]
    return not letters or sum("LATIN" in unicodedata.name(c, "") for c in letters) * 2 > len(
        letters
    )
