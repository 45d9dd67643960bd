"""The softphone's pool of call audio ports (:class:`~robot.sip.audioports.CallAudioPort`).

The conference bridge applies a disconnection a tick later and may still call a port
after its call ended, so freeing a port mid-run is a use-after-free in the bridge's
thread. Ports are therefore reused: a released port waits ``grace_s`` before the next
call may take it. At most 4 calls per process means at most a few ports.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

import pjsua2 as pj

from robot.sip.audioports import CallAudioPort, RobotVoice
from robot.sip.recording import WavWriter

PORT_GRACE_S = 0.5


class PortFactory(Protocol):
    def __call__(
        self, name: str, voice: RobotVoice, recorder: WavWriter | None, on_callee_audio: Callable[[bytes], None] | None
    ) -> CallAudioPort: ...


class PortPool:
    """Hands out call audio ports, takes them back and reuses them; frees none before teardown.

    Keeps the rules "call audio ports are reused, never freed mid-run" and "a Python
    reference is kept to every port until pjsua2 is done with it": every port ever made
    stays in :attr:`ports` until :meth:`clear`, which the softphone calls in teardown,
    before ``libDestroy``; there each port's pjsua2 side is destroyed while Python still
    holds it, never by the deallocator. All methods run on the owning thread.
    """

    def __init__(self, clock_rate: int, samples_per_frame: int, make: PortFactory | None = None):
        self.clock_rate = clock_rate
        self.samples_per_frame = samples_per_frame
        self._make = make or self._new_port
        self.ports: list[CallAudioPort] = []  # every port made: the references pjsua2 needs
        self._idle: list[CallAudioPort] = []
        self._dying: list[tuple[float, CallAudioPort]] = []

    def _new_port(
        self, name: str, voice: RobotVoice, recorder: WavWriter | None, on_callee_audio: Callable[[bytes], None] | None
    ) -> CallAudioPort:
        port = CallAudioPort(self.clock_rate, voice, recorder, on_callee_audio)
        port.create(name)
        return port

    @property
    def idle(self) -> int:
        """Ports ready for the next call."""
        return len(self._idle)

    @property
    def settling(self) -> bool:
        """Some released port is still in its grace period."""
        return bool(self._dying)

    def get(
        self,
        voice: RobotVoice,
        recorder: WavWriter | None = None,
        on_callee_audio: Callable[[bytes], None] | None = None,
    ) -> CallAudioPort:
        """A released port if any (bound to this call), else a new one."""
        if self._idle:
            port = self._idle.pop()
            port.bind(voice, recorder, on_callee_audio)
            return port
        port = self._make(f"call-audio-{len(self.ports)}", voice, recorder, on_callee_audio)
        self.ports.append(port)
        return port

    def release(self, port: CallAudioPort, now: float | None = None) -> None:
        """Take a port back from an ended call: silence in, nothing out; idle after the grace period."""
        port.bind(RobotVoice(self.samples_per_frame), None, None)
        self._dying.append((time.monotonic() if now is None else now, port))

    def settle(self, now: float, grace_s: float = PORT_GRACE_S) -> None:
        """Ports released ``grace_s`` ago become idle, ready for the next call."""
        for ended, port in self._dying:
            if now - ended >= grace_s:
                self._idle.append(port)
        self._dying = [(t, p) for t, p in self._dying if now - t < grace_s]

    def close(self, ep: pj.Endpoint, grace_s: float = PORT_GRACE_S) -> None:
        """Teardown: if a port was just released, poll ``grace_s`` so the bridge applies the
        disconnection, then destroy every port (before ``libDestroy``)."""
        deadline = time.monotonic() + grace_s
        while self._dying and time.monotonic() < deadline:
            ep.libHandleEvents(10)
        self.clear()

    def clear(self) -> None:
        """Destroy every port, then drop the references (see :meth:`CallAudioPort.destroy`:
        a port freed by its last reference going can be called by the bridge while dying)."""
        for port in self.ports:
            port.destroy()
        self._dying, self._idle, self.ports = [], [], []
