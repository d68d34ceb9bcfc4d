"""The output folder as one build at a time sees it: locked, and clear of killed builds' files.

Two builds into one folder would interleave their decks, manifests and cache
records (one deck paired with another build's manifest), so a build holds an
exclusive lock on `OUT/.cache/lock` from its first read of the cache to its
last write, and a second build waits, saying so on stderr. `check`, `diff`
and `preview` take the lock shared, where it exists, so they never read a
deck and a manifest from two different builds; they create nothing. The lock
is the operating system's (`flock`): a killed build's lock is released with
its process, and the files it left half-written (`.cards-*`) are removed by
the next build, which alone may then be writing there.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from cards.errors import CardsError

log = logging.getLogger(__name__)
LEFTOVERS = ".cards-*"
"""What the deck and manifest writers name their temporary files, beside the outputs."""


@contextlib.contextmanager
def locked(out_dir: Path, exclusive: bool, output: Path | None = None) -> Iterator[None]:
    """Hold the folder's lock: exclusive (a build, which may create it; `output` names what it
    writes there) or shared (a reader, which never creates it: a folder without one has no
    build running into it)."""
    lock = out_dir / ".cache" / "lock"
    try:
        if exclusive:
            lock.parent.mkdir(parents=True, exist_ok=True)
            ignore = lock.parent / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# vault-cards build cache\n*\n", encoding="utf-8")
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        else:
            fd = os.open(lock, os.O_RDONLY)
    except OSError as exc:
        if exclusive:
            reason = exc.strerror or str(exc)
            raise CardsError(f"{output or out_dir}: cannot write the deck: {reason}") from exc
        yield  # no lock file (or no reading it): nothing to wait for
        return
    try:
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            log.warning("%s: another build is writing there; waiting for it to finish", out_dir)
            fcntl.flock(fd, mode)
        yield
    finally:
        os.close(fd)


def remove_leftovers(out_dir: Path) -> None:
    """The temporary files and folders of builds that were killed before they could remove
    them. Only ever called under the exclusive lock: no other build is writing them now."""
    for leftover in sorted(out_dir.glob(LEFTOVERS)):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)
