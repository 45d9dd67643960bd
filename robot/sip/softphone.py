"""The softphone: one pjsua2 Endpoint, owned by one thread that polls ``libHandleEvents``.

Other threads never touch pjsua2 objects: they hand work to the owning thread through
:meth:`Softphone.run` and wait on :class:`~robot.sip.call.CallSession` events. The wheel
on PyPI is compiled with ``PJSUA_MAX_CALLS=4``, so one process holds at most 4 calls;
concurrency beyond that comes from several worker processes (:mod:`robot.campaigns.workers`).
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, TypeVar

import pjsua2 as pj

from robot.call import timeline as tl
from robot.config.credentials import PASSWORD_ENV
from robot.config.settings import Account as AccountConfig
from robot.config.settings import Config
from robot.errors import CallSetupError, InputError
from robot.sip.audioports import CallAudioPort, RobotVoice
from robot.sip.call import CallSession, SipCall
from robot.sip.mediawatch import MediaWatch
from robot.sip.transports import TransportSpec, transports_to_open, with_transport

log = logging.getLogger(__name__)
T = TypeVar("T")

MAX_CALLS_PER_PROCESS = 4
CLOCK_RATE = 8000
SAMPLES_PER_FRAME = CLOCK_RATE // 50
STATS_INTERVAL_S = 0.2
GC_INTERVAL_S = 1.0
SLOT_RETRY_S = 0.25
PORT_GRACE_S = 0.5
PJ_ETOOMANY = 70010  # pj_status_t: too many objects (all pjsua call slots in use)
FULL_GC_INTERVAL_S = 30.0
TRANSPORTS = {
    "udp": pj.PJSIP_TRANSPORT_UDP,
    "tcp": pj.PJSIP_TRANSPORT_TCP,
    "tls": pj.PJSIP_TRANSPORT_TLS,
}


@contextlib.contextmanager
def _quiet_stdout(to_stderr: bool) -> Iterator[None]:
    """Send fd 1 to stderr (or nowhere) for a moment: pjlib logs to stdout before libInit."""
    sys.stdout.flush()
    saved = os.dup(1)
    target = os.dup(2) if to_stderr else os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(target, 1)
        os.close(target)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


class _Account(pj.Account):
    """A pjsua2 account reporting registration results to a waiting thread."""

    def __init__(self) -> None:
        super().__init__()
        self.reg_done = threading.Event()
        self.reg_code: int | None = None
        self.reg_reason: str | None = None
        self.incoming: Callable[[_Account, pj.OnIncomingCallParam], None] | None = None

    def onRegState(self, prm: pj.OnRegStateParam) -> None:  # noqa: N802
        self.reg_code, self.reg_reason = prm.code, prm.reason
        if prm.code // 100 != 1:
            self.reg_done.set()

    def onIncomingCall(self, prm: pj.OnIncomingCallParam) -> None:  # noqa: N802
        if self.incoming is not None:
            self.incoming(self, prm)


@dataclass
class _Work:
    fn: Callable[[], Any]
    future: Future


class Softphone:
    """A started pjsua2 endpoint with a local account and, optionally, a registered one."""

    def __init__(
        self,
        config: Config,
        password: str | None = None,
        *,
        register: bool = True,
        media_timeout_s: float | None = None,
        pjsip_log_level: int | None = None,
    ):
        self.config = config
        self._password = password
        self._want_register = register
        self.media_timeout_s = media_timeout_s or config.limits.media_timeout_s
        level = pjsip_log_level
        if level is None:
            level = int(os.environ.get("MYSTERYCALL_PJSIP_LOG", "0") or 0)
        self._log_level = level
        self._work: queue.Queue[_Work] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stop = threading.Event()
        self._startup_error: BaseException | None = None
        self._gc_was_enabled = True
        self._next_full_gc = 0.0
        self._ep: pj.Endpoint | None = None
        self._local_account: _Account | None = None
        self._account: _Account | None = None
        self._calls: list[SipCall] = []
        self._dying_ports: list[tuple[float, CallAudioPort]] = []
        self._idle_ports: list[CallAudioPort] = []
        self._all_ports: list[CallAudioPort] = []
        # pjsua keeps a call's slot until the INVITE transaction ends (an unanswered INVITE
        # can hold it for timer B, 32 s): outgoing calls wait here for a free slot.
        self._slots = threading.BoundedSemaphore(MAX_CALLS_PER_PROCESS)
        self._finished_calls: list[SipCall] = []
        self.local_address: str | None = None
        self.on_tick: Callable[[], None] | None = None
        self.on_shutdown: Callable[[], None] | None = None  # drop references to calls
        self.on_incoming: Callable[[pj.Account, pj.OnIncomingCallParam], SipCall | None] | None = None

    # -- life cycle -------------------------------------------------------------
    def start(self) -> Softphone:
        """Start the owning thread; returns once the endpoint is up (and registered)."""
        self._gc_was_enabled = gc.isenabled()
        gc.disable()  # see _collect_garbage
        self._next_full_gc = time.monotonic() + FULL_GC_INTERVAL_S
        self._thread = threading.Thread(target=self._main, name="softphone", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._startup_error is not None:
            self._thread.join(timeout=5)
            self._thread = None
            if self._gc_was_enabled:
                gc.enable()
            raise self._startup_error
        return self

    def stop(self) -> None:
        """Hang up what is left, destroy calls, accounts and the endpoint, join the thread."""
        if self._thread is None:
            return
        self._stop.set()
        self._thread.join(timeout=15)
        self._thread = None
        if self._gc_was_enabled:
            gc.enable()

    def __enter__(self) -> Softphone:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- thread-safe interface ----------------------------------------------------
    def run(self, fn: Callable[[], T]) -> Future[T]:
        """Run ``fn`` on the owning thread; the future carries its result or exception."""
        future: Future[T] = Future()
        if self._stop.is_set() or self._thread is None:
            future.set_exception(RuntimeError("softphone is not running"))
            return future
        self._work.put(_Work(fn, future))
        return future

    def call(self, fn: Callable[[], T], timeout: float = 10.0) -> T:
        """Run ``fn`` on the owning thread and wait for its result."""
        return self.run(fn).result(timeout=timeout)

    def dial(
        self,
        uri: str,
        *,
        direct: bool,
        on_media: Callable[[CallSession], Any] | None = None,
        slot_timeout_s: float = 60.0,
    ) -> CallSession:
        """Send an INVITE to ``uri``; ``direct`` dials from the local (unregistered) account.

        Waits for one of the process's call slots to be free first.
        """
        session = CallSession(uri=uri, on_media=on_media, watch=MediaWatch(self.media_timeout_s))
        if not self._slots.acquire(timeout=slot_timeout_s):
            raise CallSetupError(f"no free call slot within {slot_timeout_s:g} s")

        def make() -> CallSession | None:
            local = direct or self._account is None
            account = self._local_account if local else self._account
            call = SipCall(account, session)
            call.outgoing = True
            prm = pj.CallOpParam(True)
            self._calls.append(call)
            try:
                call.makeCall(with_transport(uri, self.config.sip.transport) if local else uri, prm)
            except pj.Error as exc:
                self._calls.remove(call)
                if exc.status == PJ_ETOOMANY:
                    return None  # pjsua still holds a slot (an unanswered INVITE): retry
                self._slots.release()
                # nothing was sent: a local failure (bad transport, unresolvable host...)
                session.local_error = session.transport_error = True
                session.reason = exc.reason or exc.info()
                now = time.monotonic()
                detail = {"uri": uri, "error": session.reason, "pj_status": exc.status}
                timeline = session.timeline
                if not timeline.has(tl.INVITE_SENT):  # attempted, failed locally
                    timeline.events.insert(0, (timeline.t0 or now, tl.INVITE_SENT, detail))
                if not timeline.has(tl.DISCONNECTED):
                    timeline.add(tl.DISCONNECTED, {"code": None, "reason": session.reason}, at=now)
                session.ended_at = now
                session.ended.set()
            return session

        deadline = time.monotonic() + slot_timeout_s
        while (placed := self.call(make)) is None:
            if time.monotonic() >= deadline:
                self._slots.release()
                raise CallSetupError(f"no free call slot within {slot_timeout_s:g} s")
            time.sleep(SLOT_RETRY_S)  # pjsua signals no event when a slot frees up
        return placed

    def hangup(self, session: CallSession, who: str = "robot", code: int = 0) -> None:
        """End the call: CANCEL before answer, BYE after (no-op once it ended)."""

        def end() -> None:
            call = self._find(session)
            if call is None or session.ended.is_set():
                return
            if session.hangup_by is None:
                session.hangup_by = who
            self._hangup(call, code)

        self.run(end)

    def send_dtmf(self, session: CallSession, digits: str, duration_ms: int = 100) -> None:
        """Send RFC 4733 digits on the call and wait until they are queued."""

        def send() -> None:
            call = self._find(session)
            if call is None or call.disconnected:
                raise RuntimeError("call has ended")
            prm = pj.CallSendDtmfParam()
            prm.method = pj.PJSUA_DTMF_METHOD_RFC2833
            prm.digits = digits
            prm.duration = duration_ms
            call.sendDtmf(prm)
            session.timeline.add(tl.DTMF_SENT, {"digits": digits, "duration_ms": duration_ms})

        try:
            self.call(send)
        except RuntimeError:
            pass

    # -- owning thread --------------------------------------------------------------
    def _find(self, session: CallSession) -> SipCall | None:
        for call in self._calls:
            if call.session is session:
                return call
        return None

    def _main(self) -> None:
        try:
            self._create()
        except BaseException as exc:  # report any start-up failure to the caller
            self._startup_error = exc
            self._destroy()
            self._ready.set()
            return
        self._ready.set()
        poll_ms = self.config.sip.poll_interval_ms
        next_stats = next_gc = time.monotonic()
        assert self._ep is not None
        while not self._stop.is_set():
            self._ep.libHandleEvents(poll_ms)
            self._drain_work()
            now = time.monotonic()
            if any(c.disconnected for c in self._calls):
                self._reap()  # at once: a dial waiting for a call slot gets it now
            if now >= next_stats:
                next_stats = now + STATS_INTERVAL_S
                self._sample_media(now)
                self._reap()
                if now >= next_gc:
                    next_gc = now + GC_INTERVAL_S
                    self._collect_garbage(now)
            if self.on_tick is not None:
                self.on_tick()
        self._destroy()

    def _incoming(self, account: _Account, prm: pj.OnIncomingCallParam) -> None:
        call = None
        if self.on_incoming is not None:
            call = self.on_incoming(account, prm)
        if call is None:
            rejected = SipCall(account, CallSession(uri="incoming"), prm.callId)
            op = pj.CallOpParam(True)
            op.statusCode = 603
            rejected.hangup(op)
            call = rejected
        self._calls.append(call)

    def _drain_work(self) -> None:
        while True:
            try:
                work = self._work.get_nowait()
            except queue.Empty:
                return
            if not work.future.set_running_or_notify_cancel():
                continue
            try:
                work.future.set_result(work.fn())
            except BaseException as exc:
                work.future.set_exception(exc)

    def _sample_media(self, now: float) -> None:
        """Refresh RTP/RTCP statistics; hang up a line silent for ``media_timeout_s``.

        The watch runs from the answer: a call whose audio never became active (no stream,
        or the far end declared it inactive) is as silent as one whose RTP stopped.
        """
        for call in self._calls:
            s = call.session
            if call.disconnected or not s.answered.is_set() or s.watch is None or s.ended_at is not None:
                continue
            stats = call.sample_stats() if s.media_active.is_set() else None
            rx_packets = stats.rx_packets if stats is not None else 0
            rtcp_reports = stats.rtcp_reports_rx if stats is not None else 0
            if s.watch.sample(now, rx_packets, rtcp_reports):
                s.timeline.add(
                    tl.MEDIA_TIMEOUT, {"silent_s": round(s.watch.silent_for(now), 3), "rx_packets": rx_packets}
                )
                s.note_end("network", now)
                self._hangup(call)

    @staticmethod
    def _hangup(call: SipCall, code: int = 0) -> None:
        """Send CANCEL (before answer) or BYE (after) and note it in the timeline."""
        s = call.session
        now = time.monotonic()
        event = tl.BYE_SENT if s.answered.is_set() else tl.CANCEL_SENT
        prm = pj.CallOpParam(True)
        if code:
            prm.statusCode = code
        # noted before sending: the call may disconnect (and waiters wake) inside hangup()
        if not s.timeline.has(event):
            s.timeline.add(event, at=now)
        s.note_end(s.hangup_by or "robot", now)
        try:
            call.hangup(prm)
        except pj.Error as exc:
            log.debug("hangup: %s", exc.info())

    def _reap(self) -> None:
        """Release what calls that ended hold, on this thread, and drop the Call objects that can go.

        pjsua2's ``~Call`` clears the user data of, and hangs up, whatever call now holds
        the slot id it was created with, and pjsua reuses slots at once. So a finished Call
        is stripped of every reference (no cycle can keep it for the garbage collector to
        free at a random moment) and deleted only while its slot is free.
        """
        for call in [c for c in self._calls if c.disconnected]:
            self._calls.remove(call)
            if call.outgoing:
                self._slots.release()
            self._release_media(call)
            call.session = CallSession(uri=call.session.uri)  # late callbacks land here
            self._finished_calls.append(call)
        self._finished_calls = [c for c in self._finished_calls if not self._slot_free(c)]
        self._free_ports(time.monotonic())

    @staticmethod
    def _slot_free(call: SipCall) -> bool:
        try:
            return pj.Call.lookup(call.getId()) is None
        except Exception:  # noqa: BLE001 - any doubt: keep the object
            return False

    def audio_port(
        self, voice: RobotVoice, recorder: Any = None, on_callee_audio: Callable[[bytes], None] | None = None
    ) -> CallAudioPort:
        """A call audio port (owning thread only): a released one if any, else a new one.

        Ports are never destroyed before shutdown: the conference bridge applies a
        disconnection a tick later and may still call a port, so freeing one mid-run is a
        use-after-free in the bridge's thread. At most 4 calls means at most a few ports.
        """
        if self._idle_ports:
            port = self._idle_ports.pop()
            port.bind(voice, recorder, on_callee_audio)
            return port
        port = CallAudioPort(CLOCK_RATE, voice, recorder, on_callee_audio)
        port.create(f"call-audio-{len(self._all_ports)}")
        self._all_ports.append(port)
        return port

    def _release_media(self, call: SipCall) -> None:
        """Stop the robot's voice, close the recording, and detach the call's audio port;
        it is reused by a later call once the bridge has let go of it."""
        s = call.session
        if s.voice is not None:
            s.voice.stop()
        port, s.port, s.on_media = s.port, None, None
        call.audio_media = None
        if port is not None:
            if port.recorder is not None:
                port.recorder.close()
            port.bind(RobotVoice(SAMPLES_PER_FRAME), None, None)
            self._dying_ports.append((time.monotonic(), port))

    def _free_ports(self, now: float, grace_s: float = PORT_GRACE_S) -> None:
        """Ports whose call ended ``grace_s`` ago become idle, ready for the next call."""
        for ended, port in self._dying_ports:
            if now - ended >= grace_s:
                self._idle_ports.append(port)
        self._dying_ports = [(t, p) for t, p in self._dying_ports if now - t < grace_s]

    def _collect_garbage(self, now: float) -> None:
        """Automatic GC is off while the softphone runs: cycles are collected here, on the
        thread pjlib knows, never in a thread that happens to allocate."""
        if now >= self._next_full_gc:
            self._next_full_gc = now + FULL_GC_INTERVAL_S
            gc.collect()
        else:
            gc.collect(1)

    def _create(self) -> None:
        ep = pj.Endpoint()
        self._ep = ep
        with _quiet_stdout(self._log_level > 0):
            ep.libCreate()  # pjlib logs to stdout before libInit; keep stdout clean for --json
        cfg = pj.EpConfig()
        cfg.uaConfig.threadCnt = 0
        cfg.uaConfig.mainThreadOnly = False
        cfg.uaConfig.maxCalls = MAX_CALLS_PER_PROCESS
        cfg.uaConfig.userAgent = self.config.sip.user_agent
        cfg.logConfig.level = self._log_level
        cfg.logConfig.consoleLevel = 0  # pjlib's console is stdout: the log goes to stderr instead
        if self._log_level:
            cfg.logConfig.filename = os.environ.get("MYSTERYCALL_PJSIP_LOGFILE", "/dev/stderr")
        cfg.logConfig.msgLogging = self._log_level >= 4
        cfg.medConfig.threadCnt = 0
        cfg.medConfig.hasIoqueue = True
        cfg.medConfig.clockRate = CLOCK_RATE
        cfg.medConfig.sndClockRate = CLOCK_RATE
        cfg.medConfig.channelCount = 1
        cfg.medConfig.noVad = True
        cfg.medConfig.ecTailLen = 0
        ep.libInit(cfg)
        sip = self.config.sip
        primary, *extra = transports_to_open(sip.transport, sip.bind_address, sip.local_port)
        tid = self._open_transport(ep, primary)
        self.local_address = ep.transportGetInfo(tid).localName
        for spec in extra:
            try:
                self._open_transport(ep, spec)
            except CallSetupError as exc:
                log.info("%s (direct dialing over it is off)", exc)
        ep.libStart()
        ep.audDevManager().setNullDev()
        self._set_codecs(ep)
        self._local_account = _Account()
        self._local_account.incoming = self._incoming
        self._local_account.create(self._local_account_config(), True)
        if sip.account is not None and self._want_register:
            self._account = self._register(sip.account, tid)

    @staticmethod
    def _open_transport(ep: pj.Endpoint, spec: TransportSpec) -> int:
        tcfg = pj.TransportConfig()
        tcfg.boundAddress = spec.address
        tcfg.port = spec.port
        try:
            return ep.transportCreate(TRANSPORTS[spec.name], tcfg)
        except pj.Error as exc:
            message = f"cannot open SIP {spec.name} transport on {spec.address}:{spec.port}: {exc.reason}"
            raise CallSetupError(message) from None

    def _set_codecs(self, ep: pj.Endpoint) -> None:
        wanted = [c.lower() for c in self.config.sip.codecs]
        for codec in ep.codecEnum2():
            cid = codec.codecId
            prio = 0
            for rank, name in enumerate(wanted):
                if cid.lower().startswith(name):
                    prio = 250 - rank
            if cid.lower().startswith("telephone-event"):
                continue
            ep.codecSetPriority(cid, prio)

    def _media_config(self, acfg: pj.AccountConfig) -> pj.AccountConfig:
        mcfg = acfg.mediaConfig.transportConfig
        mcfg.boundAddress = self.config.sip.bind_address
        mcfg.port = 10000
        mcfg.portRange = 40000
        mcfg.randomizePort = True
        return acfg

    def _account_config(self, account: AccountConfig, tid: int) -> pj.AccountConfig:
        acfg = pj.AccountConfig()
        acfg.idUri = account.id_uri
        acfg.sipConfig.transportId = tid
        return self._media_config(acfg)

    def _local_account_config(self) -> pj.AccountConfig:
        """Not bound to a transport: pjsip picks the one the dialed URI asks for."""
        acfg = pj.AccountConfig()
        acfg.idUri = f"sip:mysterycall@{self.config.sip.bind_address}"
        return self._media_config(acfg)

    def _register(self, account: AccountConfig, tid: int) -> _Account:
        assert self._ep is not None
        acfg = self._account_config(account, tid)
        if account.registrar:
            acfg.regConfig.registrarUri = account.registrar
            acfg.regConfig.timeoutSec = account.reg_expires_s
            acfg.regConfig.registerOnAdd = account.register_
        if account.outbound_proxy:
            acfg.sipConfig.proxies.append(account.outbound_proxy)
        user = account.auth_user or account.id_uri.split(":", 1)[1].split("@", 1)[0]
        if self._password is not None:
            acfg.sipConfig.authCreds.append(pj.AuthCredInfo("digest", account.realm, user, 0, self._password))
        acc = _Account()
        acc.create(acfg, True)
        if not (account.registrar and account.register_):
            return acc
        deadline = time.monotonic() + account.register_timeout_s
        while not acc.reg_done.is_set() and time.monotonic() < deadline:
            self._ep.libHandleEvents(self.config.sip.poll_interval_ms)
        if not acc.reg_done.is_set():
            acc.shutdown()
            raise CallSetupError(
                f"registration with {account.registrar} timed out after {account.register_timeout_s:g} s"
            )
        if acc.reg_code != 200:
            code, reason = acc.reg_code, acc.reg_reason
            acc.shutdown()
            message = f"registration with {account.registrar} failed: {code} {reason}"
            if code in (401, 403, 407):
                hint = "wrong password or user name?" if self._password else f"no password: set {PASSWORD_ENV}"
                raise InputError(f"{message} ({hint})")
            raise CallSetupError(message)
        log.info("registered %s at %s", account.id_uri, account.registrar)
        return acc

    def _destroy(self) -> None:
        ep = self._ep
        if ep is None:
            return
        try:
            self._hangup_all(ep)
            self._drain_work()
            if self.on_shutdown is not None:
                self.on_shutdown()
            self._drop_calls()
            self._unregister(ep)
            for acc in (self._account, self._local_account):
                if acc is not None:
                    try:
                        acc.shutdown()
                    except pj.Error:
                        pass
            self._account = self._local_account = None
            ep.libHandleEvents(50)
            gc.collect()  # every Call, port and account must be gone before libDestroy
        finally:
            flags = pj.PJSUA_DESTROY_NO_RX_MSG if self._startup_error is None else pj.PJSUA_DESTROY_NO_NETWORK
            ep.libDestroy(flags)
            self._ep = None

    def _unregister(self, ep: pj.Endpoint) -> None:
        """Send the un-REGISTER and wait (bounded) for it to complete, challenge included."""
        acc = self._account
        if acc is None or acc.reg_code != 200:
            return
        acc.reg_done.clear()
        try:
            acc.setRegistration(False)
        except pj.Error:
            return
        deadline = time.monotonic() + 2.0
        while not acc.reg_done.is_set() and time.monotonic() < deadline:
            ep.libHandleEvents(10)

    def _hangup_all(self, ep: pj.Endpoint) -> None:
        for call in self._calls:
            if not call.disconnected:
                try:
                    call.hangup(pj.CallOpParam(True))
                except pj.Error:
                    pass
        deadline = time.monotonic() + 2.0
        while any(not c.disconnected for c in self._calls) and time.monotonic() < deadline:
            ep.libHandleEvents(10)

    def _drop_calls(self) -> None:
        for call in self._calls:
            self._release_media(call)
        self._calls = []
        deadline = time.monotonic() + PORT_GRACE_S  # let the bridge apply the disconnections
        while self._dying_ports and time.monotonic() < deadline and self._ep is not None:
            self._ep.libHandleEvents(10)
        self._dying_ports, self._idle_ports, self._all_ports = [], [], []
        self._finished_calls = []
