"""The per-call streaming transcriber: cheap ``feed`` from the media thread, events out.

``feed`` only appends to a queue. An endpointer thread cuts the audio into 20 ms frames,
runs the :class:`~robot.media.asr.vad.Endpointer` (so ``SpeechStarted`` is never delayed by
decoding), and queues each speech segment (with ``preroll_s`` of audio before the detected
start, and the trailing silence that confirmed the end) for a decoder thread that drives
the engine :class:`~robot.media.asr.base.Backend`. Audio between utterances is never decoded.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from robot.media.asr.base import (
    AsrInfo,
    Backend,
    EngineFailed,
    Event,
    SpeechEnded,
    SpeechStarted,
    Utterance,
    UtteranceDraft,
    UtteranceEnded,
)
from robot.media.asr.vad import Endpointer, VadConfig

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Begin:
    audio_start_s: float


@dataclass(frozen=True)
class _Audio:
    pcm: bytes


@dataclass(frozen=True)
class _End:
    start_s: float
    end_s: float


_Job = _Begin | _Audio | _End  # what the decoder thread is asked to do, in order

_STOP = b""


class TimingOnly(Backend):
    """No recogniser: each utterance has its times and no words (a call that needs no words
    starts no recogniser process; the endpointer still gives speech starts and ends)."""

    name = "none"

    def begin(self, audio_start_s: float) -> None:
        pass

    def audio(self, pcm: bytes) -> None:
        pass

    def end(self, start_s: float, end_s: float) -> None:
        self.emit(Utterance("", start_s, end_s, (), self.name))

    def close(self, timeout: float) -> None:
        pass


class StreamingTranscriber:
    """Transcribes one audio stream (one call's callee channel) while it is fed.

    Events (:class:`SpeechStarted`, :class:`UtteranceEnded`, :class:`EngineFailed`) are put
    on ``self.events`` (a ``queue.Queue``) and, if given, passed to ``on_event`` from the
    worker or engine thread (keep it short and non-blocking).
    """

    def __init__(
        self,
        backend_factory: Callable[[int, Callable[[Utterance], None]], Backend],
        info: AsrInfo,
        sample_rate: int = 8000,
        end_of_utterance_s: float = 0.6,
        preroll_s: float = 0.3,
        on_event: Callable[[Event], None] | None = None,
    ) -> None:
        self.info = info
        self.sample_rate = sample_rate
        self.events: queue.Queue[Event] = queue.Queue()
        self._on_event = on_event
        self._utterances: list[Utterance] = []
        self._lock = threading.Lock()
        self._inbox: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self._fed = 0  # bytes accepted by feed()
        self._done = 0  # bytes processed by the worker
        self._closed = False
        self.endpointer = Endpointer(sample_rate, VadConfig(end_of_utterance_s=end_of_utterance_s))
        self._frame_bytes = self.endpointer.frame_len * 2
        self._preroll: deque[bytes] = deque(maxlen=max(1, round(preroll_s / 0.02)))
        self._segment_start = 0.0
        self._backend = backend_factory(sample_rate, self._emit_utterance)
        self._backend.emit_draft = lambda utterance: self._publish(UtteranceDraft(utterance))
        self._failed = False
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._queued = 0  # audio bytes queued for the decoder
        self._decoded = 0  # audio bytes the decoder consumed
        self._worker = threading.Thread(target=self._run, name="asr-endpointer", daemon=True)
        self._decoder = threading.Thread(target=self._decode, name="asr-decoder", daemon=True)
        self._worker.start()
        self._decoder.start()

    # --- producer side (pjsua's media thread) -------------------------------------------

    def feed(self, pcm: bytes) -> None:
        """Queue 16-bit mono little-endian samples (any length; 320 bytes = 20 ms at 8 kHz)."""
        if self._closed or not pcm:
            return
        self._fed += len(pcm)
        self._inbox.put(bytes(pcm))

    @property
    def fed_s(self) -> float:
        """Seconds of audio fed so far."""
        return self._fed / 2 / self.sample_rate

    @property
    def lag_s(self) -> float:
        """Seconds of fed audio not yet through the endpointer (grows if the machine is too slow)."""
        return (self._fed - self._done) / 2 / self.sample_rate

    @property
    def decode_lag_s(self) -> float:
        """Seconds of speech audio waiting for the in-process decoder thread."""
        return (self._queued - self._decoded) / 2 / self.sample_rate

    def close(self, timeout: float = 30.0) -> list[Utterance]:
        """Flush: end an open utterance, wait for the engine, and return all utterances by start."""
        if not self._closed:
            self._closed = True
            self._inbox.put(_STOP)
        self._worker.join(timeout)
        self._jobs.put(None)
        self._decoder.join(timeout)
        self._backend.close(max(1.0, timeout))
        with self._lock:
            return sorted(self._utterances, key=lambda u: u.start_s)

    def __enter__(self) -> StreamingTranscriber:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- worker --------------------------------------------------------------------------

    def _run(self) -> None:
        pending = b""
        ep = self.endpointer
        try:
            while True:
                chunk = self._inbox.get()
                if chunk is _STOP:
                    break
                pending += chunk
                usable = len(pending) - len(pending) % self._frame_bytes
                for off in range(0, usable, self._frame_bytes):
                    self._frame(pending[off : off + self._frame_bytes])
                    self._done += self._frame_bytes
                pending = pending[usable:]
            if pending:  # pad the last partial frame with silence
                self._frame(pending + bytes(self._frame_bytes - len(pending)))
            self._done = self._fed
            for b in ep.flush():
                self._backend_call(_End(self._segment_start, b.t_s))
        except Exception as exc:  # pragma: no cover - defensive: never die silently
            log.exception("ASR stream worker failed")
            self._publish(EngineFailed(ep.frames * 0.02, f"ASR stream worker failed: {exc}"))

    def _frame(self, frame: bytes) -> None:
        ep = self.endpointer
        was_speech = ep.in_speech
        boundaries = ep.process(np.frombuffer(frame, dtype="<i2"))
        if was_speech:
            self._backend_call(_Audio(frame))
        else:
            self._preroll.append(frame)
        for b in boundaries:
            if b.kind == "start":
                self._segment_start = b.t_s
                audio_start = ep.frames * ep.frame_len / self.sample_rate - len(self._preroll) * 0.02
                self._backend_call(_Begin(max(0.0, audio_start)))
                self._backend_call(_Audio(b"".join(self._preroll)))
                self._preroll.clear()
                self._publish(SpeechStarted(b.t_s))
            else:
                self._publish(SpeechEnded(b.t_s))
                self._backend_call(_End(self._segment_start, b.t_s))

    def _backend_call(self, job: _Job) -> None:
        """Queue a ``begin``/``audio``/``end`` job for the decoder thread."""
        if isinstance(job, _Audio):
            self._queued += len(job.pcm)
        self._jobs.put(job)

    def _decode(self) -> None:
        while (job := self._jobs.get()) is not None:
            self._run_backend(job)
            if isinstance(job, _Audio):
                self._decoded += len(job.pcm)

    def _run_backend(self, job: _Job) -> None:
        if self._failed and not isinstance(job, _End):
            return
        try:
            if self._failed:
                raise RuntimeError("recogniser failed earlier")
            if isinstance(job, _Begin):
                self._backend.begin(job.audio_start_s)
            elif isinstance(job, _Audio):
                self._backend.audio(job.pcm)
            else:
                self._backend.end(job.start_s, job.end_s)
        except Exception as exc:
            if not self._failed:
                self._failed = True
                log.error("%s recogniser failed: %s", self.info.engine, exc)
                self._publish(EngineFailed(self.endpointer.frames * 0.02, str(exc)))
            if isinstance(job, _End):
                self._emit_utterance(Utterance("", job.start_s, job.end_s, (), self.info.engine))

    # --- results -------------------------------------------------------------------------

    def _emit_utterance(self, utterance: Utterance) -> None:
        with self._lock:
            self._utterances.append(utterance)
        self._publish(UtteranceEnded(utterance))

    def _publish(self, event: Event) -> None:
        self.events.put(event)
        if self._on_event is not None:
            try:
                self._on_event(event)
            except Exception:
                log.exception("ASR event callback failed")


def wait_for(events: queue.Queue[Event], kind: type, timeout: float) -> Event | None:
    """Next event of type ``kind`` within ``timeout`` seconds (other events are dropped)."""
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        try:
            event = events.get(timeout=left)
        except queue.Empty:
            return None
        if isinstance(event, kind):
            return event
    return None
