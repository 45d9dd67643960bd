"""Synthetic line signals for the linesense unit tests (numpy only, seeded)."""

from __future__ import annotations

import numpy as np

RATE = 8000


def tone(freqs: list[float], dur: float, level_db: float = -12.0) -> np.ndarray:
    t = np.arange(round(dur * RATE)) / RATE
    x = sum(np.sin(2 * np.pi * f * t) for f in freqs) / len(freqs)
    return np.asarray(x) * 10 ** (level_db / 20)


def silence(dur: float) -> np.ndarray:
    return np.zeros(round(dur * RATE))


def babble(dur: float, seed: int = 1, level_db: float = -18.0) -> np.ndarray:
    """Speech-like sound: a moving-pitch harmonic voice with a syllable rhythm (~4 Hz)."""
    rng = np.random.default_rng(seed)
    n = round(dur * RATE)
    t = np.arange(n) / RATE
    f0 = 120 + 30 * np.sin(2 * np.pi * 0.7 * t) + 15 * np.sin(2 * np.pi * 3.1 * t)
    phase = 2 * np.pi * np.cumsum(f0) / RATE
    voice = sum(np.sin(k * phase) / k for k in range(1, 25))
    envelope = np.clip(np.sin(2 * np.pi * 4.0 * t + rng.uniform(0, 6)), 0, None) ** 0.5
    x = np.asarray(voice) * envelope + 0.05 * rng.normal(size=n) * envelope
    x /= np.sqrt(np.mean(x**2)) + 1e-12
    return x * 10 ** (level_db / 20)


def noise(dur: float, level_db: float, seed: int = 7) -> np.ndarray:
    return np.random.default_rng(seed).normal(0.0, 10 ** (level_db / 20), round(dur * RATE))


def ulaw_round_trip(x: np.ndarray) -> np.ndarray:
    """G.711 mu-law: compand, quantise to 8 bits, expand."""
    mu = 255.0
    x = np.clip(x, -1.0, 1.0)
    y = np.sign(x) * np.log1p(mu * np.abs(x)) / np.log1p(mu)
    q = np.round(y * 127) / 127
    return np.sign(q) * ((1 + mu) ** np.abs(q) - 1) / mu


def pcm(x: np.ndarray) -> np.ndarray:
    return np.clip(np.round(x * 32768), -32768, 32767).astype(np.int16)


def line(*parts: np.ndarray, noise_db: float | None = -50.0, ulaw: bool = True) -> np.ndarray:
    """Parts end to end, plus line noise and a mu-law round trip, as int16."""
    x = np.concatenate(parts)
    if noise_db is not None:
        x = x + noise(len(x) / RATE, noise_db)
    if ulaw:
        x = ulaw_round_trip(x)
    return pcm(x)
