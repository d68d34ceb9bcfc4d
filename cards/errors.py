"""Domain errors. Library code raises these; only `cli.py` turns them into exit codes."""

from __future__ import annotations

from dataclasses import dataclass


class CardsError(Exception):
    """Anything the user must fix: a bad vault path, an unwritable output folder."""


class NoteError(CardsError):
    """One note cannot be used. The build reports it and goes on with the rest of the vault."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line
        self.message = message


@dataclass(frozen=True, slots=True)
class Problem:
    """What went wrong where, as a record: a note skipped or read with a warning.

    Warnings and skipped notes travel as these from the note to the report;
    only the command line turns them into text (`str`).
    """

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"

    @classmethod
    def of(cls, error: NoteError) -> Problem:
        return cls(error.path, error.line, error.message)

    @classmethod
    def parse(cls, path: str, text: str) -> Problem:
        """A `path:line: message` warning that an earlier stage gave as text."""
        rest = text.removeprefix(f"{path}:")
        line, sep, message = rest.partition(": ")
        if rest == text or not sep or not line.isdigit():
            return cls(path, 1, text)
        return cls(path, int(line), message)
