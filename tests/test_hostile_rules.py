"""The pure rules behind the hostile-peer handling (no pjsua, no network): which transfer
targets may be followed, how a failed SDP negotiation is named, which RTP counts as a
live line, how a response cut over UDP is classified and retried."""

from __future__ import annotations

import pytest

from robot.call.outcome import CallFacts, classify
from robot.call.timings import derive_timings, result_transfers
from robot.sip import timeline as tl
from robot.sip.call import foreign_source
from robot.sip.mediawatch import MediaWatch, rtp_counts
from robot.sip.negotiation import NO_COMMON_CODEC, NO_SDP, negotiation_failure
from robot.sip.timeline import Timeline
from robot.sip.transfer import (
    MAX_REDIRECTS,
    all_of,
    ask,
    bare_uri,
    host_port,
    redirect_decision,
    redirect_target,
    refer_decision,
    same_destination,
)
from robot.sip.transports import over_tcp, uri_transport

# -- transfer targets -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        ("sip:112@198.51.100.7:5060", ("198.51.100.7", 5060)),
        ("<sip:sales@Example.COM;transport=tcp>", ("example.com", 5060)),
        ("sips:a@b.example", ("b.example", 5061)),
        ("sip:127.0.0.1:5080", ("127.0.0.1", 5080)),
        ("  <sip:x@[::1]:5070>", ("[::1]", 5070)),
        ("tel:+74951234567", None),
        ("sip:x@host:99999", None),
        ("garbage", None),
        ("", None),
    ],
)
def test_host_port_of_a_transfer_target(uri: str, expected: tuple[str, int] | None) -> None:
    assert host_port(uri) == expected


def test_the_default_policy_allows_only_the_original_destination() -> None:
    policy = same_destination("sip:ring3@127.0.0.1:5080")
    assert policy("sip:operator@127.0.0.1:5080") is None
    assert policy("<sip:other@127.0.0.1:5080;transport=udp>") is None
    refused = policy("sip:112@198.51.100.7:5060")
    assert refused is not None and "198.51.100.7:5060" in refused
    assert policy("sip:x@127.0.0.1:5081") is not None  # another port is another destination
    assert policy("sip:x@127.0.0.1") is not None  # 5060 is not 5080
    assert policy("tel:112") is not None
    domain = same_destination("sip:+74951234567@trunk.example.net")
    assert domain("sip:+74950000000@TRUNK.example.net") is None
    assert domain("sip:+74950000000@evil.example") is not None


def test_a_refer_is_followed_only_within_the_policy_else_refused_with_its_reason() -> None:
    policy = same_destination("sip:a@127.0.0.1:5080")
    assert refer_decision(policy, "sip:112@198.51.100.7") == (603, policy("sip:112@198.51.100.7"))
    assert refer_decision(policy, "sip:b@127.0.0.1:5080") == (202, None)
    assert refer_decision(None, "sip:b@127.0.0.1:5080") == (603, "no transfer policy")

    def broken(target: str) -> str | None:
        raise ValueError("boom")

    assert refer_decision(broken, "sip:b@127.0.0.1:5080") == (603, "transfer policy error: boom")


def test_a_name_addr_target_is_reduced_to_its_uri() -> None:
    assert bare_uri('"Operator" <sip:op@127.0.0.1:5080;transport=udp>;tag=1') == "sip:op@127.0.0.1:5080;transport=udp"
    assert bare_uri("  sip:a@b ") == "sip:a@b"


def test_policies_combine_and_the_first_refusal_is_the_reason() -> None:
    def no_112(target: str) -> str | None:
        return "emergency" if "112" in target else None

    policy = all_of(same_destination("sip:a@127.0.0.1:5080"), no_112)
    assert policy("sip:b@127.0.0.1:5080") is None
    assert policy("sip:112@127.0.0.1:5080") == "emergency"
    assert policy("sip:112@198.51.100.7") == same_destination("sip:a@127.0.0.1:5080")("sip:112@198.51.100.7")


def test_a_policy_that_raises_refuses() -> None:
    def broken(target: str) -> str | None:
        raise ValueError("boom")

    assert ask(broken, "sip:a@b") == "transfer policy error: boom"


def test_redirects_are_followed_at_most_three_times() -> None:
    policy = same_destination("sip:a@127.0.0.1:5080")
    target = "sip:b@127.0.0.1:5080"
    assert [redirect_decision(policy, target, hops) for hops in range(MAX_REDIRECTS)] == [None] * MAX_REDIRECTS
    assert redirect_decision(policy, target, MAX_REDIRECTS) == f"more than {MAX_REDIRECTS} redirects"
    assert redirect_decision(policy, "sip:911@198.51.100.7", 0) is not None


def test_the_redirect_target_takes_its_port_from_the_3xx_contact() -> None:
    message = (
        "SIP/2.0 302 Moved Temporarily\r\nVia: SIP/2.0/UDP 127.0.0.1\r\n"
        "Contact: <sip:other@127.0.0.1:5090>;q=0.5, <sip:hop1@127.0.0.1:5091;transport=udp>\r\n"
        "m: sip:short@10.0.0.1:7000\r\nContent-Length: 0\r\n\r\n"
    )
    assert redirect_target("<sip:hop1@127.0.0.1>", message) == "sip:hop1@127.0.0.1:5091;transport=udp"
    assert redirect_target("sip:short@10.0.0.1", message) == "sip:short@10.0.0.1:7000"
    assert redirect_target("sip:unknown@127.0.0.1", message) == "sip:unknown@127.0.0.1"
    assert redirect_target("sip:x@h", "") == "sip:x@h"


# -- media negotiation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "reason", "expected"),
    [
        (406, "SDP offer/answer incomplete", NO_SDP),
        (415, "SDP negotiation failed", NO_COMMON_CODEC),
        (488, "Not Acceptable Here", NO_COMMON_CODEC),
        (200, "Normal call clearing", None),
        (None, None, None),
    ],
)
def test_a_failed_negotiation_is_named(code: int | None, reason: str | None, expected: str | None) -> None:
    assert negotiation_failure(code, reason) == expected


def test_a_failed_negotiation_is_the_robots_failure_not_a_drop() -> None:
    facts = CallFacts(answered=True, ringing_seen=True, status=200, hangup_by="robot", media_failure=NO_SDP)
    assert classify(facts) == "failed"
    codec = CallFacts(answered=True, ringing_seen=False, status=200, hangup_by="robot", media_failure=NO_COMMON_CODEC)
    assert classify(codec) == "failed"
    # without it, the same facts are an ordinary call
    assert classify(CallFacts(answered=True, ringing_seen=True, status=200, hangup_by="robot")) == "answered"


# -- a response cut over UDP ----------------------------------------------------------------


def test_a_cut_response_whose_tcp_retry_got_nowhere_is_failed() -> None:
    facts = CallFacts(answered=False, ringing_seen=False, status=503, transport_error=True, response_truncated=True)
    assert classify(facts) == "failed"
    assert classify(CallFacts(answered=False, ringing_seen=False, status=None, response_truncated=True)) == "failed"
    # without the cut response it is an unreachable peer, and a real busy stays busy
    assert classify(CallFacts(answered=False, ringing_seen=False, status=503, transport_error=True)) == "unreachable"
    assert classify(CallFacts(answered=False, ringing_seen=False, status=486, response_truncated=True)) == "busy"


@pytest.mark.parametrize(
    ("uri", "transport", "tcp"),
    [
        ("sip:a@h:5080", "udp", "sip:a@h:5080;transport=tcp"),
        ("sip:a@h;transport=UDP;lr", "udp", "sip:a@h;lr;transport=tcp"),
        ("sip:a@h;transport=tcp", "tcp", "sip:a@h;transport=tcp"),
        ("sips:a@h", "tls", "sips:a@h;transport=tcp"),
        ("sip:a@h?X-A=1", "udp", "sip:a@h;transport=tcp?X-A=1"),
    ],
)
def test_uri_transport_and_the_tcp_retry_uri(uri: str, transport: str, tcp: str) -> None:
    assert uri_transport(uri) == transport
    assert over_tcp(uri) == tcp


def test_timings_after_a_tcp_retry_are_the_retrys() -> None:
    timeline = Timeline()
    timeline.add(tl.INVITE_SENT, at=10.0)
    timeline.add(tl.PROVISIONAL, {"code": 180}, at=10.1)
    timeline.add(tl.RESPONSE_TRUNCATED, {"code": 200, "bytes": 4000}, at=10.5)
    timeline.add(tl.ANSWERED, {"code": 200}, at=10.5)
    timeline.add(tl.RETRY_OVER_TCP, {"uri": "sip:a@h;transport=tcp"}, at=10.6)
    timeline.add(tl.PROVISIONAL, {"code": 180}, at=10.7)
    timeline.add(tl.ANSWERED, {"code": 200}, at=11.6)
    timings = derive_timings(timeline, ended_at=13.6)
    assert (timings.post_dial_delay_s, timings.ring_to_answer_s, timings.answer_s) == (0.1, 0.9, 1.0)
    assert (timings.talk_s, timings.total_s) == (2.0, 3.6)
    assert timeline.has(tl.ANSWERED) and not timeline.has(tl.BYE_SENT, since=tl.RETRY_OVER_TCP)
    assert not timeline.has(tl.RESPONSE_TRUNCATED, since=tl.RETRY_OVER_TCP)


def test_transfer_events_become_the_results_transfers() -> None:
    timeline = Timeline()
    timeline.add(tl.INVITE_SENT, at=1.0)
    timeline.add(tl.TRANSFER, {"kind": "redirect", "target": "sip:b@h", "result": "followed"}, at=1.25)
    detail = {"kind": "refer", "target": "sip:112@x", "result": "refused", "reason": "not the destination"}
    timeline.add(tl.TRANSFER, detail, at=3.0)
    transfers = [t.model_dump() for t in result_transfers(timeline)]
    assert transfers == [
        {"t_s": 0.25, "kind": "redirect", "target": "sip:b@h", "result": "followed", "reason": None},
        {"t_s": 2.0, "kind": "refer", "target": "sip:112@x", "result": "refused", "reason": "not the destination"},
    ]


# -- which RTP is a sign of life ------------------------------------------------------------


def test_rtp_the_decoder_never_got_is_not_a_live_line() -> None:
    """A wrong payload type: packets arrive, the jitter buffer stays empty every frame."""
    watch = MediaWatch(2.0)
    watch.start(0.0)
    rx, empty, dead_at = 0, 0, None
    for step in range(1, 20):
        now = step * 0.2
        rx += 10
        empty += 10
        if watch.sample(now, rx, 0, empty):
            dead_at = now
            break
    # the first sample is the baseline (nothing to compare the jitter buffer with yet)
    assert dead_at == pytest.approx(2.2)
    assert watch.ignored_packets == rx - 10


def test_decoded_rtp_keeps_the_line_alive() -> None:
    watch = MediaWatch(2.0)
    watch.start(0.0)
    for step in range(1, 30):
        assert not watch.sample(step * 0.2, step * 10, 0, 1)  # one empty frame at the start
    assert watch.ignored_packets == 0


def test_rtp_from_a_foreign_source_is_not_a_live_line() -> None:
    watch = MediaWatch(1.0)
    watch.start(0.0)
    assert not watch.sample(0.2, 10, 0, 0, foreign_source=True)
    assert watch.sample(1.0, 50, 0, 0, foreign_source=True)
    assert watch.ignored_packets == 50
    # RTCP reports still count as life
    watch = MediaWatch(1.0)
    watch.start(0.0)
    assert not watch.sample(0.8, 10, 1, 0, foreign_source=True)
    assert not watch.sample(1.2, 20, 1, 0, foreign_source=True)


@pytest.mark.parametrize(
    ("interval", "now", "before", "foreign", "counts"),
    [
        (0.2, 10, 0, False, False),  # every frame empty
        (0.2, 7, 0, False, True),  # some audio decoded
        (0.2, None, None, False, True),  # unknown: counts as before
        (0.0, 10, 0, False, True),
        (0.2, 0, 0, True, False),
    ],
)
def test_rtp_counts(interval: float, now: int | None, before: int | None, foreign: bool, counts: bool) -> None:
    assert rtp_counts(interval, now, before, foreign) is counts


@pytest.mark.parametrize(
    ("source", "expected", "result"),
    [
        ("127.0.0.1:4000", "127.0.0.1:4000", None),
        ("127.0.0.1:4002", "127.0.0.1:4000", "127.0.0.1:4002"),
        ("", "127.0.0.1:4000", None),
        ("0.0.0.0:0", "127.0.0.1:4000", None),
        ("127.0.0.1:4002", None, None),
    ],
)
def test_foreign_source(source: str, expected: str | None, result: str | None) -> None:
    assert foreign_source(source, expected) == result


def test_call_demo_and_sweeps_ask_the_dialling_policy_about_transfer_targets() -> None:
    from robot.call.place import make_plan
    from robot.config.settings import Config, Sip

    plan = make_plan("sip:sales@127.0.0.1:5080", Config(sip=Sip(bind_address="127.0.0.1")))
    policy = plan.transfer_policy
    assert policy is not None
    assert policy("sip:operator@127.0.0.1:5080") is None
    assert policy("sip:operator@198.51.100.7:5080") is not None  # another destination
    refused = policy("sip:112@127.0.0.1:5080")  # same destination, an emergency number
    assert refused is not None and "112" in refused
