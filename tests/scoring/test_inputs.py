"""Re-scoring inputs: call result JSON or transcript JSON, with clear errors."""

from __future__ import annotations

import json

import pytest

from robot.errors import InputError
from scoring.inputs import load_scoring_input


def test_transcript_json(tmp_path):
    path = tmp_path / "t.json"
    doc = {"turns": [{"speaker": "callee", "start_s": 0.5, "end_s": 1, "text": "hi"}], "labels": {}}
    path.write_text(json.dumps(doc))
    call = load_scoring_input(path)
    assert call.turns[0].text == "hi" and call.outcome is None


def test_call_result_json(tmp_path):
    path = tmp_path / "r.json"
    doc = {
        "call_id": "c1",
        "target": "+74951234567",
        "started_at": "2024-05-01T10:00:00+03:00",
        "outcome": "answered",
        "timings": {"answer_s": 7.5, "total_s": 30},
        "transcript": [{"speaker": "robot", "start_s": 0, "end_s": 1, "text": "алло", "step": "greet"}],
        "metrics": {"hold_s": 3},
    }
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    call = load_scoring_input(path)
    assert call.outcome == "answered" and call.timings.answer_s == 7.5
    assert call.turns[0].step == "greet" and call.metrics["hold_s"] == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"turns": [', "invalid JSON"),
        ('{"turns": [{"speaker": "agent", "start_s": 0, "end_s": 1, "text": "x"}]}', "turns.0.speaker"),
        ('{"turns": [], "outcome": "maybe"}', "outcome"),
        ('{"call_id": "x"}', "target"),
        ('{"hello": 1}', "neither a call result"),
        ("[1, 2]", "expected a JSON object"),
    ],
)
def test_bad_input_names_the_file(tmp_path, text, message):
    path = tmp_path / "bad.json"
    path.write_text(text)
    with pytest.raises(InputError) as exc:
        load_scoring_input(path)
    assert str(path) in str(exc.value)
    assert message in str(exc.value)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        load_scoring_input(tmp_path / "none.json")
