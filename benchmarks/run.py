"""Time cards on a generated vault: `python benchmarks/run.py --notes 1000 [--repeat 3]`.

Measures, on the same vault:
  parse-only   markdown-it-py with our plugins over every note, one process (the bound)
  cold build   `cards build` into an empty folder (no cache, no manifest)
  no change    the same build again
  one changed  after editing one note
Each row is the median of --repeat runs, in a fresh process, with its peak RSS.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

PARSE_ONLY = """
import sys, pathlib
from cards.parse import markdown
md = markdown()
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.md")):
    md.parse(path.read_text(encoding="utf-8"), {})
"""


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one command in its own process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(
            f"failed: {' '.join(cmd)}\n{proc.stderr.read().decode() if proc.stderr else ''}"
        )
    if proc.stderr:
        proc.stderr.close()
    return wall, usage.ru_maxrss / 1024


def cards(*args: str) -> list[str]:
    return [sys.executable, "-m", "cards", *args]


def measure(
    notes: int, seed: int, repeat: int, jobs: str | None = None
) -> list[tuple[str, float, float]]:
    rows: dict[str, list[tuple[float, float]]] = {
        k: [] for k in ("parse-only", "cold build", "no change", "one changed")
    }
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    extra = ["--jobs", jobs] if jobs else []
    with tempfile.TemporaryDirectory() as tmp:
        vault = generate(Path(tmp) / "vault", notes, seed)
        victim = sorted(vault.rglob("*.md"))[notes // 2]
        original = victim.read_text(encoding="utf-8")
        for n in range(repeat):
            out = Path(tmp) / f"decks-{n}"
            rows["parse-only"].append(timed([sys.executable, "-c", PARSE_ONLY, str(vault)]))
            rows["cold build"].append(
                timed(cards("build", str(vault), "-o", str(out), "-q", *extra), env)
            )
            rows["no change"].append(
                timed(cards("build", str(vault), "-o", str(out), "-q", *extra), env)
            )
            victim.write_text(original.replace("# ", "# Edited ", 1), encoding="utf-8")
            time.sleep(2.1)  # past the cache's racy window, as a real edit would be
            rows["one changed"].append(
                timed(cards("build", str(vault), "-o", str(out), "-q", *extra), env)
            )
            victim.write_text(original, encoding="utf-8")
            shutil.rmtree(out)
    return [(k, statistics.median(w for w, _ in v), max(r for _, r in v)) for k, v in rows.items()]


def table(notes: int, rows: list[tuple[str, float, float]]) -> str:
    cold = {k: w for k, w, _ in rows}["cold build"]
    lines = [
        f"N = {notes}",
        f"{'step':12} {'wall s':>8} {'notes/s':>9} {'peak RSS MB':>12} {'cold / step':>12}",
    ]
    for name, wall, rss in rows:
        lines.append(f"{name:12} {wall:8.2f} {notes / wall:9.0f} {rss:12.0f} {cold / wall:12.1f}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, nargs="+", default=[1000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", default=None, help="passed to cards build --jobs, if given")
    args = parser.parse_args()
    for notes in args.notes:
        print(table(notes, measure(notes, args.seed, args.repeat, args.jobs)), flush=True)  # noqa: T201


if __name__ == "__main__":
    main()
