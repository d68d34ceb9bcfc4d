"""The `cards` command. Parses options, calls the library, turns CardsError into exit code 1.

Exit codes: 0 success, 1 an error the user must fix, 2 a usage error.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import click

from cards import __version__
from cards.build import build, check, diff, write_preview
from cards.errors import CardsError, Problem
from cards.extract import extract_vault
from cards.identity import Change
from cards.summary import summary_json, summary_lines

PROGRESS_FROM = 300
"""Builds of fewer notes are over before a bar would help."""

SAMPLE = Path("source_notes")
"""The vault a command reads when none is given: this repository's sample."""


def _vault(ctx: click.Context, _param: click.Parameter, value: Path | None) -> Path:
    """VAULT, else the sample vault when there is one here; else what to pass."""
    if value is not None:
        return value
    if SAMPLE.is_dir():
        return SAMPLE
    raise click.ClickException(
        f"which vault? Give the folder of your notes: cards {ctx.info_name} PATH/TO/VAULT "
        f"(without one, cards reads {SAMPLE}/, which is not here)"
    )


VAULT = click.argument("vault", required=False, type=click.Path(path_type=Path), callback=_vault)


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


P = ParamSpec("P")
R = TypeVar("R")


def _exits_1(command: Callable[P, R]) -> Callable[P, R]:
    """The one place a library error becomes a message and exit code 1."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except CardsError as exc:
            raise click.ClickException(str(exc)) from exc

    return run


def _warn(problems: Iterable[Problem]) -> None:
    """Each problem with a note as the one line compilers print, unless -q."""
    if not _is_quiet():
        for problem in problems:
            click.echo(f"warning: {problem}", err=True)


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
    help="json: one array of items (their fields: docs/extraction.md); table: one line each.",
)
@_exits_1
def extract(vault: Path, fmt: str) -> None:
    """Print what the extractors find in VAULT (default: source_notes).

    \b
    Examples:
      cards extract ~/vault
      cards extract ~/vault --format json > items.json
    """
    result = extract_vault(vault)
    for note in result.notes:
        _warn(Problem.parse(note.path, w) for w in note.warnings)
        _warn([Problem.of(note.error)] if note.error else [])
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
        click.echo(f"{item.ref.path}:{item.ref.line}\t{item.rule}\t{what}")


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
@click.option("--no-cache", is_flag=True, help="Parse every note again, ignoring OUT/.cache/.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that read notes (default: one per core). Output is the same for any number.",
)
@_exits_1
def build_cmd(
    vault: Path,
    out_dir: Path,
    as_json: bool,
    prune_orphans: bool,
    strict: bool,
    no_cache: bool,
    jobs: int | None,
) -> None:
    """Build VAULT (default: source_notes) into an Anki package in OUT (default: decks).

    Writes OUT/<vault>.apkg and OUT/<vault>.cards.json, the manifest that keeps
    each card's identity across builds: commit both. A note that cannot be
    used is reported as `warning: path:line: reason` and skipped; the rest of
    the vault still builds. Unchanged notes come from the cache in OUT/.cache/.

    \b
    Examples:
      cards build
      cards build ~/vault -o ~/decks --json
      cards build --prune-orphans --strict
    """
    with _Progress() as progress:
        report = build(
            vault,
            out_dir,
            prune=prune_orphans,
            use_cache=not no_cache,
            progress=progress,
            jobs=jobs,
        )
    _warn(report.problems)
    if as_json:
        click.echo(json.dumps(summary_json(report), indent=2))
    else:
        click.echo("\n".join(summary_lines(report)))
    if strict and (report.notes_skipped or report.warnings):
        problems = len(report.notes_skipped) + len(report.warnings)
        raise click.ClickException(f"--strict: {problems} problem(s) in the notes (see warnings)")


class _Progress:
    """A progress bar on stderr for builds of many notes, and only where someone watches."""

    def __init__(self, minimum: int = PROGRESS_FROM) -> None:
        self.minimum = minimum
        self.bar: Any = None
        self.done = 0

    def __enter__(self) -> _Progress:
        return self

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if total < self.minimum or not sys.stderr.isatty() or _is_quiet():
                return
            self.bar = click.progressbar(length=total, label="notes", file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done + 1 - self.done)
        self.done = done + 1

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def _is_quiet() -> bool:
    return all(isinstance(h, logging.NullHandler) for h in logging.getLogger("cards").handlers)


@cli.command("diff")
@VAULT
@QUIET
@OUT
@_exits_1
def diff_cmd(vault: Path, out_dir: Path) -> None:
    """Show what the next build of VAULT would add, change and remove. Writes nothing.

    \b
    Examples:
      cards diff
      cards diff ~/vault -o ~/decks
    """
    result = diff(vault, out_dir)
    _warn(result.problems)
    for change in result.changes:
        _change(change)
        if change.before:
            click.echo(f"  {'':17} was: {_short(change.was or change.before)}")
        if change.moved_from:
            click.echo(f"  {'':17} moved from {change.moved_from}")
    click.echo(", ".join(f"{n} {s}" for s, n in result.counts.items()))


def _change(change: Change) -> None:
    marks = {"added": "+", "changed": "~", "gone": "-"}
    where = f"{change.note}:{change.line}" if change.line else change.note
    click.echo(f"{marks[change.status]} {change.kind:17} {where}  {_short(_words(change))}")


def _words(change: Change) -> str:
    """The card's words as the note writes them; its folded identity text when unknown."""
    return change.words or (change.text.partition("|")[2] or change.text)


@cli.command("check")
@VAULT
@QUIET
@OUT
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON, for scripts.")
@_exits_1
def check_cmd(vault: Path, out_dir: Path, as_json: bool) -> None:
    """Exit 0 if OUT holds what a build of VAULT would write now, else 1 and say what differs.

    For CI and pre-commit: a vault whose decks are stale fails the check. Writes nothing.

    \b
    Examples:
      cards check
      cards check ~/vault -o ~/decks --json
    """
    result = check(vault, out_dir)
    _warn(result.problems)
    if as_json:
        data = {
            "up_to_date": result.up_to_date,
            "reasons": list(result.reasons),
            "changes": [
                {"status": c.status, "kind": c.kind, "note": c.note}
                | ({"line": c.line} if c.line else {})  # a card gone has no line any more
                | {"text": _words(c)}
                for c in result.changes
            ],
        }
        click.echo(json.dumps(data, indent=2))
    elif result.up_to_date:
        click.echo(f"{out_dir} is up to date with {vault}")
    else:
        for change in result.changes:
            _change(change)
        click.echo(f"{out_dir} is out of date: {'; '.join(result.reasons)} (run: cards build)")
    if not result.up_to_date:
        sys.exit(1)


@cli.command("preview")
@VAULT
@QUIET
@click.option(
    "-o",
    "--output",
    default="preview.html",
    show_default=True,
    type=click.Path(path_type=Path),
    help="The HTML file to write.",
)
@click.option(
    "--decks",
    default="decks",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Folder of the last build's manifest, so cards are numbered as in the deck.",
)
@_exits_1
def preview_cmd(vault: Path, output: Path, decks: Path) -> None:
    """Write one HTML page with every card of VAULT, front and back, as Anki shows them.

    Cards are grouped by note, filterable by extractor and searchable; each links
    to its note and line. Nothing but the page is written.

    \b
    Examples:
      cards preview
      cards preview ~/vault -o ~/Desktop/cards.html
    """
    path, count, problems = write_preview(vault, decks, output)
    _warn(problems)
    click.echo(f"wrote {path}: {count} cards")


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def main() -> None:
    """Console-script entry point; click maps ClickException to 1 and usage errors to 2."""
    cli(prog_name="cards")


if __name__ == "__main__":
    main()
    sys.exit(0)
