"""Pure rules: the outcome table, timings derived from a timeline, and the media watchdog."""

from __future__ import annotations

import pytest

from robot.call.outcome import CallFacts, classify
from robot.call.result import OUTCOMES
from robot.call.timings import derive_timings, result_events
from robot.sip import timeline as tl
from robot.sip.mediawatch import MediaWatch
from robot.sip.timeline import Timeline

ANSWERED = {"answered": True, "ringing_seen": True, "status": 200}


def facts(**kw) -> CallFacts:
    kw.setdefault("answered", False)
    kw.setdefault("ringing_seen", False)
    kw.setdefault("status", None)
    return CallFacts(**kw)


# -- classify(): one row per line of the outcome list ------------------------------------

ROWS = [
    # answered: 200 OK and the call ran to its planned end
    ("answered, planned end", dict(**ANSWERED, planned_end=True, hangup_by="robot"), "answered"),
    ("answered, no ringing", dict(answered=True, ringing_seen=False, status=200, planned_end=True), "answered"),
    ("answered, robot hung up at max_call", dict(**ANSWERED, hangup_by="robot"), "answered"),
    # dropped: connected, ended before the planned end
    ("dropped by callee BYE", dict(**ANSWERED, hangup_by="callee"), "dropped"),
    ("dropped by media timeout", dict(**ANSWERED, hangup_by="network"), "dropped"),
    # busy: 486 or 600
    ("486", dict(status=486), "busy"),
    ("600", dict(status=600), "busy"),
    ("486 after ringing", dict(status=486, ringing_seen=True), "busy"),
    # no_answer: robot gave up after max_ring_s, or 408/480/487 after ringing
    ("gave up while ringing", dict(ringing_seen=True, status=487, robot_gave_up_ringing=True), "no_answer"),
    ("gave up after 100 Trying", dict(status=None, robot_gave_up_ringing=True, any_response=True), "no_answer"),
    ("408 after ringing", dict(status=408, ringing_seen=True), "no_answer"),
    ("480 after ringing", dict(status=480, ringing_seen=True), "no_answer"),
    ("487 after ringing", dict(status=487, ringing_seen=True), "no_answer"),
    # rejected: 603 or 403
    ("603", dict(status=603), "rejected"),
    ("403", dict(status=403), "rejected"),
    ("603 after ringing", dict(status=603, ringing_seen=True), "rejected"),
    # invalid_number: 404, 410, 484, 604
    ("404", dict(status=404), "invalid_number"),
    ("410", dict(status=410), "invalid_number"),
    ("484", dict(status=484), "invalid_number"),
    ("604", dict(status=604), "invalid_number"),
    # unreachable: 408/480 without ringing, 502/503/504, transport/DNS failure, no response
    ("408 without ringing", dict(status=408), "unreachable"),
    ("480 without ringing", dict(status=480), "unreachable"),
    ("502", dict(status=502), "unreachable"),
    ("503", dict(status=503), "unreachable"),
    ("504", dict(status=504), "unreachable"),
    ("503 after ringing", dict(status=503, ringing_seen=True), "unreachable"),
    ("transport failure, no status", dict(status=None, transport_error=True), "unreachable"),
    ("transport failure with local 503", dict(status=503, transport_error=True), "unreachable"),
    ("transport failure with a local 408", dict(status=408, transport_error=True), "unreachable"),
    ("no final status at all", dict(status=None), "unreachable"),
    ("gave up without any response", dict(robot_gave_up_ringing=True, any_response=False), "unreachable"),
    # failed: anything else
    ("488", dict(status=488), "failed"),
    ("401 auth failure", dict(status=401), "failed"),
    ("407 proxy auth failure", dict(status=407), "failed"),
    ("415", dict(status=415), "failed"),
    ("500", dict(status=500), "failed"),
    ("501", dict(status=501), "failed"),
    ("380 redirect", dict(status=380), "failed"),
    ("487 without ringing", dict(status=487), "failed"),
    ("606", dict(status=606), "failed"),
    # interrupted by the user (SIGINT), before or after answer
    ("interrupted while ringing", dict(ringing_seen=True, status=487, interrupted=True), "failed"),
    ("interrupted after answer", dict(**ANSWERED, hangup_by="robot", interrupted=True), "failed"),
]


@pytest.mark.parametrize(("row", "kw", "outcome"), ROWS, ids=[r[0] for r in ROWS])
def test_classify(row, kw, outcome):
    assert classify(facts(**kw)) == outcome


def test_every_outcome_is_reachable_and_in_the_contract():
    assert {outcome for _, _, outcome in ROWS} == set(OUTCOMES)


def test_transport_failure_after_answer_is_not_unreachable():
    assert classify(facts(**ANSWERED, hangup_by="network", transport_error=True)) == "dropped"


# -- derive_timings() on a synthetic timeline ---------------------------------------------


def timeline(*events: tuple[float, str, dict]) -> Timeline:
    t = Timeline()
    for at, name, detail in events:
        t.add(name, detail, at=at)
    return t


def test_timings_of_a_call_that_rang_and_was_answered():
    t = timeline(
        (100.0, tl.INVITE_SENT, {"uri": "sip:x@y"}),
        (100.02, tl.PROVISIONAL, {"code": 100, "reason": "Trying"}),
        (100.25, tl.PROVISIONAL, {"code": 180, "reason": "Ringing"}),
        (100.9, tl.PROVISIONAL, {"code": 183, "reason": "Session Progress"}),
        (101.75, tl.ANSWERED, {"code": 200}),
        (104.75, tl.BYE_SENT, {}),
        (104.8, tl.DISCONNECTED, {"code": 200}),
    )
    timings = derive_timings(t, ended_at=104.75)
    assert timings.post_dial_delay_s == pytest.approx(0.25), "INVITE -> first 180/183, not 100"
    assert timings.ring_to_answer_s == pytest.approx(1.5), "first 180/183 -> 200"
    assert timings.answer_s == pytest.approx(1.75)
    assert timings.talk_s == pytest.approx(3.0)
    assert timings.total_s == pytest.approx(4.75)


def test_early_media_183_counts_as_ringing():
    t = timeline((5.0, tl.INVITE_SENT, {}), (5.5, tl.PROVISIONAL, {"code": 183}), (7.0, tl.ANSWERED, {}))
    timings = derive_timings(t, ended_at=8.0)
    assert (timings.post_dial_delay_s, timings.ring_to_answer_s) == (0.5, 1.5)


def test_answer_without_ringing_has_no_ring_timings():
    t = timeline((1.0, tl.INVITE_SENT, {}), (1.01, tl.PROVISIONAL, {"code": 100}), (1.1, tl.ANSWERED, {}))
    timings = derive_timings(t, ended_at=3.1)
    assert timings.post_dial_delay_s is None and timings.ring_to_answer_s is None
    assert (timings.answer_s, timings.talk_s, timings.total_s) == (0.1, 2.0, 2.1)


def test_unanswered_call_has_only_total_and_post_dial_delay():
    t = timeline(
        (0.0, tl.INVITE_SENT, {}),
        (0.3, tl.PROVISIONAL, {"code": 180}),
        (3.3, tl.RING_TIMEOUT, {}),
        (3.3, tl.CANCEL_SENT, {}),
    )
    timings = derive_timings(t, ended_at=3.31)
    assert timings.post_dial_delay_s == 0.3
    assert timings.ring_to_answer_s is None and timings.answer_s is None and timings.talk_s is None
    assert timings.total_s == pytest.approx(3.31)


def test_empty_timeline_has_zero_total():
    timings = derive_timings(Timeline(), ended_at=10.0)
    assert timings.total_s == 0.0 and timings.answer_s is None


def test_events_are_relative_to_the_invite():
    t = timeline((50.0, tl.INVITE_SENT, {"uri": "u"}), (50.123456, tl.PROVISIONAL, {"code": 180}))
    events = result_events(t)
    assert [(e.t_s, e.event) for e in events] == [(0.0, "invite_sent"), (0.1235, "provisional")]
    assert events[1].detail == {"code": 180}


# -- MediaWatch: silence suppression is not silence ---------------------------------------

STATS_INTERVAL_S = 0.2  # how often the softphone samples the stream statistics


def run_watch(timeout_s: float, duration_s: float, rtp_at, rtcp_at) -> float | None:
    """Sample like the softphone does; the counters grow at the times given; returns the
    time the watch first reported silence, or None."""
    watch = MediaWatch(timeout_s)
    watch.start(0.0)
    rtp = rtcp = 0
    steps = int(duration_s / STATS_INTERVAL_S)
    for i in range(1, steps + 1):
        now = round(i * STATS_INTERVAL_S, 6)
        rtp += rtp_at(now)
        rtcp += rtcp_at(now)
        if watch.sample(now, rtp, rtcp):
            return now
    return None


def every(period_s: float):
    return lambda now: 1 if abs(now / period_s - round(now / period_s)) < 1e-6 else 0


def never(now: float) -> int:
    return 0


def test_keepalive_packet_every_5s_does_not_time_out():
    assert run_watch(10.0, 60.0, rtp_at=every(5.0), rtcp_at=never) is None


def test_rtcp_report_every_5s_without_rtp_does_not_time_out():
    assert run_watch(10.0, 60.0, rtp_at=never, rtcp_at=every(5.0)) is None


def test_true_silence_times_out_after_media_timeout():
    at = run_watch(10.0, 30.0, rtp_at=never, rtcp_at=never)
    assert at is not None and 10.0 <= at < 10.0 + STATS_INTERVAL_S + 1e-9


def test_silence_after_activity_times_out_counting_from_the_last_packet():
    at = run_watch(10.0, 60.0, rtp_at=lambda now: 1 if now <= 20.0 else 0, rtcp_at=never)
    assert at is not None and 30.0 <= at < 30.0 + STATS_INTERVAL_S + 1e-9


def test_gaps_longer_than_the_timeout_do_time_out():
    at = run_watch(10.0, 60.0, rtp_at=every(12.0), rtcp_at=never)
    assert at is not None and 10.0 <= at < 12.0


def test_watch_reports_how_long_the_line_is_silent():
    watch = MediaWatch(10.0)
    assert watch.silent_for(5.0) == 0.0
    watch.start(1.0)
    assert not watch.sample(2.0, 10, 0)
    assert not watch.sample(6.0, 10, 0)
    assert watch.silent_for(6.0) == pytest.approx(4.0)
    assert watch.sample(12.0, 10, 0)


def test_sample_without_start_starts_the_clock():
    watch = MediaWatch(2.0)
    assert not watch.sample(100.0, 0, 0)
    assert watch.sample(102.0, 0, 0)
