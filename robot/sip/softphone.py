"""The softphone: one pjsua2 Endpoint, owned by one thread that polls ``libHandleEvents``.

Other threads never touch pjsua2 objects: they hand work to the owning thread through
:meth:`Softphone.run` and wait on :class:`~robot.sip.call.CallSession` events. The wheel
on PyPI is compiled with ``PJSUA_MAX_CALLS=4``, so one process holds at most 4 calls;
concurrency beyond that comes from several worker processes (:mod:`robot.campaigns.workers`).

:class:`Softphone` is the front; the parts each do one job:
:class:`~robot.sip.pjthread.PjsuaThread` (the owning thread and its work queue),
:class:`~robot.sip.stack.SipStack` (Endpoint, transports, codecs, accounts, registration),
:class:`~robot.sip.calltable.CallTable` (dialling, slots, reaping),
:class:`~robot.sip.portpool.PortPool` (the audio ports),
:class:`~robot.sip.sampling.MediaSampler` (the dead-line watch's statistics) and
:class:`~robot.sip.collector.Collector` (garbage collection on the owning thread).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

import pjsua2 as pj

from robot.config.settings import Config
from robot.sip import timeline as tl
from robot.sip.audioports import CallAudioPort, RobotVoice
from robot.sip.call import CallSession, SipCall
from robot.sip.calltable import CallTable, hang_up
from robot.sip.collector import Collector
from robot.sip.mediawatch import MediaWatch
from robot.sip.pjthread import Every, PjsuaThread
from robot.sip.portpool import PortPool
from robot.sip.sampling import STATS_INTERVAL_S, MediaSampler
from robot.sip.stack import SipAccount, SipStack
from robot.sip.timeline import Timeline
from robot.sip.transfer import TransferPolicy, same_destination
from robot.sip.transports import uri_transport, with_transport

T = TypeVar("T")

MAX_CALLS_PER_PROCESS = 4
CLOCK_RATE = 8000
SAMPLES_PER_FRAME = CLOCK_RATE // 50
GC_INTERVAL_S = 1.0


class Softphone:
    """A started pjsua2 endpoint with a local account and, optionally, a registered one.

    The front that wires the parts together: what runs at start-up, on every poll of the
    owning thread, and at teardown. It keeps the rule "every Call, port and account is
    released before ``libDestroy``" in :meth:`_teardown`, whose order is: hang up, let the
    last transactions finish (the 487 to a CANCEL is ACKed; bounded), run the queued work,
    ``on_shutdown``, release the calls' media, let the bridge let go of the ports, drop ports
    and finished calls, un-register, shut the accounts down, a last
    poll, a full collection, ``libDestroy``.
    """

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
        self._want_register = register
        self.media_timeout_s = media_timeout_s or config.limits.media_timeout_s
        level = pjsip_log_level
        if level is None:
            level = int(os.environ.get("MYSTERYCALL_PJSIP_LOG", "0") or 0)
        self._stack = SipStack(config.sip, MAX_CALLS_PER_PROCESS, CLOCK_RATE, level, password)
        self._thread = PjsuaThread("softphone", config.sip.poll_interval_ms, self._setup, self._poll, self._teardown)
        self._gc = Collector()
        self._ports = PortPool(CLOCK_RATE, SAMPLES_PER_FRAME)
        self._calls = CallTable(MAX_CALLS_PER_PROCESS, self._ports)
        self._sampler = MediaSampler(hang_up)
        self._stats_due = Every(STATS_INTERVAL_S)
        self._gc_due = Every(GC_INTERVAL_S)
        self.local_address: str | None = None
        self.on_tick: Callable[[], None] | None = None
        self.on_shutdown: Callable[[], None] | None = None  # drop references to calls
        self.on_incoming: Callable[[pj.Account, pj.OnIncomingCallParam], SipCall | None] | None = None

    # -- life cycle -------------------------------------------------------------
    def start(self) -> Softphone:
        """Start the owning thread; returns once the endpoint is up (and registered)."""
        self._gc.pause()  # see Collector
        try:
            self._thread.start()
        except BaseException:
            self._gc.resume()
            raise
        return self

    def stop(self) -> None:
        """Hang up what is left, destroy calls, accounts and the endpoint, join the thread."""
        if not self._thread.running:
            return
        self._thread.stop()
        self._gc.resume()

    def __enter__(self) -> Softphone:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- thread-safe interface ----------------------------------------------------
    def run(self, fn: Callable[[], T]) -> Future[T]:
        """Run ``fn`` on the owning thread; the future carries its result or exception."""
        return self._thread.run(fn)

    def call(self, fn: Callable[[], T], timeout: float = 10.0) -> T:
        """Run ``fn`` on the owning thread and wait for its result."""
        return self._thread.call(fn, timeout)

    def dial(
        self,
        uri: str,
        *,
        direct: bool,
        on_media: Callable[[CallSession], Any] | None = None,
        slot_timeout_s: float = 60.0,
        transfer_policy: TransferPolicy | None = None,
        timeline: Timeline | None = None,
        on_sent: Callable[[str | None], None] | None = None,
    ) -> CallSession:
        """Send an INVITE to ``uri``; ``direct`` dials from the local (unregistered) account.

        Waits for one of the process's call slots to be free first. ``transfer_policy``
        decides the REFER and 3xx targets (default: the same SIP host:port as ``uri``);
        ``timeline``: continue an earlier attempt's timeline (a retry over TCP); ``on_sent``:
        see :attr:`CallSession.on_sent`.
        """
        session = CallSession(
            uri=uri,
            on_media=on_media,
            watch=MediaWatch(self.media_timeout_s),
            transfer_policy=transfer_policy or same_destination(uri),
            on_sent=on_sent,
        )
        if timeline is not None:
            session.timeline = timeline

        def route() -> tuple[pj.Account, str]:
            stack = self._stack
            if direct or stack.account is None:
                target = with_transport(uri, self.config.sip.transport)
                session.transport = uri_transport(target)
                return stack.local_account, target
            session.transport = self.config.sip.transport if uri_transport(uri) == "udp" else uri_transport(uri)
            return stack.account, uri

        return self._calls.dial(self._thread, session, route, slot_timeout_s)

    def hangup(self, session: CallSession, who: str = "robot", code: int = 0) -> None:
        """End the call: CANCEL before answer, BYE after (no-op once it ended)."""

        def end() -> None:
            call = self._calls.find(session)
            if call is None or session.ended.is_set():
                return
            if session.hangup_by is None:
                session.hangup_by = who
            hang_up(call, code)

        self.run(end)

    def send_dtmf(self, session: CallSession, digits: str, duration_ms: int = 100) -> None:
        """Send RFC 4733 digits on the call and wait until they are queued."""

        def send() -> None:
            call = self._calls.find(session)
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

    def audio_port(
        self, voice: RobotVoice, recorder: Any = None, on_callee_audio: Callable[[bytes], None] | None = None
    ) -> CallAudioPort:
        """A call audio port (owning thread only): a released one if any, else a new one.

        Ports are never destroyed before shutdown: the conference bridge applies a
        disconnection a tick later and may still call a port, so freeing one mid-run is a
        use-after-free in the bridge's thread. At most 4 calls means at most a few ports.
        """
        return self._ports.get(voice, recorder, on_callee_audio)

    # -- owning thread --------------------------------------------------------------
    def _setup(self) -> pj.Endpoint:
        ep = self._stack.create(self._want_register, self._incoming)
        self.local_address = self._stack.local_address
        return ep

    def _incoming(self, account: SipAccount, prm: pj.OnIncomingCallParam) -> None:
        self._calls.receive(account, prm, self.on_incoming)

    def _poll(self, now: float) -> None:
        """After each ``libHandleEvents`` and the queued work: reap, sample, collect, tick."""
        if self._calls.any_ended():
            self._calls.reap()  # at once: a dial waiting for a call slot gets it now
        if self._stats_due.due(now):
            self._sampler.sample(self._calls, now)
            self._calls.reap()
            if self._gc_due.due(now):
                self._gc.collect(now)
        if self.on_tick is not None:
            self.on_tick()

    def _teardown(self, failed: bool) -> None:
        ep = self._stack.endpoint
        if ep is None:
            return
        try:
            self._calls.hangup_all(ep)
            self._calls.settle(ep)  # the 487 to a CANCEL is ACKed, a BYE answered, before libDestroy
            self._thread.drain()
            if self.on_shutdown is not None:
                self.on_shutdown()
            self._calls.release_all()
            self._ports.close(ep)  # lets the bridge apply the disconnections first
            self._calls.forget_finished()
            self._stack.unregister(ep)
            self._stack.shutdown_accounts()
            ep.libHandleEvents(50)
            gc.collect()  # every Call, port and account must be gone before libDestroy
        finally:
            self._stack.destroy(failed)
