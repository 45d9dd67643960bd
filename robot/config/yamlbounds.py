"""Bounds on what one input file may cost: file size, values after alias expansion, nesting.

ruamel keeps an alias as a second reference to one object, so parsing a "billion laughs"
file is cheap, but anything that walks the data (pydantic validation, JSON output) expands
every reference. :func:`check_bounds` walks the data once, counting each reference, and
stops at the first bound exceeded, so its own cost is bounded too. Parsers recurse (ruamel,
and ``json`` for every bracket), so :func:`deep_position` finds over-deep nesting in the text
before they see it. JSON inputs (call results, transcripts) get bounds of their own
(:data:`MAX_JSON_BYTES`, :data:`MAX_JSON_VALUES`, the same :data:`MAX_DEPTH`).
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from robot.errors import InputError, Problem, os_problem

MAX_FILE_BYTES = 1_000_000  # scenarios, checklists, campaigns, configs and scripts are a few KB
MAX_VALUES = 100_000  # values once aliases and merge keys are expanded
MAX_DEPTH = 40  # nesting levels (a scenario needs fewer than 10)
MAX_JSON_BYTES = 20_000_000  # a stored call result with word timings: about 1 MB per hour of talk
MAX_JSON_VALUES = 2_000_000

# quoted strings and comments, whose brackets do not nest (replaced by blanks, keeping offsets)
_YAML_QUOTED = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\n]|'')*'|(?:^|(?<=\s))#[^\n]*", re.MULTILINE)
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(r"[\[\]{}]")
_BLANK = re.compile(r"[^\n]")
_BLOCK_SCALAR = re.compile(r"(?:^|[:\-]\s)\s*[|>][-+0-9]*\s*$")  # a line opening a literal/folded block


def check_size(size: int, name: str, limit: int = MAX_FILE_BYTES) -> None:
    """Refuse an input file larger than ``limit`` bytes (:data:`MAX_FILE_BYTES`)."""
    if size > limit:
        raise InputError(Problem(name, 0, 0, f"file too large ({size:,} bytes; at most {limit:,})"))


def read_input(path: str | Path, limit: int = MAX_FILE_BYTES) -> str:
    """The UTF-8 text of an input file, reading at most ``limit`` + 1 bytes; every failure
    (missing, a directory, too large, a path too long, not UTF-8) is one located problem."""
    name = str(path)
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise InputError(Problem(name, 0, 0, "is a directory, not a file"))
            if stat.S_ISREG(info.st_mode):
                check_size(info.st_size, name, limit)
            data = handle.read(limit + 1)
    except InputError:
        raise
    except OSError as exc:
        raise InputError(os_problem(name, exc)) from None
    except ValueError:  # a NUL character in the path
        raise InputError(Problem(name, 0, 0, "the path contains a NUL character")) from None
    check_size(len(data), name, limit)
    return decode_utf8(data, name)


def decode_utf8(data: bytes, name: str) -> str:
    """``data`` as UTF-8 text; else a problem at the line and column of the first bad byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before[before.rfind(b"\n") + 1 :].decode("utf-8")) + 1
        bad = data[exc.start : exc.start + 1].hex()
        raise InputError(Problem(name, line, col, f"not UTF-8 text (byte 0x{bad}); save the file as UTF-8")) from None


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset into ``text``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def deep_position(text: str, json: bool = False) -> tuple[int, int] | None:
    """Where brackets (flow collections) or, in YAML, indentation first nest deeper than
    :data:`MAX_DEPTH`; None when they never do. Approximate by design (a bound, not a parser):
    quoted strings and comments are skipped."""
    pattern = _JSON_STRING if json else _YAML_QUOTED
    plain = pattern.sub(lambda m: _BLANK.sub(" ", m.group()), text)
    depth = 0
    for found in _BRACKETS.finditer(plain):
        depth += 1 if found.group() in "[{" else -1
        if depth > MAX_DEPTH:
            return line_col(text, found.start())
    return None if json else _deep_indent(plain)


def _deep_indent(plain: str) -> tuple[int, int] | None:
    """The first line indented (block ``-`` items included) more than :data:`MAX_DEPTH` levels in."""
    levels: list[int] = []
    block_at: int | None = None  # indentation of the line that opened a block scalar
    for number, line in enumerate(plain.split("\n"), 1):
        stripped = line.lstrip(" ")
        if not stripped.strip():
            continue
        col = len(line) - len(stripped)
        if block_at is not None and col > block_at:
            continue  # the block scalar's text, however it is indented
        block_at = col if _BLOCK_SCALAR.search(stripped) else None
        while levels and levels[-1] >= col:
            levels.pop()
        levels.append(col)
        rest = stripped
        while rest.startswith("- ") or rest.startswith("? "):  # each block item marker nests once more
            inner = rest[1:].lstrip(" ")
            if len(levels) > MAX_DEPTH:
                return number, col + 1
            col += len(rest) - len(inner)
            levels.append(col)
            rest = inner
        if len(levels) > MAX_DEPTH:
            return number, col + 1
    return None


def check_bounds(data: Any, name: str, max_values: int = MAX_VALUES) -> None:
    """Refuse data with more than ``max_values`` values (aliases expanded) or deeper than :data:`MAX_DEPTH`."""
    count = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > max_values:
            aliases = " once YAML aliases (*name) are expanded" if max_values == MAX_VALUES else ""
            raise InputError(Problem(name, 0, 0, f"too many values: more than {max_values:,}{aliases}"))
        if isinstance(node, dict | list) and depth > MAX_DEPTH:
            line, col = _where(node)
            raise InputError(Problem(name, line, col, f"nested more than {MAX_DEPTH} levels deep"))
        if isinstance(node, dict):
            stack.extend((value, depth + 1) for value in node.values())
        elif isinstance(node, list):
            stack.extend((value, depth + 1) for value in node)


def _where(node: Any) -> tuple[int, int]:
    """1-based position of a ruamel container, (0, 0) when unknown."""
    if isinstance(node, CommentedMap | CommentedSeq) and node.lc.line is not None:
        return node.lc.line + 1, node.lc.col + 1
    return 0, 0
