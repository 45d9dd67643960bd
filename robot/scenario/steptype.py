"""The pydantic type of one step: the registered kind its key names.

A step is a YAML mapping holding exactly one *kind* key (``say``, ``listen``, ...) plus the
common keys ``id`` and ``max_visits``; some kinds may be written as a bare string
(``hangup``). Short forms (``say: "text"``, ``listen: 10``) are normalised to the long forms
by each kind's model, so the engine always reads ``step.say.text``, ``step.listen.max_s``, ...
"""

from __future__ import annotations

import functools
import operator
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias

from pydantic import BeforeValidator, Discriminator, GetCoreSchemaHandler, Tag, TypeAdapter
from pydantic_core import CoreSchema, PydanticCustomError

from robot.scenario.steps import STEP_KINDS, StepKind
from robot.scenario.suggest import suggest

COMMON_KEYS: tuple[str, ...] = ("id", "max_visits")
_LITERAL: Any = Literal  # subscripted with a run-time tuple of names below


def _unknown_kind(word: str) -> PydanticCustomError:
    close = suggest(word, STEP_KINDS)
    hint = f"; did you mean '{close}'?" if close else f" (known: {', '.join(STEP_KINDS)})"
    return PydanticCustomError("unknown_step", "unknown step '{key}'" + hint, {"key": word})


def _step_shape(value: Any) -> Any:
    """Reject what is not one step of one known kind, with a helpful message."""
    if isinstance(value, StepKind):
        return value
    if isinstance(value, str):
        kind = STEP_KINDS.get(value)
        if kind is not None and kind.bare:
            return {value: kind.bare_value}
        if kind is not None:
            raise PydanticCustomError("step_value", "step '{key}' needs a value: '{key}: ...'", {"key": value})
        raise _unknown_kind(value)
    if not isinstance(value, dict):
        raise PydanticCustomError("step_type", "a step must be a mapping like 'say: ...' or 'hangup'")
    kinds = [k for k in value if k in STEP_KINDS]
    if len(kinds) > 1:
        raise PydanticCustomError(
            "several_kinds",
            "a step has exactly one kind, found {kinds}",
            {"kinds": ", ".join(kinds), "key": kinds[1]},
        )
    if not kinds:
        others = [k for k in value if k not in COMMON_KEYS and k != "else"]
        if others:
            raise _unknown_kind(str(others[0]))
        raise PydanticCustomError("no_kind", "step has no kind (known: {known})", {"known": ", ".join(STEP_KINDS)})
    return value


def step_kind(value: Any) -> str | None:
    """The kind of a raw or validated step (None if it has none)."""
    if isinstance(value, StepKind):
        return value.kind
    if isinstance(value, str):
        return value if value in STEP_KINDS else None
    if isinstance(value, dict):
        kinds = [k for k in value if k in STEP_KINDS]
        return kinds[0] if len(kinds) == 1 else None
    return None


def _union(types: list[Any]) -> Any:
    return functools.reduce(operator.or_, types)


def _step_annotation() -> Any:
    """``Listen | Say | ...`` over the registered kinds, told apart by their key."""
    kinds = list(STEP_KINDS.values())
    bare = tuple(kind.kind for kind in kinds if kind.bare)
    accepted = _union(([_LITERAL[bare]] if bare else []) + kinds)  # what the JSON Schema describes
    return Annotated[
        _union([Annotated[kind, Tag(kind.kind)] for kind in kinds]),
        Discriminator(step_kind),
        BeforeValidator(_step_shape, json_schema_input_type=accepted),
    ]


if TYPE_CHECKING:
    Step: TypeAlias = StepKind
else:

    class Step:
        """One step of any registered kind (a pydantic type, generated from the registry each time
        a model using it is built)."""

        @classmethod
        def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
            return handler.generate_schema(_step_annotation())


@cache
def step_adapter() -> TypeAdapter[Any]:
    """Validates one step on its own (cleared when the registry changes)."""
    return TypeAdapter(Step)
