"""The simulated client phone's runtime: a pjsua2 UAS on loopback driven by behaviours."""

from __future__ import annotations

import heapq
import itertools
import json
import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import IO, Any

import pjsua2 as pj

from robot.audioports import CallAudioPort, Prompt, RobotVoice
from robot.config import Config, Sip
from robot.phone.behaviour import Behaviour, parse_user_part, user_part
from robot.sipcall import CallSession, SipCall
from robot.softphone import CLOCK_RATE, SAMPLES_PER_FRAME, Softphone

log = logging.getLogger(__name__)

BLACKHOLE = "127.0.0.1:9"  # the discard port: where a "silent" line's media goes


class PhoneCall(SipCall):
    """An incoming call on the simulated phone."""

    def __init__(self, account: pj.Account, call_id: int, user: str, behaviour: Behaviour):
        super().__init__(account, CallSession(uri=f"incoming:{user}"), call_id)
        self.user = user
        self.behaviour = behaviour
        self.received_at = time.monotonic()
        self.answered_at: float | None = None

    def onStreamPreCreate(self, prm: pj.OnStreamPreCreateParam) -> None:  # noqa: N802
        if self.behaviour.silent:
            # A dead line: a receive-only stream sends no RTP, and its RTCP goes nowhere.
            # (Only redirecting RTP is not enough: pjmedia's symmetric-RTP address
            # learning would switch back to the caller's address after a few packets.)
            prm.streamInfo.dir = pj.PJMEDIA_DIR_DECODING
            prm.streamInfo.remoteRtpAddress = BLACKHOLE
            prm.streamInfo.remoteRtcpAddress = BLACKHOLE


def request_user(rdata: pj.SipRxData) -> str:
    """The user part of the request line of an incoming INVITE."""
    first = rdata.wholeMsg.split("\r\n", 1)[0].split()
    return user_part(first[1]) if len(first) > 1 else ""


class SimulatedPhone:
    """Answers calls on ``host:port`` according to the dialed user part or a script."""

    def __init__(
        self,
        host: str,
        port: int,
        behaviour_for: Callable[[str], Behaviour] = parse_user_part,
        speech: Callable[[str, str], Any] | None = None,
        out: IO[str] | None = None,
    ):
        config = Config(sip=Sip(bind_address=host, local_port=port))
        self.softphone = Softphone(config, register=False)
        self.softphone.on_incoming = self._incoming
        self.softphone.on_tick = self._tick
        self.softphone.on_shutdown = self._forget_calls
        self.behaviour_for = behaviour_for
        self.speech = speech
        self.out = out if out is not None else sys.stdout
        self._timers: list[tuple[float, int, Callable[[], None]]] = []
        self._seq = itertools.count()
        self._active: list[PhoneCall] = []
        self._out_lock = threading.Lock()
        self.calls_handled = 0

    @property
    def address(self) -> str:
        return self.softphone.local_address or ""

    def start(self) -> SimulatedPhone:
        self.softphone.start()
        return self

    def stop(self) -> None:
        self.softphone.stop()

    # -- owning thread ------------------------------------------------------------
    def _later(self, delay_s: float, fn: Callable[[], None]) -> None:
        heapq.heappush(self._timers, (time.monotonic() + delay_s, next(self._seq), fn))

    def _tick(self) -> None:
        now = time.monotonic()
        while self._timers and self._timers[0][0] <= now:
            _, _, fn = heapq.heappop(self._timers)
            try:
                fn()
            except pj.Error as exc:
                log.debug("phone timer: %s", exc.info())
        for call in [c for c in self._active if c.disconnected]:
            self._active.remove(call)
            self._report(call)

    def _forget_calls(self) -> None:
        self._timers.clear()
        for call in self._active:
            call.session.on_media = None
        self._active.clear()

    def _incoming(self, account: pj.Account, prm: pj.OnIncomingCallParam) -> PhoneCall:
        user = request_user(prm.rdata)
        behaviour = self.behaviour_for(user)
        call = PhoneCall(account, prm.callId, user, behaviour)
        call.session.on_media = lambda session: self._media(call, session)
        self._active.append(call)
        self.calls_handled += 1
        self._emit({"event": "call_received", "user": user})
        if behaviour.ring_s > 0 or behaviour.never_answer:
            self._respond(call, 183 if behaviour.early_media else 180)
        if behaviour.never_answer:
            return call
        self._later(behaviour.ring_s, lambda: self._final(call))
        return call

    def _respond(self, call: PhoneCall, code: int) -> None:
        if call.disconnected:
            return
        prm = pj.CallOpParam(True)
        prm.statusCode = code
        if code >= 300:
            call.hangup(prm)
        else:
            call.answer(prm)

    def _final(self, call: PhoneCall) -> None:
        b = call.behaviour
        if call.disconnected:
            return
        if b.reject is not None:
            self._respond(call, b.reject)
            return
        self._respond(call, 200)
        call.answered_at = time.monotonic()
        if b.hangup_after_s is not None:
            self._later(b.hangup_after_s, lambda: self._bye(call))
        if not b.silent:
            self._later(b.max_call_s, lambda: self._bye(call))

    def _bye(self, call: PhoneCall) -> None:
        if not call.disconnected:
            call.hangup(pj.CallOpParam(True))

    def _media(self, call: PhoneCall, session: CallSession) -> CallAudioPort | None:
        if call.behaviour.silent:
            return None
        voice = RobotVoice(SAMPLES_PER_FRAME)
        session.voice = voice
        port = CallAudioPort(CLOCK_RATE, voice, None)
        port.create(f"phone-{call.getId()}")
        lines = call.behaviour.say
        if lines and self.speech is not None:
            threading.Thread(target=self._speak, args=(voice, lines, call.behaviour.language), daemon=True).start()
        return port

    def _speak(self, voice: RobotVoice, lines: list[str], language: str) -> None:
        assert self.speech is not None
        for line in lines:
            pcm = self.speech(line, language)
            voice.say(Prompt(pcm=pcm, label=line)).done.wait()

    def _report(self, call: PhoneCall) -> None:
        s = call.session
        record = {
            "event": "call_ended",
            "user": call.user,
            "answered": call.answered_at is not None,
            "status": s.status,
            "hangup_by": s.hangup_by,
            "dtmf": "".join(s.dtmf_received),
            "duration_s": round(time.monotonic() - call.received_at, 3),
        }
        self._emit(record)

    def _emit(self, record: dict[str, Any]) -> None:
        """One JSON line per event on the output, for tests and dry runs."""
        with self._out_lock:
            print(json.dumps(record), file=self.out, flush=True)


def serve(host: str, port: int, **kwargs: Any) -> None:
    """Run the phone until SIGINT/SIGTERM."""
    import signal

    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    phone = SimulatedPhone(host, port, **kwargs).start()
    print(json.dumps({"event": "listening", "address": phone.address}), flush=True)
    try:
        stop.wait()
    finally:
        phone.stop()
