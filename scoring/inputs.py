"""What scoring reads: a stored call result or a transcript JSON, validated by pydantic."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from robot.call.result import AnsweredBy, CallResult, Event, Outcome, Timings, Turn
from robot.call.resultview import callee_spoke, person_reached
from robot.config.messages import plain_message
from robot.config.yamlbounds import (
    MAX_DEPTH,
    MAX_JSON_BYTES,
    MAX_JSON_VALUES,
    check_bounds,
    deep_position,
    line_col,
    read_input,
)
from robot.errors import InputError, Problem


class TranscriptInput(BaseModel):
    """Transcript JSON: ``{"turns": [...], "timings": {...}, "outcome": "..."}``; other keys ignored."""

    model_config = ConfigDict(extra="ignore")

    turns: list[Turn]
    timings: Timings = Field(default_factory=Timings)
    outcome: Outcome | None = None
    metrics: dict[str, Any] = Field(default_factory=dict)
    events: list[Event] = Field(default_factory=list)
    quality: dict[str, Any] | None = None
    answered_by: AnsweredBy | None = None
    answered_by_confidence: float | None = None


class ScoringInput(BaseModel):
    """Everything the checks look at; ``outcome`` None means unknown (a bare transcript)."""

    turns: list[Turn] = Field(default_factory=list)
    timings: Timings = Field(default_factory=Timings)
    outcome: Outcome | None = None
    metrics: dict[str, Any] = Field(default_factory=dict)
    events: list[Event] = Field(default_factory=list)
    quality: dict[str, Any] | None = None
    answered_by: AnsweredBy | None = None  # who or what picked up (None: unknown)
    answered_by_confidence: float | None = None
    # the checks count from the answer; a result whose times count from the INVITE is read
    # this much earlier (its evidence is given back on the INVITE base)
    offset_s: float = 0.0

    @property
    def person_reached(self) -> bool:
        """Whether the call reached a live person: not surely answered by a machine, or a person
        came on later (after an IVR or hold music: ``metrics.time_to_human_s``)."""
        spoke = callee_spoke(self.turns)
        return person_reached(self.answered_by, self.answered_by_confidence, self.metrics.get("time_to_human_s"), spoke)

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
        """``turns`` plus the timings, outcome, metrics and events both input shapes share;
        a call result timed from the INVITE is moved to the answer's time base (its turns
        before the answer, early media, are no conversation)."""
        offset = 0.0
        if isinstance(source, CallResult) and source.time_base == "invite":
            offset = source.timings.answer_s or 0.0
            turns = [t.shifted(-offset) for t in turns if t.end_s > offset]
        return cls(
            turns=turns,
            offset_s=offset,
            timings=source.timings,
            outcome=source.outcome,
            metrics=source.metrics,
            events=source.events,
            quality=source.quality,
            answered_by=source.answered_by,
            answered_by_confidence=source.answered_by_confidence,
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


def parse_json(text: str, name: str) -> Any:
    """Parse JSON text within the bounds (nesting, values, digits); every problem is located
    where a position exists."""
    deep = deep_position(text, json=True)  # before json, which recurses per bracket
    if deep is not None:
        raise InputError(Problem(name, *deep, f"nested more than {MAX_DEPTH} levels deep"))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(Problem(name, exc.lineno, exc.colno, f"invalid JSON: {exc.msg}")) from None
    except RecursionError:
        raise InputError(Problem(name, 0, 0, f"nested more than {MAX_DEPTH} levels deep")) from None
    except ValueError:  # an integer longer than Python converts (4,300 digits)
        long_number = _LONG_NUMBER.search(text)
        line, col = line_col(text, long_number.start()) if long_number else (0, 0)
        raise InputError(Problem(name, line, col, "invalid JSON: a number with too many digits")) from None
    check_bounds(data, name, MAX_JSON_VALUES)
    lone = _lone_surrogate(text)
    if lone is not None:
        line, col = line_col(text, lone.start())
        message = f"invalid JSON: {lone.group()} is half of a UTF-16 pair, not a character"
        raise InputError(Problem(name, line, col, message))
    return data


_LONG_NUMBER = re.compile(r"-?[0-9]{4000,}")
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _lone_surrogate(text: str) -> re.Match[str] | None:
    """The first ``\\udXXX`` escape that is not half of a surrogate pair (Python keeps it as a
    lone surrogate, which no file, database or terminal can encode)."""
    paired_until = -1
    for found in _SURROGATE.finditer(text):
        if found.start() < paired_until:
            continue  # the low half of a pair
        before = text[max(0, found.start() - 64) : found.start()]
        if (len(before) - len(before.rstrip("\\"))) % 2:
            continue  # an escaped backslash followed by "u...": plain text
        if found.group()[3] in "89abAB":
            low = _SURROGATE.match(text, found.end())
            if low and low.group()[3] in "cdefCDEF":
                paired_until = low.end()
                continue
        return found
    return None


def load_scoring_input(path: str | Path) -> ScoringInput:
    """Read a call result JSON or a transcript JSON; bad input raises :class:`InputError`."""
    name = str(path)
    data = parse_json(read_input(path, MAX_JSON_BYTES), name)
    try:
        return ScoringInput.from_data(data)
    except ValidationError as exc:
        problems = [Problem(name, 0, 0, plain_message(err, _loc(err["loc"]))) for err in exc.errors()]
        raise InputError(problems) from None
    except ValueError as exc:
        raise InputError(Problem(name, 0, 0, str(exc))) from None
