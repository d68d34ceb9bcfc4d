"""Time cards on a generated vault: `python benchmarks/run.py --notes 1000 [--repeat 3]`.

Measures, on the same vault:
  parse-only    markdown-it-py with our plugins over every note, one process (the bound)
  cold build    `cards build` into an empty folder (no cache, no manifest)
  no change     the same build again
  check edited  `cards check` after editing one note
  diff edited   `cards diff` after that edit
  one changed   `cards build` after that edit
  package only  writing the deck's package alone, from the rows of the last build's
                collection (what every build that changes anything must do)
Each row is the median of --repeat runs, in a fresh process, with its peak RSS: the largest
single process, worker processes included (`os.wait4` reports the largest of a process and
the children it waited for). The last lines give the ratios the project holds itself to.
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


PACKAGE_ONLY = """
import contextlib, sqlite3, sys, pathlib
from cards.anki.package import write_package
from cards.patch import merged_rows
kept, out = (pathlib.Path(a) for a in sys.argv[1:])
with contextlib.closing(sqlite3.connect(f"file:{kept}?mode=ro", uri=True)) as old:
    write_package(merged_rows(old, set(), ()), out, (), None)
"""
STEPS = (
    "parse-only",
    "cold build",
    "no change",
    "check edited",
    "diff edited",
    "one changed",
    "package only",
)


def timed(
    cmd: list[str], env: dict[str, str] | None = None, ok: tuple[int, ...] = (0,)
) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one command in its own process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in ok:
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
    rows: dict[str, list[tuple[float, float]]] = {k: [] for k in STEPS}
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
            rows["check edited"].append(
                timed(cards("check", str(vault), "-o", str(out), "-q"), env, ok=(1,))
            )
            rows["diff edited"].append(timed(cards("diff", str(vault), "-o", str(out), "-q"), env))
            rows["one changed"].append(
                timed(cards("build", str(vault), "-o", str(out), "-q", *extra), env)
            )
            (kept,) = (out / ".cache").glob("*/collection.anki2")
            package = [sys.executable, "-c", PACKAGE_ONLY, str(kept), str(Path(tmp) / "p.apkg")]
            rows["package only"].append(timed(package, env))
            victim.write_text(original, encoding="utf-8")
            shutil.rmtree(out)
    return [(k, statistics.median(w for w, _ in v), max(r for _, r in v)) for k, v in rows.items()]


def table(notes: int, rows: list[tuple[str, float, float]]) -> str:
    wall = {k: w for k, w, _ in rows}
    cold = wall["cold build"]
    lines = [
        f"N = {notes}",
        f"{'step':12} {'wall s':>8} {'notes/s':>9} {'peak RSS MB':>12} {'cold / step':>12}",
    ]
    for name, seconds, rss in rows:
        lines.append(
            f"{name:12} {seconds:8.2f} {notes / seconds:9.0f} {rss:12.0f} {cold / seconds:12.1f}"
        )
    lines.append(
        f"check edited / no change {wall['check edited'] / wall['no change']:.2f}, "
        f"diff edited / no change {wall['diff edited'] / wall['no change']:.2f}, "
        f"one changed / package only {wall['one changed'] / wall['package only']:.2f}"
    )
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
