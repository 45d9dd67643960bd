"""What scoring reads: a stored call result or a transcript JSON, validated by pydantic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from robot.call.result import CallResult, Event, Outcome, Timings, Turn
from robot.config.messages import plain_message
from robot.errors import InputError, Problem


class TranscriptInput(BaseModel):
    """Transcript JSON: ``{"turns": [...], "timings": {...}, "outcome": "..."}``; other keys ignored."""

    model_config = ConfigDict(extra="ignore")

    turns: list[Turn]
    timings: Timings = Field(default_factory=Timings)
    outcome: Outcome | None = None
    metrics: dict[str, Any] = Field(default_factory=dict)
    events: list[Event] = Field(default_factory=list)


class ScoringInput(BaseModel):
    """Everything the checks look at; ``outcome`` None means unknown (a bare transcript)."""

    turns: list[Turn] = Field(default_factory=list)
    timings: Timings = Field(default_factory=Timings)
    outcome: Outcome | None = None
    metrics: dict[str, Any] = Field(default_factory=dict)
    events: list[Event] = Field(default_factory=list)

    @classmethod
    def from_result(cls, result: CallResult | dict[str, Any]) -> ScoringInput:
        """From a call result (model or dict, e.g. a live call's result)."""
        if not isinstance(result, CallResult):
            result = CallResult.model_validate(result)
        return cls._with_turns(result.transcript, result)

    @classmethod
    def from_transcript(cls, data: TranscriptInput | dict[str, Any]) -> ScoringInput:
        """From a transcript JSON object."""
        if not isinstance(data, TranscriptInput):
            data = TranscriptInput.model_validate(data)
        return cls._with_turns(data.turns, data)

    @classmethod
    def _with_turns(cls, turns: list[Turn], source: CallResult | TranscriptInput) -> ScoringInput:
        """``turns`` plus the timings, outcome, metrics and events both input shapes share."""
        return cls(
            turns=turns,
            timings=source.timings,
            outcome=source.outcome,
            metrics=source.metrics,
            events=source.events,
        )

    @classmethod
    def from_data(cls, data: Any) -> ScoringInput:
        """Either shape, told apart by its keys (``turns`` → transcript, else a call result)."""
        if not isinstance(data, dict):
            raise ValueError("expected a JSON object")
        if "turns" in data:
            return cls.from_transcript(data)
        if "transcript" in data or "call_id" in data:
            return cls.from_result(data)
        raise ValueError("neither a call result (with 'transcript') nor a transcript (with 'turns')")


def _loc(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc)


def load_scoring_input(path: str | Path) -> ScoringInput:
    """Read a call result JSON or a transcript JSON; bad input raises :class:`InputError`."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(Problem(name, 0, 0, "file not found")) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(Problem(name, 0, 0, f"cannot read: {exc}")) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(Problem(name, exc.lineno, exc.colno, f"invalid JSON: {exc.msg}")) from None
    try:
        return ScoringInput.from_data(data)
    except ValidationError as exc:
        problems = [Problem(name, 0, 0, plain_message(err, _loc(err["loc"]))) for err in exc.errors()]
        raise InputError(problems) from None
    except ValueError as exc:
        raise InputError(Problem(name, 0, 0, str(exc))) from None
