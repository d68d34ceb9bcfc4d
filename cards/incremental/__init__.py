"""Speed around the pipeline, never through it: the one place that decides whether to call
`note_cards` (the cache), where (worker processes) and how to keep its results (disk).

The build uses only what this module exports.
"""

from cards.incremental.folder import locked, remove_leftovers
from cards.incremental.gcpause import paused
from cards.incremental.memo import Mapped, Notes, Progress, keys_now, map_notes
from cards.incremental.spill import KEPT, FieldStore
from cards.incremental.store import Store, file_digest
from cards.incremental.workers import default_jobs

__all__ = [
    "KEPT",
    "FieldStore",
    "Mapped",
    "Notes",
    "Progress",
    "Store",
    "default_jobs",
    "file_digest",
    "keys_now",
    "locked",
    "map_notes",
    "paused",
    "remove_leftovers",
]
