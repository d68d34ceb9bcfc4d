"""The build, step by step: vault -> every note's cards -> matched to the manifest -> deck.

`build` opens the vault and locks the output folder, then takes the first of
four ways that applies: nothing changed since the last build (its report is
replayed, nothing written); a few notes changed (`patch.py`: only they are
read, and the last outputs patched); a first build (`fresh.py`: each note
resolved as it comes); else every note against the whole manifest
(`plan.py`). Each writes the deck, then the manifest, atomically, and all
give the same bytes for the same notes; the build then records what the next
one may skip. `check`, `diff` and `preview` look the same ways and write
nothing into the output folder, nor anywhere else but the preview page.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cards.anki import FIELD_SEP, write_apkg
from cards.config import Config
from cards.delta import Since, delta, manifest_ranges, since
from cards.errors import CardsError, Problem
from cards.fresh import first_build
from cards.identity import Resolution
from cards.incremental import (
    Progress,
    Store,
    default_jobs,
    file_digest,
    locked,
    paused,
    remove_leftovers,
)
from cards.manifest import manifest_path, manifest_text, readable, save_manifest
from cards.patch import kept_collection, patch
from cards.plan import Job, Plan, make_plan, open_vault
from cards.preview import preview_page
from cards.report import BuildReport, CheckResult, replay

__all__ = ["BuildReport", "CheckResult", "build", "check", "diff", "write_preview"]


@paused()
def build(
    vault: Path,
    out_dir: Path,
    prune: bool = False,
    config: Config | None = None,
    use_cache: bool = True,
    progress: Progress | None = None,
    jobs: int | None = None,
) -> BuildReport:
    """Build the vault's deck and manifest into `out_dir`. A bad note is skipped and reported.

    The deck is written first, then the manifest: a build stopped between the two leaves a
    deck the old manifest still describes well enough (the next build re-stamps what changed).
    """
    job = open_vault(vault, out_dir, config)
    jobs = jobs or default_jobs()
    with _writing(out_dir, job.target):
        cache = Store(out_dir, job.identity, writable=True) if use_cache else None
        seen = since(job, cache) if cache and not prune else None
        if last := _unchanged(seen):  # nothing changed: the outputs stay as they are
            return last
        kept = kept_collection(cache) if cache else None
        if cache and seen and (patched := patch(job, cache, seen)):  # a few notes changed
            report, record, tombstones = patched.report, patched.record, patched.tombstones
        elif not manifest_path(job.target).exists():  # a first build: every card is new
            report, record = first_build(job, cache, progress, jobs, kept)
            tombstones = {}
        else:  # every note against the whole manifest
            plan = make_plan(job, cache, prune, progress, jobs)
            write_apkg(plan.resolution.cards, job.target, plan.report.media, plan.joined, kept)
            save_manifest(plan.resolution.manifest, manifest_path(job.target))
            report, record, tombstones = plan.report, _record(job, plan), _tombstones(plan)
        if cache:
            _remember(cache, job, report, record, tombstones)
    return report


@contextlib.contextmanager
def _writing(out_dir: Path, target: Path) -> Iterator[None]:
    """The output folder, locked for this build alone and cleared of killed builds' files."""
    with locked(out_dir, exclusive=True, output=target):
        remove_leftovers(out_dir)
        yield


def _unchanged(seen: Since | None) -> BuildReport | None:
    """The last build's report when no input changed and its outputs are intact, else None."""
    if seen is None or seen.changed:
        return None
    try:
        return replay(seen.last["report"])
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _record(job: Job, plan: Plan) -> dict[str, Any]:
    """Per note, its key and what it adds to the report; where its lines are in the manifest."""
    resolution = plan.resolution
    ranges = manifest_ranges(manifest_path(job.target), resolution.manifest.entries)
    return {"notes": plan.notes, "ranges": ranges, "live": len(resolution.specs)}


def _tombstones(plan: Plan) -> dict[str, list[Any]]:
    """The content of the tombstones written, as `read_package` would read them back."""
    return {
        card.guid: [
            FIELD_SEP.join(card.fields).split(FIELD_SEP),
            " ".join(card.tags).split(),
            card.deck,
        ]
        for card in plan.resolution.cards[len(plan.resolution.specs) :]
    }


def _remember(
    cache: Store,
    job: Job,
    report: BuildReport,
    record: dict[str, Any],
    tombstones: dict[str, list[Any]],
) -> None:
    """What the next build needs to know that nothing changed, and `delta` what did: every
    note's key and where its cards' lines are in the manifest, every output's hash."""
    digests = {
        "apkg": file_digest(job.target),
        "manifest": file_digest(manifest_path(job.target)),
    }
    cache.remember(record | digests | {"report": report.replayable()}, tombstones)
    cache.sweep({note["key"] for note in record["notes"].values()})


def _reading(job: Job, out_dir: Path) -> tuple[contextlib.AbstractContextManager[None], Store]:
    return locked(out_dir, exclusive=False), Store(out_dir, job.identity, writable=False)


@paused()
def check(vault: Path, out_dir: Path, config: Config | None = None) -> CheckResult:
    """Whether `out_dir` holds exactly what a build of the vault would write now."""
    job = open_vault(vault, out_dir, config)
    lock, cache = _reading(job, out_dir)
    with lock:
        seen = since(job, cache)
        if (last := _unchanged(seen)) is not None:
            return CheckResult(True, (), problems=last.problems)
        if seen and (found := delta(job, cache, seen)):
            return _checked(
                found.resolution, found.counts, found.outputs_change, job, found.problems
            )
        plan = make_plan(job, cache, False, None, default_jobs())
        resolution, target = plan.resolution, job.target
        reasons: list[str] = []
        changes = tuple(c for c in resolution.changes if c.status != "kept")
        if changes:
            counts = resolution.counts()
            reasons.append(", ".join(f"{n} {s}" for s, n in counts.items() if s != "kept" and n))
        manifest = manifest_path(target)
        current = manifest.read_text(encoding="utf-8") if manifest.exists() else None
        if current != manifest_text(resolution.manifest):
            reasons.append(
                f"{manifest.name} would change" if current else f"no {manifest.name} yet"
            )
        if not target.exists():
            reasons.append(f"no {target.name} yet")
        else:
            with tempfile.TemporaryDirectory() as tmp:  # outside the output folder
                fresh = Path(tmp) / target.name
                write_apkg(resolution.cards, fresh, plan.report.media, plan.joined)
                if file_digest(fresh) != file_digest(target):
                    reasons.append(f"{target.name} would change")
    reasons_once = tuple(dict.fromkeys(reasons))
    problems = plan.report.problems
    return CheckResult(not reasons, reasons_once, changes, resolution.counts(), problems)


def _checked(
    resolution: Resolution,
    counts: dict[str, int],
    outputs_change: bool,
    job: Job,
    problems: tuple[Problem, ...],
) -> CheckResult:
    """What `check` says when only the changed notes were looked at again."""
    changes = tuple(c for c in resolution.changes if c.status != "kept")
    reasons = (
        [", ".join(f"{n} {s}" for s, n in counts.items() if s != "kept" and n)] if changes else []
    )
    if outputs_change:
        reasons += [
            f"{manifest_path(job.target).name} would change",
            f"{job.target.name} would change",
        ]
    return CheckResult(not reasons, tuple(reasons), changes, counts, problems)


@paused()
def diff(vault: Path, out_dir: Path, config: Config | None = None) -> CheckResult:
    """What the next build would add, change and orphan, compared with the manifest."""
    job = open_vault(vault, out_dir, config)
    lock, cache = _reading(job, out_dir)
    with lock:
        if (seen := since(job, cache)) and (found := delta(job, cache, seen)):
            changes = tuple(c for c in found.resolution.changes if c.status != "kept")
            return CheckResult(not changes, (), changes, found.counts, found.problems)
        plan = make_plan(job, cache, False, None, default_jobs())
    changes = tuple(c for c in plan.resolution.changes if c.status != "kept")
    return CheckResult(not changes, (), changes, plan.resolution.counts(), plan.report.problems)


@paused()
def write_preview(vault: Path, decks: Path, output: Path) -> tuple[Path, int, tuple[Problem, ...]]:
    """The preview page of what a build would make now: its path, how many cards it shows,
    and the problems met in the notes."""
    out_abs, vault_abs = output.resolve(), vault.resolve()
    if vault_abs in out_abs.parents:
        raise CardsError(f"{output}: the preview may not be written inside the vault")
    job = open_vault(vault, decks)
    lock, cache = _reading(job, decks)
    with lock:
        plan = make_plan(job, cache, False, None, default_jobs())
    resolution = plan.resolution
    pairs = [
        (spec, resolution.cards[at]._replace(fields=plan.card_fields(at)))
        for at, spec in enumerate(resolution.specs)
    ]
    page = preview_page(pairs, plan.report.media, f"{job.naming.deck}: cards", job.naming.vault)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=output.parent, suffix=".tmp", delete=False
        ) as tmp:
            tmp.write(page)
        readable(Path(tmp.name)).replace(output)
    except OSError as exc:
        raise CardsError(f"{output}: cannot write the preview: {exc.strerror or exc}") from exc
    return output, page.count('<article class="preview"'), plan.report.problems
