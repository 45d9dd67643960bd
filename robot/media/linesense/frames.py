"""Per-frame spectral analysis of line audio: level, dominant tone, tonality and stability.

Every 20 ms hop the last 64 ms (Hann window, zero-padded FFT) are analysed. A frame is a
*tone* frame when one spectral peak (±2 bins) holds most of the 250-3700 Hz energy, the
signature of beeps, SIT, fax and ringback tones, and never of speech (many harmonics that
move) or chords. Consecutive tone frames at one frequency form :class:`ToneSegment` s.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import median  # far cheaper than numpy's on a few values per frame

import numpy as np

HOP_S = 0.02
WINDOW_S = 0.064
TONALITY_MIN = 0.72  # share of the band's energy in the peak for a tone frame
TONE_LEVEL_MIN_DB = -48.0


QUIET_PEAK = 4 / 32768  # a window whose samples all stay within +-4 (of 32768) is silence (-78 dBFS)


@dataclass(frozen=True)
class Frame:
    t_s: float  # end of the hop, seconds from the first sample
    level_db: float  # RMS of the hop, dBFS
    peak_hz: float
    tonality: float  # 0..1
    low_share: float  # share of band energy in 380-520 Hz (ringback tones)
    stability: float  # cosine similarity of the spectrum with the one 40 ms before


@dataclass(frozen=True)
class ToneSegment:
    start_s: float
    end_s: float
    freq_hz: float

    @property
    def dur_s(self) -> float:
        return self.end_s - self.start_s


class FrameAnalyzer:
    """Feed int16 samples in any chunk size; get one :class:`Frame` per 20 ms hop."""

    def __init__(self, rate: int) -> None:
        self.rate = rate
        self.hop = round(rate * HOP_S)
        self.win = round(rate * WINDOW_S)
        self.nfft = 1 << max(9, math.ceil(math.log2(self.win)))
        self.window = np.hanning(self.win)
        freqs = np.fft.rfftfreq(self.nfft, 1.0 / rate)
        self.freqs = freqs
        self.band = (freqs >= 250) & (freqs <= 3700)
        self.low = (freqs >= 380) & (freqs <= 520)
        self.bin_hz = rate / self.nfft
        self._buf = np.zeros(self.win)
        self._pending = np.zeros(0)
        self._hist: list[np.ndarray] = []
        self.frames = 0

    def feed(self, pcm: np.ndarray) -> list[Frame]:
        x = np.concatenate([self._pending, np.asarray(pcm, dtype=np.float64) / 32768.0])
        out = []
        n = len(x) // self.hop
        for i in range(n):
            out.append(self._frame(x[i * self.hop : (i + 1) * self.hop]))
        self._pending = x[n * self.hop :]
        return out

    def _frame(self, hop: np.ndarray) -> Frame:
        self._buf = np.concatenate([self._buf[len(hop) :], hop])
        self.frames += 1
        rms = math.sqrt(float(hop @ hop) / len(hop))  # cheaper than np.mean on 20 ms
        level = 20.0 * math.log10(max(rms, 1e-6))
        if float(np.abs(self._buf).max()) < QUIET_PEAK:
            # near-digital silence over the whole window: no spectrum worth the FFT
            self._hist = []
            return Frame(self.frames * HOP_S, level, 0.0, 0.0, 0.0, 0.0)
        mag = np.abs(np.fft.rfft(self._buf * self.window, self.nfft))
        power = mag * mag
        band = power * self.band
        total = float(band.sum()) + 1e-12
        k = int(np.argmax(band))
        # quadratic interpolation of the peak for sub-bin frequency
        peak = float(k)
        if 0 < k < len(mag) - 1:
            a, b, c = math.log(mag[k - 1] + 1e-12), math.log(mag[k] + 1e-12), math.log(mag[k + 1] + 1e-12)
            den = a - 2 * b + c
            if den < 0:
                peak = k + 0.5 * (a - c) / den
        tonality = float(band[max(k - 2, 0) : k + 3].sum()) / total
        low_share = float((power * self.low).sum()) / total
        spec = np.sqrt(band)
        stability = 0.0
        if len(self._hist) == 2:
            prev = self._hist[0]
            den2 = float(np.linalg.norm(spec) * np.linalg.norm(prev))
            stability = float(spec @ prev) / den2 if den2 > 0 else 0.0
        self._hist = [*self._hist[-1:], spec]
        return Frame(self.frames * HOP_S, level, peak * self.bin_hz, tonality, low_share, stability)


def is_tone(frame: Frame) -> bool:
    return frame.tonality >= TONALITY_MIN and frame.level_db >= TONE_LEVEL_MIN_DB


class ToneTracker:
    """Groups consecutive tone frames at one frequency (±40 Hz) into segments."""

    def __init__(self, max_gap_s: float = 0.045) -> None:
        self.max_gap_s = max_gap_s
        self.segments: list[ToneSegment] = []
        self._start = 0.0
        self._end = 0.0
        self._freqs: list[float] = []

    @property
    def open_segment(self) -> ToneSegment | None:
        if not self._freqs:
            return None
        return ToneSegment(self._start, self._end, median(self._freqs))

    def push(self, frame: Frame) -> ToneSegment | None:
        """Feed one frame; returns a segment when one closes."""
        closed = None
        if is_tone(frame):
            f = frame.peak_hz
            if self._freqs and abs(f - median(self._freqs[-5:])) > 40:
                closed = self._close()
            if not self._freqs:
                self._start = frame.t_s - HOP_S
            self._freqs.append(f)
            self._end = frame.t_s
        elif self._freqs and frame.t_s - self._end > self.max_gap_s:
            closed = self._close()
        return closed

    def flush(self) -> ToneSegment | None:
        return self._close() if self._freqs else None

    def _close(self) -> ToneSegment | None:
        seg = ToneSegment(self._start, self._end, median(self._freqs))
        self._freqs = []
        if seg.dur_s >= 0.06:
            self.segments.append(seg)
            return seg
        return None


def analyse(pcm: np.ndarray, rate: int) -> tuple[list[Frame], list[ToneSegment]]:
    """All frames and tone segments of a whole buffer."""
    analyzer, tracker = FrameAnalyzer(rate), ToneTracker()
    frames = analyzer.feed(pcm)
    for f in frames:
        tracker.push(f)
    tracker.flush()
    return frames, tracker.segments
