"""Domain errors. Library code raises these; only `cli.py` turns them into exit codes."""

from __future__ import annotations


class CardsError(Exception):
    """Anything the user must fix: a bad vault path, an unwritable output folder."""


class NoteError(CardsError):
    """One note cannot be used. The build reports it and goes on with the rest of the vault."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line
        self.message = message
