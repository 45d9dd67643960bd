"""The product's one exception hierarchy; each error carries located problems.

``MysterycallError`` is the base (exit code 1); ``InputError`` is bad input from the user
(exit 2), ``UsageError`` a bad command line (exit 2), ``CallSetupError`` a softphone that
cannot start (exit 1). The CLI prints every :class:`Problem` as ``PATH:LINE:COL: message``
(see :mod:`robot.cli.problems`).
"""

from __future__ import annotations

import errno
from dataclasses import dataclass

MAX_SHOWN_PATH = 240  # a longer path is shown by its ends and its length, so the line stays readable


def shown_path(path: str) -> str:
    """``path`` as printed: in full, or its first and last characters and its length when very long."""
    if len(path) <= MAX_SHOWN_PATH:
        return path
    return f"{path[:160]}...{path[-60:]} ({len(path):,} characters)"


@dataclass(frozen=True)
class Problem:
    """One problem in one input file; line and column are 1-based (0 = unknown)."""

    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        path = shown_path(self.path)
        if self.line:
            return f"{path}:{self.line}:{self.col}: {self.message}"
        return f"{path}: {self.message}"


_OS_MESSAGES = {
    errno.ENOENT: "file not found",
    errno.EISDIR: "is a directory, not a file",
    errno.ENOTDIR: "a part of the path is not a directory",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ELOOP: "too many levels of symbolic links",
}


def os_problem(path: str, exc: OSError, action: str = "read") -> Problem:
    """A file-system error on a path the user gave, in plain words (``action``: read or write)."""
    if exc.errno == errno.ENAMETOOLONG:
        longest = max((len(part.encode("utf-8", "surrogateescape")) for part in path.split("/")), default=0)
        which = "a name in it is" if longest > 255 else "it is"
        return Problem(path, 0, 0, f"path too long for the file system ({which} longer than the system allows)")
    message = _OS_MESSAGES.get(exc.errno or 0)
    if exc.errno == errno.ENOENT and action != "read":
        message = "folder not found"
    return Problem(path, 0, 0, message or f"cannot {action}: {exc.strerror or exc}")


class MysterycallError(Exception):
    """Base of every error reported to the user as problem lines (never a traceback)."""

    exit_code = 1
    label = "error"  # the place named for a message that is in no file

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem(self.label, 0, 0, problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class InputError(MysterycallError):
    """Bad input from the user (config, scenario, campaign, arguments): exit code 2."""

    exit_code = 2
    label = "input"


class UsageError(InputError):
    """A command line the CLI cannot parse (unknown option, missing argument...): exit code 2."""


class CallSetupError(MysterycallError):
    """The softphone could not be set up (transport bind, registration failed...): exit code 1."""

    label = "setup"


__all__ = ["CallSetupError", "InputError", "MysterycallError", "Problem", "UsageError", "os_problem", "shown_path"]
