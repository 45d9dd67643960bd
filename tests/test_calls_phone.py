"""Real calls over loopback from the robot's softphone to the simulated phone: every outcome."""

from __future__ import annotations

import time
import wave
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from robot.call.result import CallResult
from robot.call.runner import CallPlan, run_call
from robot.config.settings import Limits
from robot.sip.softphone import Softphone
from tests.phone_process import PhoneProcess, free_udp_port

pytestmark = pytest.mark.calls  # real SIP calls or the CLI in a process

TIMING_TOLERANCE_S = 0.05


def dial(softphone: Softphone, uri: str, limits: Limits, recordings: Path | None = None) -> CallResult:
    plan = CallPlan(target=uri, uri=uri, direct=True, limits=limits, recordings_dir=recordings)
    started = time.monotonic()
    result = run_call(softphone, plan)
    elapsed = time.monotonic() - started
    assert elapsed <= limits.max_ring_s + limits.max_call_s + 5, "a call must never hang"
    return result


def events(result: CallResult) -> list[str]:
    return [e.event for e in result.events]


@pytest.mark.parametrize(
    ("user", "outcome", "status"),
    [
        ("busy", "busy", 486),
        ("busy600", "busy", 600),
        ("decline", "rejected", 603),
        ("forbidden", "rejected", 403),
        ("notfound", "invalid_number", 404),
        ("gone", "invalid_number", 410),
        ("incomplete", "invalid_number", 484),
        ("code604", "invalid_number", 604),
        ("unavailable", "unreachable", 480),
        ("code503", "unreachable", 503),
        ("ring0.5-unavailable", "no_answer", 480),
        ("code488", "failed", 488),
    ],
)
def test_final_responses_are_classified(softphone, phone: PhoneProcess, limits, user, outcome, status):
    result = dial(softphone, phone.uri(user), limits)
    assert (result.outcome, result.sip_status) == (outcome, status)
    assert result.sip_reason
    assert result.hangup_by is None
    assert result.timings.answer_s is None and result.recording is None
    assert events(result)[0] == "invite_sent" and "final_response" in events(result)


def test_ring_then_answer_measures_timings(softphone, phone: PhoneProcess, limits, recordings):
    result = dial(softphone, phone.uri("ring1.5"), limits, recordings)
    assert result.outcome == "answered" and result.hangup_by == "robot" and result.sip_status == 200
    t = result.timings
    assert abs(t.ring_to_answer_s - 1.5) <= TIMING_TOLERANCE_S
    assert 0 <= t.post_dial_delay_s < 0.1
    assert t.answer_s == pytest.approx(t.post_dial_delay_s + t.ring_to_answer_s, abs=0.002)
    assert abs(t.talk_s - limits.stay_s) < 0.2
    assert t.total_s == pytest.approx(t.answer_s + t.talk_s, abs=0.01)
    names = events(result)
    assert names.index("invite_sent") < names.index("provisional") < names.index("answered")
    assert {"bye_sent", "disconnected"} <= set(names)
    provisional = [e.detail["code"] for e in result.events if e.event == "provisional"]
    assert 180 in provisional
    assert result.media["codec"] == "PCMU" and result.media["rx_packets"] > 50
    assert result.media["rx_loss"] == 0 and result.media["tx_packets"] > 50


def test_early_media_counts_as_ringing(softphone, phone: PhoneProcess, limits):
    result = dial(softphone, phone.uri("early1"), limits)
    assert result.outcome == "answered"
    assert 183 in [e.detail["code"] for e in result.events if e.event == "provisional"]
    assert abs(result.timings.ring_to_answer_s - 1.0) <= TIMING_TOLERANCE_S


def test_recording_is_stereo_owner_only_and_as_long_as_the_call(softphone, phone, limits, recordings):
    result = dial(softphone, phone.uri("answer"), limits, recordings)
    path = Path(result.recording)
    assert path.parent == recordings and path.name == f"{result.call_id}.wav"
    assert path.stat().st_mode & 0o777 == 0o600
    with wave.open(str(path)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (2, 2, 8000)
        duration = wav.getnframes() / wav.getframerate()
    assert abs(duration - result.timings.total_s) < 0.3  # from the INVITE, like the events


def test_never_answering_line_is_cancelled_after_max_ring(softphone, phone: PhoneProcess, limits):
    result = dial(softphone, phone.uri("never"), limits)
    assert result.outcome == "no_answer"
    names = events(result)
    assert "ring_timeout" in names and "cancel_sent" in names
    assert abs(result.timings.total_s - limits.max_ring_s) < 0.1


def test_callee_hangup_is_a_drop(softphone, phone: PhoneProcess, limits):
    result = dial(softphone, phone.uri("hangup1"), limits)
    assert (result.outcome, result.hangup_by) == ("dropped", "callee")
    assert "bye_received" in events(result)
    assert abs(result.timings.talk_s - 1.0) < 0.1


def test_silent_line_is_dropped_by_network(softphone, phone: PhoneProcess):
    limits = Limits(max_ring_s=3, max_call_s=10, media_timeout_s=2.0, stay_s=8)
    result = dial(softphone, phone.uri("silent"), limits)
    assert (result.outcome, result.hangup_by) == ("dropped", "network")
    timeout = next(e for e in result.events if e.event == "media_timeout")
    # detected within one stats interval (0.2 s) after media_timeout_s without RTP or RTCP
    assert 2.0 <= timeout.detail["silent_s"] <= 2.3
    assert result.timings.talk_s < limits.stay_s


def test_four_calls_at_once_in_one_process(softphone, phone: PhoneProcess, limits):
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: dial(softphone, phone.uri("ring0.5"), limits), range(4)))
    assert [r.outcome for r in results] == ["answered"] * 4, [
        (r.sip_status, r.sip_reason, [e.event for e in r.events]) for r in results
    ]
    assert len({r.call_id for r in results}) == 4


def test_no_response_at_all_is_unreachable(softphone):
    # last in this file: pjsua holds the slot of an unanswered INVITE for timer B (32 s)
    limits = Limits(max_ring_s=1.5, max_call_s=5, media_timeout_s=2, stay_s=1)
    result = dial(softphone, f"sip:nobody@127.0.0.1:{free_udp_port()}", limits)
    assert result.outcome == "unreachable"
    assert "provisional" not in events(result)


def test_phone_reports_the_digits_it_received(softphone, phone: PhoneProcess, limits):
    """The phone's end-of-call report (what IVR tests read) carries the RFC 4733 digits, even
    for calls the softphone has already reaped when the report is written."""

    def press(phone_, session, deadline):
        phone_.send_dtmf(session, "1", 100)
        phone_.send_dtmf(session, "2#", 100)
        session.ended.wait(0.5)
        return True

    users = [f"ring0.{n}" for n in (21, 22, 23, 24)]
    plans = [
        CallPlan(target=u, uri=phone.uri(u), direct=True, limits=limits, recordings_dir=None, talk=press) for u in users
    ]
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda plan: run_call(softphone, plan), plans))
    assert [r.outcome for r in results] == ["answered"] * 4
    reports = {}
    while len(reports) < len(users):
        ended = phone.next_event(timeout=10, event="call_ended")
        if ended["user"] in users:
            reports[ended["user"]] = ended
    for user in users:
        assert (reports[user]["answered"], reports[user]["dtmf"]) == (True, "12#"), reports[user]
