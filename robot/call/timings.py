"""The timings a call result reports, derived from the call's timeline (pure)."""

from __future__ import annotations

from robot.call.result import Event, Timings
from robot.sip.timeline import ANSWERED, INVITE_SENT, PROVISIONAL, RINGING_CODES, Timeline


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


def result_events(timeline: Timeline) -> list[Event]:
    """The timeline as the result's ``events``: ``t_s`` in seconds from the first event."""
    t0 = timeline.t0 or 0.0
    return [Event(t_s=round(t - t0, 4), event=name, detail=detail) for t, name, detail in timeline.events]
