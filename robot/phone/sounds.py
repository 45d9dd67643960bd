"""Line sounds the simulated phone plays (pure numpy, 16-bit mono at the bridge's rate).

Special information tones follow ITU-T E.180 / Q.35 (three rising tones of about 913.8,
1370.6 and 1776.7 Hz); the voicemail beep is a steady 1 kHz tone; music on hold is a
plain chord progression with a melody over it (harmonic, no speech rhythm).
"""

from __future__ import annotations

import numpy as np

RATE = 8000
SIT_HZ = (913.8, 1370.6, 1776.7)
SIT_MS = (380, 274, 380)  # "vacant code" durations
LEVEL = 0.3  # of full scale: about -13 dBFS per tone, like a real line


def silence(seconds: float, rate: int = RATE) -> np.ndarray:
    return np.zeros(int(seconds * rate), dtype=np.int16)


def tone(freqs: tuple[float, ...], seconds: float, level: float = LEVEL, rate: int = RATE) -> np.ndarray:
    """A sum of sines with 5 ms ramps (no clicks), scaled to ``level`` of full scale."""
    t = np.arange(int(seconds * rate)) / rate
    wave = sum(np.sin(2 * np.pi * f * t) for f in freqs) / max(1, len(freqs))
    ramp = min(len(t) // 2, int(0.005 * rate))
    if ramp:
        envelope = np.ones(len(t))
        envelope[:ramp] = np.linspace(0, 1, ramp)
        envelope[-ramp:] = np.linspace(1, 0, ramp)
        wave = wave * envelope
    return (np.asarray(wave) * level * 32767).astype(np.int16)


def sit(rate: int = RATE) -> np.ndarray:
    """The three special information tones, then 0.3 s of silence before the announcement."""
    parts = [tone((f,), ms / 1000, rate=rate) for f, ms in zip(SIT_HZ, SIT_MS, strict=True)]
    return np.concatenate([*parts, silence(0.3, rate)])


def beep(seconds: float = 0.6, rate: int = RATE) -> np.ndarray:
    """The voicemail "record after the tone" beep."""
    return tone((1000.0,), seconds, level=0.4, rate=rate)


_CHORDS = ((261.6, 329.6, 392.0), (220.0, 261.6, 329.6), (174.6, 220.0, 261.6), (196.0, 246.9, 293.7))
_MELODY = (523.3, 587.3, 659.3, 784.0, 659.3, 587.3, 523.3, 493.9)


def music(seconds: float, rate: int = RATE) -> np.ndarray:
    """Music on hold: a chord every second and a melody note every half second."""
    out = np.zeros(int(seconds * rate), dtype=np.float64)
    beat = rate // 2
    for i, start in enumerate(range(0, len(out), beat)):
        n = min(beat, len(out) - start)
        t = np.arange(n) / rate
        decay = np.exp(-2.5 * t)
        chord = _CHORDS[(i // 2) % len(_CHORDS)]
        note = _MELODY[i % len(_MELODY)]
        out[start : start + n] += decay * (sum(np.sin(2 * np.pi * f * t) for f in chord) / 3 * 0.5)
        out[start : start + n] += decay * np.sin(2 * np.pi * note * t) * 0.4
    return (np.clip(out, -1, 1) * LEVEL * 32767).astype(np.int16)
