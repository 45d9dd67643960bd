"""Who picked up, on a live call: the callee's audio goes to a LineSense from the answer on,
and what came before the answer (early media) is kept apart for its own analysis.

:meth:`CallSensing.feed` runs on the conference bridge's thread, one 20 ms frame at a time
(the detector costs about 3 ms of CPU per second of audio, so it runs inline); the scenario
engine asks :attr:`CallSensing.decision` and hands over recognised utterances from its own
thread. Times are seconds from the answer, counted in samples (the bridge's clock).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from robot.media.linesense import Decision, EarlyKind, LineSense, announcement_meaning, classify_early_media

if TYPE_CHECKING:
    from robot.call.outcome import AnnouncementMeaning

RATE = 8000
BATCH_S = 0.1  # callee audio handed to the detector this much at a time (a decision is at most this late)
EARLY_MAX_S = 120.0  # early media kept for analysis at most (a line ringing with audio for minutes)


@dataclass(frozen=True)
class EarlyAudio:
    """What was heard before the answer: its kind and its words (if a recogniser knew them)."""

    kind: EarlyKind
    text: str
    seconds: float


class CallSensing:
    """The callee's audio of one call, heard by a LineSense (thread-safe)."""

    def __init__(self, language: str, answered: threading.Event):
        self.language = language
        self._answered = answered
        self._sense = LineSense(language, RATE)
        self._lock = threading.Lock()
        self._early: list[np.ndarray] = []
        self._early_samples = 0
        self._after_samples = 0
        self._batch: list[bytes] = []
        self._batch_bytes = 0

    # -- bridge thread -------------------------------------------------------------
    def feed(self, pcm: bytes) -> None:
        """One frame of the callee's audio (int16 little-endian mono at 8 kHz). Frames are
        analysed BATCH_S at a time: one detector call per batch, not per 20 ms frame."""
        with self._lock:
            if not self._answered.is_set():
                if self._early_samples < EARLY_MAX_S * RATE:
                    self._early.append(np.frombuffer(pcm, dtype="<i2").copy())
                    self._early_samples += len(pcm) // 2
                return
            self._batch.append(pcm)
            self._batch_bytes += len(pcm)
            if self._batch_bytes >= BATCH_S * RATE * 2:
                self._analyse()

    def _analyse(self) -> None:
        """Hand the batched frames to the detector (lock held)."""
        if not self._batch:
            return
        samples = np.frombuffer(b"".join(self._batch), dtype="<i2")
        self._batch.clear()
        self._batch_bytes = 0
        t_s = self._after_samples / RATE
        self._after_samples += len(samples)
        self._sense.feed(samples, t_s)

    # -- any thread ----------------------------------------------------------------
    def hear(self, text: str, start_s: float, end_s: float) -> None:
        """A recognised utterance of the callee (seconds from the answer)."""
        if text.strip():
            with self._lock:
                self._analyse()
                self._sense.hear(text, start_s, end_s)

    @property
    def decision(self) -> Decision | None:
        with self._lock:
            self._analyse()
            return self._sense.decision

    @property
    def heard_s(self) -> float:
        """Seconds of the callee's audio heard since the answer."""
        with self._lock:
            return (self._after_samples + self._batch_bytes // 2) / RATE

    @property
    def bound_s(self) -> float:
        return self._sense.bound_s

    def final(self) -> Decision:
        """The decision, forced from the evidence so far if it was not reached."""
        with self._lock:
            self._analyse()
            return self._sense.final(self._after_samples / RATE)

    def heard_texts(self) -> str:
        with self._lock:
            return " ".join(text for text, _, _ in self._sense.texts)

    def music_end_s(self) -> float | None:
        """When the music the call was answered with gave way to something else (a person)."""
        with self._lock:
            return self._sense.music_end_s

    def speech_bursts(self) -> list[tuple[float, float]]:
        """(start, end) of each stretch of callee speech, seconds from the answer."""
        with self._lock:
            return [(float(a), float(b)) for a, b in self._sense.bursts]

    # -- after the call ------------------------------------------------------------
    def early_audio(self, transcribe: bool) -> EarlyAudio | None:
        """The early media's kind and words (words only when ``transcribe`` and it is speech)."""
        with self._lock:
            if not self._early:
                return None
            pcm = np.concatenate(self._early)
        kind = classify_early_media(pcm, RATE)
        text = transcribe_pcm(pcm, self.language) if transcribe and kind in ("announcement", "sit") else ""
        return EarlyAudio(kind, text, len(pcm) / RATE)


def transcribe_pcm(pcm: np.ndarray, language: str) -> str:
    """The words of a stretch of audio by the configured offline recogniser ("" if none knows them)."""
    from robot.media.asr.engine import open_transcriber

    try:
        transcriber = open_transcriber(language, RATE)
        data = pcm.astype("<i2").tobytes()
        step = RATE // 50 * 2
        for offset in range(0, len(data), step):
            transcriber.feed(data[offset : offset + step])
        return " ".join(u.text for u in transcriber.close(timeout=60.0) if u.text)
    except Exception:  # noqa: BLE001 - no words is an answer too: the tones and the status decide
        return ""


def meaning_of(text: str, final_status: int | None, tones: bool) -> AnnouncementMeaning | None:
    """What an announcement means: its words first, else the final status it came with
    (404/410/484/604: the number is invalid; anything else: the subscriber is unreachable);
    None when there is neither words nor special information tones to go on."""
    meaning = announcement_meaning(text) if text else None
    if meaning is not None:
        return meaning
    if not tones and not text:
        return None
    return "invalid_number" if final_status in (404, 410, 484, 604) else "unreachable"
