"""Pydantic models of the ``checks:`` list: one check model per registered kind, plus ``include`` items.

A check is a mapping with ``id``, ``title``, ``weight`` and exactly one *kind key*
(``phrase``, ``not_phrase``, ``regex``, ``not_regex``, ``metric``, ``outcome``,
``not_dropped``, or any kind in :data:`scoring.checks.CHECK_KINDS`). The kind key selects
the model (a callable discriminator), so YAML needs no ``type:`` field and JSON Schema
still documents every kind.
"""

from __future__ import annotations

import operator
from functools import lru_cache, reduce
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    Discriminator,
    Field,
    GetCoreSchemaHandler,
    GetPydanticSchema,
    Tag,
    TypeAdapter,
)
from pydantic_core import CoreSchema, PydanticCustomError

from scoring.checks import CHECK_KINDS, INCLUDE_KEY, kind_keys
from scoring.checks.base import Check, StrictModel
from scoring.checks.text import FuzzyCheck, TextCheck

__all__ = ["Check", "CheckItem", "ChecklistFile", "FuzzyCheck", "IncludeItem", "TextCheck", "parse_check_item"]


class IncludeItem(StrictModel):
    """Includes the checks of a checklist file (path relative to the including file)."""

    include: str = Field(min_length=1, description="checklist file, relative to the including file")
    exclude: list[str] = Field(default_factory=list, description="ids of included checks to leave out")


# The name shows in pydantic's "Unable to extract tag using discriminator _kind_of()" message.
def _kind_of(value: Any) -> str | None:
    keys = kind_keys()
    if isinstance(value, BaseModel):
        value = {key: True for key in keys if key in type(value).model_fields}
    if not isinstance(value, dict):
        return None
    for key in keys:
        if key in value:
            return f"kind[{key}]"
    if "intent" in value and "phrase" in CHECK_KINDS:
        return "kind[phrase]"  # `intent: ID` alone is a phrase check
    return None


def _exactly_one_kind(value: Any) -> Any:
    if isinstance(value, dict):
        keys = kind_keys()
        kinds = [key for key in keys if key in value]
        if len(kinds) > 1:
            raise PydanticCustomError(
                "check_kind", "a check has exactly one kind, found {kinds}", {"kinds": " and ".join(kinds)}
            )
        if not kinds and "intent" not in value:
            raise PydanticCustomError("check_kind", "a check needs one of the keys {keys}", {"keys": ", ".join(keys)})
    return value


def _tagged_union(_source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
    """The registered kinds and ``include``, each tagged ``kind[KEY]``, told apart by :func:`_kind_of`."""
    models: dict[str, type[BaseModel]] = {**CHECK_KINDS, INCLUDE_KEY: IncludeItem}
    tagged = [Annotated[model, Tag(f"kind[{key}]")] for key, model in models.items()]
    return handler.generate_schema(Annotated[reduce(operator.or_, tagged), Discriminator(_kind_of)])


CheckItem = Annotated[
    Check | IncludeItem,
    GetPydanticSchema(_tagged_union),
    BeforeValidator(_exactly_one_kind),
    Field(description="a check (id, title, weight and one kind key) or an include item"),
]
"""One element of a ``checks:`` list: a check or ``include: FILE`` (use as ``list[CheckItem]``).

The kinds are those registered when the model using it is built."""


# Keyed by the registered kinds, so a kind registered later gets a fresh adapter.
@lru_cache(maxsize=8)
def _adapter(_kinds: tuple[tuple[str, type[Check]], ...]) -> TypeAdapter[Check | IncludeItem]:
    return TypeAdapter(CheckItem)


def parse_check_item(data: Any) -> Check | IncludeItem:
    """Validate one ``checks:`` element against the kinds registered now (raises ValidationError)."""
    return _adapter(tuple(CHECK_KINDS.items())).validate_python(data)


class ChecklistFile(StrictModel):
    """A reusable checklist file: ``checks:`` and optionally ``language`` and ``title``."""

    title: str | None = Field(None, description="what the checklist is for")
    language: str | None = Field(None, description="language of the phrases (en, ru...)")
    checks: list[Any] = Field(description="checks and include items")
