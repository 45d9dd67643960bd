"""The alert events: one JSON object each, with an ``event`` key."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from robot.campaigns.alerts.state import CallFacts, LineState

EVENTS = ("line_down", "line_recovered", "sweep_aborted", "sweep_finished", "test")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _base(event: str, campaign: str | None, sweep_id: str | None) -> dict[str, Any]:
    return {"event": event, "at": _now(), "campaign": campaign, "sweep_id": sweep_id}


def line_event(kind: str, before: LineState, after: LineState, call: CallFacts, campaign: str | None,
               sweep_id: str | None) -> dict[str, Any]:  # fmt: skip
    """``line_down`` (with the incident's failed calls) or ``line_recovered`` (the first good call)."""
    event = _base(kind, campaign, sweep_id)
    event.update(client=call.client, number=call.number, target=call.target, outcome=call.outcome,
                 sip_status=call.sip_status)  # fmt: skip
    if kind == "line_down":
        event.update(first_failure_at=after.first_failure_at, consecutive_failures=after.consecutive,
                     calls=list(after.last_calls))  # fmt: skip
    else:
        event.update(down_since=before.first_failure_at, consecutive_failures=before.consecutive,
                     failed_calls=list(before.last_calls), call=call.call_id)  # fmt: skip
    return event


def sweep_aborted(campaign: str | None, sweep_id: str | None, reason: str, stage: str) -> dict[str, Any]:
    """The sweep stopped because our own side failed (``stage``: ``before`` dialling clients or ``breaker``)."""
    return {**_base("sweep_aborted", campaign, sweep_id), "reason": reason, "stage": stage}


def sweep_finished(campaign: str | None, sweep_id: str | None, status: str, calls: int,
                   outcomes: Mapping[str, int], targets: Mapping[str, int], lines_down: list[str],
                   trunk_failures: int) -> dict[str, Any]:  # fmt: skip
    """Summary counts of a finished sweep."""
    return {
        **_base("sweep_finished", campaign, sweep_id),
        "status": status,
        "calls": calls,
        "outcomes": dict(outcomes),
        "targets": dict(targets),
        "lines_down": lines_down,
        "trunk_failures": trunk_failures,
    }


def sample(campaign: str | None) -> dict[str, Any]:
    """The event ``mysterycall alerts test`` sends."""
    return {**_base("test", campaign, None), "message": "mysterycall alert test: this channel works"}


def subject(event: Mapping[str, Any]) -> str:
    """A one-line summary (email subject, log line)."""
    kind = event.get("event")
    who = " ".join(str(event[k]) for k in ("client", "number") if event.get(k))
    if kind == "line_down":
        return f"line down: {who} ({event.get('outcome')}, {event.get('consecutive_failures')} failed calls)"
    if kind == "line_recovered":
        return f"line recovered: {who}"
    if kind == "sweep_aborted":
        return f"sweep aborted: {event.get('campaign')}: {event.get('reason')}"
    if kind == "sweep_finished":
        return f"sweep finished: {event.get('campaign')}: {event.get('calls')} calls"
    return f"{kind}: {event.get('campaign')}"
