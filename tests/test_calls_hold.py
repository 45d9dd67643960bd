"""A callee's hold and resume by re-INVITE: the robot keeps hearing and recording, the line
is not declared dead, and the hold is in ``holds`` and ``metrics.hold_s`` (real calls)."""

from __future__ import annotations

from pathlib import Path

import pytest

from robot.call.runner import CallPlan, run_call
from robot.config.settings import Limits
from robot.phone.behaviour import HOLD_AFTER_S, REFER_TARGET_USER
from robot.sip.softphone import Softphone
from robot.sip.transfer import same_destination
from tests.peers.common import callee_rms
from tests.phone_process import PhoneProcess

pytestmark = pytest.mark.calls

HOLD_S = 4.0


def drain(phone: PhoneProcess) -> None:
    while not phone.lines.empty():
        phone.lines.get_nowait()


def test_hold_by_re_invite_then_resume_keeps_the_call_and_its_audio(
    softphone: Softphone, phone: PhoneProcess, recordings: Path
) -> None:
    # the media timeout (2 s) is shorter than the hold: a hold must not count as a dead line
    limits = Limits(max_ring_s=3, max_call_s=20, media_timeout_s=2.0, stay_s=HOLD_AFTER_S + HOLD_S + 4.5)
    uri = phone.uri("ring0.2-talk-hold4")
    result = run_call(softphone, CallPlan(target=uri, uri=uri, direct=True, limits=limits, recordings_dir=recordings))
    assert (result.outcome, result.hangup_by) == ("answered", "robot"), result.sip_reason
    names = [e.event for e in result.events]
    assert "media_timeout" not in names
    assert names.count("hold_started") == 1 and names.count("hold_ended") == 1
    [hold] = result.holds
    assert hold.kind == "sip" and hold.end_s is not None
    assert abs((hold.end_s - hold.start_s) - HOLD_S) < 0.5
    assert result.metrics["hold_s"] == pytest.approx(hold.end_s - hold.start_s, abs=0.01)
    # the phone speaks again after the resume: the robot hears (records) it
    answered = next(e.t_s for e in result.events if e.event == "answered")
    resumed = hold.end_s - answered  # recording time base: the answer
    assert result.recording is not None
    assert callee_rms(Path(result.recording), resumed + 0.3, resumed + 2.5) > 100.0


def test_a_call_without_holds_has_none_and_zero_hold_seconds(
    softphone: Softphone, phone: PhoneProcess, limits: Limits
) -> None:
    uri = phone.uri("answer")
    result = run_call(softphone, CallPlan(target=uri, uri=uri, direct=True, limits=limits, recordings_dir=None))
    assert result.outcome == "answered"
    assert result.holds == [] and result.metrics["hold_s"] == 0.0


def test_a_blind_transfer_within_the_destination_is_followed_and_the_call_goes_on(
    softphone: Softphone, phone: PhoneProcess, recordings: Path
) -> None:
    limits = Limits(max_ring_s=3, max_call_s=20, media_timeout_s=2.0, stay_s=7.0)
    drain(phone)
    uri = phone.uri("ring0.2-refer1.5")
    plan = CallPlan(target=uri, uri=uri, direct=True, limits=limits, recordings_dir=recordings,
                    transfer_policy=same_destination(uri))  # fmt: skip
    result = run_call(softphone, plan)
    assert (result.outcome, result.hangup_by) == ("answered", "robot"), (result.sip_status, result.sip_reason)
    [transfer] = result.transfers
    assert (transfer.kind, transfer.result) == ("refer", "followed")
    assert transfer.target.startswith(f"sip:{REFER_TARGET_USER}@127.0.0.1:")
    names = [e.event for e in result.events]
    assert "transfer_dialing" in names and "media_timeout" not in names
    # the new party speaks after answering (0.5 s of ringing): the same recording holds it
    dialing = next(e.t_s for e in result.events if e.event == "transfer_dialing")
    answered = next(e.t_s for e in result.events if e.event == "answered")
    start = dialing - answered + 0.8
    assert result.recording is not None
    assert callee_rms(Path(result.recording), start, start + 2.0) > 100.0
    users = [phone.next_event(5, "call_received")["user"] for _ in range(2)]
    assert users == ["ring0.2-refer1.5", REFER_TARGET_USER]


def test_a_refer_outside_the_policy_is_refused_and_the_call_stays(softphone: Softphone, phone: PhoneProcess) -> None:
    limits = Limits(max_ring_s=3, max_call_s=20, media_timeout_s=2.0, stay_s=4.0)
    uri = phone.uri("ring0.2-refer1")
    plan = CallPlan(target=uri, uri=uri, direct=True, limits=limits, recordings_dir=None,
                    transfer_policy=lambda target: "not allowed here")  # fmt: skip
    result = run_call(softphone, plan)
    assert (result.outcome, result.hangup_by) == ("answered", "robot")
    assert [(t.result, t.reason) for t in result.transfers] == [("refused", "not allowed here")]
    assert "transfer_dialing" not in [e.event for e in result.events]
