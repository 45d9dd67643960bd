"""Offline transcription of a stored call recording, per channel.

Stereo recordings hold the robot on the LEFT channel and the callee on the RIGHT; a mono
recording is the callee alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import soxr

from robot.media.asr.base import AsrInfo, Utterance
from robot.media.asr.engine import open_transcriber, select_engine
from robot.media.tts import read_wav

CHUNK_S = 0.02


def transcribe_recording(
    path: str | Path,
    language: str,
    engine: str = "auto",
    model: str | None = None,
    *,
    end_of_utterance_s: float = 0.6,
    cache_dir: Path | None = None,
) -> tuple[list[dict[str, Any]], AsrInfo]:
    """Turns of the recording (see :func:`transcribe_wav`) and the engine info."""
    pcm, rate = read_wav(path)
    choice = select_engine(language, engine, model, cache_dir)
    speakers = ["robot", "callee"] if pcm.shape[1] >= 2 else ["callee"]
    work_rate = rate if 8000 <= rate <= 16000 else 16000
    streams = []
    for channel, speaker in enumerate(speakers):
        x = pcm[:, channel]
        if rate != work_rate and x.size:
            x = soxr.resample(x, rate, work_rate, quality="HQ")
        data = np.clip(np.rint(x), -32768, 32767).astype("<i2").tobytes()
        t = open_transcriber(language, work_rate, choice=choice, end_of_utterance_s=end_of_utterance_s)
        step = round(work_rate * CHUNK_S) * 2
        for off in range(0, len(data), step):  # streams run in parallel: each has its own thread
            t.feed(data[off : off + step])
        streams.append((speaker, t))
    turns: list[dict[str, Any]] = []
    for speaker, t in streams:
        utterances: list[Utterance] = t.close(timeout=600.0)
        turns.extend(u.as_turn(speaker) for u in utterances if u.text)
    turns.sort(key=lambda turn: (turn["start_s"], turn["speaker"]))
    return turns, choice.info


def transcribe_wav(
    path: str | Path, language: str, engine: str = "auto", model: str | None = None
) -> list[dict[str, Any]]:
    """Turns ``{"speaker", "start_s", "end_s", "text", "words"}`` of a recording, sorted by start."""
    return transcribe_recording(path, language, engine, model)[0]
