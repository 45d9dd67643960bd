"""The simulated client phone's runtime: a pjsua2 UAS on loopback driven by behaviours."""

from __future__ import annotations

import heapq
import itertools
import json
import logging
import sys
import threading
import time
import weakref
from collections.abc import Callable
from typing import IO, Any

import pjsua2 as pj

from robot.config.settings import Config, Sip
from robot.phone import lines, sounds
from robot.phone.behaviour import HOLD_AFTER_S, REFER_TARGET_USER, Behaviour, parse_user_part, user_part
from robot.phone.operator import Operator
from robot.sip.audioports import CallAudioPort, Prompt, RobotVoice
from robot.sip.call import CallSession, SipCall
from robot.sip.softphone import CLOCK_RATE, SAMPLES_PER_FRAME, Softphone

log = logging.getLogger(__name__)

VOICEMAIL_RECORD_S = 20.0  # a voicemail line records this long after its beep, then hangs up
IVR_WAIT_S = 5.0  # an IVR menu waits this long for a digit before putting the caller through

_DIRECTIONS = ("a=sendrecv", "a=sendonly", "a=recvonly", "a=inactive")


def inactive_sdp(sdp: str) -> str:
    """The same SDP with every media stream marked ``a=inactive``."""
    lines = [line for line in sdp.split("\r\n") if line not in _DIRECTIONS]
    out: list[str] = []
    for line in lines:
        out.append(line)
        if line.startswith("m="):
            out.append("a=inactive")
    return "\r\n".join(out)


class PhoneCall(SipCall):
    """An incoming call on the simulated phone."""

    def __init__(self, account: pj.Account, call_id: int, user: str, behaviour: Behaviour):
        super().__init__(account, CallSession(uri=f"incoming:{user}"), call_id)
        # the softphone swaps ``session`` for a blank one when it reaps the ended call,
        # which may happen before the phone reports it: the report reads this one
        self.received_session = self.session
        self.user = user
        self.behaviour = behaviour
        self.received_at = time.monotonic()
        self.answered_at: float | None = None
        self.transfer_done = False

    def onCallTransferStatus(self, prm: pj.OnCallTransferStatusParam) -> None:  # noqa: N802
        """The transferred caller reached the new party (final NOTIFY 2xx): hang up, as a
        transferring phone does (on the next tick, outside pjsua's callback)."""
        if prm.finalNotify and 200 <= prm.statusCode < 300:
            self.transfer_done = True

    def onCallSdpCreated(self, prm: pj.OnCallSdpCreatedParam) -> None:  # noqa: N802
        if self.behaviour.silent:
            # A dead line: our answer declares the audio inactive, so our stream sends
            # neither RTP nor RTCP, and we never send BYE. (pjsua2 ignores changes to the
            # stream's addresses or direction in onStreamPreCreate, so the SDP is the way.)
            prm.sdp.wholeSdp = inactive_sdp(prm.sdp.wholeSdp)


class Speech:
    """Synthesised lines for the phone, in memory once made (TTS cache on disk below)."""

    def __init__(self) -> None:
        self._pcm: dict[tuple[str, str], Any] = {}
        self._lock = threading.Lock()

    def prepare(self, lines: list[str], language: str) -> None:
        from robot.media.tts import load_wav_pcm, synthesize_many

        paths = synthesize_many(lines, language, clock_rate=CLOCK_RATE)
        for line, path in zip(lines, paths, strict=True):
            self._pcm[(line, language)] = load_wav_pcm(path, CLOCK_RATE)

    def __call__(self, line: str, language: str) -> Any:
        with self._lock:
            if (line, language) not in self._pcm:
                self.prepare([line], language)
            return self._pcm[(line, language)]


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
        speech: Speech | None = None,
        out: IO[str] | None = None,
        prepare: list[str] | None = None,
        language: str = "en",
    ):
        config = Config(sip=Sip(bind_address=host, local_port=port))
        self.softphone = Softphone(config, register=False)
        self.softphone.on_incoming = self._incoming
        self.softphone.on_tick = self._tick
        self.softphone.on_shutdown = self._forget_calls
        self.behaviour_for = behaviour_for
        self.speech = speech or Speech()
        if prepare:
            self.speech.prepare(prepare, language)
        self.operators: dict[int, Operator] = {}
        self._engines: dict[str, Any] = {}
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
        # the recorded-line programs' words, synthesised ahead so no call waits for them
        threading.Thread(target=self._prepare_programs, name="phone-tts", daemon=True).start()
        return self

    def _prepare_programs(self) -> None:
        for texts in lines.ALL:
            for language, text in texts.items():
                try:
                    self.speech(text, language)
                except Exception:  # noqa: BLE001 - a call synthesises it again when it needs it
                    log.debug("could not prepare %r", text, exc_info=True)

    def stop(self) -> None:
        self.softphone.stop()

    # -- owning thread ------------------------------------------------------------
    def _later(self, delay_s: float, call: PhoneCall, action: Callable[[PhoneCall], None]) -> None:
        """Run ``action(call)`` after ``delay_s`` unless the call ended; holds the call only
        weakly, since a Call object freed late would hang up the call reusing its slot."""
        ref = weakref.ref(call)
        heapq.heappush(self._timers, (time.monotonic() + delay_s, next(self._seq), lambda: self._fire(ref, action)))

    @staticmethod
    def _fire(ref: weakref.ref[PhoneCall], action: Callable[[PhoneCall], None]) -> None:
        call = ref()
        if call is not None and not call.disconnected:
            action(call)

    def _tick(self) -> None:
        now = time.monotonic()
        while self._timers and self._timers[0][0] <= now:
            _, _, fn = heapq.heappop(self._timers)
            try:
                fn()
            except pj.Error as exc:
                log.debug("phone timer: %s", exc.info())
        for call in [c for c in self._active if c.transfer_done and not c.disconnected]:
            call.transfer_done = False
            self._bye(call)
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
        call.session.on_media = self._media
        self._active.append(call)
        self.calls_handled += 1
        self._emit({"event": "call_received", "user": user})
        if behaviour.redirect:
            self._redirect(call)
            return call
        if behaviour.ring_s > 0 or behaviour.never_answer or behaviour.program == "announce":
            self._respond(call, 183 if behaviour.early_media else 180)
        if behaviour.never_answer or behaviour.program == "announce":
            return call  # an announcement program ends the call itself (480)
        self._later(behaviour.ring_s, call, self._final)
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
            self._later(b.hangup_after_s, call, self._bye)
        if b.refer_after_s is not None:
            self._later(b.refer_after_s, call, self._refer)
        if b.hold_s is not None:
            self._later(HOLD_AFTER_S, call, self._hold)
            self._later(HOLD_AFTER_S + b.hold_s, call, self._resume)
        if not b.silent:
            self._later(b.max_call_s, call, self._bye)

    def _refer(self, call: PhoneCall) -> None:
        target = f"sip:{REFER_TARGET_USER}@{self.address}"
        call.xfer(target, pj.CallOpParam(True))
        self._emit({"event": "refer", "user": call.user, "target": target})

    def _hold(self, call: PhoneCall) -> None:
        call.setHold(pj.CallOpParam(True))
        self._emit({"event": "hold", "user": call.user})

    def _resume(self, call: PhoneCall) -> None:
        prm = pj.CallOpParam(True)
        prm.opt.flag = pj.PJSUA_CALL_UNHOLD
        call.reinvite(prm)
        self._emit({"event": "resume", "user": call.user})
        voice, b = call.session.voice, call.behaviour
        if voice is not None and b.say:
            threading.Thread(target=self._speak, args=(voice, b.say, b.language), daemon=True).start()

    def _bye(self, call: PhoneCall) -> None:
        if not call.disconnected:
            call.hangup(pj.CallOpParam(True))

    def _media(self, session: CallSession) -> CallAudioPort | None:
        call = next((c for c in self._active if c.session is session), None)
        if call is None or call.behaviour.silent:
            return None
        behaviour = call.behaviour
        voice = RobotVoice(SAMPLES_PER_FRAME)
        session.voice = voice
        sink = None
        if behaviour.operator is not None:
            operator = self._operator(session, behaviour)
            self.operators[id(session)] = operator
            sink = operator.feed
        port = self.softphone.audio_port(voice, None, sink)
        if behaviour.operator is not None:
            self.operators[id(session)].start()
        elif behaviour.program is not None:
            args = (weakref.ref(call), voice, behaviour, session.dtmf_received)
            threading.Thread(target=self._program, args=args, daemon=True).start()
        elif behaviour.say:
            threading.Thread(target=self._speak, args=(voice, behaviour.say, behaviour.language), daemon=True).start()
        return port

    def _redirect(self, call: PhoneCall) -> None:
        # pjsip puts the phone's own Contact in a 3xx (and would put any other after it)
        prm = pj.CallOpParam(True)
        prm.statusCode = 302
        call.hangup(prm)

    def _program(self, ref: weakref.ref[PhoneCall], voice: RobotVoice, b: Behaviour, dtmf: list[str]) -> None:
        """A recorded-line program (its own thread): voicemail, IVR, announcements, music on hold."""
        lang = b.language

        def play(pcm: Any, label: str = "") -> None:
            voice.say(Prompt(pcm=pcm, label=label)).done.wait(len(pcm) / CLOCK_RATE + 5.0)

        def say(texts: dict[str, str]) -> None:
            play(self.speech(texts[lang], lang), texts[lang])

        def on_phone(action: Callable[[PhoneCall], None]) -> None:
            self.softphone.run(lambda: self._fire(ref, action))

        if b.program == "voicemail":
            say(lines.VOICEMAIL)
            play(sounds.beep())
            on_phone(lambda call: self._later(VOICEMAIL_RECORD_S, call, self._bye))
        elif b.program in ("announce", "announce200"):
            play(sounds.sit())
            say(lines.SWITCHED_OFF if b.program == "announce" else lines.NO_SUCH_NUMBER)
            play(sounds.silence(0.3))
            on_phone((lambda call: self._respond(call, 480)) if b.program == "announce" else self._bye)
        elif b.program == "music":
            play(sounds.music(b.music_s))
            say(lines.PERSON)
        elif b.program == "ivr":
            say(lines.IVR_MENU)
            deadline = time.monotonic() + IVR_WAIT_S
            while not dtmf and time.monotonic() < deadline and not getattr(ref(), "disconnected", True):
                time.sleep(0.05)  # a digit arrives on the pjsua thread; polled like a real IVR's timer
            say(lines.PLEASE_HOLD)
            play(sounds.music(2.0))
            say(lines.PERSON)

    def _operator(self, session: CallSession, behaviour: Behaviour) -> Operator:
        from robot.media.asr.engine import open_transcriber, select_engine

        assert behaviour.operator is not None and session.voice is not None
        language = behaviour.operator.language
        if language not in self._engines:
            self._engines[language] = select_engine(language)
        transcriber = open_transcriber(language, CLOCK_RATE, choice=self._engines[language])
        return Operator(
            behaviour.operator,
            session.voice,
            self.speech,
            transcriber,
            session.dtmf_received,
            lambda: self.softphone.hangup(session, "callee"),
            session.ended,
        )

    def _speak(self, voice: RobotVoice, lines: list[str], language: str) -> None:
        assert self.speech is not None
        for line in lines:
            pcm = self.speech(line, language)
            voice.say(Prompt(pcm=pcm, label=line)).done.wait()

    def _report(self, call: PhoneCall) -> None:
        """Report the ended call (in a thread: closing an operator may take a moment)."""
        s = call.received_session
        operator = self.operators.pop(id(s), None)
        record = {
            "event": "call_ended",
            "user": call.user,
            "answered": call.answered_at is not None,
            "status": s.status,
            "hangup_by": s.hangup_by,
            "dtmf": "".join(s.dtmf_received),
            "duration_s": round(time.monotonic() - call.received_at, 3),
        }

        def finish() -> None:
            if operator is not None:
                record["heard"] = operator.close()
            self._emit(record)

        threading.Thread(target=finish, daemon=True).start()

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
