"""What the caller hears between a 183 and the final response: ringback, an announcement,
special information tones, music or silence."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np

from robot.media.linesense.detector import LineSense
from robot.media.linesense.frames import HOP_S, analyse
from robot.media.linesense.tones import RINGBACK_HZ, find_sit

EarlyKind = Literal["ringback", "announcement", "sit", "music", "silence"]

RINGBACK_SHARE = 0.7  # of the sounding frames, the share with their energy at 380-520 Hz
RINGBACK_MIN_ON_S = 0.6
LOUD_DB = -35.0  # a frame this loud is sound whatever the floor


def classify_early_media(pcm: np.ndarray, rate: int, texts: Sequence[str] = ()) -> EarlyKind:
    """Classify early media (int16 samples; ``texts`` are its recognised utterances, if any)."""
    frames, segments = analyse(pcm, rate)
    if find_sit(segments):
        return "sit"
    levels = np.array([f.level_db for f in frames]) if frames else np.zeros(0)
    if levels.size == 0:
        return "silence"
    floor = float(np.percentile(levels, 5))
    # above the floor, or loud on its own (a steady tone from the first frame is its own floor)
    sounding = (levels >= max(floor + 9.0, -52.0)) | (levels >= LOUD_DB)
    ring = np.array([f.low_share >= 0.8 and RINGBACK_HZ[0] <= f.peak_hz <= RINGBACK_HZ[1] for f in frames])
    on = ring & sounding
    longest = run = 0
    for v in on:
        run = run + 1 if v else 0
        longest = max(longest, run)
    if sounding.any() and on.sum() >= RINGBACK_SHARE * sounding.sum() and longest * HOP_S >= RINGBACK_MIN_ON_S:
        return "ringback"
    if any(t.strip() for t in texts):
        return "announcement"
    sense = LineSense("en", rate)
    sense.feed(pcm, 0.0)
    kind = sense.final().answered_by
    if kind == "music":
        return "music"
    if kind == "silence" or sense.speech_s < 0.3:
        return "silence"
    return "announcement"
