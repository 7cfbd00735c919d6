"""One exception hierarchy: the library raises, the CLI prints one line and exits.

Each class says when it is raised and what the user can do about it.
"""

from __future__ import annotations


class CleanerError(Exception):
    """Base of every error a user can cause. The CLI prints ``cleaner: error: <message>``."""

    exit_code = 1


class InputError(CleanerError):
    """An input cannot be read or decoded. Carries the path and the problem.

    Within a batch such inputs are quarantined, not raised; this is raised only when the
    run cannot go on (no input at all, a path that does not exist).
    """

    exit_code = 2

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ConfigError(CleanerError):
    """The configuration file or an option is invalid. Fix the named key and run again."""

    exit_code = 2


class OutputError(CleanerError):
    """An output directory is unusable or an output file is missing or corrupt."""

    exit_code = 3
