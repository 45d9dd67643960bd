"""The step kinds a scenario may use: one module per kind, registered here.

Everything kind-specific comes from :data:`STEP_KINDS`: the scenario model's step union, the
loader's messages, the JSON Schema and the engine's dispatch. A new kind is a module holding a
:class:`~robot.scenario.steps.base.StepKind` subclass plus one line below (or :func:`register`
at run time).
"""

from __future__ import annotations

from typing import TypeVar

from robot.scenario.steps.base import StepKind
from robot.scenario.steps.branch import Branch
from robot.scenario.steps.dtmf import Dtmf
from robot.scenario.steps.goto import Goto
from robot.scenario.steps.hangup import Hangup
from robot.scenario.steps.hold import Hold
from robot.scenario.steps.listen import Listen
from robot.scenario.steps.play import Play
from robot.scenario.steps.say import Say
from robot.scenario.steps.wait import Wait

K = TypeVar("K", bound=type[StepKind])

# In this order in messages ("known: listen, say, ...") and in the JSON Schema.
STEP_KINDS: dict[str, type[StepKind]] = {
    kind.kind: kind
    for kind in (
        Listen,
        Say,
        Play,
        Dtmf,
        Wait,
        Hold,
        Branch,
        Goto,
        Hangup,
    )
}


def register(kind: K) -> K:
    """Add a step kind at run time (a class decorator too); scenarios, the loader and the schema
    accept it at once."""
    if kind.kind in STEP_KINDS:
        raise ValueError(f"step kind '{kind.kind}' is already registered")
    STEP_KINDS[kind.kind] = kind
    _rebuild()
    return kind


def unregister(name: str) -> None:
    """Remove a step kind added with :func:`register`."""
    del STEP_KINDS[name]
    _rebuild()


def _rebuild() -> None:
    from robot.scenario.model import rebuild_step_models  # the model imports this registry: import late

    rebuild_step_models()


__all__ = ["STEP_KINDS", "StepKind", "register", "unregister"]
