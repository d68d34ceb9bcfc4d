"""Extractor fixture cases in markdown-it's fixture format: title / `.` / note / `.` / YAML / `.`.

A kind's cases live in `fixtures/<kind>.md` and in one file per rule, `fixtures/<kind>/<rule>.md`
(`fixtures/claims/heading.md` for the rule `claim.heading`). A title ending in `[txt]` makes
the note a plain-text `.txt` note; `[taxonomy:chronotype]` runs the traits extractor with the
vault taxonomy defined below.

Regenerate the expected YAML on purpose, then review the diff:

    python tests/extractor_cases.py regen                       # every fixture file
    python tests/extractor_cases.py regen tests/fixtures/claims/heading.md
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from markdown_it.utils import read_fixture_file

from cards.extract import extract_vault
from cards.extractors import Category, Taxonomy, default_extractors
from cards.items import Item

FIXTURES = Path(__file__).parent / "fixtures"
KINDS = {"claims": "claim", "questions": "question", "quotes": "quote", "traits": "traits"}

CHRONOTYPE = Taxonomy(
    name="chronotype",
    categories=(Category("owl", ("night owl", "owl")), Category("lark", ("early bird", "lark"))),
    nouns=("types", "people"),
)


def run_case(kind: str, title: str, note: str) -> list[dict[str, Any]]:
    """Extract one fixture note with only `kind` enabled; the fields a reader checks."""
    return [_fields(item.to_json(), item) for item in case_items(kind, title, note)]


def case_items(kind: str, title: str, note: str) -> list[Item]:
    """The items of one fixture note with only `kind` enabled, each naming its rule."""
    taxonomy = CHRONOTYPE if "[taxonomy:chronotype]" in title else None
    registry = default_extractors(taxonomy)
    registry.only([kind])
    suffix = ".txt" if title.endswith("[txt]") else ".md"
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / f"note{suffix}").write_text(note, encoding="utf-8")
        return extract_vault(Path(tmp), registry).items


def _fields(data: dict[str, Any], item: Any) -> dict[str, Any]:
    kind = data["kind"]
    if kind == "claim":
        out = {
            "text": data["text"],
            "hide": item.plain[item.key[0] : item.key[1]] if item.key else None,
        }
        if data.get("term"):
            out["term"] = data["term"]
        return out
    if kind == "question":
        return {"text": data["text"], "answer": data["answer"]}
    if kind == "quote":
        return {"text": data["text"], "attribution": data["attribution"], "title": data["title"]}
    return {"category": data["category"], "items": data["items"]}


def fixture_files(name: str) -> list[Path]:
    """The fixture files of kind `name`: its own file, then one per rule, in name order."""
    own = FIXTURES / f"{name}.md"
    return [own] * own.is_file() + sorted((FIXTURES / name).glob("*.md"))


def cases(name: str) -> list[tuple[int, str, str, str]]:
    return [
        tuple(c)  # type: ignore[misc]
        for path in fixture_files(name)
        for c in read_fixture_file(path)
    ]


def kind_of(path: Path) -> str:
    """`fixtures/claims.md` and `fixtures/claims/heading.md` are both claims."""
    return path.parent.name if path.parent != FIXTURES else path.stem


def regen(path: Path) -> None:
    """Rewrite one fixture file with what the extractor finds now in each of its cases."""
    out: list[str] = []
    kind = KINDS[kind_of(path)]
    for case in read_fixture_file(path):
        title, note = case[1], case[2]
        found = run_case(kind, title, note)
        dumped = (
            yaml.safe_dump(found, allow_unicode=True, sort_keys=False, width=200)
            if found
            else "[]\n"
        )
        out.append(f"{title}\n.\n{note}.\n{dumped}.\n")
    path.write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__" and sys.argv[1:2] == ["regen"]:
    chosen = [Path(a) for a in sys.argv[2:]] or [p for k in KINDS for p in fixture_files(k)]
    for fixture in chosen:
        regen(fixture.resolve())
