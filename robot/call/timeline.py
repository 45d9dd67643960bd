"""A call's timeline of SIP and media events, and the timings derived from it (pure)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from robot.call.result import Event, Timings

# Event names used in the timeline (and in the result's `events`).
INVITE_SENT = "invite_sent"
PROVISIONAL = "provisional"  # detail: code, reason (100, 180, 183...)
ANSWERED = "answered"  # 200 OK received
FINAL_RESPONSE = "final_response"  # a non-2xx final response: code, reason
CANCEL_SENT = "cancel_sent"
BYE_SENT = "bye_sent"
BYE_RECEIVED = "bye_received"
MEDIA_STARTED = "media_started"
MEDIA_TIMEOUT = "media_timeout"
DISCONNECTED = "disconnected"  # detail: code, reason
RING_TIMEOUT = "ring_timeout"
MAX_CALL_REACHED = "max_call_reached"
INTERRUPTED = "interrupted"
DTMF_SENT = "dtmf_sent"

RINGING_CODES = (180, 183)


@dataclass
class Timeline:
    """Events with monotonic timestamps; ``t_s`` is relative to the first event (INVITE sent)."""

    events: list[tuple[float, str, dict[str, Any]]] = field(default_factory=list)

    def add(self, event: str, detail: dict[str, Any] | None = None, at: float | None = None) -> None:
        self.events.append((time.monotonic() if at is None else at, event, detail or {}))

    @property
    def t0(self) -> float | None:
        return self.events[0][0] if self.events else None

    def first(self, event: str, codes: tuple[int, ...] | None = None) -> float | None:
        """Monotonic time of the first ``event`` (optionally with a detail code in ``codes``)."""
        for t, name, detail in self.events:
            if name == event and (codes is None or detail.get("code") in codes):
                return t
        return None

    def has(self, event: str) -> bool:
        return any(name == event for _, name, _ in self.events)

    def to_events(self) -> list[Event]:
        t0 = self.t0 or 0.0
        return [Event(t_s=round(t - t0, 4), event=name, detail=detail) for t, name, detail in self.events]


def _delta(a: float | None, b: float | None) -> float | None:
    return round(b - a, 4) if a is not None and b is not None else None


def derive_timings(timeline: Timeline, ended_at: float) -> Timings:
    """Post-dial delay, ring-to-answer, answer, talk and total times, in seconds."""
    invite = timeline.first(INVITE_SENT)
    ringing = timeline.first(PROVISIONAL, RINGING_CODES)
    answer = timeline.first(ANSWERED)
    return Timings(
        post_dial_delay_s=_delta(invite, ringing),
        ring_to_answer_s=_delta(ringing, answer),
        answer_s=_delta(invite, answer),
        talk_s=_delta(answer, ended_at),
        total_s=_delta(invite, ended_at) or 0.0,
    )
