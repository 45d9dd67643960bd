"""YAML syntax errors in plain words, at the place to fix (where an unclosed quote opened)."""

from __future__ import annotations

import re

from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.reader import ReaderError

from robot.config.yamlbounds import line_col
from robot.errors import Problem

_DUPLICATE = re.compile(r'duplicate key "(.*?)" with value')
_LONG_NUMBER = re.compile(r"[0-9]{4000,}")


def syntax_problem(exc: Exception, name: str, text: str = "") -> Problem:
    """One :class:`Problem` for a ruamel parse error, placed and worded for the user."""
    if isinstance(exc, ReaderError):  # a character YAML does not allow (control characters...)
        line, col = line_col(text, exc.position) if text else (0, 0)
        char = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
        return Problem(name, line, col, f"YAML syntax: character U+{char:04X} is not allowed in YAML")
    if not isinstance(exc, MarkedYAMLError):
        line, col = _node_position(exc)
        message = str(exc)
        if "integer string conversion" in message:
            long_number = _LONG_NUMBER.search(text)
            if long_number:
                line, col = line_col(text, long_number.start())
            message = "a number with too many digits"
        return Problem(name, line, col, f"YAML: {message}")
    problem, context = str(exc.problem or ""), str(exc.context or "")
    mark = exc.problem_mark or exc.context_mark
    if "quoted scalar" in context and "end of stream" in problem and exc.context_mark is not None:
        mark = exc.context_mark  # the end of the file is not where the mistake is
    line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    return Problem(name, line, col, f"YAML syntax: {_plain(problem, context, exc)}")


def _plain(problem: str, context: str, exc: MarkedYAMLError) -> str:
    opened = exc.context_mark
    if "quoted scalar" in context and "end of stream" in problem:
        return "this quoted string is never closed (a quote is missing)"
    if context.startswith("while parsing a flow") and problem.startswith("expected ','") and opened:
        opening, closing = ("[", "]") if "sequence" in context else ("{", "}")
        return f"the '{opening}' on line {opened.line + 1} is never closed (a '{closing}' is missing)"
    if "mapping values are not allowed here" in problem:
        return "unexpected ':' (check the indentation, or quote a value that contains ': ')"
    if "'\\t'" in problem and "cannot start any token" in problem:
        return "a tab character; indent with spaces"
    if problem.startswith("expected <block end>"):
        return "this line is indented wrongly (it does not line up with the lines above)"
    duplicate = _DUPLICATE.search(problem)
    if duplicate:
        return f"duplicate key '{duplicate.group(1)}'"
    if "unknown escape character" in problem:
        return f"{problem.removeprefix('found ')} in a double-quoted string (use single quotes to keep backslashes)"
    return problem.removeprefix("found ") or str(exc)


def _node_position(exc: BaseException) -> tuple[int, int]:
    """Where the YAML node was that ruamel was building when it failed without a mark (a bad
    date, say): the innermost ``node`` with a ``start_mark`` in the traceback, else (0, 0)."""
    frames = []
    tb = exc.__traceback__
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    for frame in reversed(frames):
        mark = getattr(frame.f_locals.get("node"), "start_mark", None)
        if mark is not None and getattr(mark, "line", None) is not None:
            return mark.line + 1, mark.column + 1
    return 0, 0
