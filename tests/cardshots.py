"""Screenshots of real cards: rendered by the `anki` package, photographed by headless Chromium.

    python -m tests.cardshots                                    # docs/cards.png, docs/preview.png
    python -m tests.cardshots decks/source_notes.apkg cards.png  # one deck's cards

Each chosen card's question and answer HTML comes from Anki itself
(`card.question()` / `card.answer()`, note type CSS included), shown in light
and night mode side by side. With no arguments, the sample vault is built
afresh (into a temporary folder) and both pictures of the README are made:
its cards, and its preview page filtered to quotes and trait lists.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

SEARCHES = (
    ('"Text:*about survival*"', 0),
    ('"Text:*natural pain-killing*"', -1),  # a definition's c2: "What are endorphins?"
    ('"Front:*What does attachment theory*"', 0),
    ("tag:cards::quote", -1),  # the attribution's card
    ('"Text:*more frequent sex*"', -1),  # the category's card
)
ROOT = Path(__file__).resolve().parent.parent
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def page(col: Any, searches: tuple[tuple[str, int], ...] = SEARCHES) -> str:
    """One HTML page: per card, front and back, in light and in night mode. Each search
    picks the first note found, and of its cards the one at the given place."""
    rows = []
    for search, which in searches:
        notes = col.find_notes(search)
        if not notes:
            continue
        cards = sorted(col.get_note(sorted(notes)[0]).cards(), key=lambda c: c.ord)
        card = cards[which]
        for side, body in (("front", card.question()), ("back", card.answer())):
            cells = "".join(
                f'<div class="frame {mode}"><div class="label">{side} · {mode}</div>'
                f'<div class="card {mode}">{body}</div></div>'
                for mode in ("light", "nightMode")
            )
            rows.append(f'<div class="row">{cells}</div>')
    style = (
        "body{margin:0;background:#777;font-family:sans-serif}"
        ".row{display:flex;gap:12px;padding:6px 12px}"
        ".frame{flex:1;border-radius:8px;overflow:hidden;background:#fdfdfd}"
        ".frame.nightMode{background:#1e1e20}"
        ".label{font-size:11px;padding:3px 8px;background:#0003;color:#fff}"
        ".frame .card{padding:10px 16px}"
    )
    return f"<!doctype html><meta charset=utf-8><title>{html.escape('cards')}</title>" + (
        f"<style>{style}</style>{''.join(rows)}"
    )


def shoot(apkg: Path, out: Path, width: int = 1400, height: int = 1480) -> Path:
    """Import `apkg` into a fresh collection and photograph a few of its cards into `out`."""
    from anki.collection import Collection

    from tests.conftest import import_apkg

    with tempfile.TemporaryDirectory() as tmp:
        col = Collection(str(Path(tmp) / "c.anki2"))
        try:
            import_apkg(col, apkg)
            (Path(tmp) / "page.html").write_text(page(col), encoding="utf-8")
        finally:
            col.close()
        return photograph((Path(tmp) / "page.html").as_uri(), out, width, height)


def photograph(url: str, out: Path, width: int, height: int) -> Path:
    """A screenshot of the page at `url`, by headless Chromium."""
    browser = chromium()
    if browser is None:
        raise RuntimeError("chromium is not installed (Debian package: chromium)")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                browser,
                *FLAGS,
                f"--user-data-dir={profile}",
                f"--window-size={width},{height}",
                f"--screenshot={out.resolve()}",
                url,
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    return out


def readme_pictures(docs: Path = ROOT / "docs") -> tuple[Path, Path]:
    """The README's two pictures, from a fresh build of the sample vault."""
    from cards.build import build, write_preview

    with tempfile.TemporaryDirectory() as tmp:
        decks, preview = Path(tmp) / "decks", Path(tmp) / "preview.html"
        build(ROOT / "source_notes", decks)
        cards = shoot(decks / "source_notes.apkg", docs / "cards.png")
        write_preview(ROOT / "source_notes", decks, preview)
        shown = photograph(
            f"{preview.as_uri()}#kind=quote,traits", docs / "preview.png", 1400, 1100
        )
    return cards, shown


if __name__ == "__main__":
    if len(sys.argv) == 3:
        shoot(Path(sys.argv[1]), Path(sys.argv[2]))
    else:
        readme_pictures()
