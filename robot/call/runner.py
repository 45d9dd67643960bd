"""Placing one call on a running softphone and turning what happened into a CallResult."""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from robot.call.outcome import CallFacts, classify
from robot.call.result import CallResult
from robot.call.timings import derive_timings, result_events
from robot.config.settings import Limits
from robot.sip import timeline as tl
from robot.sip.audioports import CallAudioPort, RobotVoice
from robot.sip.call import CallSession
from robot.sip.recording import WavWriter, private_dir
from robot.sip.softphone import CLOCK_RATE, SAMPLES_PER_FRAME, Softphone

log = logging.getLogger(__name__)

END_GRACE_S = 5.0  # bound on waiting for the far end to confirm a BYE/CANCEL


def new_call_id() -> str:
    """A sortable, unique call id: UTC time plus random suffix (also the recording's name)."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(3)


@dataclass
class CallPlan:
    """What the robot does once answered: talk (a scenario) or just stay for ``stay_s``."""

    target: str
    uri: str
    direct: bool
    limits: Limits
    recordings_dir: Path | None
    scenario_name: str | None = None
    talk: Callable[[Softphone, CallSession, float], bool] | None = None
    audio_sink: Callable[[bytes], None] | None = None  # receives the callee's 20 ms frames
    finish: Callable[[CallResult], None] | None = None  # completes the result (transcript, score)


class Interrupted(Exception):
    """Raised inside a call when the user asked to stop (SIGINT)."""


def run_call(phone: Softphone, plan: CallPlan, stop_requested: Callable[[], bool] = lambda: False) -> CallResult:
    """Dial, wait for answer within ``max_ring_s``, talk or stay, hang up, classify.

    Never hangs: the call is over within ``max_ring_s + max_call_s + END_GRACE_S``.
    """
    call_id = new_call_id()
    started_at = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    recording: Path | None = None
    if plan.recordings_dir is not None:
        recording = private_dir(plan.recordings_dir) / f"{call_id}.wav"

    def on_media(session: CallSession) -> CallAudioPort:
        voice = RobotVoice(SAMPLES_PER_FRAME)
        writer = WavWriter(recording, CLOCK_RATE, 2) if recording is not None else None
        session.voice = voice
        return phone.audio_port(voice, writer, plan.audio_sink)

    session = phone.dial(plan.uri, direct=plan.direct, on_media=on_media)
    limits = plan.limits
    gave_up = planned_end = interrupted = False

    try:
        deadline = time.monotonic() + limits.max_ring_s
        while not (session.answered.is_set() or session.ended.is_set()):
            if stop_requested():
                raise Interrupted
            if time.monotonic() >= deadline:
                session.timeline.add(tl.RING_TIMEOUT, {"max_ring_s": limits.max_ring_s})
                gave_up = True
                phone.hangup(session)
                break
            session.answered.wait(0.05)
        if session.answered.is_set() and not session.ended.is_set():
            talk_deadline = time.monotonic() + limits.max_call_s
            if plan.talk is not None:
                planned_end = plan.talk(phone, session, talk_deadline)
            else:
                end = min(time.monotonic() + limits.stay_s, talk_deadline)
                while not session.ended.is_set() and time.monotonic() < end:
                    if stop_requested():
                        raise Interrupted
                    session.ended.wait(0.05)
                planned_end = not session.ended.is_set()
            if not session.ended.is_set():
                if time.monotonic() >= talk_deadline:
                    session.timeline.add(tl.MAX_CALL_REACHED, {"max_call_s": limits.max_call_s})
                phone.hangup(session)
    except Interrupted:
        interrupted = True
        session.timeline.add(tl.INTERRUPTED, {"signal": "SIGINT"})
        phone.hangup(session)
    finally:
        if not session.ended.wait(END_GRACE_S):
            log.warning("call %s: no final confirmation within %.0f s", call_id, END_GRACE_S)
    result = build_result(call_id, started_at, plan, session, recording, gave_up, planned_end, interrupted)
    if plan.finish is not None:
        plan.finish(result)
    return result


def build_result(
    call_id: str,
    started_at: str,
    plan: CallPlan,
    session: CallSession,
    recording: Path | None,
    gave_up: bool,
    planned_end: bool,
    interrupted: bool,
) -> CallResult:
    """Assemble the result from the session's timeline and facts."""
    answered = session.answered.is_set()
    ended_at = session.ended_at or time.monotonic()
    facts = CallFacts(
        answered=answered,
        ringing_seen=session.ringing_seen,
        status=session.status,
        robot_gave_up_ringing=gave_up,
        any_response=session.timeline.has(tl.PROVISIONAL) or session.timeline.has(tl.FINAL_RESPONSE),
        planned_end=planned_end,
        hangup_by=session.hangup_by,
        transport_error=session.transport_error and not answered,
        interrupted=interrupted,
    )
    outcome = classify(facts)
    status, reason = session.status, session.reason
    if interrupted:
        reason = "interrupted by user (SIGINT)"
    elif gave_up:
        reason = f"no answer within {plan.limits.max_ring_s:g} s (CANCEL sent)"
    final = session.timeline.first(tl.FINAL_RESPONSE)
    if not answered and final is not None:
        for t, name, detail in session.timeline.events:
            if t == final and name == tl.FINAL_RESPONSE:
                status, reason = detail.get("code"), detail.get("reason") or reason
                break
    hangup_by = session.hangup_by if answered else None
    has_recording = recording is not None and answered and recording.exists()
    return CallResult(
        call_id=call_id,
        target=plan.target,
        scenario=plan.scenario_name,
        started_at=started_at,
        outcome=outcome,
        sip_status=status,
        sip_reason=reason,
        hangup_by=hangup_by,
        timings=derive_timings(session.timeline, ended_at),
        events=result_events(session.timeline),
        recording=str(recording) if has_recording else None,
        uri=plan.uri,
        media=session.stats.as_dict() if answered else None,
        sip_call_id=session.sip_call_id,
    )
