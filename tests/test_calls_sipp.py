"""Real calls from the robot's softphone to SIPp, an independent SIP implementation."""

from __future__ import annotations

import pytest

from robot.call.result import CallResult
from robot.call.runner import CallPlan, run_call
from robot.config.settings import Limits
from robot.sip.softphone import Softphone

pytestmark = pytest.mark.sipp
TOLERANCE_S = 0.05


def dial(softphone: Softphone, uri: str, limits: Limits) -> CallResult:
    plan = CallPlan(target=uri, uri=uri, direct=True, limits=limits, recordings_dir=None)
    result = run_call(softphone, plan)
    assert result.timings.total_s <= limits.max_ring_s + limits.max_call_s + 5
    return result


def names(result: CallResult) -> list[str]:
    return [e.event for e in result.events]


@pytest.mark.parametrize("ring_ms", [800, 2000])
def test_answer_timings_match_the_peers_delays(softphone, sipp_peer, limits, ring_ms):
    peer = sipp_peer("uas_answer", variables={"ring_ms": ring_ms, "pdd_ms": 300})
    result = dial(softphone, peer.uri("sales"), limits)
    assert result.outcome == "answered" and result.hangup_by == "robot"
    assert abs(result.timings.ring_to_answer_s - ring_ms / 1000) <= TOLERANCE_S
    assert abs(result.timings.post_dial_delay_s - 0.3) <= TOLERANCE_S
    assert result.media["rx_packets"] > 40, "SIPp's RTP reached the robot"
    peer_result = peer.wait(10)
    assert peer_result.ok, peer_result.summary()
    assert "BYE" in " ".join(peer_result.flow())


def test_a_uri_naming_tcp_is_dialed_over_tcp(softphone, sipp_peer, limits):
    """The softphone is configured for UDP; SIPp listens on TCP only."""
    peer = sipp_peer("uas_answer", variables={"ring_ms": 800, "pdd_ms": 200}, transport="t1")
    result = dial(softphone, peer.uri("sales") + ";transport=tcp", limits)
    assert result.outcome == "answered" and result.hangup_by == "robot"
    assert abs(result.timings.ring_to_answer_s - 0.8) <= TOLERANCE_S
    assert result.media["rx_packets"] > 40
    peer_result = peer.wait(10)
    assert peer_result.ok, peer_result.summary()


def test_early_media_183_then_answer(softphone, sipp_peer, limits):
    peer = sipp_peer("uas_183_answer", variables={"ring_ms": 1000})
    result = dial(softphone, peer.uri("early"), limits)
    assert result.outcome == "answered"
    assert 183 in [e.detail.get("code") for e in result.events if e.event == "provisional"]
    assert abs(result.timings.ring_to_answer_s - 1.0) <= TOLERANCE_S


@pytest.mark.parametrize(
    ("scenario", "outcome", "status"),
    [
        ("uas_busy", "busy", 486),
        ("uas_busy600", "busy", 600),
        ("uas_decline", "rejected", 603),
        ("uas_forbidden", "rejected", 403),
        ("uas_notfound", "invalid_number", 404),
        ("uas_gone", "invalid_number", 410),
        ("uas_address_incomplete", "invalid_number", 484),
        ("uas_unavailable", "unreachable", 480),
        ("uas_service_unavailable", "unreachable", 503),
        ("uas_not_acceptable", "failed", 488),
    ],
)
def test_rejections_are_classified(softphone, sipp_peer, limits, scenario, outcome, status):
    peer = sipp_peer(scenario)
    result = dial(softphone, peer.uri("x"), limits)
    assert (result.outcome, result.sip_status) == (outcome, status)
    assert peer.wait(10).ok


def test_ringing_then_480_is_no_answer(softphone, sipp_peer, limits):
    peer = sipp_peer("uas_ring_then_480", variables={"ring_ms": 1000})
    result = dial(softphone, peer.uri("x"), limits)
    assert (result.outcome, result.sip_status) == ("no_answer", 480)


def test_ringing_forever_is_cancelled_after_max_ring(softphone, sipp_peer, limits):
    peer = sipp_peer("uas_ring_forever")
    result = dial(softphone, peer.uri("x"), limits)
    assert result.outcome == "no_answer"
    assert {"ring_timeout", "cancel_sent"} <= set(names(result))
    assert abs(result.timings.total_s - limits.max_ring_s) < 0.1
    peer_result = peer.wait(10)
    assert peer_result.ok and "CANCEL" in " ".join(peer_result.flow())


def test_remote_bye_is_a_drop_by_callee(softphone, sipp_peer, limits):
    peer = sipp_peer("uas_hangup_after", variables={"ring_ms": 200, "talk_ms": 1000})
    result = dial(softphone, peer.uri("x"), limits)
    assert (result.outcome, result.hangup_by) == ("dropped", "callee")
    assert abs(result.timings.talk_s - 1.0) <= 0.1
    assert peer.wait(10).ok


def test_silent_line_is_a_drop_by_network(softphone, sipp_peer):
    limits = Limits(max_ring_s=3, max_call_s=10, media_timeout_s=2, stay_s=8)
    peer = sipp_peer("uas_silent", variables={"ring_ms": 200})
    result = dial(softphone, peer.uri("x"), limits)
    assert (result.outcome, result.hangup_by) == ("dropped", "network")
    timeout = next(e for e in result.events if e.event == "media_timeout")
    assert 2.0 <= timeout.detail["silent_s"] <= 2.3
    assert result.media["rx_packets"] == 0


def test_media_that_stops_without_bye_is_a_drop_by_network(softphone, sipp_peer):
    limits = Limits(max_ring_s=3, max_call_s=12, media_timeout_s=2, stay_s=10)
    peer = sipp_peer("uas_media_stop", variables={"ring_ms": 200, "talk_ms": 2000})
    result = dial(softphone, peer.uri("x"), limits)
    assert (result.outcome, result.hangup_by) == ("dropped", "network")
    answered = next(e.t_s for e in result.events if e.event == "answered")
    timeout = next(e.t_s for e in result.events if e.event == "media_timeout")
    # media flowed ~2 s, then 2 s of silence was detected within one stats interval
    assert 3.9 <= timeout - answered <= 4.5
    assert result.media["rx_packets"] > 80


def test_dtmf_reaches_the_peer_as_rfc4733_events(softphone, sipp_peer, rtp_sink, limits):
    sink = rtp_sink()
    peer = sipp_peer("uas_dtmf", keys={"rtp_port": sink.port}, variables={"ring_ms": 200})
    from robot.call.runner import CallPlan

    def press(phone, session, deadline):
        phone.send_dtmf(session, "1", 120)
        phone.send_dtmf(session, "2#", 120)
        session.ended.wait(1.5)
        return True

    plan = CallPlan(target="x", uri=peer.uri("ivr"), direct=True, limits=limits, recordings_dir=None, talk=press)
    result = run_call(softphone, plan)
    assert result.outcome == "answered"
    assert sink.dtmf() == "12#"
    assert [e.detail["digits"] for e in result.events if e.event == "dtmf_sent"] == ["1", "2#"]
