"""A hostile or broken SIP peer (SIPp on loopback) against the robot: REFER to an outside
and to an allowed target, 3xx redirects, a 200 OK without SDP or with only G.729, garbage
and truncated responses, a 60 KB response, RTP of the wrong payload type or from the wrong
address, and a line that rings forever (the 487 after the CANCEL must be ACKed).

Each case runs the robot as ``python -m robot.cli call URI --json`` in a subprocess, so a
crash (segfault, abort, traceback) shows as a signal or on stderr, and asserts the outcome,
the exit code and what SIPp saw. The allowed-redirect case runs in-process because it
needs a transfer policy that the CLI does not take.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from robot.call.runner import CallPlan, run_call
from tests.sipp_peer import SippResult, free_udp_port, tone_ulaw

pytestmark = [pytest.mark.sipp, pytest.mark.calls]

REPO = Path(__file__).resolve().parent.parent
CRASH_MARKERS = ("Assertion", "Segmentation", "Traceback", "Pool is not released", "Fatal Python error")
OUTSIDE = "sip:112@198.51.100.7:5060"  # an emergency number on a TEST-NET address


def make_workdir(path: Path, **limits: float) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    config = {
        "sip": {"bind_address": "127.0.0.1", "transport": "udp"},
        "limits": {"max_ring_s": 3, "max_call_s": 8, "stay_s": 1.5, "media_timeout_s": 2, **limits},
        "recordings_dir": "recordings",
        "results_dir": "results",
    }
    (path / "config.yaml").write_text(json.dumps(config), encoding="utf-8")
    return path


def call_cli(workdir: Path, uri: str, timeout: float = 60) -> dict[str, Any]:
    """Run ``call URI --json``; assert a clean exit (code 0, no crash) and return the result."""
    env = dict(os.environ)
    for name in ("MYSTERYCALL_SIP_PASSWORD", "MYSTERYCALL_SECRETS_FILE", "MYSTERYCALL_PJSIP_LOG"):
        env.pop(name, None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    proc = subprocess.run(
        [sys.executable, "-m", "robot.cli", "call", uri, "--json"],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert proc.returncode >= 0, f"robot killed by signal {-proc.returncode}:\n{proc.stderr[-3000:]}"
    for marker in CRASH_MARKERS:
        assert marker not in proc.stderr, f"{marker!r} on stderr:\n{proc.stderr[-3000:]}"
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = proc.stdout.splitlines()
    assert len(lines) == 1, proc.stdout[-2000:]
    result = json.loads(lines[0])
    assert isinstance(result, dict)
    return result


def names(result: dict[str, Any]) -> list[str]:
    return [e["event"] for e in result["events"]]


def received(peer: SippResult, method: str) -> int:
    """How many ``method`` requests SIPp received (dead-call ones included, from its log)."""
    if peer.workdir is not None:
        log = (peer.workdir / "messages.log").read_text(errors="replace")
        return sum(1 for line in log.splitlines() if line.startswith(f"{method} sip:"))
    return sum(1 for m in peer.messages if m.direction == "R" and m.method == method)


# -- REFER ----------------------------------------------------------------------------------


def test_a_refer_to_an_outside_target_is_refused_and_the_call_goes_on(sipp_peer, tmp_path):
    peer = sipp_peer("hostile_uas_refer", keys={"refer_to": OUTSIDE})
    result = call_cli(make_workdir(tmp_path / "w"), peer.uri("sales"))
    assert (result["outcome"], result["hangup_by"]) == ("answered", "robot")
    (transfer,) = result["transfers"]
    assert transfer["kind"] == "refer" and transfer["result"] == "refused"
    assert transfer["target"] == OUTSIDE
    assert "198.51.100.7:5060" in transfer["reason"]
    assert "transfer" in names(result) and names(result).count("invite_sent") == 1
    sipp = peer.wait(10)
    assert sipp.ok, sipp.summary()
    assert sipp.counters["refused"] == 1  # SIPp got the 603
    assert sipp.flow()[-4:] == ["S REFER", "R 603", "R BYE", "S 200"]


def test_a_refer_to_an_allowed_target_is_followed_and_the_call_goes_on_with_the_new_party(sipp_peer, tmp_path):
    port = free_udp_port()
    target = f"sip:operator@127.0.0.1:{port}"  # the same host:port as the call
    peer = sipp_peer("hostile_uas_refer_follow", keys={"refer_to": target}, sip_port=port, calls=2)
    result = call_cli(make_workdir(tmp_path / "w", stay_s=4), peer.uri("sales"))
    assert (result["outcome"], result["hangup_by"]) == ("answered", "robot")
    (transfer,) = result["transfers"]
    assert (transfer["kind"], transfer["target"], transfer["result"]) == ("refer", target, "followed")
    assert "transfer_dialing" in names(result) and "media_timeout" not in names(result)
    sipp = peer.wait(10)
    assert sipp.ok and sipp.successful == 2, sipp.summary()
    assert sipp.counters["accepted"] == 1  # SIPp got the 202
    assert received(sipp, "INVITE") == 2  # the original call and the transferred one
    assert received(sipp, "NOTIFY") >= 1  # the robot told the transferor how the transfer went


# -- 3xx ------------------------------------------------------------------------------------


def test_a_redirect_to_an_outside_target_is_not_followed(sipp_peer, tmp_path):
    peer = sipp_peer("hostile_uas_redirect", keys={"contact": OUTSIDE})
    result = call_cli(make_workdir(tmp_path / "w"), peer.uri("x"))
    assert (result["outcome"], result["sip_status"]) == ("failed", 302)
    assert "redirect to sip:112@198.51.100.7:5060 refused" in result["sip_reason"]
    assert [(t["kind"], t["result"]) for t in result["transfers"]] == [("redirect", "refused")]
    sipp = peer.wait(10)
    assert sipp.ok, sipp.summary()  # the 302 was ACKed


def test_redirects_are_followed_within_the_destination_at_most_three_times(sipp_peer, tmp_path):
    peer = sipp_peer("hostile_uas_redirect_self", calls=4)
    result = call_cli(make_workdir(tmp_path / "w"), peer.uri("x"))
    assert (result["outcome"], result["sip_status"]) == ("failed", 302)
    assert [t["result"] for t in result["transfers"]] == ["followed"] * 3 + ["refused"]
    assert result["transfers"][-1]["reason"] == "more than 3 redirects"
    assert [t["target"].split("@")[0] for t in result["transfers"]] == ["sip:hop1", "sip:hop2", "sip:hop3", "sip:hop4"]
    sipp = peer.wait(10)
    assert sipp.ok and sipp.successful == 4, sipp.summary()
    assert received(sipp, "INVITE") == 4 and received(sipp, "ACK") == 4


def test_an_allowed_redirect_is_followed_to_an_answer(softphone, sipp_peer, limits):
    answering = sipp_peer("uas_answer", variables={"ring_ms": 300})
    redirect = sipp_peer("hostile_uas_redirect", keys={"contact": answering.uri("operator")})
    allowed = {answering.address}

    def policy(target: str) -> str | None:
        return None if any(a in target for a in allowed) else "not allowed"

    uri = redirect.uri("x")
    plan = CallPlan(target=uri, uri=uri, direct=True, limits=limits, recordings_dir=None, transfer_policy=policy)
    result = run_call(softphone, plan)
    assert (result.outcome, result.hangup_by) == ("answered", "robot")
    assert [(t.kind, t.result, t.target) for t in result.transfers] == [
        ("redirect", "followed", answering.uri("operator"))
    ]
    assert result.media is not None and result.media["rx_packets"] > 20
    assert redirect.wait(10).ok and answering.wait(10).ok


# -- media negotiation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scenario", "reason"),
    [
        ("hostile_uas_answer_no_sdp", "no SDP"),
        ("hostile_uas_answer_g729", "no common codec"),
        ("hostile_uas_truncated", "no common codec"),
    ],
)
def test_a_2xx_without_a_usable_answer_is_the_robots_failure(sipp_peer, tmp_path, scenario, reason):
    peer = sipp_peer(scenario)
    result = call_cli(make_workdir(tmp_path / "w"), peer.uri("x"))
    assert (result["outcome"], result["sip_reason"], result["hangup_by"]) == ("failed", reason, "robot")
    assert result["sip_status"] == 200
    assert "negotiation_failed" in names(result)
    assert next(e for e in result["events"] if e["event"] == "bye_sent")["detail"] == {"by": "stack"}
    sipp = peer.wait(10)
    assert sipp.ok, sipp.summary()
    # ACK + BYE (pjsip sends the BYE first and ACKs each retransmission of the 200)
    assert received(sipp, "ACK") >= 1 and received(sipp, "BYE") == 1


# -- garbage --------------------------------------------------------------------------------


def test_garbage_responses_are_ignored(sipp_peer, tmp_path):
    peer = sipp_peer("hostile_uas_garbage")
    result = call_cli(make_workdir(tmp_path / "w"), peer.uri("x"))
    assert (result["outcome"], result["sip_status"]) == ("busy", 486)
    assert "answered" not in names(result)
    assert [e["detail"]["code"] for e in result["events"] if e["event"] == "provisional"] == [100]
    assert peer.wait(10).ok


# -- a response too large for UDP -----------------------------------------------------------


def test_a_response_too_large_for_udp_from_a_udp_only_peer_is_a_clean_failure(sipp_peer, tmp_path):
    peer = sipp_peer("hostile_uas_answer_huge", variables={"ring_ms": 300})
    result = call_cli(make_workdir(tmp_path / "w"), peer.uri("x"))
    assert result["outcome"] == "failed"
    assert result["sip_reason"].startswith("response too large for UDP (cut at 4000 bytes); over TCP:")
    events = names(result)
    assert events.index("response_truncated") < events.index("retry_over_tcp")
    assert next(e for e in result["events"] if e["event"] == "response_truncated")["detail"]["bytes"] == 4000
    assert peer.wait(10).ok  # the cut 200 was ACKed and the call ended with a BYE


def test_a_response_too_large_for_udp_is_retried_over_tcp(sipp_peer, tmp_path):
    udp = sipp_peer("hostile_uas_answer_huge", variables={"ring_ms": 300})
    tcp = sipp_peer("uas_answer", variables={"ring_ms": 300}, transport="t1", sip_port=udp.port)
    result = call_cli(make_workdir(tmp_path / "w"), udp.uri("x"))
    assert (result["outcome"], result["hangup_by"]) == ("answered", "robot")
    retry = next(e for e in result["events"] if e["event"] == "retry_over_tcp")
    assert retry["detail"]["uri"].endswith(";transport=tcp")
    assert result["media"]["rx_packets"] > 20
    assert abs(result["timings"]["ring_to_answer_s"] - 0.3) < 0.05  # the retry's timings
    assert udp.wait(10).ok and tcp.wait(10).ok


# -- RTP that does not count ----------------------------------------------------------------


@pytest.mark.parametrize("case", ["wrong_payload_type", "foreign_source"])
def test_rtp_the_robot_cannot_use_does_not_keep_a_line_alive(sipp_peer, rtp_sink, tmp_path, case):
    sender, source = None, ""
    if case == "foreign_source":
        sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sender.bind(("127.0.0.1", 0))
        source = f"127.0.0.1:{sender.getsockname()[1]}"
    # PT 96 was never negotiated; or PCMU sent from another port than the SDP names
    sink = rtp_sink(audio=tone_ulaw(1.0), pt=96 if case == "wrong_payload_type" else 0, sender=sender)
    try:
        peer = sipp_peer("uas_dtmf", keys={"rtp_port": sink.port}, variables={"ring_ms": 200})
        result = call_cli(make_workdir(tmp_path / "w", stay_s=5, media_timeout_s=1.5), peer.uri("x"))
    finally:
        sink.close()  # stops the stream before its sending socket goes
        if sender is not None:
            sender.close()
    assert (result["outcome"], result["hangup_by"]) == ("dropped", "network")
    timeout = next(e for e in result["events"] if e["event"] == "media_timeout")
    assert timeout["detail"]["rx_ignored"] > 50, timeout
    assert result["media"]["rx_packets"] > 50 and sink.sent > 50
    if case == "foreign_source":
        assert timeout["detail"]["rx_source"] == source
    assert peer.wait(10).ok


def test_good_rtp_through_the_same_path_keeps_the_line_alive(sipp_peer, rtp_sink, tmp_path):
    sink = rtp_sink(audio=tone_ulaw(1.0))
    peer = sipp_peer("uas_dtmf", keys={"rtp_port": sink.port}, variables={"ring_ms": 200})
    result = call_cli(make_workdir(tmp_path / "w", stay_s=3, media_timeout_s=1.5), peer.uri("x"))
    assert (result["outcome"], result["hangup_by"]) == ("answered", "robot")
    assert result["media"]["rx_foreign_source"] is None and result["media"]["rx_empty_frames"] < 10
    assert peer.wait(10).ok


# -- CANCEL: the 487 is ACKed before the process exits ---------------------------------------


@pytest.mark.parametrize("run", range(4))
def test_the_487_after_cancel_is_acked_before_exit(sipp_peer, tmp_path, run):
    peer = sipp_peer("uas_ring_forever")
    result = call_cli(make_workdir(tmp_path / "w", max_ring_s=1), peer.uri("x"))
    assert (result["outcome"], result["sip_status"]) == ("no_answer", 487)
    sipp = peer.wait(10)
    assert sipp.ok, sipp.summary()
    assert sipp.flow() == ["R INVITE", "S 100", "S 180", "R CANCEL", "S 200", "S 487", "R ACK"]


def test_a_bye_at_shutdown_is_answered_before_exit(sipp_peer, tmp_path):
    """The robot hangs up at its planned end and exits: SIPp's 200 to the BYE arrives in time."""
    peer = sipp_peer("uas_answer", variables={"ring_ms": 200})
    result = call_cli(make_workdir(tmp_path / "w", stay_s=0.5), peer.uri("x"))
    assert result["outcome"] == "answered"
    sipp = peer.wait(10)
    assert sipp.ok, sipp.summary()
    assert sipp.flow()[-2:] == ["R BYE", "S 200"]
