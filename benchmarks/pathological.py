"""Time notes built to be slow: `python benchmarks/pathological.py [--size 1000000]`.

Each case is one note, a claim whose paragraph runs on with one construct
repeated until the note has --size characters, then --factor times that:
unclosed math, brackets, wikilinks, backticks, bold between words, comments
that never close. A row gives the seconds at each size and the growth: the
second time over the first, divided by how much bigger the note got (1.0
grows as the note does; 2.0 is a square, at the default factor).

  --mode cli   `cards build` of a vault holding only that note, in a fresh
               process (interpreter start included), with its peak RSS
  --mode note  the note's own work alone (read, parse, extract, make cards),
               in this process: what a small-size run can compare

Each figure is the fastest of --repeat runs: on a shared machine the fastest
run is the one least slowed by others.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CASES = {
    "$a ": "$a ",
    "[": "[",
    "[[a ": "[[a ",
    "![": "![",
    "^[a ": "^[a ",
    "`` a ` ": "`` a ` ",
    "**b** and ": "**b** and ",
    "<!-- a ": "<!-- a ",
    "%% a ": "%% a ",
}
"""Name shown -> the text repeated. The issue's seven, and the two other bracket openers."""


def note_text(unit: str, size: int) -> str:
    """A claim whose paragraph runs on with the construct: its card renders all of it."""
    lead = "# Pathological\n\nSleep is **the key** to memory: "
    return lead + unit * ((size - len(lead)) // len(unit)) + "\n"


def timed_cli(vault: Path, out: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one `cards build` in its own process."""
    cmd = [sys.executable, "-m", "cards", "build", str(vault), "-o", str(out), "-q", "--no-cache"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"failed ({status}): {' '.join(cmd)}")
    return wall, usage.ru_maxrss / 1024


def timed_note(vault: Path) -> tuple[float, float]:
    """Seconds of one note's whole pipeline in this process (no RSS: it is shared)."""
    from cards.cardspecs import Naming
    from cards.config import Config
    from cards.notecards import CardContext, note_cards
    from cards.vault import read_note

    context = CardContext(vault, Naming("v", "v"), Config().registry(), {})
    start = time.perf_counter()
    note_cards(read_note(vault, vault / "note.md", 10**8), context)
    return time.perf_counter() - start, 0.0


def measure(unit: str, sizes: list[int], mode: str, repeat: int) -> list[tuple[float, float]]:
    """(fastest seconds, largest peak RSS) per size."""
    out: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        vault = Path(tmp) / "vault"
        vault.mkdir()
        for size in sizes:
            (vault / "note.md").write_text(note_text(unit, size), encoding="utf-8")
            runs = [
                timed_cli(vault, Path(tmp) / f"out-{n}") if mode == "cli" else timed_note(vault)
                for n in range(repeat)
            ]
            out.append((min(w for w, _ in runs), max(r for _, r in runs)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters (then twice)")
    parser.add_argument("--factor", type=int, default=2, help="how much bigger the second note")
    parser.add_argument("--mode", choices=("cli", "note"), default="cli")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--case", action="append", choices=sorted(CASES), help="default: all")
    args = parser.parse_args()
    sizes = [args.size, args.size * args.factor]
    print(f"mode = {args.mode}, fastest of {args.repeat}")  # noqa: T201
    print(f"{'case':12} {'chars':>9} {'s':>7} {'chars':>9} {'s':>7} {'growth':>7} {'RSS MB':>7}")  # noqa: T201
    for name in args.case or list(CASES):
        (small, _), (large, rss) = measure(CASES[name], sizes, args.mode, args.repeat)
        growth = large / small / args.factor if small > 0 else 0.0
        row = f"{name!r:12} {sizes[0]:9} {small:7.2f} {sizes[1]:9} {large:7.2f} {growth:7.2f}"
        print(row + (f" {rss:7.0f}" if args.mode == "cli" else f" {'-':>7}"), flush=True)  # noqa: T201


if __name__ == "__main__":
    main()
