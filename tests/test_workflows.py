"""The CI workflow and the pre-commit hook run the command lines they say, and those work."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT


def _repo_copy(tmp_path: Path) -> Path:
    """source_notes/ and its decks, freshly built and committed, as a user's repository has
    them (the decks of this checkout are rebuilt only when branches merge)."""
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "source_notes", repo / "source_notes")
    subprocess.run(
        ["cards", "build", "source_notes", "-o", "decks", "-q"], cwd=repo, env=_env(), check=True
    )
    shutil.rmtree(repo / "decks" / ".cache")
    git = ["git", "-c", "user.name=ci", "-c", "user.email=ci@example.invalid"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run([*git, "-C", str(repo), "add", "."], check=True)
    subprocess.run([*git, "-C", str(repo), "commit", "-qm", "notes"], check=True)
    return repo


def _env() -> dict[str, str]:
    """The `cards` of this environment first on PATH, as `pip install .` would put it."""
    return dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")


def _workflow_runs(repo: Path) -> tuple[list[dict[str, str]], subprocess.CompletedProcess[str]]:
    """The decks workflow's own `run:` lines after its install step, in order, in `repo`, as
    the runner does (bash -e): the steps run and the first one that failed, or the last."""
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "decks.yml").read_text())
    steps = workflow["jobs"]["decks"]["steps"]
    runs = [s["run"] for s in steps if "run" in s]
    assert runs[0] == "python -m pip install ."  # the install: this test's environment has it
    ran = []
    for script in runs[1:]:
        run = subprocess.run(
            ["bash", "-e", "-c", script],
            cwd=repo,
            env=_env(),
            capture_output=True,
            text=True,
            check=False,
        )
        ran.append({"run": script, "out": run.stdout + run.stderr})
        if run.returncode:
            break
    return ran, run


def test_the_decks_workflow_passes_on_fresh_decks_and_uploads_them(tmp_path: Path) -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "decks.yml").read_text())
    triggers = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads `on` as True
    assert triggers["push"]["paths"] == ["source_notes/**"]
    repo = _repo_copy(tmp_path)
    ran, last = _workflow_runs(repo)
    assert last.returncode == 0, ran
    upload = next(
        s
        for s in workflow["jobs"]["decks"]["steps"]
        if s.get("uses", "").startswith("actions/upload-artifact")
    )
    for pattern in upload["with"]["path"].split():
        assert list(repo.glob(pattern)), pattern


def test_the_decks_workflow_fails_on_stale_decks_naming_the_card(tmp_path: Path) -> None:
    """Notes edited, decks not rebuilt: the workflow must fail, and say which card differs."""
    repo = _repo_copy(tmp_path)
    note = repo / "source_notes" / "Solace sex as a result of stress to restore connection.md"
    note.write_text(note.read_text() + "\nMelatonin is **the sleep hormone**.\n")
    ran, last = _workflow_runs(repo)
    assert last.returncode != 0, ran
    said = ran[-1]["out"]
    assert re.search(r"^\+ claim .*:\d+  Melatonin is the sleep hormone\.$", said, re.M), said


def test_the_pre_commit_hook_passes_then_fails_after_an_edit(tmp_path: Path) -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "cards-check" and hook["pass_filenames"] is False
    repo = _repo_copy(tmp_path)
    command = [*shlex.split(hook["entry"]), "source_notes", "-o", "decks"]

    def hook_run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            command, cwd=repo, env=_env(), capture_output=True, text=True, check=False
        )

    assert hook_run().returncode == 0
    note = repo / "source_notes" / "Solace sex as a result of stress to restore connection.md"
    note.write_text(note.read_text() + "\nSleep is **the foundation** of memory.\n")
    failed = hook_run()
    assert failed.returncode == 1
    assert "+ claim" in failed.stdout and "run: cards build" in failed.stdout
