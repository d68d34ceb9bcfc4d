"""The two Anki note types. Their IDs are fixed: changing fields or templates means a new ID.

Anki keys note types by ID; a package that reuses an ID with other fields
would clash with what users already imported. So the version is part of the
name the ID is derived from, and a change bumps it (see README, "Note types").
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from importlib.resources import files

_BASE_CSS = """\
.card { font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 20px; line-height: 1.5; text-align: left; color: #1d1d1f; background: #fdfdfd;
  max-width: 42em; margin: 0 auto; padding: 0 0.8em; }
.nightMode.card, .night_mode .card, .nightMode .card { color: #e8e8ea; background: #1e1e20; }
.cloze { font-weight: bold; color: #0b61c4; }
.nightMode .cloze, .night_mode .cloze { color: #7ab7ff; }
mark { background: #fff3a3; color: inherit; padding: 0 0.1em; }
.nightMode mark, .night_mode mark { background: #6b5d00; }
.wikilink { border-bottom: 1px dotted currentColor; }
.embed { font-style: italic; opacity: 0.8; }
img { max-width: 100%; height: auto; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em;
  background: rgba(127,127,127,0.15); padding: 0.05em 0.3em; border-radius: 3px; }
pre.codehilite { background: rgba(127,127,127,0.12); padding: 0.6em 0.8em; border-radius: 6px;
  overflow-x: auto; font-size: 0.8em; line-height: 1.4; }
pre.codehilite code { background: none; padding: 0; }
table { border-collapse: collapse; margin: 0.5em 0; font-size: 0.9em; }
th, td { border: 1px solid rgba(127,127,127,0.4); padding: 0.25em 0.6em; text-align: left; }
th { background: rgba(127,127,127,0.12); }
blockquote { margin: 0.5em 0; padding-left: 0.9em; border-left: 3px solid rgba(127,127,127,0.5); }
.callout { margin: 0.6em 0; padding: 0.5em 0.9em; border-left: 4px solid #448aff;
  background: rgba(68,138,255,0.09); border-radius: 4px; }
.callout-title { font-weight: 600; margin-bottom: 0.2em; }
.callout-tip, .callout-success { border-color: #00bfa5; background: rgba(0,191,165,0.09); }
.callout-warning, .callout-caution { border-color: #ff9100; background: rgba(255,145,0,0.09); }
.callout-danger, .callout-error, .callout-bug { border-color: #ff5252;
  background: rgba(255,82,82,0.09); }
.callout-quote, .callout-cite { border-color: #9e9e9e; background: rgba(158,158,158,0.1); }
sup.fn { font-size: 0.65em; opacity: 0.8; }
ol.footnotes { font-size: 0.8em; opacity: 0.85; margin-top: 0.8em; padding-left: 1.4em; }
.extra { margin-top: 1em; font-size: 0.85em; opacity: 0.85; }
.attribution { margin-top: 0.6em; font-style: italic; }
.traits-label { font-weight: 600; }
.context { font-size: 0.75em; opacity: 0.7; margin-bottom: 0.3em; }
.source { margin-top: 1.4em; padding-top: 0.5em; border-top: 1px solid rgba(127,127,127,0.3);
  font-size: 0.7em; opacity: 0.75; }
.source a { color: inherit; }
@media (max-width: 480px) { .card { font-size: 18px; padding: 0 0.4em; } }
"""

CSS = _BASE_CSS + (files("cards") / "code.css").read_text(encoding="utf-8")
"""Card style: readable in Anki's light and night modes, on desktop and phone widths. Code
colours are Pygments' 'default' and 'monokai' styles, generated once into code.css and kept
static so a Pygments upgrade never changes a deck's bytes."""
FIELD_SEP = "\x1f"
"""Anki's separator between a note's fields in its `flds` column: no field can hold it."""

SOURCE = '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}'


@dataclass(frozen=True, slots=True)
class NoteType:
    name: str
    fields: tuple[str, ...]
    front: str
    back: str
    cloze: bool

    @property
    def id(self) -> int:
        return _type_id(self.name)


CLOZE = NoteType(
    name="vault-cards Cloze v1",
    fields=("Text", "Back Extra", "Source"),
    front="{{cloze:Text}}",
    back='{{cloze:Text}}{{#Back Extra}}<div class="extra">{{Back Extra}}</div>{{/Back Extra}}'
    + SOURCE,
    cloze=True,
)
QA = NoteType(
    name="vault-cards Q/A v1",
    fields=("Front", "Back", "Source"),
    front="{{Front}}",
    back='{{FrontSide}}<hr id="answer">{{Back}}' + SOURCE,
    cloze=False,
)


@functools.cache
def _type_id(name: str) -> int:
    """Cached: the package asks once per note, hundreds of thousands of times."""
    return stable_id(f"vault-cards note type: {name}")


def stable_id(name: str) -> int:
    """A 31-bit positive ID from a name: the same on every machine and every run."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF | 1 << 30
