"""A deterministic synthetic vault: `python benchmarks/generate.py OUT --notes N --seed S`.

Notes of about 4.4 KB in nested folders, with what real Obsidian vaults hold:
front matter, headings that are claims and questions, bold phrases,
wikilinks, quote callouts with attributions, trait lists, footnotes, math,
code and a few images. The same N and seed always give the same files.
"""

from __future__ import annotations

import argparse
import random
import struct
import zlib
from pathlib import Path

WORDS = (
    "attachment memory sleep habit stress hormone signal pattern context trust partner "
    "behaviour response system network cortex reward learning emotion safety bond practice "
    "attention focus energy balance recovery routine identity feedback theory evidence"
).split()
VERBS = (
    "shapes strengthens predicts reduces drives protects changes supports weakens guides".split()
)
CATS = ("Secure attachers", "People with anxious attachment", "Avoidant partners")


def phrase(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def sentence(rng: random.Random) -> str:
    subject = phrase(rng, rng.randint(1, 3)).capitalize()
    return f"{subject} {rng.choice(VERBS)} {phrase(rng, rng.randint(3, 8))}."


def note(rng: random.Random, i: int, titles: list[str], images: list[str]) -> str:
    link = lambda: f"[[{rng.choice(titles)}]]"  # noqa: E731
    parts = [
        f"---\ntags: [{rng.choice(WORDS)}/{rng.choice(WORDS)}, generated]\naliases: [n{i}]\n---\n",
        f"# {titles[i]}\n",
        f"{sentence(rng)} {sentence(rng)} See {link()} and {link()}.\n",
        f"{phrase(rng, 2).capitalize()} is **{phrase(rng, 3)}** in {phrase(rng, 4)}."
        f"^[Source {i}.]\n",
        f"## {phrase(rng, 1).capitalize()} {rng.choice(VERBS)} {phrase(rng, 4)}\n",
        " ".join(sentence(rng) for _ in range(6)) + "\n",
        f"## What does {phrase(rng, 2)} have to do with {phrase(rng, 1)}?\n",
        " ".join(sentence(rng) for _ in range(4)) + f" The energy is $E_{i} = m c^2$.\n",
        f"> [!quote] {phrase(rng, 3).capitalize()}\n> {sentence(rng)} {sentence(rng)}\n"
        f"> \\-[[Book {rng.randint(1, 40)} by Author {rng.randint(1, 20)}]]\n",
        f"{rng.choice(CATS)} have:\n" + "".join(f"- {phrase(rng, 4)}\n" for _ in range(4)),
        f"{rng.choice(CATS)} {rng.choice(VERBS)} {phrase(rng, 3)}, {rng.choice(VERBS)} "
        f"{phrase(rng, 3)}, and {rng.choice(VERBS)} {phrase(rng, 2)}.\n",
        "```python\n"
        + "".join(f"{w} = {rng.randint(0, 99)}\n" for w in rng.sample(WORDS, 4))
        + "```\n",
        " ".join(sentence(rng) for _ in range(12)) + "\n",
        f"- ==Key idea==: {sentence(rng)}\n- {phrase(rng, 1).capitalize()}: {sentence(rng)}\n",
        " ".join(sentence(rng) for _ in range(11)) + "\n",
        " ".join(sentence(rng) for _ in range(12)) + "\n",
    ]
    if images and i % 25 == 0:
        parts.append(f"![[{rng.choice(images)}|300]]\n")
    return "\n".join(parts)


def png(seed: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\x00" + bytes([seed % 256, 80, 160] * 4) for _ in range(4))
    header = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def generate(out: Path, notes: int, seed: int) -> Path:
    rng = random.Random(seed)
    titles = [
        f"{phrase(rng, 2).capitalize()} {rng.choice(VERBS)} {phrase(rng, 2)} {i}"
        for i in range(notes)
    ]
    images = [f"figure-{k}.png" for k in range(5)]
    (out / "attachments").mkdir(parents=True, exist_ok=True)
    for k, name in enumerate(images):
        (out / "attachments" / name).write_bytes(png(k))
    for i in range(notes):
        folder = out / f"area-{i % 7}" / f"topic-{i % 13}" / ("deep" if i % 3 == 0 else "")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{titles[i]}.md").write_text(note(rng, i, titles, images), encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.out, args.notes, args.seed)


if __name__ == "__main__":
    main()
