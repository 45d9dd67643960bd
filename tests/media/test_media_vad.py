"""Endpointing: speech start and end of utterance against known silence gaps."""

from __future__ import annotations

import numpy as np

from robot.media.asr.vad import Endpointer, VadConfig
from tests.media.media_helpers import RATE, say, silence, speech_bounds


def _burst(seconds: float, level: float, rng: np.random.Generator) -> np.ndarray:
    """Speech-like noise: band-limited noise with a 4 Hz syllable envelope."""
    n = round(seconds * RATE)
    t = np.arange(n) / RATE
    noise = np.convolve(rng.standard_normal(n), np.ones(4) / 4, mode="same")
    envelope = 0.55 + 0.45 * np.sin(2 * np.pi * 4 * t) ** 2
    return (level * noise * envelope).astype(np.float64)


def _boundaries(x: np.ndarray, **config) -> list[tuple[str, float]]:
    ep = Endpointer(RATE, VadConfig(**config))
    out = []
    for off in range(0, len(x) - ep.frame_len + 1, ep.frame_len):
        out += [(b.kind, b.t_s) for b in ep.process(x[off : off + ep.frame_len].astype(np.int16))]
    return out + [(b.kind, b.t_s) for b in ep.flush()]


def test_synthetic_bursts_with_background_noise() -> None:
    rng = np.random.default_rng(7)
    # truth: speech 1.0-2.5, 3.5-3.9 (short), 5.0-6.2 with a 0.3 s pause inside (one utterance)
    x = np.concatenate(
        [
            np.zeros(RATE),
            _burst(1.5, 3000, rng),
            np.zeros(RATE),
            _burst(0.4, 3000, rng),
            np.zeros(round(1.1 * RATE)),
            _burst(0.5, 3000, rng),
            np.zeros(round(0.3 * RATE)),
            _burst(0.4, 3000, rng),
            np.zeros(2 * RATE),
        ]
    )
    x += 10 * rng.standard_normal(len(x))  # line noise around -70 dBFS
    got = _boundaries(np.clip(x, -32768, 32767))
    truth = [("start", 1.0), ("end", 2.5), ("start", 3.5), ("end", 3.9), ("start", 5.0), ("end", 6.2)]
    assert [k for k, _ in got] == [k for k, _ in truth]
    for (_, t), (_, want) in zip(got, truth, strict=True):
        assert abs(t - want) <= 0.06, (got, truth)


def test_configurable_end_of_utterance() -> None:
    rng = np.random.default_rng(1)
    x = np.concatenate([_burst(0.5, 3000, rng), np.zeros(round(0.4 * RATE)), _burst(0.5, 3000, rng), np.zeros(RATE)])
    assert len(_boundaries(x, end_of_utterance_s=0.6)) == 2  # 0.4 s pause: one utterance
    assert len(_boundaries(x, end_of_utterance_s=0.3)) == 4  # two utterances


def test_tts_speech_bounds_within_tolerance() -> None:
    a, b = say("Good morning, how can I help you?"), say("We deliver on Monday.")
    x = np.concatenate([silence(0.7), a, silence(1.2), b, silence(1.0)])
    (s1, e1), (s2, e2) = speech_bounds(a), speech_bounds(b)
    truth = [0.7 + s1, 0.7 + e1, 0.7 + len(a) / RATE + 1.2 + s2, 0.7 + len(a) / RATE + 1.2 + e2]
    got = [t for _, t in _boundaries(x)]
    assert len(got) == 4
    assert max(abs(g - t) for g, t in zip(got, truth, strict=True)) <= 0.3, (got, truth)


def test_clicks_are_not_speech_and_flush_closes() -> None:
    x = np.concatenate([np.zeros(RATE), np.full(80, 20000), np.zeros(RATE)])  # 10 ms click
    assert _boundaries(x.astype(np.int16)) == []
    rng = np.random.default_rng(3)
    open_speech = np.concatenate([np.zeros(RATE // 2), _burst(1.0, 3000, rng)])
    assert [k for k, _ in _boundaries(open_speech)] == ["start", "end"]
