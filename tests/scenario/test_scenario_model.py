"""Step models: short forms normalise to long forms; helpers the runner uses."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from robot.config.yamlfile import parse_yaml
from robot.scenario import (
    Branch,
    Dtmf,
    Hangup,
    Hold,
    Listen,
    Play,
    Say,
    Scenario,
    Wait,
)


def scenario(steps: list[object], **extra: object) -> Scenario:
    return Scenario.model_validate({"name": "t", "language": "ru", "steps": steps, **extra})


def test_short_and_long_forms() -> None:
    s = scenario(
        [
            {"listen": {"max_s": 10}},
            {"listen": 4},
            "listen",
            {"say": "Hello"},
            {"say": {"text": "Hi", "barge_in": True, "rate": 150}},
            {"play": "a.wav"},
            {"play": {"file": "b.wav", "barge_in": True}},
            {"dtmf": "2#"},
            {"wait": 2},
            {"hold": {"max_s": 120}},
            "hold",
            "hangup",
            {"id": "bye", "hangup": None},
        ]
    )
    steps = s.steps
    assert isinstance(steps[0], Listen) and steps[0].listen.max_s == 10 and steps[0].listen.min_s == 0
    assert isinstance(steps[1], Listen) and steps[1].listen.max_s == 4
    assert isinstance(steps[2], Listen) and steps[2].listen.max_s == 10
    assert isinstance(steps[3], Say) and steps[3].say.text == "Hello" and not steps[3].say.barge_in
    assert isinstance(steps[4], Say) and steps[4].say.barge_in and steps[4].say.rate == 150
    assert isinstance(steps[5], Play) and steps[5].play.file == "a.wav" and not steps[5].play.barge_in
    assert isinstance(steps[6], Play) and steps[6].play.barge_in
    assert isinstance(steps[7], Dtmf) and steps[7].dtmf.digits == "2#"
    assert isinstance(steps[8], Wait) and steps[8].wait == 2
    assert isinstance(steps[9], Hold) and steps[9].hold.max_s == 120
    assert isinstance(steps[10], Hold) and steps[10].hold.max_s == 120
    assert isinstance(steps[11], Hangup) and isinstance(steps[12], Hangup)
    assert [step.kind for step in steps][-3:] == ["hold", "hangup", "hangup"]
    assert all(step.max_visits == 3 for step in steps)
    assert s.max_steps == 100 and s.pass_percent == 80 and s.checks == []


def test_dtmf_numbers_keep_leading_zeros() -> None:
    data = parse_yaml("name: t\nlanguage: en\nsteps:\n  - dtmf: 0123\n  - dtmf: 5\n", "x.yaml")
    s = Scenario.model_validate(data)
    assert [step.dtmf.digits for step in s.steps] == ["0123", "5"]


def test_branch_case_forms() -> None:
    s = scenario(
        [
            {"branch": [{"heard": "one phrase", "goto": "end"}, {"silence": True, "goto": "end"}]},
        ]
    )
    branch = s.steps[0]
    assert isinstance(branch, Branch)
    assert branch.branch[0].heard == ["one phrase"] and branch.branch[1].silence
    assert branch.else_ == "next"


def test_hangup_alone_rejects_an_id_only_step() -> None:
    with pytest.raises(ValidationError):
        scenario([{"id": "x"}])


def test_target_index_and_resolve(tmp_path: Path) -> None:
    s = scenario([{"id": "a", "listen": 3}, {"goto": "a"}, "hangup"])
    assert s.target_index(0, "next") == 1
    assert s.target_index(2, "next") is None
    assert s.target_index(1, "end") is None
    assert s.target_index(1, "a") == 0
    with pytest.raises(KeyError):
        s.index_of("nope")
    assert s.resolve("x.wav") == Path("x.wav")
    s._source = tmp_path / "s.yaml"
    assert s.resolve("prompts/x.wav") == tmp_path / "prompts/x.wav"
    assert s.steps[0].label(0) == "step 1 'a' (listen)"


def test_render_uses_persona() -> None:
    s = scenario(["hangup"], persona={"name": "Анна", "age": 30})
    assert s.render("{persona.name}, {persona.age}") == "Анна, 30"
