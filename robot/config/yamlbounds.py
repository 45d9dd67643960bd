"""Bounds on what one YAML input may cost: file size, values after alias expansion, nesting.

ruamel keeps an alias as a second reference to one object, so parsing a "billion laughs"
file is cheap, but anything that walks the data (pydantic validation, JSON output) expands
every reference. :func:`check_bounds` walks the data once, counting each reference, and
stops at the first bound exceeded, so its own cost is bounded too.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from robot.errors import InputError, Problem

MAX_FILE_BYTES = 1_000_000  # scenarios, checklists, campaigns, configs and scripts are a few KB
MAX_VALUES = 100_000  # values once aliases and merge keys are expanded
MAX_DEPTH = 40  # nesting levels (a scenario needs fewer than 10)


def check_size(size: int, name: str) -> None:
    """Refuse an input file larger than :data:`MAX_FILE_BYTES`."""
    if size > MAX_FILE_BYTES:
        raise InputError(Problem(name, 0, 0, f"file too large ({size:,} bytes; at most {MAX_FILE_BYTES:,})"))


def check_bounds(data: Any, name: str) -> None:
    """Refuse data with more than :data:`MAX_VALUES` values (aliases expanded) or deeper than :data:`MAX_DEPTH`."""
    count = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > MAX_VALUES:
            message = f"too many values: more than {MAX_VALUES:,} once YAML aliases (*name) are expanded"
            raise InputError(Problem(name, 0, 0, message))
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
