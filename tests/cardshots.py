"""Screenshots of real cards: rendered by the `anki` package, photographed by headless Chromium.

    python -m tests.cardshots decks/source_notes.apkg docs/cards.png

Each chosen card's question and answer HTML comes from Anki itself
(`card.question()` / `card.answer()`, note type CSS included), shown in light
and night mode side by side.
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
    '"Text:*about survival*"',
    '"Front:What does attachment theory*"',
    "tag:cards::quote -Front:Who*",
    '"Text:*more frequent sex*"',
)
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


def page(col: Any, searches: tuple[str, ...] = SEARCHES) -> str:
    """One HTML page: per card, front and back, in light and in night mode."""
    rows = []
    for search in searches:
        found = col.find_cards(search)
        if not found:
            continue
        card = col.get_card(sorted(found)[0])
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

    browser = chromium()
    if browser is None:
        raise RuntimeError("chromium is not installed (Debian package: chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        col = Collection(str(Path(tmp) / "c.anki2"))
        try:
            import_apkg(col, apkg)
            (Path(tmp) / "page.html").write_text(page(col), encoding="utf-8")
        finally:
            col.close()
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                browser,
                *FLAGS,
                f"--user-data-dir={tmp}/profile",
                f"--window-size={width},{height}",
                f"--screenshot={out.resolve()}",
                (Path(tmp) / "page.html").as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    return out


if __name__ == "__main__":
    shoot(Path(sys.argv[1]), Path(sys.argv[2]))
