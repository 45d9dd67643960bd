"""Pydantic's errors in plain words (robot.config.messages.plain_message), never pydantic's wording."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field, HttpUrl, ValidationError, field_validator

from robot.config.messages import plain_message
from robot.errors import CallSetupError, InputError, MysterycallError, Problem, UsageError

PYDANTIC_WORDING = ("Input should", "Value error", "Assertion failed", "pydantic", "errors.pydantic.dev")


class Colour(StrEnum):
    red = "red"
    green = "green"


class Sub(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id_uri: str


class Everything(BaseModel):
    model_config = ConfigDict(extra="forbid")

    weight: float = Field(1, ge=0)
    max_ring_s: float = Field(30, gt=0)
    rate: int = Field(160, ge=60, le=400)
    ratio: float = Field(0.5, lt=1)
    count: int = 0
    active: bool = True
    name: str = "x"
    codecs: list[str] = Field(default_factory=list)
    account: Sub | None = None
    persona: dict[str, str] = Field(default_factory=dict)
    language: Literal["ru", "en"] = "en"
    port: Literal[5060, 5061] = 5060
    colour: Colour = Colour.red
    step_id: str = Field("a", pattern=r"^[a-z_]+$")
    client: str = Field("acme", min_length=1)
    code: str = Field("abc", min_length=2, max_length=3)
    numbers: list[int] = Field(default_factory=lambda: [1], min_length=1, max_length=2)
    url: HttpUrl | None = None
    number: str = "+74951234567"
    even: int = 0
    step: float = Field(0.5, multiple_of=0.5)

    @field_validator("number")
    @classmethod
    def _number(cls, value: str) -> str:
        if not value.startswith("+"):
            raise ValueError(f"not a phone number or SIP URI: {value!r}")
        return value

    @field_validator("even")
    @classmethod
    def _even(cls, value: int) -> int:
        assert value % 2 == 0, "must be an even number"
        return value


def error_for(data: dict[str, Any]) -> dict[str, Any]:
    with pytest.raises(ValidationError) as info:
        Everything.model_validate(data)
    errors = info.value.errors()
    assert len(errors) == 1, errors
    return dict(errors[0])


CASES = [
    # (data, pydantic error type, where, plain message)
    ({"weight": -1}, "greater_than_equal", "weight", "weight: must be 0 or more, got -1"),
    ({"max_ring_s": 0}, "greater_than", "max_ring_s", "max_ring_s: must be more than 0, got 0"),
    ({"rate": 500}, "less_than_equal", "tts.rate", "tts.rate: must be 400 or less, got 500"),
    ({"rate": 10}, "greater_than_equal", "tts.rate", "tts.rate: must be 60 or more, got 10"),
    ({"ratio": 1.5}, "less_than", "ratio", "ratio: must be less than 1, got 1.5"),
    ({"count": "five"}, "int_parsing", "count", "count: must be a whole number, got 'five'"),
    ({"count": 1.5}, "int_from_float", "count", "count: must be a whole number, got 1.5"),
    ({"max_ring_s": "lots"}, "float_parsing", "max_ring_s", "max_ring_s: must be a number, got 'lots'"),
    ({"max_ring_s": [1]}, "float_type", "max_ring_s", "max_ring_s: must be a number, got a list"),
    ({"active": "maybe"}, "bool_parsing", "register", "register: must be true or false, got 'maybe'"),
    ({"name": 5}, "string_type", "name", "name: must be text, got 5"),
    ({"count": [1]}, "int_type", "count", "count: must be a whole number, got a list"),
    ({"codecs": "PCMU"}, "list_type", "sip.codecs", "sip.codecs: must be a list, got 'PCMU'"),
    ({"persona": [1]}, "dict_type", "persona", "persona: must be a mapping (key: value), got a list"),
    ({"account": 30}, "model_type", "sip.account", "sip.account: must be a mapping (key: value), got 30"),
    ({"language": "de"}, "literal_error", "language", "language: must be one of: ru, en (got 'de')"),
    ({"port": 5062}, "literal_error", "port", "port: must be one of: 5060, 5061 (got 5062)"),
    ({"colour": "blue"}, "enum", "colour", "colour: must be one of: red, green (got 'blue')"),
    ({"step_id": "Bad Id"}, "string_pattern_mismatch", "id", "id: must match the pattern ^[a-z_]+$, got 'Bad Id'"),
    ({"client": ""}, "string_too_short", "client", "client: must not be empty"),
    ({"code": "a"}, "string_too_short", "code", "code: must be at least 2 characters long"),
    ({"code": "abcd"}, "string_too_long", "code", "code: must be at most 3 characters long"),
    ({"numbers": []}, "too_short", "numbers", "numbers: must not be empty (give at least one item)"),
    ({"numbers": [1, 2, 3]}, "too_long", "numbers", "numbers: must have at most 2 items, got 3"),
    ({"number": "hello"}, "value_error", "number", "number: not a phone number or SIP URI: 'hello'"),
    ({"even": 3}, "assertion_error", "even", "even: must be an even number"),
    ({"url": "nope"}, "url_parsing", "url", "url: must be a valid URL (relative URL without a base)"),
    ({"url": "ftp://example.com"}, "url_scheme", "url", "url: must be a URL starting with http: or https:"),
    ({"step": 0.7}, "multiple_of", "step", "step: must be a multiple of 0.5, got 0.7"),
]


@pytest.mark.parametrize(("data", "kind", "where", "expected"), CASES, ids=[f"{c[1]}-{c[2]}" for c in CASES])
def test_each_error_type_in_plain_words(data, kind, where, expected):
    err = error_for(data)
    assert err["type"] == kind
    message = plain_message(err, where)
    assert message == expected
    assert not any(words in message for words in PYDANTIC_WORDING)


def test_without_where_the_message_is_the_phrase_alone():
    assert plain_message(error_for({"weight": -1})) == "must be 0 or more, got -1"


def test_missing_key_names_the_dotted_key():
    err = error_for({"account": {}})
    assert err["type"] == "missing"
    assert plain_message(err, "sip.account.id_uri") == "missing required key 'sip.account.id_uri'"


def test_unknown_key_with_and_without_a_suggestion():
    err = error_for({"max_rign_s": 5})
    assert err["type"] == "extra_forbidden"
    assert plain_message(err, "limits.max_rign_s") == "unknown key 'max_rign_s'"
    suggested = plain_message(err, "limits.max_rign_s", known=Everything.model_fields)
    assert suggested == "unknown key 'max_rign_s'; did you mean 'max_ring_s'?"
    assert plain_message(err, known=["colour"]) == "unknown key 'max_rign_s'"


def test_unknown_key_value_is_never_echoed():
    err = error_for({"password": "hunter2"})
    assert "hunter2" not in plain_message(err, "password")


def test_long_input_is_shortened():
    message = plain_message(error_for({"count": "x" * 200}), "count")
    assert len(message) < 80 and message.endswith("...'")


@pytest.mark.parametrize(
    ("err", "expected"),
    [
        ({"type": "custom_thing", "msg": "Input should be a step", "loc": ()}, "must be a step"),
        ({"type": "custom_thing", "msg": "Input should not be here", "loc": ()}, "must not be here"),
        ({"type": "value_error", "msg": "Value error, bad things", "loc": ()}, "bad things"),
        ({"type": "assertion_error", "msg": "Assertion failed, odd", "loc": ()}, "odd"),
        ({"type": "unknown_step", "msg": "unknown step 'sya'", "loc": ()}, "unknown step 'sya'"),
        ({"type": "url_syntax_violation", "msg": "x", "ctx": {"error": "bad host"}}, "must be a valid URL (bad host)"),
        ({"type": "url_too_long", "msg": "x", "ctx": {"max_length": 10}}, "must be a URL of at most 10 characters"),
        ({"type": "url_type", "msg": "URL input should be a string or URL", "input": 5}, "must be a URL, got 5"),
        ({"type": "none_required", "msg": "x", "input": 1}, "must be empty, got 1"),
        ({"type": "union_tag_not_found", "msg": "x", "ctx": {"discriminator": "kind"}}, "missing key 'kind'"),
    ],
)
def test_other_and_custom_errors_lose_pydantic_wording(err, expected):
    assert plain_message(err) == expected


def test_exception_hierarchy_and_exit_codes():
    assert issubclass(InputError, MysterycallError) and issubclass(CallSetupError, MysterycallError)
    assert issubclass(UsageError, InputError)
    assert (InputError("x").exit_code, UsageError("x").exit_code, CallSetupError("x").exit_code) == (2, 2, 1)
    assert str(InputError("bad number")) == "input: bad number"
    assert str(CallSetupError("port in use")) == "setup: port in use"
    located = InputError(
        [Problem("a.yaml", 3, 5, "weight: must be 0 or more"), Problem("b.yaml", 0, 0, "file not found")]
    )
    assert str(located) == "a.yaml:3:5: weight: must be 0 or more\nb.yaml: file not found"
    assert located.problems[1] == Problem("b.yaml", 0, 0, "file not found")
