"""The JSON Schema of scenario files is valid and describes the short and long step forms."""

from __future__ import annotations

import json

import jsonschema
import pytest

from robot.scenario import scenario_json_schema
from robot.scenario.schema import scenario_json_schema_text


def test_schema_is_valid_json_schema() -> None:
    schema = scenario_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert json.loads(scenario_json_schema_text()) == schema
    assert schema["$schema"].endswith("2020-12/schema")


def test_fields_have_descriptions() -> None:
    schema = scenario_json_schema()
    for prop in ("name", "language", "persona", "max_call_s", "steps", "checks", "pass_percent"):
        assert schema["properties"][prop].get("description"), prop
    for model in ("SayOptions", "ListenOptions", "Case", "Branch"):
        for name, prop in schema["$defs"][model]["properties"].items():
            assert prop.get("description"), f"{model}.{name}"


GOOD = [
    "hangup",
    "listen",
    {"listen": {"max_s": 10}},
    {"listen": 5},
    {"say": "Hello {persona.name}"},
    {"say": {"text": "Hi", "barge_in": True}, "id": "hi"},
    {"play": "prompts/hello.wav"},
    {"dtmf": "2#"},
    {"wait": 2},
    {"hold": {"max_s": 120}},
    {"goto": "menu"},
    {"branch": [{"heard": ["a"], "goto": "x"}, {"silence": True, "goto": "end"}], "else": "next"},
    {"branch": [{"heard": "one phrase", "goto": "x"}], "max_visits": 4},
    {"dtmf": 5},
]
BAD = [
    "hangpu",
    {"sya": "hi"},
    {"say": "a", "play": "b.wav"},
    {"say": "a", "barge_in": True},
    {"dtmf": "2x"},
    {"wait": -1},
    {"id": "only-an-id"},
]


@pytest.mark.parametrize("step", GOOD)
def test_schema_accepts_step(step: object) -> None:
    doc = {"name": "n", "language": "en", "steps": [step]}
    jsonschema.Draft202012Validator(scenario_json_schema()).validate(doc)


@pytest.mark.parametrize("step", BAD)
def test_schema_rejects_step(step: object) -> None:
    doc = {"name": "n", "language": "en", "steps": [step]}
    assert not jsonschema.Draft202012Validator(scenario_json_schema()).is_valid(doc)


def test_schema_rejects_unknown_language() -> None:
    doc = {"name": "n", "language": "de", "steps": ["hangup"]}
    assert not jsonschema.Draft202012Validator(scenario_json_schema()).is_valid(doc)
