"""The cards as a person sees them: Anki's own HTML, photographed by headless Chromium."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest

from tests.cardshots import chromium, shoot
from tests.conftest import ROOT

needs_chromium = pytest.mark.skipif(
    chromium() is None and not os.environ.get("CI"),
    reason="chromium is not installed (apt-get install chromium); .ci/run installs it",
)


@needs_chromium
def test_real_cards_are_photographed(tmp_path: Path) -> None:
    out = shoot(ROOT / "decks" / "source_notes.apkg", tmp_path / "cards.png", 900, 1200)
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (900, 1200)
    assert len(data) > 40_000  # text and colours, not a blank page
