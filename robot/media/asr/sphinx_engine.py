"""PocketSphinx backend: streams each speech segment to its own child process.

One child per stream (``robot.media.asr.sphinx_worker``) so that decoding, which holds the GIL,
never runs in the softphone's process and several calls use several cores. The child is
started at once and loads its model (~0.5 s) while the first audio waits in the pipe.
"""

from __future__ import annotations

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


class SphinxBackend(Backend):
    name = "pocketsphinx"

    def __init__(self, sample_rate: int, emit: Callable[[Utterance], None], model_path: Path | None = None) -> None:
        super().__init__(sample_rate, emit)
        cmd = [sys.executable, "-m", "robot.media.asr.sphinx_worker", "--rate", str(sample_rate)]
        if model_path is not None:
            cmd += ["--hmm", str(model_path)]
        self._proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0
        )
        self._stderr: deque[str] = deque(maxlen=20)
        self._spans: dict[int, tuple[float, float, float]] = {}  # id -> audio start, start, end
        self._lock = threading.Lock()
        self._next_id = 0
        self._audio_start = 0.0
        self.model: str | None = None
        self._reader = threading.Thread(target=self._read, name="asr-sphinx-reader", daemon=True)
        self._reader.start()
        threading.Thread(target=self._drain_stderr, name="asr-sphinx-stderr", daemon=True).start()

    def _send(self, kind: bytes, payload: bytes = b"") -> None:
        assert self._proc.stdin is not None
        try:
            self._proc.stdin.write(pack(kind, payload))
        except (BrokenPipeError, ValueError):
            raise RuntimeError(f"PocketSphinx process died: {self._why()}") from None

    def _why(self) -> str:
        code = self._proc.poll()
        tail = " | ".join(self._stderr) or "no message"
        return f"exit code {code}: {tail}" if code is not None else tail

    def begin(self, audio_start_s: float) -> None:
        self._audio_start = audio_start_s
        self._send(b"B", json.dumps({"id": self._next_id}).encode())

    def audio(self, pcm: bytes) -> None:
        if pcm:
            self._send(b"A", pcm)

    def end(self, start_s: float, end_s: float) -> None:
        with self._lock:
            self._spans[self._next_id] = (self._audio_start, start_s, end_s)
        self._next_id += 1
        self._send(b"E")

    def close(self, timeout: float) -> None:
        try:
            self._send(b"Q")
            assert self._proc.stdin is not None
            self._proc.stdin.close()
        except (RuntimeError, OSError):
            pass
        self._reader.join(timeout)
        try:
            self._proc.wait(timeout=max(0.5, timeout / 10))
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        self._flush_lost("PocketSphinx process ended before returning this utterance")

    def _read(self) -> None:
        assert self._proc.stdout is not None
        for line in self._proc.stdout:
            try:
                msg = json.loads(line)
            except ValueError:
                continue
            if msg.get("ready"):
                self.model = msg.get("model")
                continue
            draft = "draft" in msg
            with self._lock:
                span = self._spans.get(msg["id"]) if draft else self._spans.pop(msg["id"], None)
            if span is None:
                continue
            audio_start, start_s, end_s = span
            if draft:
                self.emit_draft(Utterance(msg["draft"], start_s, end_s, (), self.name))
                continue
            words = tuple(
                Word(w, round(audio_start + s, 3), round(audio_start + e, 3), c) for w, s, e, c in msg["words"]
            )
            self.emit(Utterance(msg["text"], start_s, end_s, words, self.name))
        self._flush_lost(f"PocketSphinx process died: {self._why()}")

    def _flush_lost(self, reason: str) -> None:
        with self._lock:
            lost, self._spans = self._spans, {}
        if lost:
            log.error("%s (%d utterance(s) without text)", reason, len(lost))
        for _, start_s, end_s in lost.values():
            self.emit(Utterance("", start_s, end_s, (), self.name))

    def _drain_stderr(self) -> None:
        assert self._proc.stderr is not None
        for raw in self._proc.stderr:
            line = raw.decode("utf-8", "replace").rstrip()
            if line:
                self._stderr.append(line)
                log.debug("pocketsphinx: %s", line)
