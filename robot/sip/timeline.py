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
TRANSFER = "transfer"  # detail: kind (refer|redirect), target, result (followed|refused|failed), reason
RESPONSE_TRUNCATED = "response_truncated"  # detail: code, bytes (a UDP response cut at pjsip's buffer)
RETRY_OVER_TCP = "retry_over_tcp"  # detail: uri (the same call placed again over TCP)
NEGOTIATION_FAILED = "negotiation_failed"  # detail: reason ("no SDP"|"no common codec"), code, detail
HOLD_STARTED = "hold_started"  # the callee put the robot on hold (re-INVITE/UPDATE: sendonly, inactive, 0.0.0.0)
HOLD_ENDED = "hold_ended"  # ... and took it off hold again
TRANSFER_DIALING = "transfer_dialing"  # detail: uri, sip_call_id (a followed REFER's new leg: INVITE sent)
TRANSFER_ANSWERED = "transfer_answered"  # detail: code (a followed REFER's new party answered)
TRANSFER_RETURNED = "transfer_returned"  # detail: code (the new party never answered: back to the old leg)
MEDIA_REBUILT = "media_rebuilt"  # a re-INVITE/UPDATE gave the call a new audio stream: reconnected

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

    def count(self, event: str) -> int:
        return sum(1 for _, name, _ in self.events if name == event)

    def has(self, event: str, since: str | None = None) -> bool:
        """Whether ``event`` happened (after the last ``since`` event, when given)."""
        return any(name == event for _, name, _ in self.attempt(since))

    def attempt(self, marker: str | None) -> list[tuple[float, str, dict[str, Any]]]:
        """The events after the last ``marker`` event (all of them without one)."""
        start = 0
        if marker is not None:
            for i, (_, name, _) in enumerate(self.events):
                if name == marker:
                    start = i + 1
        return self.events[start:]
