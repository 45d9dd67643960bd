"""Loading ``checks:`` lists: validation with YAML positions, includes, cycles, duplicate ids."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from robot.config.messages import plain_message
from robot.config.yamlfile import load_yaml, position, validate_data
from robot.errors import InputError, Problem
from scoring.models import Check, ChecklistFile, IncludeItem, parse_check_item


def _describe(err: Any, loc: tuple[int | str, ...]) -> str:
    where = ".".join(str(k) for k in loc)
    if err["type"] == "extra_forbidden":
        return f"unknown key '{loc[-1] if loc else where}'"
    if err["type"] == "missing":
        return f"missing required key '{where}'"
    return plain_message(err, where)


def _item_problems(exc: ValidationError, items: Any, index: int, name: str) -> list[Problem]:
    problems: list[Problem] = []
    for err in exc.errors():
        loc = tuple(k for k in err["loc"] if not (isinstance(k, str) and "[" in k))
        line, col = position(items, (index, *loc))
        problem = Problem(name, line, col, _describe(err, loc))
        if problem not in problems:
            problems.append(problem)
    return problems


def load_checks(items: Any, base_dir: Path, file_name: str) -> list[Check]:
    """Validate a ruamel-parsed ``checks:`` sequence, resolving ``include`` items.

    Include paths are relative to ``base_dir`` (the including file's folder). Errors
    (bad keys, include cycles, missing files, duplicate ids) raise one
    :class:`~robot.errors.InputError` listing every problem as ``FILE:LINE:COL: message``.
    """
    return _load(items, Path(base_dir), file_name, (_key(Path(file_name)),), None)


def load_checklist(path: str | Path) -> list[Check]:
    """Load a checklist file (``checks:`` plus optional ``language``/``title``)."""
    path = Path(path)
    data = load_yaml(path)
    checklist = validate_data(ChecklistFile, data, str(path))
    return _load(data["checks"], path.parent, str(path), (_key(path),), checklist.language)


def _key(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path


def _load(items: Any, base_dir: Path, name: str, stack: tuple[Path, ...], language: str | None) -> list[Check]:
    if items is None:
        return []
    if not isinstance(items, list):
        raise InputError(Problem(name, 0, 0, "checks: must be a list"))
    problems: list[Problem] = []
    checks: list[Check] = []
    origin: dict[str, str] = {}

    def add(check: Check, index: int, note: str = "") -> None:
        line, col = position(items, (index, "id") if not note else (index,))
        if check.id in origin:
            message = f"duplicate check id '{check.id}'{note} (first defined at {origin[check.id]})"
            problems.append(Problem(name, line, col, message))
            return
        origin[check.id] = f"{name}:{line}" + note
        checks.append(check)

    for index, item in enumerate(items):
        try:
            parsed = parse_check_item(item)
        except ValidationError as exc:
            problems.extend(_item_problems(exc, items, index, name))
            continue
        if isinstance(parsed, IncludeItem):
            try:
                included = _include(parsed, items, index, base_dir, name, stack, language)
            except InputError as exc:
                problems.extend(exc.problems)
                continue
            for check in included:
                add(check, index, f" (included from {parsed.include})")
        else:
            if parsed.language is None and language is not None:
                parsed = parsed.model_copy(update={"language": language})
            add(parsed, index)
    if problems:
        raise InputError(problems)
    return checks


def _include(
    item: IncludeItem,
    items: Any,
    index: int,
    base_dir: Path,
    name: str,
    stack: tuple[Path, ...],
    language: str | None,
) -> list[Check]:
    line, col = position(items, (index, "include"))
    path = base_dir / item.include
    key = _key(path)
    if key in stack:
        chain = " -> ".join(p.name for p in (*stack, key))
        raise InputError(Problem(name, line, col, f"include cycle: {chain}"))
    if not path.is_file():
        raise InputError(Problem(name, line, col, f"included checklist not found: {path}"))
    data = load_yaml(path)
    checklist = validate_data(ChecklistFile, data, str(path))
    checks = _load(data["checks"], path.parent, str(path), (*stack, key), checklist.language or language)
    unknown = sorted(set(item.exclude) - {c.id for c in checks})
    if unknown:
        line, col = position(items, (index, "exclude"))
        raise InputError(Problem(name, line, col, f"exclude names unknown check ids: {', '.join(unknown)}"))
    return [c for c in checks if c.id not in item.exclude]
