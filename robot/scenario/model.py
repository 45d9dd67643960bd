"""Pydantic model of scenario files: who the caller is and the steps the robot runs.

The steps are the kinds registered in :mod:`robot.scenario.steps` (see
:mod:`robot.scenario.steptype`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, StringConstraints
from pydantic_core import PydanticCustomError

from robot.scenario.machines import Machines
from robot.scenario.steps.fields import END, NEXT
from robot.scenario.steptype import Step, step_adapter
from robot.scenario.templating import PersonaValue, render_prompt
from scoring.engine import REVIEW_THRESHOLD
from scoring.models import CheckItem

Language = Literal["ru", "en"]
LANGUAGES: tuple[str, ...] = get_args(Language)

PersonaKey = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]


def _persona_value(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise PydanticCustomError("persona_value", "a persona value must be text or a number")
    return value


PersonaField = Annotated[PersonaValue, BeforeValidator(_persona_value)]


class Scenario(BaseModel):
    """A call scenario: who the caller is and what the robot does on the call."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, title="mysterycall scenario")

    name: str = Field(min_length=1, description="scenario name shown in results and reports")
    description: str | None = Field(None, description="free text for humans")
    language: Language = Field(description="language of prompts and transcription: 'ru' or 'en'")
    persona: dict[PersonaKey, PersonaField] = Field(
        default_factory=dict, description="caller variables used in prompts as {persona.NAME}"
    )
    max_call_s: float | None = Field(
        None, gt=0, le=3600, description="hang up after this many seconds (default: limits.max_call_s)"
    )
    max_steps: int = Field(100, ge=1, le=10000, description="the runner stops after executing this many steps")
    steps: list[Step] = Field(min_length=1, description="what the robot does, in order")
    checks: list[CheckItem] = Field(
        default_factory=list, description="scoring checks, or `include: FILE` of a checklist (see scoring)"
    )
    pass_percent: float = Field(80.0, ge=0, le=100, description="score percent needed to pass")
    review_below: float = Field(
        REVIEW_THRESHOLD,
        ge=0,
        le=1,
        description="put the call on the review queue when a weighted check's confidence is below this "
        "(a check's own review_below wins)",
    )
    machines: Machines = Field(
        default_factory=Machines,
        description="what to do when a machine answers: voicemail (hangup, continue, {say: ...}), "
        "announcement (hangup, continue)",
    )
    transfers: Literal["follow", "refuse"] = Field(
        "follow",
        description="a callee's REFER (blind transfer) or 3xx: 'follow' within the dialled destination and the "
        "dialling policy (default), or 'refuse' every one (603)",
    )

    _source: Path | None = PrivateAttr(None)
    _resolved_checks: list[Any] | None = PrivateAttr(None)

    @property
    def scoring_checks(self) -> list[Any]:
        """The checks with includes expanded (set by the loader)."""
        if self._resolved_checks is not None:
            return self._resolved_checks
        return [c for c in self.checks if not hasattr(c, "include")]

    @property
    def source(self) -> Path | None:
        """The file the scenario was loaded from."""
        return self._source

    def resolve(self, file: str | Path) -> Path:
        """A path from the scenario (e.g. a ``play`` file) made relative to the scenario's directory."""
        path = Path(file)
        if path.is_absolute() or self._source is None:
            return path
        return self._source.parent / path

    def render(self, text: str) -> str:
        """A prompt with the persona filled in."""
        return render_prompt(text, self.persona)

    def index_of(self, step_id: str) -> int:
        """Index of the step with this id (KeyError if none)."""
        for index, step in enumerate(self.steps):
            if step.id == step_id:
                return index
        raise KeyError(step_id)

    def target_index(self, current: int, target: str) -> int | None:
        """Index of the step a jump from ``current`` to ``target`` lands on; None is the end of the call."""
        if target == END:
            return None
        if target == NEXT:
            return current + 1 if current + 1 < len(self.steps) else None
        return self.index_of(target)


def rebuild_step_models() -> None:
    """Regenerate what is built from the step registry (after a kind was added or removed)."""
    step_adapter.cache_clear()
    Scenario.model_rebuild(force=True)
