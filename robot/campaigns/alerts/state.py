"""A number's failure state and the one event a call can raise (pure functions).

A number (its canonical form) is *down* after ``after_failures`` consecutive failed calls,
across attempts, sweeps and campaigns; it alerts once when it goes down and once when the
first good call after that arrives (recovered), never every night in between.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from robot.campaigns.campaign import Alerts

KEEP_CALLS = 10  # call ids kept per number (the event lists the failed calls of the incident)


@dataclass(frozen=True)
class LineState:
    """The stored failure state of one canonical number."""

    number: str
    client: str | None = None
    consecutive: int = 0
    first_failure_at: str | None = None
    last_calls: tuple[str, ...] = ()
    down: bool = False

    def to_row(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "client": self.client,
            "consecutive": self.consecutive,
            "first_failure_at": self.first_failure_at,
            "last_calls": list(self.last_calls),
            "down": self.down,
        }

    @classmethod
    def from_row(cls, row: dict[str, Any] | None, number: str) -> LineState:
        if row is None:
            return cls(number)
        return cls(number, row.get("client"), int(row["consecutive"]), row.get("first_failure_at"),
                   tuple(row.get("last_calls") or ()), bool(row.get("down")))  # fmt: skip


@dataclass(frozen=True)
class CallFacts:
    """What the alert logic needs of one stored call."""

    call_id: str
    client: str | None
    number: str  # canonical
    target: str  # as dialled
    outcome: str
    sip_status: int | None
    started_at: str
    score_percent: float | None = None


def is_failure(alerts: Alerts, outcome: str, score_percent: float | None) -> bool:
    """Whether a call counts as a failure: its outcome is in ``on``, or its score is under ``score_below``."""
    if outcome in alerts.on:
        return True
    return alerts.score_below is not None and score_percent is not None and score_percent < alerts.score_below


def advance(state: LineState, call: CallFacts, failed: bool, after_failures: int) -> tuple[LineState, str | None]:
    """The state after ``call`` and the event kind it raises (``line_down``, ``line_recovered`` or None)."""
    if failed:
        new = replace(
            state,
            client=call.client,
            consecutive=state.consecutive + 1,
            first_failure_at=state.first_failure_at or call.started_at,
            last_calls=(*state.last_calls, call.call_id)[-KEEP_CALLS:],
        )
        if not state.down and new.consecutive >= after_failures:
            return replace(new, down=True), "line_down"
        return new, None
    recovered = LineState(state.number, call.client)
    return recovered, ("line_recovered" if state.down else None)
