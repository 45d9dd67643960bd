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
from robot.call.timings import derive_timings, result_events, result_transfers
from robot.config.settings import Limits
from robot.sip import timeline as tl
from robot.sip.audioports import CallAudioPort, RobotVoice
from robot.sip.call import UDP_MAX_PKT_LEN, CallSession
from robot.sip.recording import WavWriter, private_dir
from robot.sip.softphone import CLOCK_RATE, SAMPLES_PER_FRAME, Softphone
from robot.sip.transfer import TransferPolicy
from robot.sip.transports import over_tcp

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
    # REFER / 3xx targets: None -> refusal reason (default: the same SIP host:port as ``uri``)
    transfer_policy: TransferPolicy | None = None
    on_sent: Callable[[str | None], None] | None = None  # the SIP messages we send (CallSession.on_sent)


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

    session = phone.dial(
        plan.uri, direct=plan.direct, on_media=on_media, transfer_policy=plan.transfer_policy, on_sent=plan.on_sent
    )
    limits = plan.limits
    gave_up = planned_end = interrupted = False

    try:
        deadline = time.monotonic() + limits.max_ring_s
        while True:
            gave_up = ring(phone, session, deadline, limits, stop_requested)
            if gave_up or not retry_over_tcp(session):
                break
            # RFC 3261 18.1.1: the response was too large for UDP; the same call over TCP
            uri = over_tcp(plan.uri)
            session.timeline.add(tl.RETRY_OVER_TCP, {"uri": uri})
            log.info("call %s: response cut at %s bytes over UDP; retrying over TCP", call_id, UDP_MAX_PKT_LEN)
            session = phone.dial(
                uri,
                direct=plan.direct,
                on_media=on_media,
                transfer_policy=plan.transfer_policy,
                timeline=session.timeline,
                on_sent=plan.on_sent,
            )
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


def ring(
    phone: Softphone, session: CallSession, deadline: float, limits: Limits, stop_requested: Callable[[], bool]
) -> bool:
    """Wait for the answer or the end until ``deadline``; True: the robot gave up (CANCEL sent)."""
    while not (session.answered.is_set() or session.ended.is_set()):
        if stop_requested():
            raise Interrupted
        if time.monotonic() >= deadline:
            session.timeline.add(tl.RING_TIMEOUT, {"max_ring_s": limits.max_ring_s})
            phone.hangup(session)
            return True
        session.answered.wait(0.05)
    return False


def retry_over_tcp(session: CallSession) -> bool:
    """Whether a UDP attempt ended on a response pjsip could only read cut short (and so
    could not use): then the call is placed again over TCP, once."""
    if session.truncated_response is None or session.transport != "udp":
        return False
    if session.answered.is_set() and not session.stack_bye:
        return False  # the cut 2xx was usable after all: the call goes on
    if not session.ended.wait(END_GRACE_S):
        return False
    return session.media_failure is not None or not session.answered.is_set()


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
        media_failure=session.media_failure,
        response_truncated=session.timeline.has(tl.RESPONSE_TRUNCATED),
    )
    outcome = classify(facts)
    status, reason = session.status, session.reason
    if interrupted:
        reason = "interrupted by user (SIGINT)"
    elif gave_up:
        reason = f"no answer within {plan.limits.max_ring_s:g} s (CANCEL sent)"
    elif session.media_failure is not None:
        status, reason = 200, session.media_failure  # the 2xx the robot could not accept
    if facts.response_truncated and outcome == "failed" and not answered:
        cut = f"response too large for UDP (cut at {UDP_MAX_PKT_LEN} bytes)"
        retried = session.timeline.has(tl.RETRY_OVER_TCP)
        reason = f"{cut}; over TCP: {reason or 'no response'}" if retried else cut
    finals = [detail for _, name, detail in session.timeline.events if name == tl.FINAL_RESPONSE]
    if not answered and finals:  # the last INVITE's (a followed redirect sent another)
        status, reason = finals[-1].get("code"), finals[-1].get("reason") or reason
    refused = [d for _, name, d in session.timeline.events if name == tl.TRANSFER and d.get("kind") == "redirect"]
    if not answered and refused and refused[-1].get("result") == "refused":
        reason = f"{reason or 'redirect'}; redirect to {refused[-1].get('target')} refused: {refused[-1].get('reason')}"
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
        transfers=result_transfers(session.timeline),
    )
