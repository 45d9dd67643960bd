"""The sample scenarios shipped in scenarios/ validate, and the JSON Schema accepts them."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from robot.campaigns.campaign import is_campaign_file
from robot.config.yamlfile import load_yaml
from robot.scenario import Say, load_scenario, scenario_json_schema

SAMPLES = Path(__file__).resolve().parents[2] / "scenarios"
REQUIRED = ["sales-en", "sales-ru", "line-check", "ivr-en", "survey-en", "survey-ru"]
ALL = sorted(p for p in SAMPLES.glob("*.yaml") if not is_campaign_file(p))  # campaigns: tests/sweeps


def test_required_samples_exist() -> None:
    names = {p.stem for p in ALL}
    assert set(REQUIRED) <= names


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_sample_validates(path: Path) -> None:
    scenario = load_scenario(path)
    assert scenario.source == path.resolve()
    assert scenario.max_call_s is not None and 15 <= scenario.max_call_s <= 60
    assert all(step.line > 0 for step in scenario.steps)
    for step in scenario.steps:  # every prompt renders with the persona
        if isinstance(step, Say):
            assert "{" not in scenario.render(step.say.text)


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_schema_accepts_sample(path: Path) -> None:
    data = load_yaml(path)
    jsonschema.Draft202012Validator(scenario_json_schema()).validate(data)


@pytest.mark.parametrize("name, language", [("sales-en", "en"), ("sales-ru", "ru")])
def test_sales_samples_ask_about_the_product(name: str, language: str) -> None:
    scenario = load_scenario(SAMPLES / f"{name}.yaml")
    assert scenario.language == language
    assert {"name", "product"} <= set(scenario.persona)
    step = scenario.steps[scenario.index_of("ask_product")]
    assert isinstance(step, Say)
    assert str(scenario.persona["product"]) in scenario.render(step.say.text)


def test_survey_has_three_to_five_questions() -> None:
    for name in ("survey-en", "survey-ru"):
        scenario = load_scenario(SAMPLES / f"{name}.yaml")
        questions = [s for s in scenario.steps if isinstance(s, Say) and s.say.text.rstrip().endswith("?")]
        assert 3 <= len(questions) <= 5, name


def test_ivr_sample_uses_branch_hold_and_dtmf() -> None:
    kinds = {step.kind for step in load_scenario(SAMPLES / "ivr-en.yaml").steps}
    assert {"listen", "branch", "dtmf", "hold", "say", "hangup"} <= kinds
