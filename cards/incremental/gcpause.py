"""Pausing Python's cycle collector while a build holds a large working set without cycles.

The collector rescans every tracked object each time enough new ones
survive. A 10,000-note build keeps a few million tuples alive (specs, cards,
manifest entries), none of them in a cycle, and the rescans cost a sixth of a
rebuild. Parsing is the exception: it runs code this project does not own
(markdown-it and its plugins, whose syntax tree once linked every node to its
parent), so code that parses runs inside `collecting`, where a cycle made
there is still freed.
"""

from __future__ import annotations

import gc
from contextlib import ContextDecorator


class _Switch(ContextDecorator):
    """The collector on or off inside, as before after; nests, and decorates functions."""

    def __init__(self, on: bool) -> None:
        self._on = on
        self._before: list[bool] = []  # one decorator instance serves nested calls

    def __enter__(self) -> None:
        self._before.append(gc.isenabled())
        _set(self._on)

    def __exit__(self, *exc: object) -> None:
        _set(self._before.pop())


def _set(on: bool) -> None:
    if on:
        gc.enable()
    else:
        gc.disable()


def paused() -> _Switch:
    """No cycle collection inside (a `with` block or a decorated function)."""
    return _Switch(False)


def collecting() -> _Switch:
    """Cycle collection on inside, even within `paused`."""
    return _Switch(True)
