"""The CI workflow and the pre-commit hook run the command lines they say, and those work."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT


def _repo_copy(tmp_path: Path) -> Path:
    """source_notes/ and decks/ as a fresh git checkout would have them."""
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "source_notes", repo / "source_notes")
    shutil.copytree(ROOT / "decks", repo / "decks", ignore=shutil.ignore_patterns(".cache"))
    git = ["git", "-c", "user.name=ci", "-c", "user.email=ci@example.invalid"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run([*git, "-C", str(repo), "add", "."], check=True)
    subprocess.run([*git, "-C", str(repo), "commit", "-qm", "notes"], check=True)
    return repo


def _env() -> dict[str, str]:
    """The `cards` of this environment first on PATH, as `pip install .` would put it."""
    return dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")


def test_the_decks_workflow_runs_on_notes_changes_and_its_commands_work(tmp_path: Path) -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "decks.yml").read_text())
    triggers = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads `on` as True
    assert triggers["push"]["paths"] == ["source_notes/**"]
    steps = workflow["jobs"]["decks"]["steps"]
    runs = [s["run"] for s in steps if "run" in s]
    assert runs[0] == "python -m pip install ."  # the install: this test's environment has it
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-artifact"))
    repo = _repo_copy(tmp_path)
    for script in runs[1:]:
        run = subprocess.run(
            ["bash", "-e", "-c", script],
            cwd=repo,
            env=_env(),
            capture_output=True,
            text=True,
            check=False,
        )
        assert run.returncode == 0, f"{script}\n{run.stdout}\n{run.stderr}"
    for pattern in upload["with"]["path"].split():
        assert list(repo.glob(pattern)), pattern


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
