"""The product's one exception hierarchy; each error carries located problems.

``MysterycallError`` is the base (exit code 1); ``InputError`` is bad input from the user
(exit 2), ``UsageError`` a bad command line (exit 2), ``CallSetupError`` a softphone that
cannot start (exit 1). The CLI prints every :class:`Problem` as ``PATH:LINE:COL: message``
(see :mod:`robot.cli.problems`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem in one input file; line and column are 1-based (0 = unknown)."""

    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}:{self.col}: {self.message}"
        return f"{self.path}: {self.message}"


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


__all__ = ["CallSetupError", "InputError", "MysterycallError", "Problem", "UsageError"]
