"""The softphone's calls: placing them, holding them while pjsua2 uses them, reaping the ended ones.

The wheel on PyPI is compiled with ``PJSUA_MAX_CALLS=4``; pjsua keeps a call's slot until
the INVITE transaction ends (an unanswered INVITE can hold it for timer B, 32 s), so an
outgoing call first takes one of the process's slots and then may have to retry until
pjsua has really freed one.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Protocol, TypeVar

import pjsua2 as pj

from robot.errors import CallSetupError
from robot.sip import timeline as tl
from robot.sip.call import CallSession, SipCall
from robot.sip.portpool import PortPool

log = logging.getLogger("robot.sip.softphone")  # the softphone's log, under the name it always had
T = TypeVar("T")

SLOT_RETRY_S = 0.25
SETTLE_S = 2.0  # bound on waiting for the 487 to a CANCEL / the 200 to a BYE at shutdown
LEG_START_S = 2.0  # a followed REFER's new leg that pjsua has not dialled by then never will be
#: after a transfer's new party answers, the transferring peer should hang up its leg (once
#: told by NOTIFY); one that has not by then is hung up by the robot
TRANSFEROR_GRACE_S = 3.0
PJ_ETOOMANY = 70010  # pj_status_t: too many objects (all pjsua call slots in use)


class OwnerThread(Protocol):
    """What the table needs of :class:`~robot.sip.pjthread.PjsuaThread`: run work on it."""

    def call(self, fn: Callable[[], T], timeout: float = 10.0) -> T: ...


CallFactory = Callable[[pj.Account, CallSession, int], SipCall]


def slot_free(call: SipCall) -> bool:
    """Whether pjsua has no call in the slot ``call`` was created with (any doubt: no)."""
    try:
        return pj.Call.lookup(call.getId()) is None
    except Exception:  # noqa: BLE001 - any doubt: keep the object
        return False


def hang_up(call: SipCall, code: int = 0) -> None:
    """Send CANCEL (before answer) or BYE (after) and note it in the timeline (owning thread)."""
    s = call.session
    now = time.monotonic()
    event = tl.BYE_SENT if s.answered.is_set() else tl.CANCEL_SENT
    prm = pj.CallOpParam(True)
    if code:
        prm.statusCode = code
    # noted before sending: the call may disconnect (and waiters wake) inside hangup()
    if not s.timeline.has(event, since=tl.RETRY_OVER_TCP):
        s.timeline.add(event, at=now)
    s.note_end(s.hangup_by or "robot", now)
    if event == tl.CANCEL_SENT and call.cancel_sent_at is None:
        call.cancel_sent_at = now
    try:
        call.hangup(prm)
    except pj.Error as exc:
        log.debug("hangup: %s", exc.info())


def failed_locally(session: CallSession, exc: pj.Error) -> None:
    """Note on ``session`` an INVITE that was never sent (bad transport, unresolvable host...)."""
    session.local_error = session.transport_error = True
    session.reason = exc.reason or exc.info()
    now = time.monotonic()
    detail = {"uri": session.uri, "error": session.reason, "pj_status": exc.status}
    timeline = session.timeline
    if not timeline.has(tl.INVITE_SENT):  # attempted, failed locally
        timeline.events.insert(0, (timeline.t0 or now, tl.INVITE_SENT, detail))
    if not timeline.has(tl.DISCONNECTED):
        timeline.add(tl.DISCONNECTED, {"code": None, "reason": session.reason}, at=now)
    session.ended_at = now
    session.ended.set()


class CallTable:
    """Every pjsua2 Call of the softphone, from dialling (or an incoming INVITE) to its release.

    Keeps the rules "a Python reference is kept to every Call until pjsua2 is done with it"
    (live calls stay in the table, finished ones in :attr:`finished`), "finished Call
    objects are only freed while their slot is free" (pjsua2's ``~Call`` hangs up whatever
    call reuses the slot id) and "an ended call is reaped in the poll it ends in" (the
    softphone calls :meth:`reap` on every poll where :meth:`any_ended`, so a dial waiting
    for a slot gets it at once). Everything but :meth:`dial`, :meth:`acquire_slot` and
    :meth:`release_slot` runs on the owning thread; :meth:`dial` hands its pjsua2 work to
    that thread.
    """

    def __init__(
        self,
        max_calls: int,
        ports: PortPool,
        *,
        new_call: CallFactory = SipCall,
        is_slot_free: Callable[[SipCall], bool] = slot_free,
    ):
        self.max_calls = max_calls
        self._ports = ports
        self._new_call = new_call
        self._is_slot_free = is_slot_free
        self._calls: list[SipCall] = []
        self.finished: list[SipCall] = []  # ended, stripped, kept until their slot is free
        self._unconfirmed_cancel = float("-inf")  # when the last CANCEL without a seen 487 left
        # outgoing calls wait here for a free slot (see the module docstring)
        self._slots = threading.BoundedSemaphore(max_calls)

    def __iter__(self) -> Iterator[SipCall]:
        return iter(self._calls)

    def __len__(self) -> int:
        return len(self._calls)

    # -- slots (any thread) ---------------------------------------------------------
    def acquire_slot(self, timeout: float) -> bool:
        return self._slots.acquire(timeout=timeout)

    def release_slot(self) -> None:
        self._slots.release()

    # -- dialling -----------------------------------------------------------------
    def dial(
        self,
        owner: OwnerThread,
        session: CallSession,
        route: Callable[[], tuple[pj.Account, str]],
        slot_timeout_s: float,
    ) -> CallSession:
        """Place an outgoing call for ``session`` (caller's thread): wait for a free slot,
        then try on the owning thread until pjsua has one too. ``route`` (owning thread)
        names the account to call from and the URI to send the INVITE to."""
        if not self.acquire_slot(slot_timeout_s):
            raise CallSetupError(f"no free call slot within {slot_timeout_s:g} s")

        def make() -> CallSession | None:
            account, uri = route()
            return self.place(account, uri, session)

        deadline = time.monotonic() + slot_timeout_s
        while (placed := owner.call(make)) is None:
            if time.monotonic() >= deadline:
                self.release_slot()
                raise CallSetupError(f"no free call slot within {slot_timeout_s:g} s")
            time.sleep(SLOT_RETRY_S)  # pjsua signals no event when a slot frees up
        return placed

    def place(self, account: pj.Account, uri: str, session: CallSession) -> CallSession | None:
        """Send the INVITE (owning thread, slot held); None: pjsua has no free slot yet (the
        slot stays held for a retry). A local failure ends the session and frees the slot."""
        call = self._new_call(account, session, pj.PJSUA_INVALID_ID)
        call.outgoing = True
        call.adopt = self.adopt
        prm = pj.CallOpParam(True)
        self._calls.append(call)
        try:
            call.makeCall(uri, prm)
            call.pending_uac.add("INVITE")
        except pj.Error as exc:
            self._calls.remove(call)
            if exc.status == PJ_ETOOMANY:
                return None  # pjsua still holds a slot (an unanswered INVITE): retry
            self.release_slot()
            failed_locally(session, exc)  # nothing was sent
        return session

    def adopt(self, leg: SipCall) -> bool:
        """Hold a followed transfer's new leg (owning thread): it takes a free slot, or the
        transfer is refused (never waits: this runs inside pjsua's REFER callback)."""
        if not self._slots.acquire(blocking=False):
            return False
        self._calls.append(leg)
        return True

    def receive(
        self,
        account: pj.Account,
        prm: pj.OnIncomingCallParam,
        accept: Callable[[pj.Account, pj.OnIncomingCallParam], SipCall | None] | None,
    ) -> None:
        """An incoming INVITE: the call ``accept`` makes of it, or a 603 when it makes none."""
        call = None
        if accept is not None:
            call = accept(account, prm)
        if call is None:
            rejected = self._new_call(account, CallSession(uri="incoming"), prm.callId)
            op = pj.CallOpParam(True)
            op.statusCode = 603
            rejected.hangup(op)
            call = rejected
        self._calls.append(call)

    # -- live calls (owning thread) ----------------------------------------------------
    def find(self, session: CallSession) -> SipCall | None:
        for call in self._calls:
            if call.session is session:
                return call
        return None

    def any_ended(self) -> bool:
        return any(c.disconnected for c in self._calls)

    def reap(self, now: float | None = None) -> None:
        """Release what calls that ended hold, and drop the Call objects that can go.

        pjsua2's ``~Call`` clears the user data of, and hangs up, whatever call now holds
        the slot id it was created with, and pjsua reuses slots at once. So a finished Call
        is stripped of every reference (no cycle can keep it for the garbage collector to
        free at a random moment) and deleted only while its slot is free.
        """
        moment = time.monotonic() if now is None else now
        for call in self._calls:
            if call.parent is not None and not call.started and moment - call.created_at > LEG_START_S:
                call.abandon()
            elif call.connected_at is not None and moment - call.connected_at > TRANSFEROR_GRACE_S:
                call.end_parent()
        for call in [c for c in self._calls if c.disconnected]:
            self._calls.remove(call)
            if call.cancel_sent_at is not None and "INVITE" in call.pending_uac:
                self._unconfirmed_cancel = max(self._unconfirmed_cancel, call.cancel_sent_at)
            if call.outgoing:
                self.release_slot()
            self.release_media(call)
            call.session = CallSession(uri=call.session.uri)  # late callbacks land here
            self.finished.append(call)
        self.finished = [c for c in self.finished if not self._is_slot_free(c)]
        self._ports.settle(moment)

    def release_media(self, call: SipCall) -> None:
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
            self._ports.release(port)

    # -- teardown (owning thread) -------------------------------------------------------
    def hangup_all(self, ep: pj.Endpoint, wait_s: float = 2.0) -> None:
        """Hang up every call still up and poll (bounded) until they have all ended."""
        for call in self._calls:
            if not call.disconnected:
                try:
                    call.hangup(pj.CallOpParam(True))
                except pj.Error:
                    pass
        deadline = time.monotonic() + wait_s
        while any(not c.disconnected for c in self._calls) and time.monotonic() < deadline:
            ep.libHandleEvents(10)

    def pending(self) -> list[SipCall]:
        """Calls, live or finished, with a client transaction still open (owning thread)."""
        return [c for c in [*self._calls, *self.finished] if c.pending_uac]

    def settle(self, ep: pj.Endpoint, wait_s: float = SETTLE_S) -> None:
        """Poll (bounded) until no call has a client transaction waiting for its final
        response: the 487 to a CANCEL gets its ACK, a BYE its 200, before ``libDestroy``.

        pjsua releases an outgoing call's slot as soon as it sends the CANCEL and reports
        nothing about the INVITE afterwards, so a CANCEL whose Call object is gone is
        given ``wait_s`` from the moment it was sent: the 487 arrives (and pjsip ACKs it)
        while the endpoint still polls."""
        now = time.monotonic()
        deadline = now + wait_s
        quiet_until = min(deadline, self._unconfirmed_cancel + wait_s)
        while (self.pending() or time.monotonic() < quiet_until) and time.monotonic() < deadline:
            ep.libHandleEvents(10)
        for call in self.pending():
            log.info("call %s: %s still unanswered at shutdown", call.session.uri, sorted(call.pending_uac))

    def release_all(self) -> None:
        """Release every live call's media and drop the calls (teardown, after :meth:`hangup_all`)."""
        for call in self._calls:
            self.release_media(call)
        self._calls = []

    def forget_finished(self) -> None:
        """Drop the finished Call objects (teardown, before ``libDestroy``)."""
        self.finished = []
