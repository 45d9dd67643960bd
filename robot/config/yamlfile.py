"""YAML loading that keeps line numbers, and pydantic validation errors mapped to them.

Every user-written YAML file (config, scenario, checklist, campaign, operator script)
goes through :func:`load_model`, so that a bad value is reported as
``PATH:LINE:COL: message`` naming the key that is wrong.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from robot.errors import InputError, Problem

M = TypeVar("M", bound=BaseModel)


def load_yaml(path: str | Path) -> Any:
    """Parse a YAML file into ruamel's position-aware containers."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(Problem(str(path), 0, 0, "file not found")) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(Problem(str(path), 0, 0, f"cannot read: {exc}")) from None
    return parse_yaml(text, str(path))


def parse_yaml(text: str, name: str) -> Any:
    """Parse YAML text; syntax errors become a :class:`InputError` with the position."""
    try:
        return YAML(typ="rt").load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise InputError(Problem(name, line, col, f"YAML syntax: {exc.problem or exc}")) from None
    except Exception as exc:  # ruamel raises a few unmarked errors (e.g. duplicate keys)
        raise InputError(Problem(name, 0, 0, f"YAML: {exc}")) from None


def position(data: Any, loc: tuple[int | str, ...]) -> tuple[int, int]:
    """Best-known 1-based (line, col) of the node at ``loc`` inside ruamel data."""
    line, col = 1, 1
    node = data
    for key in loc:
        if isinstance(node, CommentedMap) and key in node:
            try:
                line, col = node.lc.key(key)
                line, col = line + 1, col + 1
            except (KeyError, TypeError):
                pass
            node = node[key]
        elif isinstance(node, CommentedSeq) and isinstance(key, int) and 0 <= key < len(node):
            try:
                line, col = node.lc.item(key)
                line, col = line + 1, col + 1
            except (KeyError, TypeError, IndexError):
                pass
            node = node[key]
        else:
            # pydantic adds union tags / model names to loc: skip what isn't in the data
            continue
    return line, col


def _describe(err: dict[str, Any]) -> str:
    keys = [str(k) for k in err["loc"] if not _is_union_tag(k)]
    where = ".".join(keys)
    msg = err["msg"]
    if err["type"] == "extra_forbidden":
        return f"unknown key '{keys[-1] if keys else where}'"
    if err["type"] == "missing":
        return f"missing required key '{where}'"
    return f"{where}: {msg}" if where else msg


def _is_union_tag(key: Any) -> bool:
    return isinstance(key, str) and ("[" in key or key.startswith("function-"))


def validation_problems(exc: ValidationError, data: Any, name: str) -> list[Problem]:
    """Turn a pydantic error into one :class:`Problem` per error, with YAML positions."""
    problems = []
    seen = set()
    for err in exc.errors():
        loc = tuple(k for k in err["loc"] if not _is_union_tag(k))
        line, col = position(data, loc)
        problem = Problem(name, line, col, _describe(err))
        if problem not in seen:
            seen.add(problem)
            problems.append(problem)
    return problems


def validate_data(model: type[M], data: Any, name: str, context: dict[str, Any] | None = None) -> M:
    """Validate already-parsed YAML data against ``model`` (errors carry positions)."""
    if data is None:
        raise InputError(Problem(name, 1, 1, "file is empty"))
    try:
        return model.model_validate(data, context=context)
    except ValidationError as exc:
        raise InputError(validation_problems(exc, data, name)) from None


def load_model(model: type[M], path: str | Path, context: dict[str, Any] | None = None) -> M:
    """Load a YAML file and validate it against a pydantic model."""
    return validate_data(model, load_yaml(path), str(path), context)
