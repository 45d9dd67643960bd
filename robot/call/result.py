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


class Hold(BaseModel):
    """A stretch of the call on hold; seconds from the INVITE, ``end_s`` None while unended."""

    start_s: float
    end_s: float | None = None
    kind: Literal["sip", "music", "phrase"]


AnsweredBy = Literal["human", "ivr", "voicemail", "announcement", "music", "fax", "silence", "unknown"]


class EarlyMedia(BaseModel):
    """Audio heard between a 183 and the final response; seconds from the INVITE."""

    start_s: float
    end_s: float
    kind: Literal["ringback", "announcement", "sit", "music", "silence"]
    text: str = ""


class Word(BaseModel):
    word: str
    start_s: float
    end_s: float
    conf: float | None = None


class Turn(BaseModel):
    """One utterance in the transcript; times are seconds from the result's ``time_base``."""

    model_config = ConfigDict(extra="allow")

    speaker: Speaker
    start_s: float
    end_s: float
    text: str
    words: list[Word] | None = None
    step: str | None = None  # id of the scenario step that spoke or listened
    interrupted: bool = False  # a robot prompt cut short by the callee (barge-in)

    def shifted(self, seconds: float) -> Turn:
        """This turn (and its words) ``seconds`` later (earlier if negative), to the millisecond."""

        def moved(item: Turn | Word) -> dict[str, float]:
            return {"start_s": round(item.start_s + seconds, 3), "end_s": round(item.end_s + seconds, 3)}

        words = None if self.words is None else [w.model_copy(update=moved(w)) for w in self.words]
        return self.model_copy(update={**moved(self), "words": words})


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
    # E-model MOS, loss, jitter, RTT, one-way audio (robot.call.quality); None: never connected
    quality: dict[str, Any] | None = None
    asr: dict[str, Any] | None = None
    metrics: dict[str, Any] = Field(default_factory=dict)
    transfers: list[Transfer] = Field(default_factory=list)  # REFER / 3xx attempts, in order
    holds: list[Hold] = Field(default_factory=list)  # the callee's holds (SIP, music, hold phrases), in order
    # "invite": the recording, the transcript, early media, holds and events all count seconds
    # from the INVITE; "answer": a result stored before (its transcript counted from the answer)
    time_base: Literal["invite", "answer"] = "answer"
    answered_by: AnsweredBy | None = None  # who or what picked up (None: never connected)
    answered_by_s: float | None = None  # seconds after the answer when that was decided
    answered_by_confidence: float | None = None  # how sure (0-1): beeps, tones and words are surer than timing
    early_media: EarlyMedia | None = None
