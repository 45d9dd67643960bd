"""``mysterycall transcribe`` on the stereo recording of a real call (issue 11): a call over loopback
to the simulated phone with its scripted operator, then the recording transcribed offline.

The robot's prompt must come out of the left channel and the operator's lines out of the right
one, at the times the live call put them in its transcript (the fallback recogniser gets few of
the words right, so the words are checked loosely and the timing and the channels exactly).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import wave
from pathlib import Path
from typing import Any

import pytest

from tests.phone_process import PhoneProcess

pytestmark = pytest.mark.calls

REPO = Path(__file__).resolve().parents[2]
CONFIG = """\
limits: {max_ring_s: 5, max_call_s: 30, media_timeout_s: 5}
recordings_dir: recordings
results_dir: results
"""
SCENARIO = """\
name: Order question
language: en
steps:
  - listen: {max_s: 8, min_s: 1}
  - say: "Hello, how can I order floor tiles?"
  - wait: 1.5
  - hangup
"""


def cli(cwd: Path, *args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "MYSTERYCALL_MODELS_AUTO": "0"}
    return subprocess.run([sys.executable, "-m", "robot.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)  # fmt: skip


def first(turns: list[dict[str, Any]], speaker: str) -> dict[str, Any]:
    return next(t for t in turns if t["speaker"] == speaker)


def test_transcribe_a_real_call_s_stereo_recording(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "order.yaml").write_text(SCENARIO, encoding="utf-8")
    phone = PhoneProcess(REPO / "scenarios" / "operators" / "good-en.yaml")
    try:
        done = cli(tmp_path, "call", phone.uri("ring0.5"), "--scenario", "order.yaml", "--config", "config.yaml",
                   "--json")  # fmt: skip
    finally:
        phone.stop()
    assert done.returncode == 0, done.stderr
    call = json.loads(done.stdout)
    assert call["outcome"] == "answered", call["outcome"]
    recording = Path(call["recording"])
    if not recording.is_absolute():
        recording = tmp_path / recording
    with wave.open(str(recording)) as wav:
        assert (wav.getnchannels(), wav.getframerate(), wav.getsampwidth()) == (2, 8000, 2)

    started = time.monotonic()
    done = cli(tmp_path, "transcribe", str(recording), "--json", timeout=120)
    print(f"call {call['timings']['total_s']:.1f} s; transcribe {time.monotonic() - started:.1f} s")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and len(done.stdout.splitlines()) == 1
    offline = json.loads(done.stdout)
    assert offline["asr"]["engine"] == call["asr"]["engine"] == "pocketsphinx"
    turns = offline["turns"]
    assert {t["speaker"] for t in turns} == {"robot", "callee"}, turns

    # channels and times: the live transcript's first callee line (the greeting) and the robot's prompt
    live = call["transcript"]
    greeting, prompt = first(live, "callee"), first(live, "robot")
    heard, said = first(turns, "callee"), first(turns, "robot")
    offset = heard["start_s"] - greeting["start_s"]  # the recording starts with the media, near the answer
    assert abs(offset) < 1.0, (heard, greeting)
    assert abs(said["start_s"] - offset - prompt["start_s"]) < 0.5, (said, prompt, offset)
    assert heard["start_s"] < said["start_s"]  # the operator greets first, then the robot asks
    words = set(" ".join(t["text"] for t in turns if t["speaker"] == "robot").split())
    assert words & {"hello", "how", "can", "i", "order", "floor", "tiles"}, turns
