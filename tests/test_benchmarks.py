"""The benchmark tools work (timings themselves are measured by hand, not asserted here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_generator_is_deterministic(tmp_path: Path) -> None:
    for name in ("a", "b"):
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "benchmarks" / "generate.py"),
                str(tmp_path / name),
                "--notes",
                "30",
                "--seed",
                "7",
            ],
            check=True,
        )
    files = sorted(
        p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file()
    )
    assert len([f for f in files if f.suffix == ".md"]) == 30
    for rel in files:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes()


def test_runner_prints_a_row_per_step_on_a_tiny_vault() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--notes", "12", "--repeat", "1"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    lines = run.stdout.splitlines()
    steps = [line.split()[0] for line in lines[2:-1]]
    assert steps == ["parse-only", "cold", "no", "check", "diff", "one", "package"]
    assert "peak RSS MB" in lines[1]
    assert lines[-1].startswith("check edited / no change ")
