"""Streaming a call's audio in and out of Python through one pjsua2 AudioMediaPort.

The conference bridge calls ``onFrameRequested`` (the robot's next 20 ms of speech) and
then ``onFrameReceived`` (the callee's 20 ms) on every tick, on its own clock thread, so
the pair is written as one stereo frame: robot on the left, callee on the right.
Work here must stay tiny: heavy Python in this process damages the outgoing audio.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pjsua2 as pj

from robot.sip.recording import WavWriter


@dataclass
class Prompt:
    """One chunk of robot speech queued for playback; times are monotonic, set while playing."""

    pcm: np.ndarray  # int16 mono at the bridge's clock rate
    label: str = ""
    barge_in: bool = False
    started_at: float | None = None
    ended_at: float | None = None
    interrupted: bool = False
    done: threading.Event = field(default_factory=threading.Event)
    _pos: int = 0


class RobotVoice:
    """A thread-safe queue of prompts the bridge pulls 20 ms frames from."""

    def __init__(self, samples_per_frame: int):
        self.samples_per_frame = samples_per_frame
        self._queue: deque[Prompt] = deque()
        self._lock = threading.Lock()
        self._silence = bytes(2 * samples_per_frame)

    def say(self, prompt: Prompt) -> Prompt:
        with self._lock:
            self._queue.append(prompt)
        return prompt

    def stop(self) -> None:
        """Stop the current prompt and drop the queued ones (barge-in, hang-up)."""
        with self._lock:
            now = time.monotonic()
            while self._queue:
                prompt = self._queue.popleft()
                prompt.interrupted = True
                prompt.ended_at = now
                prompt.done.set()

    @property
    def speaking(self) -> bool:
        return bool(self._queue)

    def next_frame(self) -> bytes:
        """The next frame of robot audio (silence when nothing is queued)."""
        with self._lock:
            if not self._queue:
                return self._silence
            prompt = self._queue[0]
            now = time.monotonic()
            if prompt.started_at is None:
                prompt.started_at = now
            start, end = prompt._pos, prompt._pos + self.samples_per_frame
            chunk = prompt.pcm[start:end]
            prompt._pos = end
            if end >= len(prompt.pcm):
                prompt.ended_at = now + len(chunk) / (self.samples_per_frame * 50)
                self._queue.popleft()
                prompt.done.set()
        data = chunk.tobytes()
        if len(data) < len(self._silence):
            data += self._silence[len(data) :]
        return data


class CallAudioPort(pj.AudioMediaPort):
    """Sends the robot's voice to the call and receives the callee's audio from it."""

    recorder: WavWriter | None = None
    on_callee_audio: Callable[[bytes], None] | None = None

    def __init__(
        self,
        clock_rate: int,
        voice: RobotVoice,
        recorder: WavWriter | None,
        on_callee_audio: Callable[[bytes], None] | None = None,
    ):
        super().__init__()
        self.clock_rate = clock_rate
        self.frames_received = 0
        self._stereo = np.empty(2 * voice.samples_per_frame, dtype=np.int16)
        self.bind(voice, recorder, on_callee_audio)

    def bind(
        self, voice: RobotVoice, recorder: WavWriter | None, on_callee_audio: Callable[[bytes], None] | None
    ) -> None:
        """Attach the port to a call's voice, recording and listener (ports are reused:
        destroying one while the bridge may still call it crashes the process)."""
        self.voice = voice
        self.recorder = recorder
        self.on_callee_audio = on_callee_audio
        self._pending_robot = voice._silence

    def create(self, name: str) -> None:
        fmt = pj.MediaFormatAudio()
        fmt.init(pj.PJMEDIA_FORMAT_PCM, self.clock_rate, 1, 20000, 16)
        self.createPort(name, fmt)

    def destroy(self) -> None:
        """Free the pjsua2 port now (owning thread), while Python still holds this object.

        Left to the deallocator, ``~AudioMediaPort`` runs with the GIL released on an object
        whose reference count is already 0: the clock thread, waiting for the GIL inside
        this port's ``put_frame``, then calls ``onFrameReceived`` on it, and that call's
        own reference frees it a second time (heap corruption, SIGSEGV). Destroyed here,
        the last callback runs on a live object; pjsua2 calls the port no more once this
        returns. Idempotent; the object must not be used afterwards."""
        if self.thisown:
            pj.AudioMediaPort.__swig_destroy__(self)

    def onFrameRequested(self, frame: pj.MediaFrame) -> None:  # noqa: N802 (pjsua2 API)
        try:
            voice = self.voice
        except AttributeError:
            return  # being destroyed: see onFrameReceived
        data = voice.next_frame()
        self._pending_robot = data
        frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
        frame.buf = pj.ByteVector(data)
        frame.size = len(data)

    def onFrameReceived(self, frame: pj.MediaFrame) -> None:  # noqa: N802 (pjsua2 API)
        # read each attribute once: bind() may swap them from the softphone's thread
        try:
            voice, recorder, listener = self.voice, self.recorder, self.on_callee_audio
        except AttributeError:
            # Python clears a dying port's attributes before pjsua2's destructor takes it off
            # the bridge (with the GIL released), so the bridge may call it once more in
            # between; an exception escaping into the bridge's thread would crash the process.
            # Returning is not enough: this very call frees the object a second time, so
            # ports are freed by destroy() (the pool's teardown), never by the deallocator.
            return
        silence = voice._silence
        if frame.type == pj.PJMEDIA_FRAME_TYPE_AUDIO and frame.size:
            callee = bytes(frame.buf)
            if len(callee) != len(silence):
                callee = callee[: len(silence)].ljust(len(silence), b"\0")
        else:
            callee = silence
        self.frames_received += 1
        if recorder is not None:
            n = voice.samples_per_frame
            self._stereo[0::2] = np.frombuffer(self._pending_robot, dtype=np.int16, count=n)
            self._stereo[1::2] = np.frombuffer(callee, dtype=np.int16, count=n)
            recorder.write(self._stereo.tobytes())
        self._pending_robot = silence
        if listener is not None:
            listener(callee)
