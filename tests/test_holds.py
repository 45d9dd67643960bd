"""Holds from a call's events and the dead-line watch across rebuilt streams (pure)."""

from __future__ import annotations

from robot.call.holds import apply_holds, phrase_holds, sip_holds, union_s
from robot.call.result import CallResult, Event, Hold
from robot.phone.behaviour import parse_user_part
from robot.sip.mediawatch import MediaWatch


def ev(t_s: float, name: str, **detail: object) -> Event:
    return Event(t_s=t_s, event=name, detail=detail)


def test_sip_holds_pair_start_and_end_and_leave_an_unended_hold_open() -> None:
    events = [ev(0, "invite_sent"), ev(1, "answered"), ev(3, "hold_started"), ev(7, "hold_ended"),
              ev(9, "hold_started")]  # fmt: skip
    assert sip_holds(events) == [Hold(start_s=3, end_s=7, kind="sip"), Hold(start_s=9, end_s=None, kind="sip")]


def test_phrase_holds_are_placed_from_the_answer() -> None:
    events = [ev(0, "invite_sent"), ev(2, "answered"), ev(12, "scenario_hold_end", hold_s=6.0, start_s=3.0)]
    assert phrase_holds(events) == [Hold(start_s=5.0, end_s=11.0, kind="phrase")]


def test_hold_seconds_are_the_union_so_overlaps_count_once() -> None:
    holds = [Hold(start_s=5, end_s=11, kind="phrase"), Hold(start_s=3, end_s=7, kind="sip"),
             Hold(start_s=20, end_s=None, kind="sip")]  # fmt: skip
    assert union_s(holds, end_s=25) == 8 + 5


def test_apply_holds_fills_the_result_and_overrides_the_scenario_sum() -> None:
    result = CallResult(call_id="c", target="t", started_at="2026-01-01T00:00:00Z", outcome="answered")
    result.events = [ev(0, "invite_sent"), ev(1, "answered"), ev(2, "hold_started"), ev(5, "hold_ended"),
                     ev(6, "scenario_hold_end", hold_s=2.0, start_s=3.0), ev(8, "bye_sent")]  # fmt: skip
    result.metrics["hold_s"] = 2.0  # the scenario's own sum
    apply_holds(result)
    assert [h.kind for h in result.holds] == ["sip", "phrase"]
    assert result.metrics["hold_s"] == 4.0  # 2..5 and 4..6


def test_an_unanswered_call_gets_no_holds() -> None:
    result = CallResult(call_id="c", target="t", started_at="2026-01-01T00:00:00Z", outcome="busy")
    result.events = [ev(0, "invite_sent"), ev(0.1, "final_response", code=486)]
    apply_holds(result)
    assert result.holds == [] and "hold_s" not in result.metrics


def test_counters_that_restart_are_a_new_stream_not_silence() -> None:
    watch = MediaWatch(timeout_s=2.0)
    watch.start(0.0)
    assert not watch.sample(1.0, rx_rtp_packets=500, rx_rtcp_reports=2)
    # a re-INVITE rebuilt the stream: counters restart below the last values, RTP flows
    for t, packets in ((1.6, 10), (2.4, 50), (3.2, 90), (4.0, 130)):
        assert not watch.sample(t, rx_rtp_packets=packets, rx_rtcp_reports=0), t
    assert watch.streams == 2


def test_a_hold_is_not_a_dead_line_and_the_timeout_restarts_at_the_resume() -> None:
    watch = MediaWatch(timeout_s=2.0)
    watch.start(0.0)
    watch.sample(0.5, rx_rtp_packets=20, rx_rtcp_reports=0)
    watch.hold(1.0, True)
    for t in (2.0, 4.0, 6.0):
        assert not watch.sample(t, rx_rtp_packets=20, rx_rtcp_reports=0)
    watch.hold(7.0, False)
    assert not watch.sample(8.5, rx_rtp_packets=20, rx_rtcp_reports=0)
    assert watch.sample(9.1, rx_rtp_packets=20, rx_rtcp_reports=0)  # 2 s after the resume


def test_phone_hold_token() -> None:
    behaviour = parse_user_part("ring1-talk-hold4.5")
    assert behaviour.hold_s == 4.5 and behaviour.ring_s == 1.0 and behaviour.say
