"""Nouns for people: the words that make a category word name a category's people.

    anxious pupils ask for reassurance     -> people: "anxious" is a kind of pupil
    avoidant players leave early           -> people
    secure servers reject old ciphers      -> no people: a server is a thing

A trait sentence names the people it speaks of by their place in whatever setting the
note is about: a school, a team, a clinic, a family, a workplace, a study, an app. So the
nouns are the kind "a person in a role", grouped by setting below rather than gathered
word by word from notes, and each is written once in the singular: the plural is made by
the spelling rules, so "pupil" gives "pupils" and "child" gives "children". Agent nouns in
general (`-er`, `-ant`, `-ent`) are not taken by their ending, since as many of them are
things ("servers", "triggers", "events") as people.
"""

from __future__ import annotations

_SETTINGS: dict[str, str] = {
    "anyone": "people person individual someone anyone folk ppl those",
    "age": "adult child kid infant toddler baby teen teenager adolescent youngster youth "
    "boy girl man woman elder senior",
    "family": "parent mother father mom mum dad caregiver spouse husband wife sibling "
    "brother sister son daughter grandparent",
    "love": "partner lover dater boyfriend girlfriend fiancé fiance",
    "friends": "friend peer neighbor roommate flatmate housemate",
    "school": "student pupil learner classmate schoolchild trainee apprentice graduate",
    "teaching": "teacher tutor coach mentor instructor",
    "sport": "player athlete teammate runner swimmer rider climber",
    "work": "employee worker colleague coworker co-worker manager boss leader staffer "
    "founder freelancer candidate applicant volunteer",
    "care": "patient client therapist counsellor counselor nurse doctor carer resident",
    "public": "visitor guest passenger traveller traveler tourist commuter driver shopper "
    "buyer citizen voter neighbour",
    "study": "respondent participant",
    "groups": "member user customer reader listener viewer follower fan",
}
"""Person nouns by the setting they name people in, singular."""
_IRREGULAR = {
    "man": "men",
    "woman": "women",
    "child": "children",
    "schoolchild": "schoolchildren",
    "person": "persons",
    "people": "people",
    "folk": "folks",
    "ppl": "ppl",
    "those": "those",
    "someone": "someone",
    "anyone": "anyone",
}
_PLURAL_ONLY = frozenset({"staff", "crew", "subjects"})
"""Nouns for people only in this form: a staff, a crew, a study's subjects (a singular
"subject" is as often a sentence's or an email's)."""


def _plural(noun: str) -> str:
    """The plural by English spelling: `baby` -> `babies`, `coach` -> `coaches`."""
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    return noun + "s"


def _pattern() -> str:
    nouns = {n for group in _SETTINGS.values() for n in group.split()}
    forms = sorted(
        {f for n in nouns for f in (n, _plural(n))} | _PLURAL_ONLY, key=lambda f: (-len(f), f)
    )
    return "(?:" + "|".join(f.replace("-", r"\-") for f in forms) + ")"


PEOPLE = _pattern()
"""Every person noun, singular and plural, longest first so that `players` wins over
`player`: a regular expression's alternatives, case as the caller compiles it."""
