"""The errors that end a step, at the bottom of the package so that any stage may raise
them and the command line alone turns them into one line and an exit status.

Bad input in a claim or a source is not an error here: it is a `Problem` (models.py),
reported with its place while the run goes on.
"""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Problem


class SourceError(Exception):
    """The sources as a whole cannot be used (no such folder, nothing to read)."""


class ConfigError(Exception):
    """A config file that cannot be used: one line, `file: key: problem`."""

    def __init__(self, file: Path | str, key: str, problem: str) -> None:
        super().__init__(f"{file}: {key}: {problem}")


class CacheError(Exception):
    """The cache cannot be used this run: corrupt (rebuild it), busy or unwritable (bypass
    it), or raced (another run changed it between our refresh and our read: try again)."""

    def __init__(self, message: str, corrupt: bool = False, raced: bool = False) -> None:
        super().__init__(message)
        self.corrupt = corrupt
        self.raced = raced


class SharedIndexError(Exception):
    """The shared index on a database server cannot be used: the server is down, refuses
    the login or went away, the driver is not installed, or the index is not built.
    One line naming the server (never its password); the run ends with exit 2."""


class IndexUrlError(ValueError):
    """An `--index` value that is not a usable index location: a usage error."""


class ClaimFileError(Exception):
    """One problem that stops a claim file from being read at all."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem
