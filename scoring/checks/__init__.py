"""The check kinds, one module each (its pydantic model and how it scores a call), and their registry.

:data:`CHECK_KINDS` maps each kind key (the YAML key that selects the kind: ``phrase``,
``metric``...) to its :class:`~scoring.checks.base.Check` subclass. The ``checks:`` union of
checklists and scenario files (:data:`scoring.models.CheckItem`), their JSON Schema, the
"needs one of the keys" messages and the engine all follow it. Adding a kind is one module
plus its import and its entry in the list at the bottom; :func:`register` adds one at run
time too (scenario files only see kinds registered before their model is built).
"""

from __future__ import annotations

from typing import TypeVar

from scoring.checks.base import NO_VERDICT, CallFacts, Check, Evidence, Verdict
from scoring.checks.metric import MetricCheck
from scoring.checks.not_dropped import NotDroppedCheck
from scoring.checks.not_phrase import NotPhraseCheck
from scoring.checks.not_regex import NotRegexCheck
from scoring.checks.outcome import OutcomeCheck
from scoring.checks.phrase import PhraseCheck
from scoring.checks.regex import RegexCheck

__all__ = [
    "CHECK_KINDS",
    "INCLUDE_KEY",
    "NO_VERDICT",
    "CallFacts",
    "Check",
    "Evidence",
    "Verdict",
    "kind_keys",
    "register",
]

INCLUDE_KEY = "include"
"""The key of ``include: FILE`` items, taken by no check kind."""

CHECK_KINDS: dict[str, type[Check]] = {}
"""Kind key -> check model, in the order messages and the JSON Schema list them."""

K = TypeVar("K", bound=Check)


def register(kind: type[K]) -> type[K]:
    """Add a check kind (also usable as a class decorator).

    Its ``kind`` key must be one of its fields, not taken, and no field of another kind.
    """
    key = getattr(kind, "kind", None)
    if not isinstance(key, str) or key not in kind.model_fields:
        raise ValueError(f"{kind.__name__}.kind {key!r} is not one of its fields")
    if key in CHECK_KINDS or key == INCLUDE_KEY:
        raise ValueError(f"check kind {key!r} is already registered")
    for other in CHECK_KINDS.values():
        if key in other.model_fields or other.kind in kind.model_fields:
            raise ValueError(f"check kinds {key!r} and {other.kind!r} would share a kind key")
    CHECK_KINDS[key] = kind
    return kind


def kind_keys() -> tuple[str, ...]:
    """Every key that selects a ``checks:`` item: the kind keys, then ``include``."""
    return (*CHECK_KINDS, INCLUDE_KEY)


for _kind in (
    PhraseCheck,
    NotPhraseCheck,
    RegexCheck,
    NotRegexCheck,
    MetricCheck,
    OutcomeCheck,
    NotDroppedCheck,
):
    register(_kind)
