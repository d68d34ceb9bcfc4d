"""Whether a quotation's "source" is a grade a collection gives its reports, not a speaker.

    The ferryman said: "Every oar remembers the river." (Sahih)      <- a grade: no one's name
    "Salt keeps what the sea gives." (Hasan Sahih)                   <- a grade, two words
    "Salt keeps what the sea gives." (Hasan al-Qadir)                <- a name: kept

Collections of sayings grade each report after it, in brackets or after a dash, by the
words of their science: sound, good, weak, fabricated. A reader of the card learns nothing
from "who said this? Hasan": the grade judges the chain of reporters, it names none of
them. The grade words are the collections' own terms, transliterated several ways; a
grade may be followed by a qualifier (`li ghairihi`, "chain") and may be written in
English.
"""

from __future__ import annotations

from cards.language import words

_GRADES = frozenset(
    "sahih saheeh sahîh hasan hassan daif da'if da’if daeef da'eef dhaif dha'if "
    "mawdu mawdoo maudu munkar shadh mutawatir marfu mursal muttasil maqtu mauquf "
    "mawquf gharib".split()
)
"""The grades, and the words for a report's chain, that collections write after a report."""
_QUALIFIERS = frozenset(
    "li lighairihi ghairihi ghayrihi lighayrihi isnad isnād chain grade graded by "
    "and or sound good weak authentic fabricated".split()
)
"""Words that may stand in a grade beside the grade itself: "Hasan li ghairihi",
"Sahih isnad", "Da'if (weak)"."""
_GRADE_WORDS = _GRADES | _QUALIFIERS


def grade(who: str) -> bool:
    """Whether `who` is only a grade (`Sahih`, `Hasan Sahih`, `Da'if isnad`), with at least
    one of the collections' grade words: an English word alone ("Weak") may be a name's
    end or a comment, so it is no grade by itself."""
    parts = [w.lower() for w in words(who.strip(" ()[].,;:"))]
    if not parts or len(parts) > 4:
        return False
    return any(w in _GRADES for w in parts) and all(w in _GRADE_WORDS for w in parts)
