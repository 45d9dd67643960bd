"""Field types shared by the step kinds: ids and jump targets, phrases, short forms."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

NEXT, END = "next", "end"
RESERVED_IDS: tuple[str, ...] = (NEXT, END)

StepId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_-]*$")]
Target = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_-]*$"),
    Field(description="a step id, 'next' (the following step) or 'end' (the planned end of the call)"),
]
Phrase = Annotated[str, StringConstraints(min_length=1)]


class Options(BaseModel):
    """Base of the long-form option models of a step: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


def shorthand(
    field: str, scalar: Any, options: type[BaseModel], allow_empty: bool = False, schema: Any = None
) -> BeforeValidator:
    """A before-validator turning ``kind: scalar`` into ``kind: {field: scalar}``; the JSON Schema
    accepts both forms (``schema`` overrides the scalar's schema type)."""
    scalars = tuple(getattr(scalar, "__args__", (scalar,)))
    if float in scalars:
        scalars += (int,)

    def convert(value: Any) -> Any:
        if value is None:
            if allow_empty:
                return {}
            raise PydanticCustomError("missing_value", "missing {field}", {"field": field})
        if isinstance(value, bool):  # bool is an int: never a shorthand
            return value
        if isinstance(value, scalars):
            return {field: value}
        return value

    short = schema if schema is not None else scalar
    accepted = short | options | None if allow_empty else short | options
    return BeforeValidator(convert, json_schema_input_type=accepted)
