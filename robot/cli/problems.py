"""The one way problems reach the user: one plain ``WHERE: message`` line each, and an exit code.

``WHERE`` is ``PATH:LINE:COL`` (or ``PATH``) for a problem in a file, ``input`` for a bad
value on the command line and ``setup`` for a softphone that cannot start. Every command
goes through :func:`run` (the entry point) or :func:`report`; typer/click usage errors
become one such line too (exit 2), never a box or a traceback.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from typing import IO, Any

import typer
from pydantic import ValidationError

from robot.config.messages import plain_message
from robot.errors import InputError, MysterycallError, Problem, UsageError, os_problem

PROG = "mysterycall"


def problem_line(problem: Problem) -> str:
    """The problem as one line (a message spanning lines, or quoting a line separator such as
    U+2028 from the file, is joined)."""
    return " ".join(str(problem).splitlines())


def print_problems(problems: Iterable[Problem], file: IO[str] | None = None) -> None:
    """One line per problem on ``file`` (stderr by default), unstyled and never wrapped."""
    stream = file or sys.stderr
    for problem in problems:
        stream.write(problem_line(problem) + "\n")
    stream.flush()


def report(exc: MysterycallError, file: IO[str] | None = None) -> int:
    """Print the error's problems; its exit code (2 bad input, 1 set-up failure)."""
    print_problems(exc.problems, file)
    return exc.exit_code


def _kinds(exc: BaseException) -> set[str]:
    """Class names of a click error (typer vendors click: matched by name, not by import)."""
    return {cls.__name__ for cls in type(exc).__mro__}


def usage_error(exc: Exception, command: str = "") -> UsageError:
    """A typer/click command-line error as a plain :class:`~robot.errors.UsageError`;
    ``command`` (``models download``) names the subcommand when click's error does not."""
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        command = " ".join(ctx.command_path.split()[1:])
    message = _usage_message(exc)
    return UsageError(f"{command}: {message}" if command else message)


def command_of(app: typer.Typer, args: Sequence[str]) -> str:
    """The subcommand named by the first words of ``args`` (``models download``), or ''."""
    group: Any = typer.main.get_command(app)
    words: list[str] = []
    for arg in args:
        commands = getattr(group, "commands", None)
        if not commands or arg not in commands:
            if arg.startswith("-") and commands:
                continue  # a group option such as -v
            break
        words.append(arg)
        group = commands[arg]
    return " ".join(words)


def _usage_message(exc: Any) -> str:
    kinds = _kinds(exc)
    param = getattr(exc, "param", None)
    name = _param_name(param) if param is not None else ""
    if "MissingParameter" in kinds and name:
        return f"missing {getattr(param, 'param_type_name', 'parameter')} {name}"
    if "NoSuchOption" in kinds:
        close = sorted(exc.possibilities or ())
        return f"no such option {exc.option_name}" + (f"; did you mean {' or '.join(close)}?" if close else "")
    if "BadParameter" in kinds and name:
        cause = exc.__cause__
        if isinstance(cause, ValidationError) and cause.errors():
            return f"{name} {_choice(plain_message(cause.errors()[0]))}"
        return f"{name}: {_plain(str(exc.message))}"
    return _plain(str(exc.format_message()))


def _choice(message: str) -> str:
    """Typer's enum wording (``'pdf' is not one of 'html', 'csv'.``) like the other messages."""
    found = re.fullmatch(r"(\S+) is not one of (.*?)\.?", message)
    if not found:
        return message
    choices = ", ".join(re.findall(r"'([^']*)'", found.group(2)))
    return f"must be one of: {choices} (got {found.group(1)})"


def _param_name(param: Any) -> str:
    """``--max-ring`` for an option, ``TARGET`` for an argument."""
    opts: Sequence[str] = getattr(param, "opts", ()) or ()
    if getattr(param, "param_type_name", "") == "option" and opts:
        return max(opts, key=len)
    return str(getattr(param, "metavar", None) or param.name or "").upper()


def _plain(message: str) -> str:
    """Click's sentence without its capital and full stop: ``no such command 'x'``."""
    message = re.sub(
        r"^Option '(-[^']+)' requires (an argument|\d+ arguments)", r"option \1 needs a value", message.strip()
    )
    message = re.sub(r"^Got unexpected extra argument(?:s|\(s\))? \((.*)\)", r"unexpected extra arguments: \1", message)
    message = message.rstrip(".")
    return message[:1].lower() + message[1:]


def run(app: typer.Typer, args: Sequence[str] | None = None) -> int:
    """Run the typer app; every user error is printed here as problem lines. The exit code."""
    argv = list(sys.argv[1:] if args is None else args)
    try:
        code = app(args=argv, prog_name=PROG, standalone_mode=False)
    except MysterycallError as exc:
        return report(exc)
    except typer.Abort:
        sys.stderr.write("aborted\n")
        return 1
    except OSError as exc:
        if exc.filename is None:
            raise  # not about a path the user gave: a bug or the machine, the standard traceback
        return report(InputError(os_problem(str(exc.filename), exc, "open")))  # --db, -o...: one line, exit 2
    except Exception as exc:
        if "ClickException" not in _kinds(exc):
            raise  # a bug: the standard traceback, never a rich box (pretty exceptions are off)
        return _click_error(exc, command_of(app, argv))
    return code if isinstance(code, int) else 0


def _click_error(exc: Any, command: str) -> int:
    """Help for a command given no arguments, else one problem line; click's exit code."""
    code = int(exc.exit_code)
    if "NoArgsIsHelpError" in _kinds(exc):
        if str(exc.message).strip():  # typer's rich help is printed already; plain help is the message
            sys.stderr.write(str(exc.message).rstrip("\n") + "\n")
        return code
    if code == 2:
        return report(usage_error(exc, command))
    print_problems([Problem("input", 0, 0, _plain(str(exc.format_message())))])
    return code


__all__ = ["PROG", "print_problems", "problem_line", "report", "run", "usage_error"]
