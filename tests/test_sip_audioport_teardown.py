"""A call audio port the bridge calls while Python is destroying it must not raise.

CPython clears an object's attributes before the base class's deallocator runs; pjsua2's
``~AudioMediaPort`` then takes the port off the conference bridge with the GIL released,
so the bridge's clock thread can call ``onFrameReceived``/``onFrameRequested`` on a port
that has no attributes left. An exception escaping a director callback there crashed the
robot at exit (a segfault seen after a finished call's result was printed).
"""

from __future__ import annotations

import pjsua2 as pj

from robot.sip.audioports import CallAudioPort


def dying_port() -> CallAudioPort:
    """A port whose Python attributes are gone, as during deallocation."""
    return CallAudioPort.__new__(CallAudioPort)


def test_frame_received_on_a_dying_port_does_nothing():
    frame = pj.MediaFrame()
    frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
    frame.buf = pj.ByteVector(b"\x01\x00" * 160)
    frame.size = 320
    dying_port().onFrameReceived(frame)
    assert frame.size == 320  # untouched


def test_frame_requested_from_a_dying_port_leaves_the_frame_alone():
    frame = pj.MediaFrame()
    frame.size = 0
    dying_port().onFrameRequested(frame)
    assert frame.size == 0
