"""Pausing Python's cycle collector while a build holds a large working set without cycles.

The collector rescans every tracked object each time enough new ones
survive. A 10,000-note build keeps a few million tuples alive (specs, cards,
manifest entries), none of them in a cycle, and the rescans cost a sixth of a
rebuild. Parsing is the exception: markdown-it's syntax tree links each node
to its parent, so code that parses runs inside `collecting`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cycle collection inside; the collector's earlier state after."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@contextmanager
def collecting() -> Iterator[None]:
    """Cycle collection on inside, even within `paused`; the earlier state after."""
    was = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        if not was:
            gc.disable()
