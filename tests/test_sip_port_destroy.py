"""The softphone's teardown frees its call audio ports without corrupting Python's heap.

pjsua2's ``~AudioMediaPort`` runs with the GIL released. Left to the deallocator (the last
reference dropped), it runs on an object whose reference count is already 0; the
conference bridge's clock thread, waiting for the GIL inside the port's ``put_frame``
(every registered port gets a frame every 20 ms, connected or not), then calls
``onFrameReceived`` on it, and that call's own reference deallocates it a second time: a
SIGSEGV then or later (seen at the end of real calls, about once in 5 CI runs). Here the
owning thread holds the GIL across two bridge ticks right before the teardown drops the
ports, which makes the clock thread wait inside ``put_frame`` every time: without
:meth:`CallAudioPort.destroy` the child process dies with SIGSEGV on every run.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from tests.phone_process import REPO

pytestmark = pytest.mark.calls

CHILD = textwrap.dedent(
    """
    import sys, time
    from robot.config.settings import Config, Sip
    from robot.sip.audioports import RobotVoice
    from robot.sip.softphone import SAMPLES_PER_FRAME, Softphone

    def hold_the_gil():  # the clock thread ticks (and blocks on the GIL) meanwhile
        end = time.perf_counter() + 0.1
        while time.perf_counter() < end:
            pass

    sys.setswitchinterval(5.0)  # nobody takes the GIL from a thread that spins
    for _ in range(3):
        phone = Softphone(Config(sip=Sip(bind_address="127.0.0.1")), register=False)
        phone.start()
        phone.call(lambda: phone.audio_port(RobotVoice(SAMPLES_PER_FRAME)) and None)  # only the pool holds it
        phone.call(lambda: phone.audio_port(RobotVoice(SAMPLES_PER_FRAME)) and None)  # a second one
        phone.on_shutdown = hold_the_gil  # on the owning thread, just before the ports go
        phone.stop()
    print("ok", flush=True)
    """
)


def test_teardown_destroys_ports_the_bridge_is_calling():
    run = subprocess.run([sys.executable, "-c", CHILD], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and run.stdout.strip() == "ok", (run.returncode, run.stderr[-2000:])
