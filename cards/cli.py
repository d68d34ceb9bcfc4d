"""The `cards` command. Parses options, calls the library, turns CardsError into exit code 1.

Exit codes: 0 success, 1 an error the user must fix, 2 a usage error.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections import Counter
from pathlib import Path

import click

from cards import __version__
from cards.build import BuildReport, build, plan
from cards.errors import CardsError
from cards.extract import extract_vault
from cards.items import KINDS
from cards.manifest import manifest_path

VAULT = click.argument(
    "vault", required=False, default="source_notes", type=click.Path(path_type=Path)
)


class _Stderr(logging.Handler):
    """Warnings as plain `path:line: message` lines, the way compilers print them."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"warning: {record.getMessage()}", err=True)


def _log_to_stderr(quiet: bool) -> None:
    root = logging.getLogger("cards")
    # NullHandler, not no handler: logging's last resort would print anyway
    root.handlers[:] = [logging.NullHandler() if quiet else _Stderr()]
    root.setLevel(logging.WARNING)
    root.propagate = False


def _quiet(_ctx: click.Context, _param: click.Parameter, quiet: bool) -> bool:
    _log_to_stderr(quiet)
    return quiet


QUIET = click.option(
    "-q",
    "--quiet",
    is_flag=True,
    expose_value=False,
    callback=_quiet,
    is_eager=True,
    help="Print no warnings.",
)
OUT = click.option(
    "-o",
    "--out",
    "out_dir",
    default="decks",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Folder of the deck OUT/<vault name>.apkg and its manifest OUT/<vault name>.cards.json.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cards")
def cli() -> None:
    """Turn a vault of Obsidian or plain-text notes into Anki decks.

    \b
    Examples:
      cards build                      # source_notes/ -> decks/source_notes.apkg
      cards build ~/vault -o ~/decks   # your vault
      cards extract ~/vault --format json
    """
    _log_to_stderr(quiet=False)


@cli.command()
@VAULT
@QUIET
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="json: one array of items, as SPEC.md defines; table: one line per item.",
)
def extract(vault: Path, fmt: str) -> None:
    """Print what the extractors find in VAULT (default: source_notes).

    \b
    Examples:
      cards extract source_notes --format json | python score_extraction.py gold.yaml -
      cards extract ~/vault
    """
    try:
        result = extract_vault(vault)
    except CardsError as exc:
        raise click.ClickException(str(exc)) from exc
    items = result.items
    if fmt == "json":
        click.echo(json.dumps([i.to_json() for i in items], ensure_ascii=False, indent=2))
        return
    for item in items:
        data = item.to_json()
        what = (
            f"{data['category']}: {'; '.join(data['items'])}"
            if item.kind == "traits"
            else data["text"]
        )
        click.echo(f"{item.ref.path}:{item.ref.line}\t{item.kind}\t{what}")


@cli.command("build")
@VAULT
@QUIET
@OUT
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON, for scripts.")
@click.option(
    "--prune-orphans",
    is_flag=True,
    help="Drop cards orphaned by earlier builds from the manifest and the deck.",
)
@click.option(
    "--strict", is_flag=True, help="Exit 1 if any note was skipped or read with a warning."
)
def build_cmd(vault: Path, out_dir: Path, as_json: bool, prune_orphans: bool, strict: bool) -> None:
    """Build VAULT (default: source_notes) into an Anki package in OUT (default: decks).

    Writes OUT/<vault>.apkg and OUT/<vault>.cards.json, the manifest that keeps
    each card's identity across builds: commit both. A note that cannot be
    used is reported as `warning: path:line: reason` and skipped; the rest of
    the vault still builds.

    \b
    Examples:
      cards build
      cards build ~/vault -o ~/decks --json
      cards build --prune-orphans --strict
    """
    try:
        report = build(vault, out_dir, prune=prune_orphans)
    except CardsError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        _summary(report)
    if strict and (report.notes_skipped or report.warnings):
        problems = len(report.notes_skipped) + len(report.warnings)
        raise click.ClickException(f"--strict: {problems} problem(s) in the notes (see warnings)")


def _summary(report: BuildReport) -> None:
    click.echo(f"wrote {report.output} and {manifest_path(report.output).name}")
    used = report.notes_read - len(report.notes_skipped)
    click.echo(
        f"notes read: {report.notes_read}, used: {used}, skipped: {len(report.notes_skipped)}, "
        f"with warnings: {len(report.warnings)}"
    )
    for kind in KINDS:
        cards = {k.split(":")[1]: n for k, n in report.cards.items() if k.startswith(kind + ":")}
        shown = ", ".join(f"{n} {t}" for t, n in sorted(cards.items())) or "none"
        click.echo(f"  {kind:9} {report.items.get(kind, 0):4d} items -> cards: {shown}")
    assert report.resolution is not None
    counts = report.resolution.counts()
    click.echo("since last build: " + ", ".join(f"{n} {s}" for s, n in counts.items()))
    if report.resolution.tombstones:
        click.echo(
            f"orphaned cards kept as tombstones: {report.resolution.tombstones} "
            "(in Anki: search tag:cards::orphaned; drop them here with --prune-orphans)"
        )
    reasons = Counter(
        re.split(r"[:(]", r.split(": ", 1)[-1])[0].strip() for r in report.notes_skipped
    )
    for reason, n in sorted(reasons.items()):
        click.echo(f"  skipped {n}: {reason}")


@cli.command("diff")
@VAULT
@QUIET
@OUT
def diff_cmd(vault: Path, out_dir: Path) -> None:
    """Show what the next build of VAULT would add, change and remove. Writes nothing.

    \b
    Examples:
      cards diff
      cards diff ~/vault -o ~/decks
    """
    try:
        report = plan(vault, out_dir)
    except CardsError as exc:
        raise click.ClickException(str(exc)) from exc
    assert report.resolution is not None
    marks = {"added": "+", "changed": "~", "gone": "-"}
    for change in report.resolution.changes:
        if change.status in marks:
            where = f"{change.note}:{change.line}" if change.line else change.note
            click.echo(f"{marks[change.status]} {change.kind:17} {where}  {_short(change.text)}")
            if change.before:
                click.echo(f"  {'':17} was: {_short(change.before)}")
            if change.moved_from:
                click.echo(f"  {'':17} moved from {change.moved_from}")
    counts = report.resolution.counts()
    click.echo(", ".join(f"{n} {s}" for s, n in counts.items()))


def _short(text: str, width: int = 70) -> str:
    text = text.partition("|")[2] or text if "|" in text else text
    return text if len(text) <= width else text[: width - 1] + "…"


def main() -> None:
    """Console-script entry point; click maps ClickException to 1 and usage errors to 2."""
    cli(prog_name="cards")


if __name__ == "__main__":
    main()
    sys.exit(0)
