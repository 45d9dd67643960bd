"""Tone signatures on the line: special information tones, voicemail beeps, fax and ringback.

All work on :class:`~robot.media.linesense.frames.ToneSegment` s (steady single tones found
by the frame analysis), so they share one FFT pass and survive G.711 and line noise.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from robot.media.linesense.frames import ToneSegment, analyse

# ITU-T E.180 / Q.35 SIT: three rising tones; the bands take the low/high variants of each
# (913.8/985.2, 1370.6/1428.5, 1776.7 Hz) and the older 950/1400/1800 Hz tones.
SIT_BANDS: tuple[tuple[float, float], ...] = ((880.0, 1010.0), (1330.0, 1470.0), (1730.0, 1830.0))
SIT_DUR_S = (0.18, 0.48)  # nominal 274 or 380 ms (330 ms for the older tones)
SIT_GAP_S = 0.12  # the tones follow each other without a pause (a frame or two are lost)
BEEP_HZ = (380.0, 2100.0)
BEEP_DUR_S = (0.3, 2.0)
BEEP_LOW_HZ = 500.0  # below this a beep must last BEEP_LOW_DUR_S (speech has steady low harmonics)
BEEP_LOW_DUR_S = 0.5
CED_HZ = (2060.0, 2140.0)
CED_MIN_S = 0.8
CNG_HZ = (1060.0, 1140.0)
CNG_DUR_S = (0.35, 0.8)
RINGBACK_HZ = (380.0, 520.0)


def _band(freq: float) -> int | None:
    for i, (lo, hi) in enumerate(SIT_BANDS):
        if lo <= freq <= hi:
            return i
    return None


def find_sit(segments: Sequence[ToneSegment]) -> list[tuple[float, float]]:
    """(start_s, end_s) of every run of the three SIT tones in order, each of SIT length."""
    found: list[tuple[float, float]] = []
    segs = [s for s in segments if s.dur_s >= 0.06]
    i = 0
    while i + 2 < len(segs):
        a, b, c = segs[i], segs[i + 1], segs[i + 2]
        bands = (_band(a.freq_hz), _band(b.freq_hz), _band(c.freq_hz))
        lengths_ok = all(SIT_DUR_S[0] <= s.dur_s <= SIT_DUR_S[1] for s in (a, b, c))
        gaps_ok = b.start_s - a.end_s <= SIT_GAP_S and c.start_s - b.end_s <= SIT_GAP_S
        if bands == (0, 1, 2) and lengths_ok and gaps_ok:
            found.append((round(a.start_s, 3), round(c.end_s, 3)))
            i += 3
        else:
            i += 1
    return found


def detect_sit(pcm: np.ndarray, rate: int) -> list[tuple[float, float]]:
    """Special information tones in a buffer of int16 samples: (start_s, end_s) of each."""
    return find_sit(analyse(pcm, rate)[1])


def is_beep(seg: ToneSegment) -> bool:
    """A voicemail beep: one steady tone of beep length (not a SIT or fax answer tone)."""
    if not (BEEP_HZ[0] <= seg.freq_hz <= BEEP_HZ[1] and BEEP_DUR_S[0] <= seg.dur_s <= BEEP_DUR_S[1]):
        return False
    if seg.freq_hz < BEEP_LOW_HZ and seg.dur_s < BEEP_LOW_DUR_S:
        return False
    return not (CED_HZ[0] <= seg.freq_hz <= CED_HZ[1] and seg.dur_s >= CED_MIN_S)


def is_ced(seg: ToneSegment) -> bool:
    return CED_HZ[0] <= seg.freq_hz <= CED_HZ[1] and seg.dur_s >= CED_MIN_S


def is_cng(seg: ToneSegment) -> bool:
    return CNG_HZ[0] <= seg.freq_hz <= CNG_HZ[1] and CNG_DUR_S[0] <= seg.dur_s <= CNG_DUR_S[1]


def detect_beeps(pcm: np.ndarray, rate: int) -> list[tuple[float, float, float]]:
    """(start_s, end_s, freq_hz) of every beep-like tone in a buffer."""
    sit = find_sit(segs := analyse(pcm, rate)[1])
    return [
        (s.start_s, s.end_s, s.freq_hz)
        for s in segs
        if is_beep(s) and not any(a - 0.05 <= s.start_s <= b for a, b in sit)
    ]


def detect_fax(pcm: np.ndarray, rate: int) -> str | None:
    """``"ced"`` (answering fax, 2100 Hz), ``"cng"`` (calling fax, 1100 Hz bursts) or None."""
    segs = analyse(pcm, rate)[1]
    if any(is_ced(s) for s in segs):
        return "ced"
    if any(is_cng(s) for s in segs):
        return "cng"
    return None
