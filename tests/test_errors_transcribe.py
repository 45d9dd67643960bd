"""``mysterycall transcribe`` on a real stereo recording, with and without ``--json`` (it used to
crash: "tuple indices must be integers", "Object of type AsrInfo is not JSON serializable")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from robot.media.tts import wav_bytes
from tests.media.media_helpers import RATE, say

pytestmark = pytest.mark.calls  # the CLI in a process

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh per-user cache: no Vosk model, so ``auto`` falls back to PocketSphinx."""
    return tmp_path_factory.mktemp("xdg-cache")


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory, cache: Path) -> Path:
    """Robot on the left at 0.5 s, the callee on the right 1 s after the robot finished."""
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(cache)
    try:
        robot, callee = say("Where did you hear about our company?"), say("We can deliver your order on Monday.")
    finally:
        if old is None:
            del os.environ["XDG_CACHE_HOME"]
        else:
            os.environ["XDG_CACHE_HOME"] = old
    n = round(9.0 * RATE)
    left, right = np.zeros(n, np.int16), np.zeros(n, np.int16)
    left[RATE // 2 : RATE // 2 + len(robot)] = robot
    at = RATE // 2 + len(robot) + RATE
    right[at : at + len(callee)] = callee
    path = tmp_path_factory.mktemp("rec") / "call.wav"
    path.write_bytes(wav_bytes(np.stack([left, right], axis=1), RATE))
    return path


def transcribe(recording: Path, cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "robot.cli", "transcribe", str(recording), *args]
    return subprocess.run(command, cwd=recording.parent, env=env, capture_output=True, text=True, timeout=120)


def test_transcribe_json_is_one_object_with_turns_and_asr(recording, cache):
    done = transcribe(recording, cache, "--json")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1, done.stdout
    result = json.loads(lines[0])
    assert set(result) == {"turns", "asr"}
    assert [t["speaker"] for t in result["turns"]] == ["robot", "callee"]
    assert "hear about" in result["turns"][0]["text"] and "order" in result["turns"][1]["text"]
    assert abs(result["turns"][0]["start_s"] - 0.5) < 0.3
    asr = result["asr"]
    assert set(asr) == {"engine", "model", "language", "fallback", "warning"}
    assert (asr["engine"], asr["language"], asr["fallback"]) == ("pocketsphinx", "en", True)
    assert "mysterycall models download" in asr["warning"]


def test_transcribe_prints_one_line_per_turn_and_the_fallback_note(recording, cache):
    done = transcribe(recording, cache)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 2, done.stdout
    assert lines[0].startswith("[   0.") and " robot: " in lines[0] and "hear about" in lines[0]
    assert " callee: " in lines[1] and "order" in lines[1]
    assert "note: no Vosk model for 'en' installed" in done.stderr


def test_transcribe_with_an_explicit_engine_has_no_note(recording, cache):
    done = transcribe(recording, cache, "--engine", "pocketsphinx", "--json")
    assert done.returncode == 0, done.stderr
    asr = json.loads(done.stdout)["asr"]
    assert (asr["engine"], asr["fallback"], asr["warning"]) == ("pocketsphinx", False, None)


def test_transcribe_missing_vosk_model_is_bad_input(recording, cache):
    done = transcribe(recording, cache, "--engine", "vosk", "--lang", "ru")
    assert done.returncode == 2
    assert done.stdout == "" and "Traceback" not in done.stderr
    assert "mysterycall models download" in done.stderr
