"""Loading and validating scenario files: structure (pydantic) and meaning (ids, jumps, files...).

Every problem is a :class:`~robot.errors.Problem` with the line and column of the offending key
or value; all problems are collected, not just the first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from robot.config.yamlfile import load_yaml, position
from robot.errors import InputError, Problem
from robot.scenario.model import (
    END,
    KINDS,
    LANGUAGES,
    NEXT,
    RESERVED_IDS,
    STEP_MODELS,
    Branch,
    Case,
    Goto,
    Hangup,
    Hold,
    Listen,
    Play,
    Say,
    Scenario,
    Step,
    StepBase,
    Wait,
    step_kind,
    suggest,
)
from robot.scenario.templating import template_issues
from scoring.checklist import load_checks

Loc = tuple[int | str, ...]
CUSTOM_ERRORS = {
    "step_value",
    "step_type",
    "no_kind",
    "missing_prompt",
    "missing_value",
    "persona_value",
    "bad_range",
    "bad_case",
}
SHORT_FORMS = {
    "say": "prompt text or {text: ...}",
    "play": "a WAV file or {file: ...}",
    "dtmf": 'digits like "2#" or {digits: ...}',
    "listen": "seconds or {max_s: ...}",
    "hold": "seconds or {max_s: ...}",
}
_STEP = TypeAdapter(Step)


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
        steps = list(scenario.steps) if scenario else [self._partial_step(raw) for raw in raw_steps]
        persona = self._persona(scenario)
        ids = self._check_ids(raw_steps)
        for index, step in enumerate(steps):
            if step is not None:
                self._check_step(index, step, ids, persona)
        lines = [position(self.data, ("steps", i))[0] for i in range(len(steps))]
        for step, line in zip(steps, lines, strict=True):
            if step is not None:
                step._line = line
        flow = _flow_steps(steps, raw_steps)
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

    def _pydantic(self, err: dict[str, Any]) -> None:
        loc = _clean_loc(err["loc"])
        kind, ctx = err["type"], err.get("ctx") or {}
        if kind in ("unknown_step", "several_kinds") and isinstance(_get(self.data, loc), dict):
            self.add((*loc, ctx["key"]), err["msg"], value=False)
        elif kind == "extra_forbidden":
            self.add(loc, _unknown_key(self.data, loc), value=False)
        elif kind == "missing":
            what = loc[-1]
            message = "missing prompt text" if what == "text" and "say" in loc else f"missing key '{what}'"
            self.add(loc[:-1], message, value=False)
        elif kind == "model_type" and not loc:
            self.add(loc, "a scenario must be a mapping (name:, language:, steps: ...)", value=False)
        elif kind == "literal_error" and loc == ("language",):
            self.add(loc, f"unsupported language {err['input']!r} (supported: {', '.join(LANGUAGES)})")
        elif kind == "string_pattern_mismatch" and loc[-1:] == ("digits",):
            self.add(loc, f"invalid DTMF digits {err['input']!r} (allowed: 0-9 * # A-D)")
        elif "[key]" in loc:
            name = loc[loc.index("[key]") - 1]
            self.add(loc[:-1], f"invalid variable name {name!r} (letters, digits and _)", value=False)
        elif kind == "model_type" and len(loc) == 3 and loc[0] == "steps" and loc[2] in SHORT_FORMS:
            self.add(loc, f"{loc[2]}: expected {SHORT_FORMS[str(loc[2])]}")
        elif kind == "string_pattern_mismatch":
            self.add(loc, f"{_dotted(loc)}: invalid name {err['input']!r} (letters, digits, _ and -)")
        else:
            where = _dotted(loc)
            message = f"{where}: {err['msg']}" if where else err["msg"]
            self.add(loc, message, value=kind not in CUSTOM_ERRORS)

    def _raw_steps(self) -> list[Any]:
        raw = self.data.get("steps") if isinstance(self.data, dict) else None
        return list(raw) if isinstance(raw, list) else []

    @staticmethod
    def _partial_step(raw: Any) -> StepBase | None:
        try:
            return _STEP.validate_python(raw)
        except ValidationError:
            return None

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

    def _check_step(self, index: int, step: StepBase, ids: set[str], persona: dict[str, Any] | None) -> None:
        base: Loc = ("steps", index)
        if isinstance(step, Say) and persona is not None:
            self._check_template(step.say.text, _option_loc(self.data, (*base, "say"), "text"), persona)
        elif isinstance(step, Play):
            self._check_wav(step.play.file, _option_loc(self.data, (*base, "play"), "file"))
        elif isinstance(step, Goto):
            self._check_target(step.goto, (*base, "goto"), ids, "goto", allow_next=False)
        elif isinstance(step, Branch):
            self._check_branch(base, step, ids, persona)

    def _check_branch(self, base: Loc, step: Branch, ids: set[str], persona: dict[str, Any] | None) -> None:
        seen_silence: int | None = None
        seen_phrases: dict[str, int] = {}
        for number, case in enumerate(step.branch):
            loc: Loc = (*base, "branch", number)
            self._check_target(case.goto, (*loc, "goto"), ids, "goto")
            if case.silence:
                if seen_silence is not None:
                    self.add(
                        (*loc, "silence"),
                        f"case can never match: case {seen_silence} already matches silence",
                        value=False,
                    )
                seen_silence = seen_silence or number + 1
            for k, phrase in enumerate(case.heard or []):
                ploc = _phrase_loc(self.data, loc, k)
                key = " ".join(phrase.lower().split())
                if key in seen_phrases:
                    self.add(ploc, f"phrase {phrase!r} can never match: case {seen_phrases[key]} has it")
                seen_phrases.setdefault(key, number + 1)
                if persona is not None:
                    self._check_template(phrase, ploc, persona)
        self._check_target(step.else_, (*base, "else"), ids, "else")

    def _check_target(self, target: str, loc: Loc, ids: set[str], what: str, allow_next: bool = True) -> None:
        if target == END or (allow_next and target == NEXT) or target in ids:
            return
        self.unknown_targets = True
        if target == NEXT:
            self.add(loc, "'goto: next' does nothing; remove the step or name a step id")
            return
        close = suggest(target, sorted(ids))
        hint = f"; did you mean '{close}'?" if close else ""
        choices = "a step id or 'end'" if not allow_next else "a step id, 'next' or 'end'"
        self.add(loc, f"{what}: unknown step id '{target}' (expected {choices}){hint}")

    def _check_template(self, text: str, loc: Loc, persona: dict[str, Any]) -> None:
        for issue in template_issues(text, persona):
            self.add(loc, issue.message)

    def _check_wav(self, file: str, loc: Loc) -> None:
        path = Path(file) if Path(file).is_absolute() else self.base_dir / file
        if not path.is_file():
            self.add(loc, f"WAV file not found: {file} (looked for {path})")
            return
        try:
            with path.open("rb") as handle:
                head = handle.read(12)
        except OSError as exc:
            self.add(loc, f"cannot read WAV file {file}: {exc}")
            return
        if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            self.add(loc, f"not a WAV file: {file}")


# --- control flow ------------------------------------------------------------------------------


def step_targets(steps: list[StepBase], index: int) -> list[int]:
    """Indexes the runner may go to after ``steps[index]``; ``len(steps)`` is the end of the call.
    Unknown targets are left out (they are reported separately)."""
    end = len(steps)
    ids: dict[str, int] = {}
    for i, step in enumerate(steps):
        if step.id:
            ids.setdefault(step.id, i)

    def resolve(target: str) -> int | None:
        if target == END:
            return end
        if target == NEXT:
            return index + 1
        return ids.get(target)

    step = steps[index]
    if isinstance(step, Goto):
        found = [resolve(step.goto)]
    elif isinstance(step, Hangup):
        found = [end]
    elif isinstance(step, Branch):
        found = [resolve(case.goto) for case in step.branch] + [resolve(step.else_)]
    else:
        found = [index + 1]
    return sorted({t for t in found if t is not None})


_AWAY = {"hangup": "ends the call", "goto": "jumps away", "branch": "always jumps elsewhere"}


def flow_problems(steps: list[StepBase], lines: list[int]) -> list[tuple[int, str]]:
    """Unreachable steps and endless loops, as (step index, message)."""
    edges = [step_targets(steps, i) for i in range(len(steps))]
    after = [_reach(edges, edges[i]) for i in range(len(steps))]  # reachable in one or more jumps
    reachable = {0} | after[0]
    problems: list[tuple[int, str]] = []
    for i in range(1, len(steps)):
        if i not in reachable and i - 1 in reachable:
            prev = steps[i - 1]
            how = _AWAY.get(prev.kind, "does not continue here")
            where = f"the {prev.kind} on line {lines[i - 1]} {how}"
            problems.append((i, f"unreachable step: no goto or branch leads here, and {where}"))
    done: set[int] = set()
    for i in sorted(reachable - {len(steps)}):
        if i in done or i not in after[i]:
            continue
        loop = sorted({i} | {j for j in after[i] if j < len(steps) and i in after[j]})
        done.update(loop)
        where = ", ".join(str(lines[j]) for j in loop)
        exits = any(t not in loop for j in loop for t in edges[j])
        if not exits:
            problems.append(
                (
                    loop[-1],
                    f"loops forever: the steps on lines {where} repeat and nothing leads out "
                    "of the loop (add a branch case that leaves it, or a hangup)",
                )
            )
        elif not any(isinstance(steps[j], Listen | Hold) for j in loop):
            problems.append(
                (
                    loop[-1],
                    f"loops without the call progressing: nothing in the loop (lines {where}) "
                    "listens, so its branch sees the same words every time (add a listen)",
                )
            )
    return problems


def _reach(edges: list[list[int]], start: list[int]) -> set[int]:
    seen: set[int] = set()
    todo = list(start)
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        if node < len(edges):
            todo.extend(edges[node])
    return seen


def _flow_steps(steps: list[StepBase | None], raw_steps: list[Any]) -> list[StepBase]:
    """Steps for flow analysis: an invalid step counts as one that continues to the next, unless it
    looks like a jump (then the flow is unknown and the analysis is skipped: empty list)."""
    flow: list[StepBase] = []
    for step, raw in zip(steps, raw_steps, strict=False):
        if step is not None:
            flow.append(step)
            continue
        if step_kind(raw) in ("goto", "branch", "hangup"):
            return []
        raw_id = raw.get("id") if isinstance(raw, dict) else None
        flow.append(Wait.model_construct(wait=1.0, id=raw_id if isinstance(raw_id, str) else None))
    return flow if len(flow) == len(steps) else []


# --- helpers -----------------------------------------------------------------------------------


def value_position(data: Any, loc: Loc) -> tuple[int, int]:
    """1-based (line, col) of the value at ``loc`` when it is a scalar, else of its key.

    A ``loc`` into a short form (``dtmf: "2x"`` reported at ``dtmf.digits``) points at the scalar.
    """
    while loc and not _has(data, loc):
        loc = loc[:-1]
    if loc:
        parent = data
        for key in loc[:-1]:
            try:
                parent = parent[key]
            except (KeyError, IndexError, TypeError):
                return position(data, loc)
        last = loc[-1]
        if isinstance(parent, CommentedMap) and last in parent:
            value = parent[last]
            if not isinstance(value, CommentedMap | CommentedSeq):
                try:
                    line, col = parent.lc.value(last)
                    return line + 1, col + 1
                except (KeyError, TypeError):
                    pass
    return position(data, loc)


def _clean_loc(loc: tuple[int | str, ...]) -> Loc:
    """Drop the union tag pydantic puts after a step's index (``steps, 3, 'say', 'say'``)."""
    if len(loc) >= 3 and loc[0] == "steps" and isinstance(loc[1], int) and loc[2] in KINDS:
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


def _options_model(kind: str) -> type[BaseModel] | None:
    """The long-form model of a step kind (``SayOptions`` for ``say``), if it has one."""
    annotation = STEP_MODELS[kind].model_fields[kind].annotation
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def _unknown_key(data: Any, loc: Loc) -> str:
    """Message for an unknown key, with the closest allowed key or where the key belongs."""
    key = str(loc[-1])
    allowed: set[str] = set()
    if len(loc) == 1:
        allowed = _fields(Scenario)
    elif loc[0] == "steps" and len(loc) >= 3:
        kind = step_kind(_get(data, loc[:2]))
        options = _options_model(kind) if kind else None
        if len(loc) == 3 and kind:
            if options is not None and key in options.model_fields:
                return f"unknown key '{key}': it belongs inside {kind}, e.g. {kind}: {{..., {key}: ...}}"
            allowed = _fields(STEP_MODELS[kind])
        elif len(loc) == 4 and options is not None:
            allowed = _fields(options)
        elif len(loc) == 5 and kind == "branch":
            allowed = _fields(Case)
    close = suggest(key, sorted(allowed)) if allowed else None
    return f"unknown key '{key}'" + (f"; did you mean '{close}'?" if close else "")


def _option_loc(data: Any, loc: Loc, field: str) -> Loc:
    """Location of a short-form value (``say: "..."``) or of its long-form field."""
    node = _get(data, loc)
    return (*loc, field) if isinstance(node, dict) else loc


def _phrase_loc(data: Any, case_loc: Loc, k: int) -> Loc:
    node = _get(data, (*case_loc, "heard"))
    return (*case_loc, "heard", k) if isinstance(node, list) else (*case_loc, "heard")


def _has(data: Any, loc: Loc) -> bool:
    parent = _get(data, loc[:-1])
    key = loc[-1]
    if isinstance(parent, dict):
        return key in parent
    return isinstance(parent, list) and isinstance(key, int) and 0 <= key < len(parent)


def _get(data: Any, loc: Loc) -> Any:
    node = data
    for key in loc:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _unique(problems: list[Problem]) -> list[Problem]:
    seen: set[Problem] = set()
    return [p for p in problems if not (p in seen or seen.add(p))]


__all__ = [
    "flow_problems",
    "load_scenario",
    "step_targets",
    "validate_scenario",
    "validate_scenario_data",
    "value_position",
]
