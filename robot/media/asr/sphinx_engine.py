"""PocketSphinx backend: streams each speech segment to a child process, reused across calls.

One child per live stream (``robot.media.asr.sphinx_worker``) so that decoding, which holds the
GIL, never runs in the softphone's process and several calls use several cores. Starting a
child costs about 0.5 s of CPU (Python, numpy and the model), so children are pooled: a stream
that closes with every utterance answered hands its child back (the child resets its cepstral
mean for the next line), and the next stream of the same rate and model takes it, already
loaded. A child that failed, or that still owed an utterance at close, is killed, never reused.
At most :data:`POOL_IDLE` idle children are kept per process; they exit when the process does
(their stdin closes).
"""

from __future__ import annotations

import atexit
import json
import logging
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path

from robot.media.asr.base import Backend, Utterance, Word
from robot.media.asr.sphinx_worker import pack

log = logging.getLogger(__name__)

POOL_IDLE = 4  # idle children kept per process (a call-worker runs at most 4 calls at once)


class SphinxProcess:
    """One PocketSphinx child with its reader threads; its messages go to the current owner."""

    def __init__(self, sample_rate: int, model_path: Path | None) -> None:
        cmd = [sys.executable, "-m", "robot.media.asr.sphinx_worker", "--rate", str(sample_rate)]
        if model_path is not None:
            cmd += ["--hmm", str(model_path)]
        self.key = (sample_rate, model_path)
        self.proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0
        )
        self.stderr: deque[str] = deque(maxlen=20)
        self.model: str | None = None
        self.owner: SphinxBackend | None = None
        self.segments = 0  # segment ids are unique per child, so a late line never reaches a new owner
        self.lock = threading.Lock()
        self.reader = threading.Thread(target=self._read, name="asr-sphinx-reader", daemon=True)
        self.reader.start()
        threading.Thread(target=self._drain_stderr, name="asr-sphinx-stderr", daemon=True).start()

    def send(self, kind: bytes, payload: bytes = b"") -> None:
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(pack(kind, payload))
        except (BrokenPipeError, ValueError, OSError):
            raise RuntimeError(f"PocketSphinx process died: {self.why()}") from None

    def why(self) -> str:
        code = self.proc.poll()
        tail = " | ".join(self.stderr) or "no message"
        return f"exit code {code}: {tail}" if code is not None else tail

    def alive(self) -> bool:
        return self.proc.poll() is None and self.reader.is_alive()

    def stop(self, timeout: float = 1.0) -> None:
        """Ask the child to quit; kill it if it does not within ``timeout``."""
        try:
            self.send(b"Q")
            assert self.proc.stdin is not None
            self.proc.stdin.close()
        except (RuntimeError, OSError):
            pass
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            try:
                msg = json.loads(line)
            except ValueError:
                continue
            if msg.get("ready"):
                self.model = msg.get("model")
                continue
            with self.lock:
                owner = self.owner
            if owner is not None:
                owner.on_message(msg)
        with self.lock:
            owner = self.owner
        if owner is not None:
            owner.on_death(f"PocketSphinx process died: {self.why()}")

    def _drain_stderr(self) -> None:
        assert self.proc.stderr is not None
        for raw in self.proc.stderr:
            line = raw.decode("utf-8", "replace").rstrip()
            if line:
                self.stderr.append(line)
                log.debug("pocketsphinx: %s", line)


class SphinxPool:
    """Idle PocketSphinx children by (rate, model), and how many were ever started."""

    def __init__(self, max_idle: int = POOL_IDLE) -> None:
        self.max_idle = max_idle
        self._idle: list[SphinxProcess] = []
        self._lock = threading.Lock()
        self.started = 0  # children started by this process (bench and tests read it)
        self.reused = 0

    def take(self, sample_rate: int, model_path: Path | None) -> SphinxProcess:
        key = (sample_rate, model_path)
        with self._lock:
            while True:
                found = next((p for p in self._idle if p.key == key), None)
                if found is None:
                    break
                self._idle.remove(found)
                if found.alive():
                    self.reused += 1
                    return found
                found.kill()
            self.started += 1
        return SphinxProcess(sample_rate, model_path)

    def give_back(self, process: SphinxProcess) -> None:
        """Keep a healthy idle child for the next stream (or stop it when enough are idle)."""
        try:
            process.send(b"R")  # a new line: forget this one's cepstral mean
        except RuntimeError:
            process.kill()
            return
        with self._lock:
            if len(self._idle) < self.max_idle and process.alive():
                self._idle.append(process)
                return
        process.stop()

    def close(self) -> None:
        """Stop every idle child (at exit; tests)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for process in idle:
            process.stop(timeout=0.5)

    @property
    def idle(self) -> int:
        with self._lock:
            return len(self._idle)


POOL = SphinxPool()
atexit.register(POOL.close)


class SphinxBackend(Backend):
    name = "pocketsphinx"

    def __init__(self, sample_rate: int, emit: Callable[[Utterance], None], model_path: Path | None = None) -> None:
        super().__init__(sample_rate, emit)
        self._child = POOL.take(sample_rate, model_path)
        self._proc = self._child.proc
        self._spans: dict[int, tuple[float, float, float]] = {}  # id -> audio start, start, end
        self._lock = threading.Lock()
        self._answered = threading.Condition(self._lock)
        self._segment: int | None = None
        self._audio_start = 0.0
        self._failed = False
        self._closed = False
        with self._child.lock:
            self._child.owner = self
        if not self._child.alive():  # died between take and here
            self.on_death(f"PocketSphinx process died: {self._child.why()}")

    @property
    def model(self) -> str | None:
        return self._child.model

    def _send(self, kind: bytes, payload: bytes = b"") -> None:
        try:
            self._child.send(kind, payload)
        except RuntimeError:
            self._failed = True
            raise

    def begin(self, audio_start_s: float) -> None:
        self._audio_start = audio_start_s
        self._segment = self._child.segments
        self._child.segments += 1
        self._send(b"B", json.dumps({"id": self._segment}).encode())

    def audio(self, pcm: bytes) -> None:
        if pcm:
            self._send(b"A", pcm)

    def end(self, start_s: float, end_s: float) -> None:
        segment = self._segment if self._segment is not None else -1
        with self._lock:
            self._spans[segment] = (self._audio_start, start_s, end_s)
        self._segment = None
        try:
            self._send(b"E")
        except RuntimeError:
            with self._lock:
                self._spans.pop(segment, None)  # the stream emits this utterance without text
            raise

    def close(self, timeout: float) -> None:
        """Wait for the utterances still owed; then hand the child back, or kill it if it failed."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._answered.wait_for(lambda: not self._spans or self._failed, timeout)
            healthy = not self._spans and not self._failed and self._segment is None
        with self._child.lock:
            self._child.owner = None
        if healthy and self._child.alive():
            POOL.give_back(self._child)
        else:
            self._child.kill()
        self._flush_lost("PocketSphinx process ended before returning this utterance")

    def on_message(self, msg: dict[str, object]) -> None:
        """A line from the child (its reader thread)."""
        draft = "draft" in msg
        segment = msg.get("id")
        if not isinstance(segment, int):
            return
        with self._lock:
            span = self._spans.get(segment) if draft else self._spans.pop(segment, None)
            if not draft:
                self._answered.notify_all()
        if span is None:
            return
        audio_start, start_s, end_s = span
        if draft:
            self.emit_draft(Utterance(str(msg["draft"]), start_s, end_s, (), self.name))
            return
        raw_words = msg.get("words") or []
        assert isinstance(raw_words, list)
        words = tuple(Word(w, round(audio_start + s, 3), round(audio_start + e, 3), c) for w, s, e, c in raw_words)
        self.emit(Utterance(str(msg.get("text", "")), start_s, end_s, words, self.name))

    def on_death(self, reason: str) -> None:
        """The child's output ended (it exited or was killed)."""
        with self._lock:
            self._failed = True
            self._answered.notify_all()
        self._flush_lost(reason)

    def _flush_lost(self, reason: str) -> None:
        with self._lock:
            lost, self._spans = self._spans, {}
        if lost:
            log.error("%s (%d utterance(s) without text)", reason, len(lost))
        for _, start_s, end_s in lost.values():
            self.emit(Utterance("", start_s, end_s, (), self.name))
