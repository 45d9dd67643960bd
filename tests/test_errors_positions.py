"""``PATH:LINE:COL`` points at the offending key's own line, and a YAML syntax error at the place
to fix (where an unclosed quote opened), in plain words."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

import pytest
from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

from robot.campaigns.campaign import validate_campaign
from robot.config.settings import load_config
from robot.config.yamlfile import clean_loc, load_model, parse_yaml, position, value_position
from robot.errors import InputError
from robot.phone.script import load_phone_script


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Phrase(Strict):
    id: str
    title: str = ""
    weight: float = Field(1, ge=0)
    phrase: list[str]


class Metric(Strict):
    id: str
    weight: float = Field(1, ge=0)
    metric: str
    max: float


class Say(Strict):
    id: str | None = None
    say: str


class Hangup(Strict):
    id: str | None = None
    hangup: None = None


def _kind(value: Any) -> str | None:
    if isinstance(value, dict):
        return "kind[metric]" if "metric" in value else "kind[phrase]"
    return None


def _step(value: Any) -> str | None:
    return "say" if isinstance(value, dict) and "say" in value else "hangup"


Check = Annotated[Annotated[Phrase, Tag("kind[phrase]")] | Annotated[Metric, Tag("kind[metric]")], Discriminator(_kind)]
Step = Annotated[Annotated[Say, Tag("say")] | Annotated[Hangup, Tag("hangup")], Discriminator(_step)]


class Doc(Strict):
    name: str
    language: Literal["ru", "en"] = "en"
    checks: list[Check] = Field(default_factory=list)
    steps: list[Step] = Field(default_factory=list)


def write(tmp_path: Path, text: str, name: str = "doc.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(model: type[BaseModel], path: Path) -> list[str]:
    with pytest.raises(InputError) as info:
        load_model(model, path)
    return [str(p) for p in info.value.problems]


# -- a bad key inside a list item: the key's own line -------------------------------------------


def test_bad_weight_on_the_third_line_of_a_check_points_at_the_weight(tmp_path):
    path = write(
        tmp_path,
        "name: x\n"  # 1
        "checks:\n"  # 2
        "  - id: asked\n"  # 3
        "    title: Asked\n"  # 4
        "    weight: -1\n"  # 5: the check's third line
        "    phrase: [hello]\n",  # 6
    )
    assert problems(Doc, path) == [f"{path}:5:5: checks.0.weight: must be 0 or more, got -1"]


def test_second_check_and_second_kind(tmp_path):
    path = write(
        tmp_path,
        "name: x\n"
        "checks:\n"
        "  - {id: a, phrase: [hi]}\n"
        "  - id: fast\n"
        "    metric: answer_s\n"
        "    max: soon\n"  # 6
        "    weight: -2\n",  # 7
    )
    assert problems(Doc, path) == [
        f"{path}:6:5: checks.1.max: must be a number, got 'soon'",
        f"{path}:7:5: checks.1.weight: must be 0 or more, got -2",
    ]


def test_union_tag_named_like_a_key_does_not_hide_the_real_key(tmp_path):
    """A step's tag is its kind (``say``), which is also a key of the step: the error on ``id``
    must point at ``id``, not at ``say``."""
    data = parse_yaml("steps:\n  - say: hello\n    id: 5\n    extra: 1\n", "s.yaml")
    assert position(data, ("steps", 0, "say", "id")) == (3, 5)
    assert position(data, ("steps", 0, "say", "extra")) == (4, 5)
    assert position(data, ("steps", 0, "say", "say")) == (2, 5)
    assert value_position(data, ("steps", 0, "say", "id")) == (3, 9)
    path = write(tmp_path, "name: x\nsteps:\n  - say: hello\n    id: [1]\n")
    assert problems(Doc, path) == [f"{path}:4:5: steps.0.say.id: must be text, got a list"]


def test_position_of_missing_keys_and_plain_values():
    data = parse_yaml("a:\n  b:\n    - x\n    - {c: 1}\n", "f.yaml")
    assert position(data, ("a", "b", 1, "c")) == (4, 8)
    assert position(data, ("a", "b", 1)) == (4, 7), "a list item: where its value starts"
    assert position(data, ("a", "b", 7)) == (2, 3), "a missing item: its list's key"
    assert position(data, ("a", "zzz")) == (1, 1)
    assert value_position(data, ("a", "b", 1, "c")) == (4, 11)
    assert value_position(data, ("a", "b")) == (2, 3), "a list value: the key"
    assert position({"plain": "dict"}, ("plain",)) == (1, 1)


def test_clean_loc_drops_pydantic_tags():
    assert clean_loc(("checks", 0, "kind[phrase]", "weight")) == ("checks", 0, "weight")
    assert clean_loc(("a", "function-after[_check(), str]", 1)) == ("a", 1)


def test_config_problems_come_in_file_order(tmp_path):
    path = write(tmp_path, "tts:\n  rate: 1000\nlimits:\n  max_ring_s: -1\nsip:\n  transport: sctp\n", "config.yaml")
    with pytest.raises(InputError) as info:
        load_config(path)
    assert [str(p) for p in info.value.problems] == [
        f"{path}:2:3: tts.rate: must be 400 or less, got 1000",
        f"{path}:4:3: limits.max_ring_s: must be more than 0, got -1",
        f"{path}:6:3: sip.transport: must be one of: udp, tcp, tls (got 'sctp')",
    ]


def test_campaign_number_points_at_its_line(tmp_path):
    path = write(
        tmp_path,
        "name: n\ntargets:\n  - client: Acme\n    numbers:\n      - '+74951234567'\n      - hello\n",
        "campaign.yaml",
    )
    assert [str(p) for p in validate_campaign(path)] == [
        f"{path}:6:9: targets.0.numbers.1.number: not a phone number or SIP URI: 'hello'"
    ]


def test_phone_script_value_in_plain_words(tmp_path):
    path = write(tmp_path, "greeting: Hello\nring_s: -1\n", "script.yaml")
    with pytest.raises(InputError) as info:
        load_phone_script(path)
    assert str(info.value) == f"{path}:2:1: ring_s: must be 0 or more, got -1"


# -- YAML syntax -------------------------------------------------------------------------------------


def syntax(text: str) -> str:
    with pytest.raises(InputError) as info:
        parse_yaml(text, "f.yaml")
    assert len(info.value.problems) == 1
    return str(info.value)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('name: "Sales call\nlanguage: en\nsteps:\n  - hangup\n', "1:7"),
        ("name: x\nlanguage: 'en\nsteps:\n  - hangup\n", "2:11"),
        ('a: 1\nsteps:\n  - say: "Hello\n  - hangup\n', "3:10"),
    ],
)
def test_unclosed_quote_points_where_the_quote_opened(text, where):
    assert syntax(text) == f"f.yaml:{where}: YAML syntax: this quoted string is never closed (a quote is missing)"


def test_unclosed_quote_in_a_scenario_file(tmp_path):
    path = write(tmp_path, 'name: "x\nlanguage: en\nsteps:\n  - hangup\n')
    assert problems(Doc, path) == [f"{path}:1:7: YAML syntax: this quoted string is never closed (a quote is missing)"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name: [unclosed\n", "f.yaml:2:1: YAML syntax: the '[' on line 1 is never closed (a ']' is missing)"),
        ("a: {b: 1\n", "f.yaml:2:1: YAML syntax: the '{' on line 1 is never closed (a '}' is missing)"),
        ("a:\n\tb: 1\n", "f.yaml:2:1: YAML syntax: a tab character; indent with spaces"),
        ("password: a\npassword: hunter2\n", "f.yaml:2:1: YAML syntax: duplicate key 'password'"),
        (
            "a: b: c\n",
            "f.yaml:1:5: YAML syntax: unexpected ':' (check the indentation, or quote a value that contains ': ')",
        ),
        (
            "a:\n  b: 1\n c: 2\n",
            "f.yaml:3:2: YAML syntax: this line is indented wrongly (it does not line up with the lines above)",
        ),
    ],
)
def test_other_syntax_errors_in_plain_words(text, expected):
    message = syntax(text)
    assert message == expected
    assert "hunter2" not in message


def test_bad_weight_in_a_scenario_check_points_at_the_weight(tmp_path):
    from robot.scenario import validate_scenario

    path = write(
        tmp_path,
        "name: x\nlanguage: en\nchecks:\n  - id: asked\n    title: Asked\n    weight: -1\n    phrase: [hi]\n"
        "steps:\n  - hangup\n",
    )
    found = [str(p) for p in validate_scenario(path)[1]]
    assert len(found) == 1 and found[0].startswith(f"{path}:6:"), found
    assert "kind[" not in found[0] and "must be 0 or more" in found[0]
