"""cards preview: every card, as Anki shows it, in one page; tested in headless Chromium."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cards.cli import cli
from tests.cardshots import FLAGS, chromium
from tests.conftest import ROOT, import_apkg
from tests.test_screenshot import needs_chromium


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The preview of the sample vault, beside a deck built from the same notes."""
    root = tmp_path_factory.mktemp("preview")
    out, decks = root / "preview.html", root / "decks"
    built = CliRunner().invoke(cli, ["build", str(ROOT / "source_notes"), "-o", str(decks)])
    assert built.exit_code == 0, built.output
    result = CliRunner().invoke(
        cli, ["preview", str(ROOT / "source_notes"), "-o", str(out), "--decks", str(decks)]
    )
    assert result.exit_code == 0, result.output
    assert re.fullmatch(rf"wrote {re.escape(str(out))}: \d+ cards\n", result.output)
    return out


def _visible(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_one_article_per_anki_card_and_fronts_match_anki(page: Path, anki_collection: Any) -> None:
    import_apkg(anki_collection, page.parent / "decks" / "source_notes.apkg")
    text = page.read_text(encoding="utf-8")
    assert text.count('<article class="preview"') == anki_collection.card_count()
    fronts = re.findall(r'<div class="side"><div class="card">(.*?)</div></div>', text, re.S)[::2]
    ours = {_visible(f) for f in fronts}
    for cid in anki_collection.find_cards("")[:40]:
        question = re.sub(
            r"<style>.*?</style>", "", anki_collection.get_card(cid).question(), flags=re.S
        )
        assert _visible(question) in ours


def test_the_preview_is_never_written_into_the_vault(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["preview", str(ROOT / "source_notes"), "-o", str(ROOT / "source_notes" / "p.html")]
    )
    assert result.exit_code == 1 and "inside the vault" in result.output
    assert not (ROOT / "source_notes" / "p.html").exists()


def _dom(page: Path, fragment: str, tmp_path: Path) -> str:
    browser = chromium()
    assert browser is not None
    run = subprocess.run(
        [
            browser,
            *FLAGS,
            f"--user-data-dir={tmp_path}/profile",
            "--dump-dom",
            f"{page.as_uri()}#{fragment}",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return run.stdout


@needs_chromium
def test_filters_and_search_work_in_a_browser(page: Path, tmp_path: Path) -> None:
    total = page.read_text(encoding="utf-8").count('<article class="preview"')
    everything = _dom(page, "", tmp_path)
    assert everything.count('<article class="preview"') == total  # all shown, none hidden
    quotes = _dom(page, "kind=quote", tmp_path)
    shown = re.findall(r'<article class="preview" data-kind="(\w+)"', quotes)
    assert shown and set(shown) == {"quote"}
    assert f'<span id="shown">{len(shown)}</span> of {total}' in quotes
    searched = _dom(page, "q=solace", tmp_path)
    hits = re.findall(r'<article class="preview" data-kind="\w+" data-text="([^"]*)"', searched)
    assert hits and all("solace" in h for h in hits)
    assert len(hits) < total


@needs_chromium
def test_preview_screenshot(page: Path, tmp_path: Path) -> None:
    browser = chromium()
    assert browser is not None
    shot = tmp_path / "preview.png"
    subprocess.run(
        [
            browser,
            *FLAGS,
            f"--user-data-dir={tmp_path}/profile",
            "--window-size=1200,900",
            f"--screenshot={shot}",
            f"{page.as_uri()}#kind=traits,quote",
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 30_000
