"""The interface of a check kind: a pydantic model that also knows how to score a call.

A kind subclasses :class:`Check`, names its *kind key* in ``kind`` (a field of the model,
e.g. ``phrase``) and implements :meth:`Check.evaluate`, which reads the :class:`CallFacts`
the engine prepares once per call and returns a :class:`Verdict`.
"""

from __future__ import annotations

from abc import abstractmethod
from dataclasses import dataclass
from typing import Annotated, Any, ClassVar, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from robot.call.result import Turn
from scoring.inputs import ScoringInput

ID_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$"
CONVERSATION_OUTCOMES = frozenset({"answered", "dropped"})
"""Outcomes of a call that reached someone: the only ones with a conversation to judge."""

PhraseList = Annotated[list[Annotated[str, Field(min_length=1)]], Field(min_length=1)]


def as_list(value: Any) -> Any:
    """``"x"`` → ``["x"]`` (a ``mode="before"`` validator: one item may be written bare)."""
    return [value] if isinstance(value, str) else value


class StrictModel(BaseModel):
    """Unknown keys are errors; aliased fields (``max``) accept their Python names too."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Evidence(BaseModel):
    """What decided a check: the quoted words, when they started, who said them."""

    text: str
    start_s: float | None = None
    speaker: Literal["robot", "callee"] | None = None
    end_s: float | None = None
    """End of the evidence's turn(s): with ``start_s``, the part of the recording to listen to."""


class Verdict(NamedTuple):
    """``passed`` None: the check cannot apply to this call and counts neither way."""

    passed: bool | None
    evidence: Evidence | None = None
    confidence: float | None = None
    """How sure the verdict is (0-1); None means certain (1.0)."""
    intent: str | None = None
    """The intent the check matched by, if any."""


NO_VERDICT = Verdict(None, None)


@dataclass(frozen=True)
class CallFacts:
    """What every check reads, prepared once per call by the engine."""

    call: ScoringInput
    turns: list[Turn]
    """The transcript ordered by start time."""
    metrics: dict[str, float | None]
    """Every metric of :data:`scoring.metrics.METRICS` (None where unknown)."""
    language: str | None
    """The call's language code (``en``, ``ru``), given or detected; None if unknown."""


class Check(StrictModel):
    """Base of every check kind: the fields common to all checks, and :meth:`evaluate`."""

    kind: ClassVar[str]
    """The kind key: the field that selects this kind in YAML (``phrase``, ``metric``...)."""

    id: str = Field(pattern=ID_PATTERN, description="unique id of the check (letters, digits, _ . -)")
    title: str = Field(min_length=1, description="human title used in reports")
    weight: float = Field(1, ge=0, description="points the check is worth when it passes (default 1)")
    language: str | None = Field(
        None,
        description="language of the phrases (en, ru...); defaults to the checklist file's language. "
        "When the call's language is known and differs, the check gives passed: null",
    )

    @abstractmethod
    def evaluate(self, facts: CallFacts) -> Verdict:
        """Judge one call: passed, failed or not applicable, with the evidence."""
