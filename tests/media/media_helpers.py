"""Audio helpers for the speech media tests."""

from __future__ import annotations

import numpy as np

from robot.media import tts

RATE = 8000


def say(text: str, language: str = "en", rate: int = 160) -> np.ndarray:
    """TTS audio of ``text`` as int16 at 8 kHz (cached)."""
    return tts.load_wav_pcm(tts.synthesize(text, language, rate=rate), RATE)


def silence(seconds: float) -> np.ndarray:
    return np.zeros(round(seconds * RATE), dtype=np.int16)


def speech_bounds(x: np.ndarray, threshold_dbfs: float = -50.0) -> tuple[float, float]:
    """First and last 10 ms frame above ``threshold_dbfs`` (the ground truth for endpointing)."""
    n = RATE // 100
    frames = x[: len(x) // n * n].astype(np.float64).reshape(-1, n)
    level = 20 * np.log10(np.maximum(np.sqrt((frames**2).mean(axis=1)), 1.0) / 32768.0)
    loud = np.flatnonzero(level > threshold_dbfs)
    return loud[0] / 100.0, (loud[-1] + 1) / 100.0


def feed_chunks(transcriber, x: np.ndarray, chunk: int = 160) -> None:
    """Feed like pjsua's bridge: 20 ms (160 samples, 320 bytes) at a time, as fast as possible."""
    data = x.astype("<i2").tobytes()
    for off in range(0, len(data), chunk * 2):
        transcriber.feed(data[off : off + chunk * 2])
