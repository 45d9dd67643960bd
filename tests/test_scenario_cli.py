"""Bad scenario input on the CLI: a clear message and exit code 2, never a traceback,
and nothing is dialed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.phone_process import REPO

pytestmark = pytest.mark.calls  # real SIP calls or the CLI in a process

TARGET = "sip:answer@127.0.0.1:9"

BAD = {
    "unknown step": ("name: x\nlanguage: en\nsteps:\n  - sya: hello\n", "unknown step 'sya'"),
    "missing wav": ("name: x\nlanguage: en\nsteps:\n  - play: nowhere.wav\n", "nowhere.wav"),
    "unsupported language": ("name: x\nlanguage: de\nsteps:\n  - hangup\n", "language"),
    "loops forever": ("name: x\nlanguage: en\nsteps:\n  - id: a\n    goto: b\n  - id: b\n    goto: a\n", "loop"),
    "undefined variable": ("name: x\nlanguage: en\nsteps:\n  - say: 'hi {persona.age}'\n", "persona.age"),
}


def cli(workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "robot.cli", *args], cwd=workdir, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_scenario_exits_2_with_the_position(tmp_path, case):
    text, expected = BAD[case]
    scenario = tmp_path / "bad.yaml"
    scenario.write_text(text)
    run = cli(tmp_path, "call", TARGET, "--scenario", str(scenario), "--json")
    assert run.returncode == 2, run.stderr
    assert run.stdout == ""
    assert "Traceback" not in run.stderr
    assert expected in run.stderr
    assert f"{scenario}:" in run.stderr  # PATH:LINE:COL
    validate = cli(tmp_path, "validate", str(scenario))
    assert validate.returncode == 1 and expected in validate.stdout


def test_missing_vosk_model_names_the_download_command(tmp_path):
    (tmp_path / "config.yaml").write_text("asr: {engine: vosk}\n")
    run = cli(tmp_path, "call", TARGET, "--scenario", str(REPO / "scenarios" / "line-check.yaml"))
    assert run.returncode == 2
    assert "mysterycall models download" in run.stderr and "Traceback" not in run.stderr


def test_broken_model_path_is_a_clear_error(tmp_path):
    broken = tmp_path / "model"
    broken.mkdir()
    (tmp_path / "config.yaml").write_text(f"asr: {{model: {broken}}}\n")
    run = cli(tmp_path, "call", TARGET, "--scenario", str(REPO / "scenarios" / "line-check.yaml"))
    assert run.returncode == 2 and str(broken) in run.stderr and "Traceback" not in run.stderr


def test_transcribe_rejects_an_unsupported_language(tmp_path):
    run = cli(tmp_path, "transcribe", str(tmp_path / "x.wav"), "--lang", "de")
    assert run.returncode == 2 and "unsupported language" in run.stderr


def test_every_sample_validates_and_the_schema_is_printed(tmp_path):
    samples = sorted(str(p) for p in (REPO / "scenarios").glob("*.yaml"))
    run = cli(tmp_path, "validate", *samples)
    assert run.returncode == 0, run.stdout
    schema = cli(tmp_path, "schema")
    assert schema.returncode == 0 and '"steps"' in schema.stdout


def test_model_option_selects_a_model_and_a_missing_one_is_a_clear_error(tmp_path):
    run = cli(
        tmp_path,
        "call",
        TARGET,
        "--scenario",
        str(REPO / "scenarios" / "line-check.yaml"),
        "--model",
        "vosk-model-small-en-us-0.15",
    )
    assert run.returncode == 2
    assert "mysterycall models download vosk-model-small-en-us-0.15" in run.stderr


def test_score_rescores_a_transcript_without_redialing(tmp_path):
    import json

    transcript = tmp_path / "t.json"
    transcript.write_text(
        json.dumps(
            {
                "turns": [
                    {
                        "speaker": "callee",
                        "start_s": 0.5,
                        "end_s": 3.0,
                        "text": "good afternoon acme tiles kate speaking",
                    },
                    {
                        "speaker": "robot",
                        "start_s": 3.5,
                        "end_s": 6.0,
                        "text": "how can i order tiles",
                        "step": "ask_product",
                    },
                    {"speaker": "callee", "start_s": 6.5, "end_s": 9.0, "text": "where did you hear about us"},
                ],
                "outcome": "answered",
                "timings": {"answer_s": 4.0, "ring_to_answer_s": 3.9},
            }
        )
    )
    run = cli(tmp_path, "score", str(transcript), "--scenario", str(REPO / "scenarios" / "sales-en.yaml"), "--json")
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert set(report) == {"checks", "score"}
    source = next(c for c in report["checks"] if c["id"] == "asked_source")
    assert source["passed"] is True and source["evidence"]["text"] == "where did you hear about us"
    assert set(report["score"]) >= {"points", "max_points", "percent", "passed"}
    transcript.write_text('{"turns": [{"speaker": "nobody"}]}')
    bad = cli(tmp_path, "score", str(transcript), "--scenario", str(REPO / "scenarios" / "sales-en.yaml"))
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
