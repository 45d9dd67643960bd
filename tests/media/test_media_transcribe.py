"""Offline transcription of stored recordings, per channel (robot LEFT, callee RIGHT)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from robot.errors import InputError
from robot.media.asr.transcribe import transcribe_recording, transcribe_wav
from robot.media.tts import wav_bytes
from tests.media.media_helpers import RATE, say, silence


def test_stereo_recording_separates_speakers(tmp_path: Path) -> None:
    robot = say("Where did you hear about our company?")
    callee = say("We can deliver your order on Monday.")
    n = round(9.0 * RATE)
    left, right = np.zeros(n, np.int16), np.zeros(n, np.int16)
    left[RATE // 2 : RATE // 2 + len(robot)] = robot  # robot speaks at 0.5 s
    at = RATE // 2 + len(robot) + RATE  # callee answers 1 s after the robot finished
    right[at : at + len(callee)] = callee
    path = tmp_path / "call.wav"
    path.write_bytes(wav_bytes(np.stack([left, right], axis=1), RATE))

    turns, info = transcribe_recording(path, "en", engine="pocketsphinx")
    assert info.engine == "pocketsphinx"
    assert [t["speaker"] for t in turns] == ["robot", "callee"]
    assert turns == sorted(turns, key=lambda t: t["start_s"])
    assert abs(turns[0]["start_s"] - 0.5) < 0.3 and abs(turns[1]["start_s"] - at / RATE) < 0.3
    assert "hear about" in turns[0]["text"] and "order" in turns[1]["text"]
    assert set(turns[1]) == {"speaker", "start_s", "end_s", "text", "words"}
    assert all({"word", "start_s", "end_s", "conf"} == set(w) for w in turns[1]["words"])


def test_mono_recording_is_the_callee(tmp_path: Path) -> None:
    x = np.concatenate([silence(0.4), say("How can I order your product?"), silence(1.0)])
    path = tmp_path / "mono.wav"
    path.write_bytes(wav_bytes(x, RATE))
    turns = transcribe_wav(path, "en", engine="pocketsphinx")
    assert [t["speaker"] for t in turns] == ["callee"]
    assert "order" in turns[0]["text"]


def test_missing_recording(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nothing.wav: WAV file not found"):
        transcribe_wav(tmp_path / "nothing.wav", "en")
