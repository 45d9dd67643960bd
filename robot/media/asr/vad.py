"""Energy endpointer: speech start and end of utterance, independent of the recogniser.

Frames of 20 ms are classified by RMS level against an adaptive noise floor: speech is
``threshold_db`` above the floor (and above ``min_level_dbfs``), with 3 dB of hysteresis
once in speech. Speech starts after ``start_s`` of consecutive speech frames (its time is
the first of them) and ends after ``end_of_utterance_s`` of non-speech (its time is the end
of the last speech frame). The floor follows quiet frames quickly and rises at most
``floor_rise_db_s`` per second, only outside speech.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class VadConfig:
    end_of_utterance_s: float = 0.6
    frame_s: float = 0.02
    start_s: float = 0.06
    threshold_db: float = 12.0
    min_level_dbfs: float = -50.0
    floor_rise_db_s: float = 3.0
    max_utterance_s: float = 30.0


@dataclass(frozen=True)
class Boundary:
    kind: str  # "start" | "end"
    t_s: float


class Endpointer:
    """Feed whole frames of ``frame_len`` int16 samples; get start/end boundaries back."""

    def __init__(self, sample_rate: int, config: VadConfig | None = None) -> None:
        self.config = config or VadConfig()
        self.sample_rate = sample_rate
        self.frame_len = round(sample_rate * self.config.frame_s)
        self._frame_s = self.frame_len / sample_rate
        self._start_frames = max(1, round(self.config.start_s / self._frame_s))
        self._end_frames = max(1, round(self.config.end_of_utterance_s / self._frame_s))
        self._max_frames = round(self.config.max_utterance_s / self._frame_s)
        self._rise = self.config.floor_rise_db_s * self._frame_s
        self.floor_db = -70.0
        self.in_speech = False
        self.frames = 0  # frames processed
        self._run = 0  # consecutive speech frames (before start)
        self._silence = 0  # consecutive non-speech frames (in speech)
        self._last_speech_end = 0.0
        self._speech_frames = 0
        self.speech_start_s = 0.0

    @staticmethod
    def level_dbfs(frame: np.ndarray) -> float:
        rms = float(np.sqrt(np.mean(np.square(frame, dtype=np.float64)))) if frame.size else 0.0
        return 20.0 * math.log10(max(rms, 1.0) / 32768.0)

    def process(self, frame: np.ndarray) -> list[Boundary]:
        """Classify one frame; return the boundaries it completes (at most an end and a start)."""
        level = self.level_dbfs(frame)
        t0 = self.frames * self._frame_s
        self.frames += 1
        threshold = max(self.floor_db + self.config.threshold_db, self.config.min_level_dbfs)
        out: list[Boundary] = []
        if not self.in_speech:
            if level > threshold:
                self._run += 1
                if self._run >= self._start_frames:
                    self.in_speech = True
                    self.speech_start_s = round(t0 - (self._run - 1) * self._frame_s, 3)
                    self._silence = 0
                    self._speech_frames = self._run
                    self._last_speech_end = round(t0 + self._frame_s, 3)
                    out.append(Boundary("start", self.speech_start_s))
            else:
                self._run = 0
                self._track_floor(level)
            return out
        self._speech_frames += 1
        if level > threshold - 3.0:
            self._silence = 0
            self._last_speech_end = round(t0 + self._frame_s, 3)
        else:
            self._silence += 1
        if self._silence >= self._end_frames or self._speech_frames >= self._max_frames:
            out.append(Boundary("end", self._last_speech_end))
            self.in_speech = False
            self._run = 0
        return out

    def flush(self) -> list[Boundary]:
        """End of stream: close an open utterance."""
        if not self.in_speech:
            return []
        self.in_speech = False
        return [Boundary("end", self._last_speech_end)]

    def _track_floor(self, level: float) -> None:
        if level < self.floor_db:
            self.floor_db = 0.7 * self.floor_db + 0.3 * max(level, -90.0)
        else:
            self.floor_db = min(level, self.floor_db + self._rise)
