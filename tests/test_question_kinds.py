"""Each question rule is shown only the kinds of block `KINDS` names for it: a rule asked
of any other kind of block finds nothing there, so sparing the call changes no card."""

from __future__ import annotations

from pathlib import Path

from markdown_it.utils import read_fixture_file

from cards.extractors.questions import KINDS, RULES, extract_questions
from cards.extractors.questions.asked import askable
from cards.extractors.questions.captioned import uncaptioned
from cards.extractors.walk import walk
from cards.items import Item
from cards.parse import ParsedNote, parse_note
from cards.vault import read_note
from tests.extractor_cases import FIXTURES

ROOT = Path(__file__).parent.parent


def _notes(tmp_path: Path) -> list[ParsedNote]:
    """The sample vault's notes and every question fixture's input, parsed as notes."""
    sources = [(ROOT / "source_notes", p) for p in sorted((ROOT / "source_notes").iterdir())]
    for n, (_, _, text, _) in enumerate(
        case
        for path in sorted((FIXTURES / "questions").glob("*.md"))
        for case in read_fixture_file(path)
    ):
        path = tmp_path / f"case{n}.md"
        path.write_text(text, encoding="utf-8")
        sources.append((tmp_path, path))
    return [parse_note(read_note(vault, path)) for vault, path in sources]


def test_every_rule_names_its_kinds() -> None:
    assert set(KINDS) == {func for _, func in RULES}


def test_a_rule_finds_nothing_in_a_block_of_a_kind_it_is_not_shown(tmp_path: Path) -> None:
    notes = _notes(tmp_path)
    shown = {name: 0 for name, _ in RULES}
    for note in notes:
        for visit in walk(note.blocks):
            for name, rule in RULES:
                if visit.block.kind in KINDS[rule]:
                    shown[name] += bool(rule(note, visit))
                else:
                    assert not rule(note, visit), (name, note.path, visit.block.kind)
    assert all(shown.values()), shown  # the notes hold a question of every rule's


def test_questions_are_those_of_every_rule_asked_of_every_block(tmp_path: Path) -> None:
    (tmp_path / "kinds.md").write_text(_KINDS_NOTE, encoding="utf-8")
    notes = [*_notes(tmp_path), parse_note(read_note(tmp_path, tmp_path / "kinds.md"))]
    kinds = {v.block.kind for note in notes for v in walk(note.blocks)}
    assert {"list", "item", "table", "code", "blockquote", "heading", "paragraph"} <= kinds
    found = [i.to_json() for note in notes for i in extract_questions(note)]
    assert found == [i.to_json() for note in notes for i in _every_rule_on_every_block(note)]
    assert len(found) > 20


_KINDS_NOTE = """# Why does sleep help memory?
The hippocampus replays the day.

| Q: Why does it fade? | A: Interference. |
|---|---|
| What is a spindle? | A burst of waves. |

```
Q: Why is this code?
A: It is not asked.
```

- What does REM do?
  - It consolidates emotional memories.

> [!question] What is slow-wave sleep?
> The deepest stage of sleep.
"""


def _every_rule_on_every_block(note: ParsedNote) -> list[Item]:
    """The questions as found before `KINDS`: each rule asked of every block in turn."""
    found: list[Item] = []
    for visit in walk(note.blocks):
        if visit.quoted:
            continue
        for _, rule in RULES:
            items = rule(note, visit)
            if items:
                found.extend(uncaptioned(item) for item in items if askable(item))
                break
    return found
