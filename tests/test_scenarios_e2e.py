"""End to end over loopback: the robot runs every sample scenario against the simulated
operator (TTS speech, live transcription, DTMF, branches, scoring)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scenario_calls import ScenarioCall, latencies, run_many

pytestmark = [pytest.mark.slow, pytest.mark.calls]

RUNS = [
    ("sales-en.yaml", "good-en.yaml", "ring1"),
    ("sales-en.yaml", "bad-en.yaml", "answer"),
    ("ivr-en.yaml", "ivr-en.yaml", "answer"),
    ("line-check.yaml", "good-en.yaml", "ring2"),
    ("survey-en.yaml", "survey-en.yaml", "answer"),
    ("sales-ru.yaml", "good-ru.yaml", "answer"),
    ("survey-ru.yaml", "survey-ru.yaml", "answer"),
]


@pytest.fixture(scope="module")
def calls(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ScenarioCall]:
    return run_many(RUNS, Path(tmp_path_factory.mktemp("scenarios")), parallel=2)


def robot_lines(call: ScenarioCall) -> list[str]:
    return [t["text"] for t in call.result["transcript"] if t["speaker"] == "robot"]


def callee_text(call: ScenarioCall) -> str:
    return " ".join(t["text"] for t in call.result["transcript"] if t["speaker"] == "callee")


@pytest.mark.parametrize("key", [f"{s}:{o}" for s, o, _ in RUNS])
def test_every_sample_runs_against_the_simulated_operator(calls, key):
    call = calls[key]
    assert call.returncode == 0, call.stderr[-2000:]
    result = call.result
    assert result["outcome"] in ("answered", "dropped"), result["outcome"]
    assert result["scenario"].endswith(key.split(":")[0])
    assert result["asr"]["engine"] in ("vosk", "pocketsphinx")
    assert any(t["speaker"] == "callee" for t in result["transcript"]), "the operator was transcribed"
    assert result["score"] is not None and result["checks"]
    assert result["recording"]
    assert result["time_base"] == "invite"  # turns count from the INVITE, like the recording
    for turn in result["transcript"]:
        assert 0 <= turn["start_s"] <= turn["end_s"] <= result["timings"]["total_s"] + 0.5


def test_sales_call_speaks_every_prompt_and_hears_the_answer(calls):
    call = calls["sales-en.yaml:good-en.yaml"]
    assert call.result["outcome"] == "answered" and call.result["hangup_by"] in ("robot", "callee")
    lines = robot_lines(call)
    assert lines[0].startswith("Hello, my name is Alex. How can I order twenty boxes")
    assert any("Manchester" in line for line in lines)
    # the operator's key words ("You can order right now by phone ... offer by email"), recognised live
    text = callee_text(call)
    assert any(word in text.split() for word in ("order", "right", "phone", "offer", "email")), text
    steps = {t.get("step") for t in call.result["transcript"] if t["speaker"] == "robot"}
    assert {"ask_product", "ask_delivery", "goodbye"} <= steps
    # the simulated operator transcribed the robot's questions
    assert call.phone.get("heard"), "the operator heard nothing"


def test_robot_answers_within_a_second_of_the_callee_finishing(calls):
    values = []
    for key in ("sales-en.yaml:good-en.yaml", "survey-en.yaml:survey-en.yaml", "sales-ru.yaml:good-ru.yaml"):
        values += latencies(calls[key].result)
    assert values, "no robot prompt followed a callee utterance"
    assert max(values) <= 1.0, values


def test_bad_operator_hangs_up_and_scores_below_the_good_one(calls):
    good, bad = calls["sales-en.yaml:good-en.yaml"], calls["sales-en.yaml:bad-en.yaml"]
    assert bad.result["score"]["percent"] < good.result["score"]["percent"]
    named = {c["id"]: c for c in bad.result["checks"]}
    assert named["answered_quickly"]["passed"] is True  # rang 4 s only


def test_ivr_presses_the_sales_digit_and_reaches_a_human(calls):
    call = calls["ivr-en.yaml:ivr-en.yaml"]
    assert call.phone["dtmf"] == "1", "the RFC 4733 digit reached the phone"
    sent = [e["detail"]["digits"] for e in call.result["events"] if e["event"] == "dtmf_sent"]
    assert sent == ["1"]
    steps = [e["detail"].get("id") for e in call.result["events"] if e["event"] == "scenario_step"]
    assert "press_sales" in steps and "on_hold" in steps and "human" in steps
    hold = next(e["detail"] for e in call.result["events"] if e["event"] == "scenario_hold_end")
    assert hold["human"] is True
    assert "hold_s" in call.result["metrics"]


def test_line_check_listens_to_the_greeting_and_hangs_up(calls):
    call = calls["line-check.yaml:good-en.yaml"]
    result = call.result
    assert (result["outcome"], result["hangup_by"]) == ("answered", "robot")
    assert abs(result["timings"]["ring_to_answer_s"] - 2.0) <= 0.05
    assert robot_lines(call) == []
    assert result["score"]["passed"] is True


def test_russian_scenarios_speak_russian(calls):
    for key in ("sales-ru.yaml:good-ru.yaml", "survey-ru.yaml:survey-ru.yaml"):
        call = calls[key]
        lines = robot_lines(call)
        assert lines and all(any("а" <= ch <= "я" for ch in line.lower()) for line in lines)
        assert call.result["asr"]["language"] == "ru"
        if call.result["asr"]["engine"] == "pocketsphinx":
            assert call.result["asr"]["warning"], "the English-only fallback is said in the result"
