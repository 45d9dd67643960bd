"""The call table's bookkeeping, with stand-in calls (no pjsua, no call): slots, dialling
retries, reaping, and which finished Call objects may be freed."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np
import pjsua2 as pj
import pytest

from robot.errors import CallSetupError
from robot.sip import calltable
from robot.sip import timeline as tl
from robot.sip.audioports import Prompt, RobotVoice
from robot.sip.call import CallSession
from robot.sip.calltable import PJ_ETOOMANY, CallTable, hang_up
from robot.sip.portpool import PortPool

T = TypeVar("T")


def pj_error(status: int, reason: str = "boom") -> pj.Error:
    exc = pj.Error()
    exc.status, exc.reason = status, reason
    return exc


class FakeCall:
    """Stands in for SipCall: records what was sent; ``fail`` makes makeCall raise it."""

    next_id = 0
    fail: list[pj.Error] = []

    def __init__(self, account: Any, session: CallSession, call_id: int = -1):
        self.account, self.session, self.call_id = account, session, call_id
        self.disconnected = False
        self.outgoing = False
        self.pending_uac: set[str] = set()  # client transactions awaiting a final response
        self.cancel_sent_at: float | None = None
        self.audio_media: Any = object()
        self.parent: Any = None  # a followed transfer's leg has the call it replaces
        self.started = True
        self.connected_at: float | None = None
        self.sent: list[tuple[str, Any]] = []
        self.slot = FakeCall.next_id
        FakeCall.next_id += 1

    def makeCall(self, uri: str, prm: Any) -> None:  # noqa: N802
        if FakeCall.fail:
            raise FakeCall.fail.pop(0)
        self.sent.append(("INVITE", uri))

    def hangup(self, prm: Any) -> None:
        self.sent.append(("hangup", prm.statusCode))

    def getId(self) -> int:  # noqa: N802
        return self.slot


class FakePort:
    def __init__(self, name: str, voice: RobotVoice, recorder: Any, on_callee_audio: Any):
        self.bind(voice, recorder, on_callee_audio)

    def bind(self, voice: RobotVoice, recorder: Any, on_callee_audio: Any) -> None:
        self.voice, self.recorder, self.on_callee_audio = voice, recorder, on_callee_audio


class FakeRecorder:
    closed = False

    def close(self) -> None:
        self.closed = True


class InlineThread:
    """The owning thread, run inline: counts how often work was handed over."""

    def __init__(self) -> None:
        self.calls = 0

    def call(self, fn: Callable[[], T], timeout: float = 10.0) -> T:
        self.calls += 1
        return fn()


@pytest.fixture(autouse=True)
def _reset() -> None:
    FakeCall.fail = []


@pytest.fixture
def busy_slots() -> set[int]:
    """Slot ids pjsua still uses (a finished Call in one of them must be kept)."""
    return set()


@pytest.fixture
def pool() -> PortPool:
    return PortPool(8000, 160, make=FakePort)


@pytest.fixture
def table(pool: PortPool, busy_slots: set[int]) -> CallTable:
    return CallTable(4, pool, new_call=FakeCall, is_slot_free=lambda c: c.getId() not in busy_slots)


def route() -> tuple[Any, str]:
    return "local-account", "sip:x@127.0.0.1;transport=tcp"


def test_dial_places_an_outgoing_call_from_the_routed_account(table: CallTable) -> None:
    session = CallSession(uri="sip:x@127.0.0.1")
    assert table.dial(InlineThread(), session, route, slot_timeout_s=1) is session
    (call,) = list(table)
    assert call.outgoing and call.account == "local-account"
    assert call.sent == [("INVITE", "sip:x@127.0.0.1;transport=tcp")]
    assert table.find(session) is call


def test_dial_retries_while_pjsua_has_no_free_slot(table: CallTable, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(calltable, "SLOT_RETRY_S", 0.001)
    FakeCall.fail = [pj_error(PJ_ETOOMANY), pj_error(PJ_ETOOMANY)]
    thread = InlineThread()
    session = CallSession(uri="sip:x@127.0.0.1")
    assert table.dial(thread, session, route, slot_timeout_s=1) is session
    assert thread.calls == 3 and len(table) == 1


def test_dial_gives_the_slot_back_when_pjsua_never_frees_one(table: CallTable, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(calltable, "SLOT_RETRY_S", 0.001)
    FakeCall.fail = [pj_error(PJ_ETOOMANY)] * 10_000
    with pytest.raises(CallSetupError, match="no free call slot within 0.05 s"):
        table.dial(InlineThread(), CallSession(uri="u"), route, slot_timeout_s=0.05)
    assert len(table) == 0
    assert all(table.acquire_slot(0) for _ in range(4))  # all four slots are free again


def test_a_fifth_outgoing_call_waits_for_a_slot(table: CallTable) -> None:
    for _ in range(4):
        table.dial(InlineThread(), CallSession(uri="u"), route, slot_timeout_s=1)
    with pytest.raises(CallSetupError, match="no free call slot"):
        table.dial(InlineThread(), CallSession(uri="u"), route, slot_timeout_s=0.01)


def test_a_waiting_dial_gets_the_slot_a_reaped_call_frees(table: CallTable) -> None:
    for _ in range(4):
        table.dial(InlineThread(), CallSession(uri="u"), route, slot_timeout_s=1)
    placed: list[CallSession] = []
    waiter = threading.Thread(target=lambda: placed.append(table.dial(InlineThread(), CallSession(uri="w"), route, 5)))
    waiter.start()
    first = next(iter(table))
    first.disconnected = True
    assert table.any_ended()
    table.reap()
    waiter.join(timeout=5)
    assert placed and placed[0].uri == "w"


def test_a_local_failure_ends_the_session_and_frees_the_slot(table: CallTable) -> None:
    FakeCall.fail = [pj_error(171060, "Invalid URI")]
    session = CallSession(uri="sip:bad")
    assert table.dial(InlineThread(), session, route, slot_timeout_s=1) is session
    assert session.ended.is_set() and session.local_error and session.transport_error
    assert session.reason == "Invalid URI"
    names = [name for _, name, _ in session.timeline.events]
    assert names == [tl.INVITE_SENT, tl.DISCONNECTED]
    assert session.timeline.events[0][2] == {"uri": "sip:bad", "error": "Invalid URI", "pj_status": 171060}
    assert len(table) == 0
    assert all(table.acquire_slot(0) for _ in range(4))


def test_reaping_strips_an_ended_call_and_recycles_its_port(table: CallTable, pool: PortPool) -> None:
    session = CallSession(uri="sip:x@h")
    table.dial(InlineThread(), session, route, slot_timeout_s=1)
    call = next(iter(table))
    voice = RobotVoice(160)
    prompt = voice.say(Prompt(pcm=np.zeros(1600, dtype=np.int16)))
    recorder = FakeRecorder()
    session.voice, session.port, session.on_media = voice, pool.get(voice, recorder), lambda s: None
    call.disconnected = True
    table.reap(now=0.0)
    assert len(table) == 0
    assert prompt.interrupted and recorder.closed
    assert session.port is None and session.on_media is None and call.audio_media is None
    assert call.session is not session and call.session.uri == "sip:x@h"  # late callbacks land on a blank one
    assert pool.settling  # the port waits out its grace period, then is reused
    assert all(table.acquire_slot(0) for _ in range(4))


def test_a_finished_call_is_kept_while_its_slot_is_in_use(table: CallTable, busy_slots: set[int]) -> None:
    table.dial(InlineThread(), CallSession(uri="u"), route, slot_timeout_s=1)
    call = next(iter(table))
    busy_slots.add(call.getId())  # pjsua gave the slot id to another call already
    call.disconnected = True
    table.reap()
    assert table.finished == [call]
    table.reap()
    assert table.finished == [call]
    busy_slots.clear()
    table.reap()
    assert table.finished == []


def test_incoming_calls_take_no_outgoing_slot(table: CallTable) -> None:
    accepted: list[FakeCall] = []

    def accept(account: Any, prm: Any) -> Any:
        accepted.append(FakeCall(account, CallSession(uri="incoming:x"), prm.callId))
        return accepted[-1]

    prm = type("Prm", (), {"callId": 2})()
    table.receive("acc", prm, accept)
    assert list(table) == accepted
    accepted[0].disconnected = True
    table.reap()
    assert all(table.acquire_slot(0) for _ in range(4))  # reaping it released no slot


def test_incoming_calls_nobody_accepts_are_declined_with_603(table: CallTable) -> None:
    prm = type("Prm", (), {"callId": 1})()
    table.receive("acc", prm, None)
    table.receive("acc", prm, lambda account, p: None)
    calls = list(table)
    assert len(calls) == 2
    assert all(c.sent == [("hangup", 603)] and c.call_id == 1 and c.session.uri == "incoming" for c in calls)


@pytest.mark.parametrize(("answered", "event"), [(False, tl.CANCEL_SENT), (True, tl.BYE_SENT)])
def test_hang_up_notes_cancel_or_bye_before_sending(answered: bool, event: str) -> None:
    session = CallSession(uri="u")
    if answered:
        session.answered.set()
    call = FakeCall(None, session)
    hang_up(call, 486)
    assert session.timeline.has(event) and session.hangup_by == "robot" and session.ended_at is not None
    assert call.sent == [("hangup", 486)]


def test_hang_up_keeps_who_ended_it_first_and_swallows_pjsua_errors() -> None:
    session = CallSession(uri="u")
    session.hangup_by = "network"

    class Failing(FakeCall):
        def hangup(self, prm: Any) -> None:
            raise pj_error(70004, "gone")

    hang_up(Failing(None, session))
    assert session.hangup_by == "network" and session.timeline.has(tl.CANCEL_SENT)
