"""A call's timeline of SIP and media events with monotonic times (pure; the call layer derives timings)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

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
