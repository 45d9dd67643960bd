"""Placing one call on a running softphone and turning what happened into a CallResult."""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from robot.call.holds import apply_holds
from robot.call.outcome import CallFacts, classify
from robot.call.pickup import PickUp, sense_pickup
from robot.call.quality import call_quality
from robot.call.result import CallResult, Turn
from robot.call.sensing import CallSensing
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
STOP_POLL_S = 0.1  # how often a talking call checks whether the user asked to stop

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
    language: str = "en"  # of the call's speech: who-answered cues, announcements, early media
    # told the call's CallSensing when its audio starts (the scenario engine listens to it)
    on_sensing: Callable[[CallSensing], None] | None = None


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

    sensing: CallSensing | None = None

    def on_media(session: CallSession) -> CallAudioPort:
        nonlocal sensing
        voice = RobotVoice(SAMPLES_PER_FRAME)
        writer = None
        if recording is not None:  # the file's time 0 is the INVITE, like the events' and the transcript's
            lead_s = time.monotonic() - (session.timeline.t0 or time.monotonic())
            writer = WavWriter(recording, CLOCK_RATE, 2, lead_silence_s=lead_s)
        session.voice = voice
        sensing = CallSensing(plan.language, session.answered)
        if plan.on_sensing is not None:
            plan.on_sensing(sensing)
        return phone.audio_port(voice, writer, callee_audio(sensing, plan.audio_sink))

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
                stopped = watch_stop(phone, session, stop_requested)
                planned_end = plan.talk(phone, session, talk_deadline)
                if stopped.is_set():
                    raise Interrupted
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
        if not session.timeline.has(tl.INTERRUPTED):
            session.timeline.add(tl.INTERRUPTED, {"signal": "SIGINT"})
        phone.hangup(session)
    finally:
        if not session.ended.wait(END_GRACE_S):
            log.warning("call %s: no final confirmation within %.0f s", call_id, END_GRACE_S)
    answered = session.answered.is_set()
    pickup = sense_pickup(sensing, session.timeline, answered, session.status, gave_up, recording)
    result = build_result(call_id, started_at, plan, session, recording, gave_up, planned_end, interrupted, pickup)
    if plan.finish is not None:
        plan.finish(result)
    early = pickup.early_media
    if early is not None and early.text:  # what the network said before the answer, on the same clock
        turn = Turn(speaker="callee", start_s=early.start_s, end_s=early.end_s, text=early.text, step="early_media")
        result.transcript = sorted([turn, *result.transcript], key=lambda t: t.start_s)
    if answered:
        result.metrics.setdefault("time_to_human_s", pickup.time_to_human_s)
    answered_t = next((e.t_s for e in result.events if e.event == tl.ANSWERED), None)
    music = pickup.music_hold(answered_t) if answered_t is not None else None
    apply_holds(result, [music] if music is not None else [])
    return result


def watch_stop(phone: Softphone, session: CallSession, stop_requested: Callable[[], bool]) -> threading.Event:
    """While a scenario talks, hang the call up as soon as the user asks to stop (the scenario
    then sees the call end); the returned event is set when that happened."""
    stopped = threading.Event()

    def watch() -> None:
        while not session.ended.wait(STOP_POLL_S):
            if stop_requested():
                stopped.set()
                session.timeline.add(tl.INTERRUPTED, {"signal": "SIGINT"})
                phone.hangup(session)
                return

    threading.Thread(target=watch, name="stop-watch", daemon=True).start()
    return stopped


def callee_audio(sensing: CallSensing, then: Callable[[bytes], None] | None) -> Callable[[bytes], None]:
    """The port's callee-audio sink: the who-answered detector, then ``then`` (a scenario's transcriber)."""
    if then is None:
        return sensing.feed

    def feed(pcm: bytes) -> None:
        sensing.feed(pcm)
        then(pcm)

    return feed


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
    pickup: PickUp | None = None,
) -> CallResult:
    """Assemble the result from the session's timeline and facts."""
    pickup = pickup or PickUp()
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
        announcement=pickup.announcement,
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
    # early media (a 183 with audio) is recorded too, whether or not the call was answered
    heard = answered or session.timeline.has(tl.MEDIA_STARTED)
    has_recording = recording is not None and heard and recording.exists()
    media = session.stats.as_dict() if answered else None
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
        media=media,
        quality=call_quality(media, recording if has_recording else None) if answered else None,
        sip_call_id=session.sip_call_id,
        time_base="invite",
        transfers=result_transfers(session.timeline),
        answered_by=pickup.answered_by if answered else None,
        answered_by_s=pickup.answered_by_s if answered else None,
        answered_by_confidence=pickup.confidence if answered else None,
        early_media=pickup.early_media,
    )
