"""Loading checks: the issue's syntax, includes, cycles, duplicate ids, error positions, schema."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict

from robot.config.yamlfile import load_yaml
from robot.errors import InputError
from scoring.checklist import load_checklist, load_checks
from scoring.checks import MetricCheck, NotPhraseCheck, PhraseCheck
from scoring.models import CheckItem

CHECKLISTS = Path(__file__).resolve().parents[2] / "scenarios" / "checklists"

ISSUE_EXAMPLE = """\
checks:
  - id: asked_source
    title: "Asked where the caller heard of the company"
    phrase: ["where did you hear about us", "how did you find us"]   # passes if any phrase is said
    speaker: callee                 # default callee; robot also allowed
    weight: 3
  - id: no_website_deflection
    title: "Did not send the caller to the website instead of answering"
    not_phrase: ["look at our website", "everything is on the website"]
  - id: greeted_fast
    title: "Greeted within 5 seconds of answering"
    phrase: ["hello", "good afternoon"]
    within_s: 5                     # only utterances starting within 5 s of answer count
  - id: answered_quickly
    title: "Answered within 15 seconds"
    metric: answer_s                # any timing from the call result, or hold/silence/talk metrics
    max: 15
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def load(path: Path):
    return load_checks(load_yaml(path)["checks"], path.parent, str(path))


def problems(exc: pytest.ExceptionInfo[InputError]) -> list[tuple[int, str]]:
    return [(p.line, p.message) for p in exc.value.problems]


def test_issue_syntax(tmp_path):
    checks = load(write(tmp_path, "s.yaml", ISSUE_EXAMPLE))
    source, website, greeted, quick = checks
    assert isinstance(source, PhraseCheck) and source.weight == 3 and source.speaker == "callee"
    assert isinstance(website, NotPhraseCheck) and website.weight == 1
    assert isinstance(greeted, PhraseCheck) and greeted.within_s == 5
    assert isinstance(quick, MetricCheck) and quick.metric == "answer_s" and quick.max_ == 15


def test_bad_key_reports_its_line(tmp_path):
    path = write(tmp_path, "s.yaml", ISSUE_EXAMPLE.replace("    within_s: 5", "    within_secs: 5"))
    with pytest.raises(InputError) as exc:
        load(path)
    assert problems(exc) == [(13, "unknown key 'within_secs'")]
    assert str(exc.value).startswith(f"{path}:13:5: unknown key")


def test_bad_value_reports_its_line(tmp_path):
    path = write(tmp_path, "s.yaml", ISSUE_EXAMPLE.replace("max: 15", "max: soon"))
    with pytest.raises(InputError) as exc:
        load(path)
    assert problems(exc)[0][0] == 17
    assert "max" in problems(exc)[0][1]


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("{id: a, title: t, phrase: x, not_phrase: y}", "exactly one kind, found phrase and not_phrase"),
        ("{id: a, title: t}", "needs one of the keys"),
        ("{id: a, title: t, metric: speed, max: 1}", "unknown metric 'speed'"),
        ("{id: a, title: t, metric: answer_s}", "needs 'max' or 'min'"),
        ("{id: a, title: t, regex: '(unclosed'}", "bad regular expression"),
        ("{id: a, title: t, outcome: picked_up}", "outcome"),
        ("{title: t, phrase: x}", "missing required key 'id'"),
    ],
)
def test_invalid_checks(tmp_path, item, message):
    path = write(tmp_path, "s.yaml", f"checks:\n  - {{id: ok, title: t, phrase: x}}\n  - {item}\n")
    with pytest.raises(InputError) as exc:
        load(path)
    (line, text), *_ = problems(exc)
    assert line == 3
    assert message in text


def test_duplicate_ids(tmp_path):
    path = write(tmp_path, "s.yaml", "checks:\n  - {id: a, title: t, phrase: x}\n  - {id: a, title: u, phrase: y}\n")
    with pytest.raises(InputError) as exc:
        load(path)
    assert problems(exc)[0][0] == 3 and "duplicate check id 'a'" in problems(exc)[0][1]


def test_include_relative_path_language_and_exclude(tmp_path):
    write(
        tmp_path,
        "lists/ru/a.yaml",
        "language: ru\nchecks:\n  - {id: a, title: t, phrase: x}\n  - include: b.yaml\n",
    )
    write(
        tmp_path,
        "lists/ru/b.yaml",
        "checks:\n  - {id: b, title: t, phrase: y}\n  - {id: c, title: t, phrase: z}\n",
    )
    path = write(
        tmp_path,
        "scn/s.yaml",
        "checks:\n  - include: ../lists/ru/a.yaml\n    exclude: [c]\n  - {id: d, title: t, phrase: w}\n",
    )
    checks = load(path)
    assert [c.id for c in checks] == ["a", "b", "d"]
    assert [c.language for c in checks] == ["ru", "ru", None]


def test_include_duplicate_is_an_error(tmp_path):
    write(tmp_path, "a.yaml", "checks:\n  - {id: a, title: t, phrase: x}\n")
    path = write(tmp_path, "s.yaml", "checks:\n  - include: a.yaml\n  - {id: a, title: t, phrase: y}\n")
    with pytest.raises(InputError) as exc:
        load(path)
    assert "duplicate check id 'a'" in problems(exc)[0][1]


def test_include_cycle(tmp_path):
    write(tmp_path, "a.yaml", "checks:\n  - include: b.yaml\n")
    write(tmp_path, "b.yaml", "checks:\n  - {id: b, title: t, phrase: y}\n  - include: a.yaml\n")
    with pytest.raises(InputError) as exc:
        load_checklist(tmp_path / "a.yaml")
    problem = exc.value.problems[0]
    assert problem.path.endswith("b.yaml") and problem.line == 3
    assert "include cycle: a.yaml -> b.yaml -> a.yaml" in problem.message


def test_self_include_cycle(tmp_path):
    path = write(tmp_path, "s.yaml", "checks:\n  - include: s.yaml\n")
    with pytest.raises(InputError, match="include cycle"):
        load(path)


def test_missing_include_and_bad_included_file(tmp_path):
    path = write(tmp_path, "s.yaml", "checks:\n  - include: nope.yaml\n")
    with pytest.raises(InputError, match=r"s.yaml:2:\d+: included checklist not found"):
        load(path)
    write(tmp_path, "bad.yaml", "checks:\n  - {id: a, title: t, phrase: x, colour: red}\n")
    path = write(tmp_path, "t.yaml", "checks:\n  - include: bad.yaml\n")
    with pytest.raises(InputError, match=r"bad.yaml:2:\d+: unknown key 'colour'"):
        load(path)


def test_check_item_in_a_scenario_model_and_schema():
    class Scenario(BaseModel):
        model_config = ConfigDict(extra="forbid")
        checks: list[CheckItem] = []

    scenario = Scenario.model_validate({"checks": [{"include": "x.yaml"}, {"id": "a", "title": "t", "phrase": "hi"}]})
    assert scenario.checks[1].phrase == ["hi"]
    schema = Scenario.model_json_schema()
    kinds = {name for name in schema["$defs"]}
    assert {"PhraseCheck", "NotPhraseCheck", "RegexCheck", "MetricCheck", "IncludeItem"} <= kinds
    assert schema["$defs"]["PhraseCheck"]["additionalProperties"] is False


@pytest.mark.parametrize("language", ["en", "ru"])
def test_default_checklists_load(language):
    checks = load_checklist(CHECKLISTS / language / "standard.yaml")
    ids = {c.id for c in checks}
    assert {
        "asked_source",
        "greeted",
        "named_company",
        "introduced_self",
        "asked_caller_name",
        "answered_product",
        "named_price",
        "offered_next_step",
        "no_website_deflection",
        "no_long_hold",
        "no_long_silence",
        "polite_closing",
        "answered",
        "not_dropped",
    } <= ids
    assert all(c.language == language for c in checks)
