"""The small line over a card's front that says where its fact stands.

    Garden notes › Soil › Mulch
    A layer of {{bark}} keeps weeds down.

A fact whose subject is the note ("What is a page?" in a note on memcached) is answerable
only if the card says where it is: the note's title and the headings above it, as
Obsidian_to_Anki's breadcrumb does, less what the card already names or would give away.
"""

from __future__ import annotations

import html

from cards.extractors.claims.shared import SECTIONS
from cards.extractors.registry import normalise
from cards.giveaway import WORD, named_in, stems
from cards.items import Item
from cards.language import FUNCTION_WORDS, words
from cards.render import render_plain

BREADCRUMB_PARTS = 3
"""The note's title, the heading above the nearest and the nearest: enough to say what a
card is about. With the nearest alone, a fact under "Sorting > Quick sort > Partition" read
as if about the note's first topic, and "Requirements" or "Definition" named no subject."""
PART_CHARS = 50
_ROLE_WORDS = SECTIONS | frozenset(
    "key main points more further additional general another".split()
)
"""Words of a heading that names a part of the note by its role ("Key points", "Another
example", "Further notes"), not a subject."""
_OPENERS = {"(": ")", "[": "]", "{": "}"}


def breadcrumb(
    item: Item,
    title: str,
    hidden: tuple[str, ...] = (),
    lead: str = "",
    section: str = "",
    numbers: tuple[int, ...] = (),
) -> str:
    """The note's title and the two nearest headings above the item, then the list item it
    hangs from (`lead`); a bold line that heads the item's section (`section`) stands in for
    the nearest heading (`boldheads.py` says why), which comes back if the bold line is left
    out. A part the card's text already names is left out, and so is one that names what a
    deletion hides (the term, the attribution, the category): it would give it away. A part
    the text names only inside a later deletion (`hidden[1:]`: what the term is, the quote's
    author) is shown unless it gives that one away: "{{Tablet 7}} speaks of {{the river
    spirit}}" in a note titled "River Spirit" is about it, where a part inside the first
    ("Reflectance" over "{{the reflectance of a surface}} is ...") is its answer. Over a
    quote, a heading that shares one word with what it hides goes too (`_quoted_words`).

    Where the deletions' cloze `numbers` are given (one per `hidden`), a part that gives a
    deletion away and names more than it is shown with those words hidden by the same
    deletion: "Harbour {{c1::Crane}} Safety" over "{{c1::A crane}} is ...". Left
    out, the card lost the only words that said what it is about."""
    named = f" {normalise(_visible(item.text.text, hidden[1:]))} "
    secrets = [f" {k} " if k else "" for k in map(normalise, hidden)]
    hidden_stems = [stems(h) for h in hidden]
    quoted = _quoted_words(item, hidden)
    seen: set[str] = set()

    def shown(part: str, heading: bool = True) -> dict[str, int] | None:
        """None where `part` is left out, else the words (stems) it shows hidden, each
        with the number of the deletion it would give away."""
        key = normalise(part)
        padded = f" {key} "
        if not key or key in seen or padded in named:
            return None
        words_shown = stems(part)
        if heading and quoted and not quoted.isdisjoint(words_shown):
            return None  # "Storms test the helmsman" over "... {{the helmsman's nerve}}"
        masks: dict[str, int] = {}
        for at, (secret, words_hidden) in enumerate(zip(secrets, hidden_stems, strict=True)):
            # "4.1.2 Crop Rotation" over "{{crop rotation}} is ...":
            given = named_in(part, hidden[at]) if words_hidden else None
            if (secret and secret in padded) or given is not None:
                if at >= len(numbers) or not words_hidden:
                    return None
                for word in given or words_hidden & words_shown:
                    masks.setdefault(word, numbers[at])  # the first deletion's, shown on both
        numbered = part.lstrip()[:1].isdigit()  # "4.1.2 Crop Rotation": a section's number
        rest = {w for w in words_shown - masks.keys() if not (numbered and w.isdigit())}
        if masks and (not rest or "\\" in part or "$" in part):
            return None  # nothing left but the answer and a section's number; a formula
        return masks

    heads = item.ref.headings
    slots: list[tuple[str, ...]] = [(title,), *((h,) for h in heads[:-1])]
    if section or heads:
        slots.append((section, *heads[-1:]) if section else heads[-1:])
    parts: list[tuple[str, dict[str, int]]] = []
    keep = BREADCRUMB_PARTS
    for at, choices in enumerate((*slots, (lead,))):
        found = next(((c, m) for c in choices if (m := shown(c, at > 0)) is not None), None)
        if found is None:
            continue
        seen.add(normalise(found[0]))
        parts.append((shortened(found[0]), found[1]))
        keep += at == len(slots)  # the lead, shown after the nearest heading
    while len(parts) > keep and (at := _first_role([p for p, _ in parts])):
        del parts[at]  # "Notes", "Key points" name no subject: one above them does
    if len(parts) > keep:
        parts = [parts[0], *parts[1 - keep :]]
    if not parts:
        return ""
    return f'<div class="context">{" › ".join(_masked(p, m) for p, m in parts)}</div>'


def _masked(part: str, masks: dict[str, int]) -> str:
    """`part` as plain HTML, each run of words whose stems are in `masks` inside its
    deletion: "{{c1::Tide Pool}} Basics", "{{c1::dry-stone walls}}", "{{c1::Out-of-Order
    Execution}}", not deletions side by side."""
    text = " ".join(part.split())
    if not masks:
        return render_plain(text)
    runs: list[list[int]] = []  # [start, end, number]
    for word in WORD.finditer(text):
        n = masks.get(next(iter(stems(word.group())), ""))
        if n is None:
            continue
        between = text[runs[-1][1] : word.start()] if runs else ""
        if runs and runs[-1][2] == n and FUNCTION_WORDS.issuperset(WORD.findall(between.lower())):
            runs[-1][1] = word.end()
        else:
            runs.append([word.start(), word.end(), n])
    pieces: list[str] = []
    last = 0
    for start, end, n in runs:
        pieces.append(html.escape(text[last:start], quote=False))
        pieces.append(f'<cloze data-n="{n}">{html.escape(text[start:end], quote=False)}</cloze>')
        last = end
    pieces.append(html.escape(text[last:], quote=False))
    return "".join(pieces)


def _quoted_words(item: Item, hidden: tuple[str, ...]) -> frozenset[str]:
    """The content words a quote's deletions hide (its attribution aside) and the rest of
    its text does not show. The heading or bold line over a quote is often the writer's
    own summary of it (`boldheads.py`), in the quote's words: one of them is enough to
    point to the answer. The note's title names the topic of every quote in it, and a word
    shared with one ("Coffee" over "{{Sumatran coffee}}") is its subject, not its answer."""
    if item.kind != "quote":
        return frozenset()
    deleted = [h for h in hidden if h and h != item.attribution]
    if not deleted:
        return frozenset()
    return frozenset().union(*map(stems, deleted)) - stems(_visible(item.text.text, hidden))


def _visible(text: str, hidden: tuple[str, ...]) -> str:
    """`text` without the `hidden` phrases."""
    for phrase in hidden:
        if phrase:
            text = text.replace(phrase, " | ")
    return text


def shortened(part: str) -> str:
    """`part` in at most `PART_CHARS` characters: cut after a whole word, and before a
    bracket it cannot close ("Risks of [late frost in…" reads as a typo, "Risks of…" as
    a cut), then marked `…`."""
    if len(part) <= PART_CHARS:
        return part
    head = part[: PART_CHARS - 1]
    if not (part[PART_CHARS - 1].isspace() or head[-1].isspace()) and " " in head.strip():
        head = head[: head.rstrip().rfind(" ")]  # no word cut in two
    opened = [i for i, c in enumerate(head) if c in _OPENERS and _OPENERS[c] not in head[i:]]
    if opened and opened[0] > PART_CHARS // 3:
        head = head[: opened[0]]
    return head.rstrip(" ,;:&/-–—") + "…"


def _first_role(parts: list[str]) -> int:
    """Where the first part after the title stands that names only a role (`_ROLE_WORDS`),
    or 0: when there are more parts than room, such a part gives way first."""
    for at, part in enumerate(parts[1:], 1):
        content = [w for w in words(part) if w not in FUNCTION_WORDS]
        if content and all(w in _ROLE_WORDS for w in content):
            return at
    return 0
