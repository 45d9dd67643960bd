"""Control flow of a scenario's steps: where each step may go, unreachable steps, endless loops."""

from __future__ import annotations

from typing import Any, ClassVar

from robot.scenario.steps import STEP_KINDS
from robot.scenario.steps.base import LiveCall, StepKind
from robot.scenario.steps.fields import END, NEXT
from robot.scenario.steptype import step_kind


def step_targets(steps: list[StepKind], index: int) -> list[int]:
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

    found = [resolve(target) for target in steps[index].targets()]
    return sorted({t for t in found if t is not None})


def flow_problems(steps: list[StepKind], lines: list[int]) -> list[tuple[int, str]]:
    """Unreachable steps and endless loops, as (step index, message)."""
    edges = [step_targets(steps, i) for i in range(len(steps))]
    after = [_reach(edges, edges[i]) for i in range(len(steps))]  # reachable in one or more jumps
    reachable = {0} | after[0]
    problems: list[tuple[int, str]] = []
    for i in range(1, len(steps)):
        if i not in reachable and i - 1 in reachable:
            prev = steps[i - 1]
            where = f"the {prev.kind} on line {lines[i - 1]} {prev.away or 'does not continue here'}"
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
        elif not any(steps[j].listens for j in loop):
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


class _Invalid(StepKind):
    """Stands for a step that failed validation: it goes on to the next step."""

    kind: ClassVar[str] = "invalid"

    def run(self, call: LiveCall) -> str | None:
        raise NotImplementedError("an invalid step never runs")


def flow_steps(steps: list[StepKind | None], raw_steps: list[Any]) -> list[StepKind]:
    """Steps for flow analysis: an invalid step counts as one that continues to the next, unless it
    looks like a jump (then the flow is unknown and the analysis is skipped: empty list)."""
    flow: list[StepKind] = []
    for step, raw in zip(steps, raw_steps, strict=False):
        if step is not None:
            flow.append(step)
            continue
        kind = step_kind(raw)
        if kind is not None and STEP_KINDS[kind].away is not None:
            return []
        raw_id = raw.get("id") if isinstance(raw, dict) else None
        flow.append(_Invalid.model_construct(id=raw_id if isinstance(raw_id, str) else None))
    return flow if len(flow) == len(steps) else []
