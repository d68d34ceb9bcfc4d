"""Whether a quote stands in a template: its words are placeholders, nobody's.

    # Template 1: With context                      <- a heading that names a template
    > **Speaker 1**, an elder of the village, says: "Proverb text"

    ## Resignation letter templates
    > Dear [Manager], please accept this letter as ...

    templates/Book note.md                           <- a note in a templates folder

Vaults keep templates to copy from: a citation's layout, a letter's wording, a note's
skeleton (Obsidian's core Templates plugin reads them from a folder). Their quotes show
where the words go ("Speaker 1", "Proverb text"), so a card of one asks for nothing
anyone said. A template names itself so in its heading, title or folder: a heading that
opens on "Template" or ends on "template(s)", not one that only mentions the word
("Template Strings in Shells", "Using the Template Method pattern").
"""

from __future__ import annotations

from pathlib import PurePosixPath

from cards.language import words

_NAMES = frozenset(["template", "templates"])


def templated(path: str, title: str, headings: tuple[str, ...]) -> bool:
    """Whether the note (`path`, `title`) or a heading above the quote names a template."""
    folders = {part.lower() for part in PurePosixPath(path).parts[:-1]}
    if folders & _NAMES:
        return True
    for name in (title, *headings):
        if "emplate" not in name:
            continue  # a substring first: nearly no heading names one
        ws = words(name)
        if ws[:1] and (ws[0] in _NAMES or ws[-1] in _NAMES):
            return True
    return False
