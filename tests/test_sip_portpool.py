"""The audio-port pool's reuse policy, with stand-in ports (no pjsua, no call)."""

from __future__ import annotations

from typing import Any

import pytest

from robot.sip.audioports import RobotVoice
from robot.sip.portpool import PORT_GRACE_S, PortPool


class FakePort:
    def __init__(self, name: str, voice: RobotVoice, recorder: Any, on_callee_audio: Any):
        self.name = name
        self.destroyed = 0
        self.bind(voice, recorder, on_callee_audio)

    def destroy(self) -> None:
        self.destroyed += 1

    def bind(self, voice: RobotVoice, recorder: Any, on_callee_audio: Any) -> None:
        self.voice, self.recorder, self.on_callee_audio = voice, recorder, on_callee_audio


class FakeEndpoint:
    def __init__(self) -> None:
        self.polls = 0

    def libHandleEvents(self, ms: int) -> int:  # noqa: N802
        self.polls += 1
        return 0


@pytest.fixture
def pool() -> PortPool:
    return PortPool(8000, 160, make=FakePort)


def test_new_ports_are_made_and_kept_until_none_is_idle(pool: PortPool) -> None:
    a = pool.get(RobotVoice(160))
    b = pool.get(RobotVoice(160))
    assert a is not b
    assert [p.name for p in pool.ports] == ["call-audio-0", "call-audio-1"]


def test_a_released_port_is_reused_only_after_the_grace_period(pool: PortPool) -> None:
    voice = RobotVoice(160)
    first = pool.get(voice, "rec", print)
    pool.release(first, now=100.0)
    assert first.voice is not voice and first.recorder is None and first.on_callee_audio is None  # silenced
    pool.settle(100.0 + PORT_GRACE_S / 2)
    assert pool.idle == 0 and pool.settling
    assert pool.get(RobotVoice(160)) is not first  # still in its grace period: a new port
    pool.settle(100.0 + PORT_GRACE_S)
    assert pool.idle == 1 and not pool.settling
    again_voice = RobotVoice(160)
    again = pool.get(again_voice, "rec2", None)
    assert again is first and again.voice is again_voice and again.recorder == "rec2"
    assert len(pool.ports) == 2  # reused, not freed, not remade


def test_settle_keeps_the_ports_released_later(pool: PortPool) -> None:
    ports = [pool.get(RobotVoice(160)) for _ in range(3)]
    for t, port in zip((10.0, 10.3, 10.6), ports, strict=True):
        pool.release(port, now=t)
    pool.settle(10.0 + PORT_GRACE_S + 0.31)
    assert pool.idle == 2 and pool.settling


def test_close_waits_for_the_bridge_then_forgets_every_port(pool: PortPool) -> None:
    ep = FakeEndpoint()
    port = pool.get(RobotVoice(160))
    pool.release(port)
    pool.close(ep, grace_s=0.05)
    assert ep.polls > 0
    assert pool.ports == [] and pool.idle == 0 and not pool.settling
    assert port.destroyed == 1  # by the pool, while it still held the port (not by the deallocator)


def test_close_does_not_wait_when_no_port_was_released(pool: PortPool) -> None:
    ep = FakeEndpoint()
    pool.get(RobotVoice(160))
    pool.close(ep)
    assert ep.polls == 0 and pool.ports == []
