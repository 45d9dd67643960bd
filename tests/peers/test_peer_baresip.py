"""baresip 1.0 (an independent user agent) as the callee: a hold by re-INVITE and the
resume, a blind transfer (REFER) to another account on the same baresip, and a REFER to
an outside target. The robot runs as ``call URI --json`` in a subprocess (the default
transfer policy: the original call's host:port and the dialling policy)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.peers.baresip import Baresip
from tests.peers.common import (
    RobotCall,
    assert_one_sip_hold,
    callee_rms,
    event_t,
    names,
    recording_origin,
    tone_wav,
)

pytestmark = pytest.mark.calls

HOLD_S = 4.0
OUTSIDE = "sip:112@198.51.100.7"  # an emergency number on a TEST-NET address


@pytest.fixture
def ua(baresip: Callable[..., Baresip], tmp_path: Path) -> Baresip:
    """baresip with accounts alice and bob (both answer at once), speaking a 60 s tone."""
    return baresip(["alice", "bob"], audio=tone_wav(tmp_path / "tone.wav", 60))


def test_a_hold_and_resume_by_baresip_is_a_sip_hold_and_the_audio_comes_back(ua: Baresip, tmp_path: Path) -> None:
    # the media timeout (2 s) is shorter than the hold (baresip sends no RTP while holding)
    call = RobotCall(tmp_path / "robot", ua.uri("alice"), stay_s=HOLD_S + 4, media_timeout_s=2)
    try:
        ua.wait_event("CALL_ESTABLISHED")
        time.sleep(0.5)  # some conversation before the hold
        ua.command("hold")
        time.sleep(HOLD_S)  # the hold under test
        ua.command("resume")
        result = call.result()
    finally:
        call.close()
    hold = assert_one_sip_hold(result, HOLD_S)
    events = names(result)
    assert events.count("media_rebuilt") >= 2  # the audio was reconnected after each re-INVITE
    # baresip's tone again after the resume, in the same recording (it starts at the first media)
    assert result["recording"] is not None
    origin = recording_origin(result)
    held, resumed = hold["start_s"] - origin, hold["end_s"] - origin
    recording = Path(result["recording"])
    assert callee_rms(recording, held + 0.5, resumed - 0.5) < 50.0  # silence while held: aligned
    assert callee_rms(recording, resumed + 0.5, resumed + 2.5) > 500.0
    log = ua.log()
    assert "call: hold sip:" in log and "call: resume sip:" in log


def test_a_blind_transfer_by_baresip_to_its_other_account_is_followed(ua: Baresip, tmp_path: Path) -> None:
    target = ua.uri("bob")  # the same host:port as the original call
    call = RobotCall(tmp_path / "robot", ua.uri("alice"), stay_s=4, media_timeout_s=2)
    try:
        ua.wait_event("CALL_ESTABLISHED", accountaor=ua.uri("alice"))
        ua.command("transfer", target)
        ua.wait_event("CALL_ESTABLISHED", accountaor=target)  # the robot called bob
        result = call.result()
    finally:
        call.close()
    assert (result["outcome"], result["hangup_by"]) == ("answered", "robot"), result["sip_reason"]
    [transfer] = result["transfers"]
    assert (transfer["kind"], transfer["target"], transfer["result"]) == ("refer", target, "followed")
    events = names(result)
    assert "transfer_dialing" in events and "media_timeout" not in events
    assert events.count("invite_sent") == 1  # the new leg is announced by transfer_dialing
    # bob's audio (baresip's tone) in the same recording after the new leg's INVITE
    assert result["recording"] is not None
    dialing = event_t(result, "transfer_dialing") - recording_origin(result)
    assert callee_rms(Path(result["recording"]), dialing + 0.5, dialing + 2.5) > 500.0
    closed = ua.wait_event("CALL_CLOSED", accountaor=ua.uri("alice"))  # baresip ended the first leg
    assert closed.get("param") == "Call transfered", closed


@pytest.mark.parametrize("where", ["outside", "emergency"])
def test_a_refer_from_baresip_to_a_forbidden_target_is_refused(ua: Baresip, tmp_path: Path, where: str) -> None:
    # another host, or the same host:port but a number the dialling policy always blocks
    target = OUTSIDE if where == "outside" else ua.uri("112")
    call = RobotCall(tmp_path / "robot", ua.uri("alice"), stay_s=4, media_timeout_s=2)
    try:
        ua.wait_event("CALL_ESTABLISHED")
        ua.command("transfer", target)
        result = call.result()
    finally:
        call.close()
    [transfer] = result["transfers"]
    assert (transfer["kind"], transfer["target"], transfer["result"]) == ("refer", target, "refused")
    assert ("198.51.100.7:5060" if where == "outside" else "emergency") in transfer["reason"]
    events = names(result)
    assert "transfer_dialing" not in events and events.count("invite_sent") == 1
    # baresip got the 603; baresip 1.0 itself then ends the call (its menu module hangs up
    # on a failed transfer), so the call goes on only until baresip's BYE: the robot did
    # not hang up
    assert "transfer failed: 603 Decline" in ua.log()
    assert (result["outcome"], result["hangup_by"]) == ("dropped", "callee")
    assert event_t(result, "transfer") < event_t(result, "bye_received")
    assert "bye_sent" not in events
