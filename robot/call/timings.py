"""The timings a call result reports, derived from the call's timeline (pure)."""

from __future__ import annotations

from robot.call.result import Event, Timings, Transfer
from robot.sip.timeline import (
    ANSWERED,
    INVITE_SENT,
    PROVISIONAL,
    RETRY_OVER_TCP,
    RINGING_CODES,
    TRANSFER,
    Timeline,
)


def _delta(a: float | None, b: float | None) -> float | None:
    return round(b - a, 4) if a is not None and b is not None else None


def derive_timings(timeline: Timeline, ended_at: float) -> Timings:
    """Post-dial delay, ring-to-answer, answer, talk and total times, in seconds."""
    invite = timeline.first(INVITE_SENT)
    # after a retry over TCP, the answer timings are the retry's (sent at the marker)
    retry = Timeline(timeline.attempt(RETRY_OVER_TCP))
    retried = len(retry.events) < len(timeline.events)
    sent = timeline.events[-len(retry.events) - 1][0] if retried else invite
    ringing = retry.first(PROVISIONAL, RINGING_CODES)
    answer = retry.first(ANSWERED)
    return Timings(
        post_dial_delay_s=_delta(sent, ringing),
        ring_to_answer_s=_delta(ringing, answer),
        answer_s=_delta(sent, answer),
        talk_s=_delta(answer, ended_at),
        total_s=_delta(invite, ended_at) or 0.0,
    )


def result_events(timeline: Timeline) -> list[Event]:
    """The timeline as the result's ``events``: ``t_s`` in seconds from the first event."""
    t0 = timeline.t0 or 0.0
    return [Event(t_s=round(t - t0, 4), event=name, detail=detail) for t, name, detail in timeline.events]


def result_transfers(timeline: Timeline) -> list[Transfer]:
    """The ``transfer`` events as the result's ``transfers`` (``t_s`` as in ``events``)."""
    t0 = timeline.t0 or 0.0
    return [
        Transfer(
            t_s=round(t - t0, 4),
            kind=detail.get("kind", "refer"),
            target=str(detail.get("target", "")),
            result=detail.get("result", "refused"),
            reason=detail.get("reason"),
        )
        for t, name, detail in timeline.events
        if name == TRANSFER
    ]
