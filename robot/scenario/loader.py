"""Loading and validating scenario files: structure (pydantic) and meaning (ids, jumps, files...).

Every problem is a :class:`~robot.errors.Problem` with the line and column of the offending key
or value; all problems are collected, not just the first. Kind-specific checks are the step
kinds' own (:meth:`~robot.scenario.steps.base.StepKind.check`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeGuard, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from robot.config.messages import plain_message
from robot.config.yamlfile import clean_loc, load_yaml, position, value_position
from robot.errors import InputError, Problem
from robot.scenario.flow import flow_problems, flow_steps, step_targets
from robot.scenario.model import LANGUAGES, Scenario
from robot.scenario.steps import STEP_KINDS
from robot.scenario.steps.base import Loc, StepKind
from robot.scenario.steps.fields import END, NEXT, RESERVED_IDS
from robot.scenario.steptype import step_adapter, step_kind
from robot.scenario.suggest import suggest
from robot.scenario.templating import template_issues
from scoring.checklist import load_checks

# Custom errors raised outside the step kinds (these declare theirs): reported at the key.
KEY_ERRORS = frozenset({"step_value", "step_type", "no_kind", "missing_value", "persona_value"})


def load_scenario(path: str | Path) -> Scenario:
    """Load and fully validate a scenario file; raise :class:`InputError` listing every problem."""
    scenario, problems = validate_scenario(path)
    if scenario is None:
        raise InputError(problems)
    return scenario


def validate_scenario(path: str | Path) -> tuple[Scenario | None, list[Problem]]:
    """Validate a scenario file: the scenario (None if invalid) and every problem found."""
    try:
        data = load_yaml(path)
    except InputError as exc:
        return None, exc.problems
    scenario, problems = validate_scenario_data(data, str(path), Path(path).parent)
    if scenario is not None:
        scenario._source = Path(path).resolve()
    return scenario, problems


def validate_scenario_data(data: Any, name: str, base_dir: Path) -> tuple[Scenario | None, list[Problem]]:
    """Validate parsed YAML (ruamel containers keep positions); ``play`` files resolve against
    ``base_dir``."""
    if data is None:
        return None, [Problem(name, 1, 1, "file is empty")]
    checker = _Checker(data, name, base_dir)
    return checker.run()


class _Checker:
    def __init__(self, data: Any, name: str, base_dir: Path):
        self.data = data
        self.name = name
        self.base_dir = base_dir
        self.problems: list[Problem] = []
        self.unknown_targets = False

    def add(self, loc: Loc, message: str, *, value: bool = True) -> None:
        line, col = value_position(self.data, loc) if value else position(self.data, loc)
        self.problems.append(Problem(self.name, line, col, message))

    def run(self) -> tuple[Scenario | None, list[Problem]]:
        scenario: Scenario | None = None
        try:
            scenario = Scenario.model_validate(self.data)
        except ValidationError as exc:
            for err in exc.errors():
                self._pydantic(err)
        raw_steps = self._raw_steps()
        steps: list[StepKind | None] = (
            list(scenario.steps) if scenario else [self._partial_step(raw) for raw in raw_steps]
        )
        persona = self._persona(scenario)
        ids = self._check_ids(raw_steps)
        for index, step in enumerate(steps):
            if step is not None:
                step.check(_StepChecks(self, index, ids, persona))
        lines = [position(self.data, ("steps", i))[0] for i in range(len(steps))]
        for step, line in zip(steps, lines, strict=True):
            if step is not None:
                step._line = line
        flow = flow_steps(steps, raw_steps)
        if flow and not self.unknown_targets:  # a typo in a target would make the flow misleading
            for index, message in flow_problems(flow, lines):
                self.add(("steps", index), message, value=False)
        if scenario is not None and isinstance(self.data, dict) and self.data.get("checks"):
            self._resolve_checks(scenario)
        problems = _unique(sorted(self.problems, key=lambda p: (p.line, p.col)))
        return (scenario if not problems else None), problems

    def _resolve_checks(self, scenario: Scenario) -> None:
        """Expand ``include`` items into the checks the scorer runs (kept on the scenario)."""
        try:
            scenario._resolved_checks = load_checks(self.data["checks"], self.base_dir, self.name)
        except InputError as exc:
            self.problems.extend(exc.problems)

    # --- structure -----------------------------------------------------------------------

    def _pydantic(self, err: ErrorDetails) -> None:
        loc = _clean_loc(err["loc"])
        kind, ctx = err["type"], err.get("ctx") or {}
        step = _step_kind_at(loc)
        if kind in ("unknown_step", "several_kinds") and isinstance(_get(self.data, loc), dict):
            self.add((*loc, ctx["key"]), err["msg"], value=False)
        elif kind == "extra_forbidden":
            self.add(loc, _unknown_key(self.data, loc), value=False)
        elif kind == "missing":
            wording = step.describe_error(err, loc[2:]) if step else None
            self.add(loc[:-1], wording or f"missing key '{loc[-1]}'", value=False)
        elif kind == "model_type" and not loc:
            self.add(loc, "a scenario must be a mapping (name:, language:, steps: ...)", value=False)
        elif kind == "literal_error" and loc == ("language",):
            self.add(loc, f"unsupported language {err['input']!r} (supported: {', '.join(LANGUAGES)})")
        elif step and (wording := step.describe_error(err, loc[2:])) is not None:
            self.add(loc, wording)
        elif "[key]" in loc:
            name = loc[loc.index("[key]") - 1]
            self.add(loc[:-1], f"invalid variable name {name!r} (letters, digits and _)", value=False)
        elif kind == "model_type" and len(loc) == 3 and step and step.short_form:
            self.add(loc, f"{step.kind}: expected {step.short_form}")
        elif kind == "string_pattern_mismatch":
            self.add(loc, f"{_dotted(loc)}: invalid name {err['input']!r} (letters, digits, _ and -)")
        else:
            self.add(loc, plain_message(err, _dotted(loc)), value=kind not in _key_errors())

    def _raw_steps(self) -> list[Any]:
        raw = self.data.get("steps") if isinstance(self.data, dict) else None
        return list(raw) if isinstance(raw, list) else []

    @staticmethod
    def _partial_step(raw: Any) -> StepKind | None:
        try:
            step: StepKind = step_adapter().validate_python(raw)
        except ValidationError:
            return None
        return step

    def _persona(self, scenario: Scenario | None) -> dict[str, Any] | None:
        if scenario is not None:
            return dict(scenario.persona)
        raw = self.data.get("persona", {}) if isinstance(self.data, dict) else {}
        return {str(k): v for k, v in raw.items()} if isinstance(raw, dict) else None

    # --- meaning -------------------------------------------------------------------------

    def _check_ids(self, raw_steps: list[Any]) -> set[str]:
        first: dict[str, int] = {}
        for index, raw in enumerate(raw_steps):
            step_id = raw.get("id") if isinstance(raw, dict) else None
            if not isinstance(step_id, str):
                continue
            loc = ("steps", index, "id")
            if step_id in RESERVED_IDS:
                self.add(loc, f"step id '{step_id}' is reserved (it means {step_id!r} in jumps)")
            elif step_id in first:
                self.add(loc, f"duplicate step id '{step_id}' (first on line {first[step_id]})")
            else:
                first[step_id] = value_position(self.data, loc)[0]
        return set(first)


class _StepChecks:
    """What one step's ``check`` sees of the file (:class:`~robot.scenario.steps.base.StepChecks`)."""

    def __init__(self, checker: _Checker, index: int, ids: set[str], persona: dict[str, Any] | None):
        self.checker = checker
        self.base: Loc = ("steps", index)
        self.ids = ids
        self.persona = persona

    def node(self, path: Loc) -> Any:
        return _get(self.checker.data, (*self.base, *path))

    def add(self, path: Loc, message: str, *, value: bool = True) -> None:
        self.checker.add((*self.base, *path), message, value=value)

    def template(self, text: str, path: Loc) -> None:
        if self.persona is None:  # the persona itself is broken: reported on its own
            return
        for issue in template_issues(text, self.persona):
            self.add(path, issue.message)

    def target(self, target: str, path: Loc, what: str, *, allow_next: bool = True) -> None:
        if target == END or (allow_next and target == NEXT) or target in self.ids:
            return
        self.checker.unknown_targets = True
        if target == NEXT:
            self.add(path, "'goto: next' does nothing; remove the step or name a step id")
            return
        close = suggest(target, sorted(self.ids))
        hint = f"; did you mean '{close}'?" if close else ""
        choices = "a step id or 'end'" if not allow_next else "a step id, 'next' or 'end'"
        self.add(path, f"{what}: unknown step id '{target}' (expected {choices}){hint}")

    def file(self, name: str) -> Path:
        return Path(name) if Path(name).is_absolute() else self.checker.base_dir / name


# --- helpers -----------------------------------------------------------------------------------


def _key_errors() -> frozenset[str]:
    return KEY_ERRORS.union(*(kind.key_errors for kind in STEP_KINDS.values()))


def _step_kind_at(loc: Loc) -> type[StepKind] | None:
    """The kind of the step a (clean) ``loc`` points into, if it points into a step's value."""
    if len(loc) >= 3 and loc[0] == "steps" and isinstance(loc[1], int) and isinstance(loc[2], str):
        return STEP_KINDS.get(loc[2])
    return None


def _clean_loc(raw: tuple[int | str, ...]) -> Loc:
    """Drop pydantic's union tags (``kind[phrase]``) and the step-kind tag after a step's index
    (``steps, 3, 'say', 'say'``)."""
    loc = clean_loc(raw)
    if len(loc) >= 3 and loc[0] == "steps" and isinstance(loc[1], int) and loc[2] in STEP_KINDS:
        return (*loc[:2], *loc[3:])
    return tuple(loc)


def _dotted(loc: Loc) -> str:
    """``say.text`` / ``branch[0].goto`` style path for messages, without the leading step index."""
    parts = list(loc)
    if len(parts) >= 2 and parts[0] == "steps" and isinstance(parts[1], int):
        parts = parts[2:]
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _fields(model: type[BaseModel]) -> set[str]:
    return {field.alias or name for name, field in model.model_fields.items()}


def _model_at(model: type[BaseModel], path: Loc) -> type[BaseModel] | None:
    """The model whose keys are allowed at ``path`` below ``model`` (``branch, 0`` -> ``Case``), if any."""
    node: Any = model
    for part in path:
        if isinstance(part, int):
            node = get_args(node)[0] if get_origin(node) is list else None
        elif _is_model(node):
            found = [f for name, f in node.model_fields.items() if (f.alias or name) == part]
            node = found[0].annotation if found else None
        else:
            return None
    return node if _is_model(node) else None


def _is_model(node: Any) -> TypeGuard[type[BaseModel]]:
    return isinstance(node, type) and get_origin(node) is None and issubclass(node, BaseModel)


def _unknown_key(data: Any, loc: Loc) -> str:
    """Message for an unknown key, with the closest allowed key or where the key belongs."""
    key = str(loc[-1])
    allowed: set[str] = set()
    if len(loc) == 1:
        allowed = _fields(Scenario)
    elif loc[0] == "steps" and len(loc) >= 3:
        kind = step_kind(_get(data, loc[:2]))
        model = _model_at(STEP_KINDS[kind], loc[2:-1]) if kind else None
        options = _model_at(STEP_KINDS[kind], (kind,)) if kind else None
        if len(loc) == 3 and kind and options is not None and key in options.model_fields:
            return f"unknown key '{key}': it belongs inside {kind}, e.g. {kind}: {{..., {key}: ...}}"
        allowed = _fields(model) if model is not None else set()
    close = suggest(key, sorted(allowed)) if allowed else None
    return f"unknown key '{key}'" + (f"; did you mean '{close}'?" if close else "")


def _get(data: Any, loc: Loc) -> Any:
    node = data
    for key in loc:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _unique(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))


__all__ = [
    "flow_problems",
    "load_scenario",
    "step_targets",
    "validate_scenario",
    "validate_scenario_data",
    "value_position",
]
