"""What a user gets in Anki from whole vaults: `python benchmarks/volume.py VAULT [VAULT ...]`.

Each vault is built cold (an empty output folder, in a fresh process), built
again with nothing changed, and its deck imported into a fresh, real Anki
collection (the `anki` package). Then, as Anki holds them:

  notes         vault notes read
  items         what the extractors found (the build's own count)
  anki notes    notes in the collection; per item, 1.0 when each fact is one note
  cards         cards in the collection (a cloze note with three deletions is three)
  dup texts     Anki notes whose text, normalised, another note already has: a cloze
                note's sentence, a Q/A note's front as shown (its breadcrumb is part of
                the question: "What is it?" under two notes' headings asks two things)
  top front     the Q/A front shown most often, and how often
  days          days of new cards at 20 a day
  most cards    the vault notes that give the most cards

Times are wall seconds of `cards build` as a whole process (this machine may be shared:
compare runs made together). Writes only into --out (default: a temporary folder).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

NEW_PER_DAY = 20
_TAG = re.compile(r"<[^>]+>")
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", re.S)
_CONTEXT = re.compile(r'<div class="context">.*?</div>', re.S)


def normalised(html: str) -> str:
    """A field as text, folded as the extractors fold it: cloze markup, tags and case gone."""
    from cards.extractors.registry import normalise

    return normalise(_TAG.sub(" ", _CLOZE.sub(r"\1", html)))


def timed_build(vault: Path, out: Path) -> tuple[float, dict[str, Any]]:
    start = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "cards", "build", str(vault), "-o", str(out), "--json", "-q"],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ | {"SOURCE_DATE_EPOCH": "1700000000"},
    )
    return time.perf_counter() - start, json.loads(run.stdout)


def in_anki(apkg: Path, manifest: Path) -> dict[str, Any]:
    """Import the deck into a fresh collection and count what a user would see."""
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    with tempfile.TemporaryDirectory() as tmp:
        col = Collection(str(Path(tmp) / "collection.anki2"))
        try:
            col.import_anki_package(
                ImportAnkiPackageRequest(
                    package_path=str(apkg.resolve()),
                    options=ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True),
                )
            )
            rows = col.db.all(
                "SELECT n.guid, n.flds, m.name, (SELECT count() FROM cards c WHERE c.nid = n.id)"
                " FROM notes n JOIN notetypes m ON m.id = n.mid"
            )
            cards = col.card_count()
        finally:
            col.close()
    note_of = {
        entry["guid"]: entry["note"]
        for entry in (
            json.loads(line.rstrip(",\n"))
            for line in manifest.read_text(encoding="utf-8").splitlines()[1:-1]
        )
    }
    texts: Counter[str] = Counter()
    fronts: Counter[str] = Counter()
    per_note: Counter[str] = Counter()
    for guid, flds, notetype, n in rows:
        fields = flds.split("\x1f")
        text = normalised(_CONTEXT.sub(" ", fields[0]) if "Cloze" in notetype else fields[0])
        if "Cloze" in notetype and 'class="traits-label"' in fields[0]:
            text = normalised(fields[1])  # a trait list: the sentence that named them
        texts[text] += 1
        if "Cloze" not in notetype:
            fronts[" ".join(_TAG.sub(" ", fields[0]).split())] += 1
        per_note[note_of.get(guid, "?")] += n
    front, repeats = fronts.most_common(1)[0] if fronts else ("", 0)
    return {
        "anki_notes": len(rows),
        "cards": cards,
        "dup_texts": sum(n - 1 for n in texts.values()),
        "top_front": front,
        "top_front_times": repeats,
        "most_cards": per_note.most_common(3),
    }


def measure(vault: Path, out: Path) -> dict[str, Any]:
    cold, report = timed_build(vault, out)
    warm, _ = timed_build(vault, out)
    apkg = Path(report["output"])
    seen = in_anki(apkg, Path(report["manifest"]))
    items = sum(report["items"].values())
    notes = report["notes_read"]
    return {
        "vault": vault.name,
        "cold_s": round(cold, 2),
        "no_change_s": round(warm, 2),
        "notes": notes,
        "items": items,
        **seen,
        "anki_notes_per_item": round(seen["anki_notes"] / max(items, 1), 2),
        "cards_per_note": round(seen["cards"] / max(notes, 1), 2),
        "days": -(-seen["cards"] // NEW_PER_DAY),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("vaults", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, help="where the decks go (default: a temp folder)")
    parser.add_argument("--json", action="store_true", help="one JSON object per vault")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.out or Path(tmp)
        for vault in args.vaults:
            out = root / vault.resolve().name
            if out.exists() and any(out.iterdir()):
                sys.exit(f"{out}: not empty; a cold build needs an empty folder")
            row = measure(vault, out)
            if args.json:
                print(json.dumps(row, ensure_ascii=False))  # noqa: T201
                continue
            for key, value in row.items():
                print(f"{key:20} {value}")  # noqa: T201
            print()  # noqa: T201


if __name__ == "__main__":
    main()
