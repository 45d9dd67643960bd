"""``mysterycall review`` and ``mysterycall explain``: the review queue from the store, per-check explanations."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from scoring_testkit import callee, make_call, make_check

from robot.call.result import CallResult
from robot.campaigns.store import Store
from robot.cli.app import app
from robot.cli.problems import run
from scoring.engine import score_call

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = ROOT / "scenarios" / "sales-en.yaml"


def stored(db: Path, client: str, text: str, conf: float) -> None:
    words = [{"word": w, "start_s": 2.0, "end_s": 2.3, "conf": conf} for w in text.split()]
    turns = [callee(text, 2.0, 4.5, words=words)]
    report = score_call([make_check(id="src", phrase=["where did you hear about us"], weight=3)], make_call(*turns))
    data = report.as_dict()
    started = datetime.now(UTC).isoformat()
    result = CallResult(call_id=f"c-{client}", target="+441234", started_at=started, outcome="answered",
                        transcript=turns, checks=data["checks"], score=data["score"])  # fmt: skip
    with Store(db) as store:
        store.add_result(result, client=client)


def test_review_lists_flagged_calls_with_evidence_times(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "results.db"
    stored(db, "acme", "where did you hear about us", 0.2)
    stored(db, "acme", "where did you hear about us", 0.95)
    stored(db, "other", "where did you hear about us", 0.1)
    assert run(app, ["review", "--client", "acme", "--db", str(db), "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) == 1
    assert items[0]["checks"][0]["id"] == "src"
    assert items[0]["checks"][0]["start_s"] == 2.0 and items[0]["checks"][0]["end_s"] == 4.5
    assert items[0]["checks"][0]["evidence"] == "where did you hear about us"
    assert run(app, ["review", "--db", str(db)]) == 0
    text = capsys.readouterr().out
    assert "2 of 3 calls to listen to" in text and "[2.0-4.5s]" in text


def test_review_and_explain_on_missing_files_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(app, ["review", "--db", str(tmp_path / "none.db")]) == 2
    assert "no results database" in capsys.readouterr().err
    assert run(app, ["explain", str(tmp_path / "none.json"), "--scenario", str(SCENARIO)]) == 2
    assert "not found" in capsys.readouterr().err
    transcript = tmp_path / "t.json"
    transcript.write_text(json.dumps({"turns": [callee("hello")]}), encoding="utf-8")
    assert run(app, ["explain", str(transcript), "--scenario", str(tmp_path / "none.yaml")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_explain_shows_words_lemmas_synonyms_and_decisions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    transcript = tmp_path / "t.json"
    turns = [callee("good morning sunrise windows"), callee("and where did you find out about us", 5.0)]
    transcript.write_text(json.dumps({"turns": turns}), encoding="utf-8")
    assert run(app, ["explain", str(transcript), "--scenario", str(SCENARIO), "--check", "asked_source", "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["passed"] is True and entry["intent"] == "asked_source" and entry["confidence"] > 0.6
    accepted = [c for c in entry["candidates"] if c["decision"] == "accepted"]
    words = {w["phrase_word"]: w for c in accepted for w in c["words"]}
    assert words["us"]["lemma"] == "us"
    assert any(w["how"] == "synonym" and w["synonym"] for c in accepted for w in c["words"])
    assert run(app, ["explain", str(transcript), "--scenario", str(SCENARIO), "--check", "asked_source"]) == 0
    assert "accepted:" in capsys.readouterr().out


def _scenario_with(tmp_path: Path, review_below: str) -> Path:
    tmp_path.mkdir(exist_ok=True)
    path = tmp_path / "s.yaml"
    path.write_text(
        "name: review\nlanguage: en\nsteps:\n  - {id: hi, say: hello}\n"
        f"{review_below}"
        "checks:\n  - {id: src, title: source, weight: 3, phrase: ['where did you hear about us']}\n",
        encoding="utf-8",
    )
    return path


def test_a_scenario_sets_its_review_threshold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    said = "where did you hear about us"
    words = [{"word": w, "start_s": 2.0, "end_s": 2.3, "conf": 0.7} for w in said.split()]  # noqa: SIM905
    transcript = tmp_path / "t.json"
    turn = callee("where did you hear about us", 2.0, 4.5, words=words)
    transcript.write_text(json.dumps({"turns": [turn]}), encoding="utf-8")
    # confidence 0.82 (the words' 0.7): above the default 0.6, below a scenario's 0.9
    default, strict = _scenario_with(tmp_path / "a", ""), _scenario_with(tmp_path / "b", "review_below: 0.9\n")
    outputs = []
    for scenario in (default, strict):
        assert run(app, ["score", str(transcript), "--scenario", str(scenario), "--json"]) == 0
        outputs.append(json.loads(capsys.readouterr().out)["score"])
    assert outputs[0]["needs_review"] is False and outputs[1]["needs_review"] is True
    assert outputs[1]["review"] == ["src"]
    assert run(app, ["explain", str(transcript), "--scenario", str(strict)]) == 0
    assert "REVIEW" in capsys.readouterr().out


def test_a_review_threshold_out_of_range_is_a_validate_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario = _scenario_with(tmp_path, "review_below: 1.5\n")
    assert run(app, ["validate", str(scenario)]) == 1  # validate: 1 for an invalid file
    captured = capsys.readouterr()
    lines = (captured.out + captured.err).strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{scenario}:5:") and "review_below" in lines[0]
