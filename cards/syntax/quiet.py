"""markdown-it's block rules without their debug line, when nobody reads markdown-it's debug log.

Each of markdown-it's own block rules opens with a log call that almost always goes nowhere:

    def paragraph(state, startLine, endLine, silent):
        LOGGER.debug("entering paragraph: %s, %s, %s, %s", state, startLine, endLine, silent)

Every line of a note is offered to several rules, and a paragraph's every line to the rules
that may end it, so a note makes some 280 of these calls, each two trips through `logging`
to learn that the level is off: about a tenth of a second per thousand notes. The plugin
gives the parser it is used on copies of those rules whose `LOGGER` says nothing: the same
code, so the same tokens, without the call. Only that parser's ruler holds the copies;
markdown-it's modules, and any other parser in the process, are untouched. A process that
has turned markdown-it's debug log on when the parser is made keeps the rules as they are.
"""

from __future__ import annotations

import logging
from types import FunctionType
from typing import Any

from markdown_it import MarkdownIt


def quiet_plugin(md: MarkdownIt) -> None:
    """Swap each block rule that logs for its silent copy, in place and in the same chains."""
    if logging.getLogger("markdown_it").isEnabledFor(logging.DEBUG):
        return
    ruler = md.block.ruler
    for rule in list(ruler.__rules__):
        fn: Any = rule.fn
        if isinstance(fn, FunctionType) and "LOGGER" in fn.__globals__:
            ruler.at(rule.name, silent_copy(fn), {"alt": list(rule.alt)})


def silent_copy(fn: FunctionType) -> FunctionType:
    """`fn` reading its module's names, but `LOGGER`, from a copy of them."""
    names = {**fn.__globals__, "LOGGER": _Silent()}
    copy = FunctionType(fn.__code__, names, fn.__name__, fn.__defaults__, fn.__closure__)
    copy.__kwdefaults__ = fn.__kwdefaults__
    copy.__qualname__ = fn.__qualname__
    copy.__doc__ = fn.__doc__
    return copy


class _Silent:
    """A logger that drops every debug message unread."""

    @staticmethod
    def debug(*args: object, **kwargs: object) -> None:
        return None
