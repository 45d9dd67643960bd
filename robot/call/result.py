"""The call result: the JSON contract every later stage (scoring, store, reports) reads.

Fields may be added, never renamed.
"""

from __future__ import annotations

from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

Outcome = Literal["answered", "dropped", "busy", "no_answer", "rejected", "invalid_number", "unreachable", "failed"]
OUTCOMES: tuple[str, ...] = get_args(Outcome)
HangupBy = Literal["robot", "callee", "network"]
Speaker = Literal["robot", "callee"]


class Timings(BaseModel):
    post_dial_delay_s: float | None = None
    ring_to_answer_s: float | None = None
    answer_s: float | None = None
    talk_s: float | None = None
    total_s: float = 0.0


class Event(BaseModel):
    t_s: float
    event: str
    detail: dict[str, Any] = Field(default_factory=dict)


class Transfer(BaseModel):
    """A REFER or 3xx the callee sent: where to, and what the robot did about it."""

    t_s: float
    kind: Literal["refer", "redirect"]
    target: str
    result: Literal["followed", "refused", "failed"]
    reason: str | None = None


class Word(BaseModel):
    word: str
    start_s: float
    end_s: float
    conf: float | None = None


class Turn(BaseModel):
    """One utterance in the transcript; times are seconds from answer."""

    model_config = ConfigDict(extra="allow")

    speaker: Speaker
    start_s: float
    end_s: float
    text: str
    words: list[Word] | None = None
    step: str | None = None  # id of the scenario step that spoke or listened
    interrupted: bool = False  # a robot prompt cut short by the callee (barge-in)


class CallResult(BaseModel):
    model_config = ConfigDict(extra="allow")

    call_id: str
    target: str
    scenario: str | None = None
    scenario_name: str | None = None  # the scenario's own `name:` (``scenario`` is its file)
    started_at: str
    outcome: Outcome
    sip_status: int | None = None
    sip_reason: str | None = None
    hangup_by: HangupBy | None = None
    timings: Timings = Field(default_factory=Timings)
    events: list[Event] = Field(default_factory=list)
    recording: str | None = None
    transcript: list[Turn] = Field(default_factory=list)
    checks: list[dict[str, Any]] = Field(default_factory=list)
    score: dict[str, Any] | None = None
    # extensions (not in the minimal contract)
    uri: str | None = None
    media: dict[str, Any] | None = None
    asr: dict[str, Any] | None = None
    metrics: dict[str, Any] = Field(default_factory=dict)
    transfers: list[Transfer] = Field(default_factory=list)  # REFER / 3xx attempts, in order
