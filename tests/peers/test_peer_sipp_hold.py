"""SIPp (tests/sipp/hostile_uas_hold.xml) as a second independent check of a callee's hold:
re-INVITE with ``a=sendonly`` and no RTP for 4 s, then ``a=sendrecv`` and RTP again; and the
same hold, by re-INVITE or by UPDATE, with SIPp echoing the robot's RTP
(tests/peers/sipp_uas_hold_echo.xml, sipp_uas_hold_update_echo.xml), so the robot's own
prompt coming back after the resume shows it is neither deaf nor mute."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.peers.common import (
    RobotCall,
    assert_one_sip_hold,
    callee_rms,
    event_t,
    names,
    recording_origin,
    robot_rms,
    tone_wav,
)
from tests.sipp_peer import SippPeer

pytestmark = [pytest.mark.sipp, pytest.mark.calls]

HOLD_S = 4.0
#: the hold with SIPp echoing the robot's RTP, by re-INVITE or by UPDATE
ECHO_SCENARIOS = {
    "INVITE": Path(__file__).with_name("sipp_uas_hold_echo.xml"),
    "UPDATE": Path(__file__).with_name("sipp_uas_hold_update_echo.xml"),
}


def answer_direction(peer: SippPeer, cseq: str) -> str:
    """The ``a=`` direction in the robot's 200 OK (received by SIPp) to the re-INVITE ``cseq``."""
    assert peer.workdir is not None
    log = (peer.workdir / "messages.log").read_text(errors="replace")
    for block in re.split(r"\n-{5,}[^\n]*\n", log):
        body = block.split(":", 1)[-1].lstrip()
        if "message received" in block and body.startswith("SIP/2.0 200") and f"CSeq: {cseq}\n" in body:
            found = re.findall(r"^a=(sendrecv|sendonly|recvonly|inactive)\s*$", body, re.M)
            return found[0] if found else "sendrecv"
    raise AssertionError(f"SIPp got no 200 OK to {cseq}")


def test_a_hold_by_sipp_re_invite_then_resume_keeps_the_call_and_its_audio(
    sipp_peer: Callable[..., SippPeer], tmp_path: Path
) -> None:
    peer = sipp_peer("hostile_uas_hold", variables={"talk_ms": 1000, "hold_ms": int(HOLD_S * 1000)})
    # the media timeout (2 s) is shorter than the hold, in which SIPp sends no RTP
    call = RobotCall(tmp_path / "robot", peer.uri("x"), stay_s=1 + HOLD_S + 3, media_timeout_s=2)
    try:
        result = call.result()
    finally:
        call.close()
    hold = assert_one_sip_hold(result, HOLD_S)
    assert result["recording"] is not None
    origin = recording_origin(result)
    held, resumed = hold["start_s"] - origin, hold["end_s"] - origin
    recording = Path(result["recording"])
    assert callee_rms(recording, held - 0.8, held - 0.1) > 100.0  # SIPp's prompt before the hold
    assert callee_rms(recording, held + 0.5, resumed - 0.5) < 50.0  # no RTP while held: silence
    assert callee_rms(recording, resumed + 0.3, resumed + 2.0) > 100.0  # and again after the resume
    sipp = peer.wait(10)
    assert sipp.ok, sipp.summary()
    assert (sipp.counters["held"], sipp.counters["resumed"]) == (1, 1)  # both re-INVITEs got a 200
    assert answer_direction(peer, "1 INVITE") == "recvonly"  # the robot accepted the hold
    assert answer_direction(peer, "2 INVITE") == "sendrecv"  # and the resume


@pytest.mark.parametrize("method", ["INVITE", "UPDATE"])
def test_after_a_hold_the_robot_is_heard_again_and_hears_again(
    sipp_peer: Callable[..., SippPeer], tmp_path: Path, method: str
) -> None:
    peer = sipp_peer(ECHO_SCENARIOS[method], rtp_echo=True, variables={"talk_ms": 1000, "hold_ms": 3000})
    prompt = tone_wav(tmp_path / "prompt.wav", 1.5, freq=1000)
    scenario = tmp_path / "speak_after_hold.yaml"
    scenario.write_text(
        f"name: speak after a hold\nlanguage: en\nsteps:\n  - wait: 5\n  - play: {prompt}\n  - hangup\n",
        encoding="utf-8",
    )
    call = RobotCall(tmp_path / "robot", peer.uri("x"), scenario=scenario, media_timeout_s=2)
    try:
        result = call.result()
    finally:
        call.close()
    assert (result["outcome"], result["hangup_by"]) == ("answered", "robot"), result["sip_reason"]
    assert "media_timeout" not in names(result)
    [hold] = result["holds"]
    assert hold["kind"] == "sip" and abs((hold["end_s"] - hold["start_s"]) - 3.0) < 0.5, hold
    origin = recording_origin(result)
    played = event_t(result, "answered") + 5.0 - origin  # the play step, after the resume
    assert played > hold["end_s"] - origin
    recording = Path(result["recording"])
    assert robot_rms(recording, played + 0.2, played + 1.3) > 500.0  # the robot played its prompt
    assert callee_rms(recording, played + 0.3, played + 1.3) > 500.0  # which SIPp echoed back
    assert callee_rms(recording, hold["start_s"] - origin + 0.5, hold["end_s"] - origin - 0.3) < 50.0
    sipp = peer.wait(10)
    assert sipp.ok, sipp.summary()
    assert answer_direction(peer, f"1 {method}") == "recvonly"
    assert answer_direction(peer, f"2 {method}") == "sendrecv"
