"""Whether a line a card shows names what one of its deletions hides.

    4.1.2 Crop Rotation › {{crop rotation}} is ...            <- the heading is the answer
    Late Frost Risks › ... because of the {{risk}}            <- "Risks" names "risk"
    Ferns › {{A fern}} is a plant that ...                     <- so does a plural
    {{Marvesh}} founded the Marvessh guild                     <- and a name spelled apart

A breadcrumb part that holds the hidden phrase word for word is left out already; one that
holds its words in another form (a plural, without the article, in title case, with a
section number) gives the answer away as plainly, so the comparison is on the content
words' stems: every one the deletion hides is in the part. A name taken from another
script is spelled several ways in one vault, often in one line; judges mark a card that
hides one spelling and shows the other as given away.
"""

from __future__ import annotations

import itertools
import re
from difflib import SequenceMatcher

from cards.language import FUNCTION_WORDS

WORD = re.compile(r"[^\W_]+")
"""A word as `stems` reads one: a run of letters and digits."""
_SIBILANT_PLURALS = ("sses", "xes", "ches", "shes")
_NOT_PLURAL = ("ss", "us", "is")
_SHORTEST = 4
"""Letters a word needs before a final "s" can be its plural ending: "bus", "gas" stay."""


def stems(text: str) -> frozenset[str]:
    """The content words of `text`, in lower case and without a plural ending ("glazes",
    "switches", "processes", "delays" and "policies" as "glaze", "switch", "process",
    "delay", "policy")."""
    return frozenset(map(singular, _content(text)))


def _content(text: str) -> list[str]:
    """The content words of `text`, in lower case and in order."""
    return [w for w in WORD.findall(text.lower()) if w not in FUNCTION_WORDS]


def singular(word: str) -> str:
    """`word` in lower case without a plural ending: "tarns", "glazes", "policies" as
    "tarn", "glaze", "policy"."""
    if len(word) > _SHORTEST and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(_SIBILANT_PLURALS):
        return word[:-2]
    if len(word) >= _SHORTEST and word.endswith("s") and not word.endswith(_NOT_PLURAL):
        return word[:-1]
    return word


def gives_away(shown: frozenset[str], hidden: frozenset[str]) -> bool:
    """Whether words `shown` (a part's `stems`) hold every one of a deletion's (`hidden`,
    its `stems`)."""
    return bool(hidden) and hidden <= shown


_ROOT = 5
"""Letters two words share at their start, at least, to read as one root in two forms
("irrigate", "irrigation"; "graft", "grafting")."""
_ENDING = 3
"""The share of the shorter word, one in this many letters, that a second form may change
at its end ("describe", "description"; "infringing", "infringement"); before that the two
agree, so a shared prefix ("transfer", "transport"; "internal", "interval") is no root."""


def opens_on_shown(shown: frozenset[str], hidden: str) -> bool:
    """Whether the first content word a deletion hides is one of the words `shown` (a
    line's `stems`) in this or another form: "Grafting: {{graft a bud}} onto ..." asks for
    what the label says."""
    first = next(iter(_content(hidden)), "")
    if len(first) < _ROOT:
        return singular(first) in shown if first else False
    root = singular(first)
    return any(len(w) >= _ROOT and _one_root(root, w) for w in shown)


def _one_root(one: str, other: str) -> bool:
    """Whether two words of at least `_ROOT` letters agree but for the last third of the
    shorter one (`_ENDING`), and in their first `_ROOT` letters at least."""
    shorter = min(len(one), len(other))
    need = max(_ROOT, shorter - shorter // _ENDING)
    return one[:need] == other[:need]


def shown_again(plain: str, key: tuple[int, int]) -> bool:
    """Whether the rest of `plain` holds every content word the deletion `key` hides, in this
    or another form: "{{Sorted}} makes a new list: sorted(xs)", "wait for {{all threads}}
    before any thread ..." show the answer on the card itself."""
    a, b = key
    hidden = stems(plain[a:b])
    rest = plain[:a] + " " + plain[b:]
    if gives_away(stems(rest), hidden):
        return True
    names = _NAME.findall(plain[a:b])
    return len(names) == 1 and any(spelled_apart(names[0], w) for w in _NAME.findall(rest))


_NAME = re.compile(r"\b[A-Z][a-z]{4,}\b")
"""A word that may be a name: a capital, then letters only, five in all at least."""
_SAME_START = 3
_SAME_END = 2
_ALIKE = 0.85


def spelled_apart(name: str, word: str) -> bool:
    """Whether `word` is `name` spelled another way, as names taken from another script are
    ("Marvesh", "Marvessh"; "Tolvaris", "Tolvharis"): a letter or two put in or left out,
    one at a time, between the same start and the same end. An ending that differs is
    another form of one word ("executing", "execution"); a letter changed in place, another
    word ("Wikipedia", "Wikimedia"); a syllable put in, another name ("Austria",
    "Australia")."""
    one, other = name.lower(), word.lower()
    if len(one) == len(other) or abs(len(one) - len(other)) > 2 or min(len(one), len(other)) < 5:
        return False
    if one[:_SAME_START] != other[:_SAME_START] or one[-_SAME_END:] != other[-_SAME_END:]:
        return False
    if one.startswith(other) or other.startswith(one):
        return False
    matcher = SequenceMatcher(None, one, other)
    apart = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if any(tag == "replace" or max(i2 - i1, j2 - j1) > 1 for tag, i1, i2, j1, j2 in apart):
        return False  # a letter changed, or two put in side by side: a syllable of another name
    return matcher.ratio() >= _ALIKE


def named_in(part: str, hidden: str) -> frozenset[str] | None:
    """The stems of the words of `part` (a breadcrumb's) that name what `hidden` (a
    deletion's text) hides, when they name every content word of it; else None. A word is
    named in its own form (`stems`), else in another form of its root ("Irrigation Canals"
    over "{{irrigated}}", "Runes" over "{{runic}}"); a word written in capitals by its
    initials ("Slow Wave Sleep" over "{{SWS}}"), and one in the part, three capitals at
    least, by the words it stands for ("SWS" over "{{slow wave sleep}}"). A name written
    as code ("ArrayList") is named only as written."""
    shown = _content(part)
    wanted = _content(hidden)
    if not wanted:
        return None
    written = WORD.findall(hidden)
    coded = {w.lower() for w in written if _coded(w)}
    capitals = {w.lower() for w in written if _upper(w)}
    singles = frozenset(map(singular, shown))
    masks: set[str] = set()
    covered = [False] * len(wanted)
    for at, word in enumerate(wanted):
        same = {singular(word)} & singles
        if not same and word not in coded:
            same = {singular(w) for w in shown if _forms(word, w)}
        if not same and word in capitals:
            same = {singular(w) for w in _initialled(word, shown)}
        masks |= same
        covered[at] = bool(same)
    for acronym in dict.fromkeys(
        w.lower() for w in WORD.findall(part) if len(w) >= _SPELLED and _upper(w)
    ):
        run = _initialled(acronym, wanted)
        if run and acronym not in wanted:
            masks.add(singular(acronym))
            covered = [c or w in run for c, w in zip(covered, wanted, strict=True)]
    return frozenset(masks) if all(covered) else None


_SPELLED = 3
"""Capitals an acronym in a breadcrumb holds, at least, to be read as the words it stands
for: two ("CE", "OS") stand for too many phrases."""


def _upper(word: str) -> bool:
    """A word in capitals, two at least: "SWS", "DS"."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _coded(word: str) -> bool:
    """A name written as code: a capital or a digit after a small letter ("ArrayList",
    "shadowRoot", "Body2D"), whose parts are other words."""
    return any(a.islower() and (b.isupper() or b.isdigit()) for a, b in itertools.pairwise(word))


def _initialled(acronym: str, words: list[str]) -> list[str]:
    """The run of `words` (content words, in order) whose initials spell `acronym`, or []."""
    n = len(acronym)
    for start in range(len(words) - n + 1):
        run = words[start : start + n]
        if "".join(w[0] for w in run) == acronym:
            return run
    return []


_TAIL = 5
"""Letters, at most, that a form adds after the start it shares with another ("describ|e",
"describ|ing"): "electr|ic" and "electr|omagnetic", "parti|al" and "parti|cipation" are
two words."""
_DERIVED = ("ic", "ical", "ian", "an", "ese", "ist", "ism", "al")
"""Endings that make a word of another from its root ("Veda", "Vedic"; "Rome", "Roman";
"Hindu", "Hinduism"), the root's last vowel dropped where the ending opens on one."""
_DERIVED_ROOT = 4


def _forms(one: str, other: str) -> bool:
    """Whether two words (lower case, not one `singular`) are forms of one root: they share
    a start (`_rooted`), as written or singular, or one is the other with an ending of
    `_DERIVED`."""
    if any(_rooted(*sorted(pair, key=len)) for pair in ((one, other), map(singular, (one, other)))):
        return True
    short, long = sorted((singular(one), singular(other)), key=len)
    if len(short) < _DERIVED_ROOT:
        return False
    root = short[:-1] if short[-1] in _VOWELS else short
    return long.startswith(root) and long[len(root) :] in _DERIVED


def _rooted(short: str, long: str) -> bool:
    """Whether two words are of one root (`_one_root`) and the longer goes on by `_TAIL`
    letters at most past the start they share; a silent "e" the shorter drops before a
    vowel ("glaze", "glazing") leaves one letter less of that start."""
    shared = next(
        (n for n, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short)
    )
    if len(long) - shared > _TAIL:
        return False
    if short.endswith("e") and shared == len(short) - 1 and long[shared:][:1] in _VOWELS:
        return shared >= _ROOT - 1
    return _one_root(short, long)


_VOWELS = frozenset("aeiouy")
