"""YAML loading that keeps line numbers, and pydantic validation errors mapped to them.

Every user-written YAML file (config, scenario, checklist, campaign, operator script)
goes through :func:`load_model`, so that a bad value is reported as
``PATH:LINE:COL: message`` naming the key that is wrong, in plain words.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from robot.config.messages import plain_message
from robot.config.yamlbounds import MAX_DEPTH, check_bounds, check_size, deep_position, read_input
from robot.config.yamlsyntax import syntax_problem
from robot.errors import InputError, Problem

M = TypeVar("M", bound=BaseModel)
Loc = tuple[int | str, ...]


def load_yaml(path: str | Path) -> Any:
    """Parse a YAML file into ruamel's position-aware containers."""
    return parse_yaml(read_input(path), str(path))


def parse_yaml(text: str, name: str) -> Any:
    """Parse YAML text; syntax errors and inputs past the bounds become a :class:`InputError`."""
    check_size(len(text.encode("utf-8", "surrogatepass")), name)
    deep = deep_position(text)  # before ruamel, which recurses per level (and slowly)
    if deep is not None:
        raise InputError(Problem(name, *deep, f"nested more than {MAX_DEPTH} levels deep"))
    try:
        data = YAML(typ="rt").load(text)
    except RecursionError:
        raise InputError(Problem(name, 0, 0, f"nested more than {MAX_DEPTH} levels deep")) from None
    except Exception as exc:  # noqa: BLE001 - ruamel raises marked and a few unmarked errors
        raise InputError(syntax_problem(exc, name, text)) from None
    check_bounds(data, name)
    return data


def is_tag(key: Any) -> bool:
    """Whether a pydantic ``loc`` entry is a union tag or validator name, not a key of the data."""
    # "[key]" is not a tag: pydantic's marker that a mapping's key (not its value) is bad
    return isinstance(key, str) and key != "[key]" and ("[" in key or key.startswith("function-"))


def clean_loc(loc: Loc) -> Loc:
    """``loc`` without pydantic's union tags (``kind[phrase]``, ``function-after[...]``)."""
    return tuple(k for k in loc if not is_tag(k))


def _child(node: Any, key: int | str) -> tuple[bool, Any]:
    if isinstance(node, CommentedMap) and key in node:
        return True, node[key]
    if isinstance(node, CommentedSeq) and isinstance(key, int) and 0 <= key < len(node):
        return True, node[key]
    return False, None


def _match(node: Any, loc: Loc, start: int = 0) -> tuple[tuple[int, int], list[int]]:
    """The best path of ``loc`` through the data: the (count, last index) score and the indexes
    of ``loc`` that are keys of the data. Entries that are not (union tags whose name may also be
    a key, e.g. a step's kind) may be skipped; the path matching most entries, ending the latest,
    wins, so a ``loc`` ending in a real key points at that key."""
    best: tuple[tuple[int, int], list[int]] = ((0, -1), [])
    for index in range(start, len(loc)):
        found, child = _child(node, loc[index])
        if not found:
            continue
        (count, last), path = _match(child, loc, index + 1)
        score = (count + 1, last if path else index)
        if score > best[0]:
            best = (score, [index, *path])
    return best


def _resolve(data: Any, loc: Loc) -> tuple[Any, Loc]:
    """The matched keys of ``loc`` (see :func:`_match`) and the node they lead to."""
    keys = tuple(loc[i] for i in _match(data, loc)[1])
    node = data
    for key in keys:
        node = node[key]
    return node, keys


def position(data: Any, loc: Loc) -> tuple[int, int]:
    """1-based (line, col) of the deepest key (or list item) of ``loc`` found in ruamel data."""
    _, keys = _resolve(data, loc)
    line, col = 1, 1
    node = data
    for key in keys:
        try:
            found = node.lc.key(key) if isinstance(node, CommentedMap) else node.lc.item(key)
            line, col = found[0] + 1, found[1] + 1
        except (AttributeError, KeyError, TypeError, IndexError):
            pass
        node = node[key]
    return line, col


def value_position(data: Any, loc: Loc) -> tuple[int, int]:
    """Like :func:`position`, but of the value when it is a scalar written after its key."""
    _, keys = _resolve(data, loc)
    if keys:
        parent, _ = _resolve(data, keys[:-1])
        last = keys[-1]
        if isinstance(parent, CommentedMap) and not isinstance(parent[last], CommentedMap | CommentedSeq):
            try:
                line, col = parent.lc.value(last)
                return line + 1, col + 1
            except (KeyError, TypeError):
                pass
    return position(data, keys)


def describe(err: ErrorDetails | dict[str, Any]) -> str:
    """The plain message for one pydantic error, naming its dotted key."""
    return plain_message(err, ".".join(str(k) for k in clean_loc(tuple(err["loc"]))))


def validation_problems(exc: ValidationError, data: Any, name: str) -> list[Problem]:
    """Turn a pydantic error into one :class:`Problem` per error, with YAML positions, in file order."""
    problems: list[Problem] = []
    for err in exc.errors():
        line, col = position(data, tuple(err["loc"]))
        problem = Problem(name, line, col, describe(err))
        if problem not in problems:
            problems.append(problem)
    return sorted(problems, key=lambda p: (p.line, p.col))


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
