"""Step kinds come from the registry: a kind registered from outside the package (one module,
one registration) is accepted by the loader, described by the JSON Schema and run by the engine."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jsonschema
import pytest

from robot.config.settings import Config
from robot.scenario import STEP_KINDS, load_scenario, register, scenario_json_schema, unregister
from robot.scenario import engine as engine_module
from robot.scenario.engine import ScenarioTalk
from robot.sip.timeline import Timeline
from tests.scenario.beep_kind import Beep

Check = Callable[[str], list[str]]
BUILT_IN = ["listen", "say", "play", "dtmf", "wait", "hold", "branch", "goto", "hangup"]
SCENARIO = """\
name: beeps
language: en
steps:
  - beep
  - id: second
    beep: "5"
  - hangup
"""


@pytest.fixture
def beep() -> Iterator[type[Beep]]:
    register(Beep)
    try:
        yield Beep
    finally:
        unregister("beep")


def test_the_registry_lists_the_built_in_kinds_in_order() -> None:
    assert list(STEP_KINDS) == BUILT_IN


def test_the_loader_accepts_a_registered_kind(beep: type[Beep], tmp_path: Path, check: Check) -> None:
    path = tmp_path / "beeps.yaml"
    path.write_text(SCENARIO, encoding="utf-8")
    scenario = load_scenario(path)
    first, second, _ = scenario.steps
    assert isinstance(first, Beep) and first.beep is None and first.line == 4
    assert isinstance(second, Beep) and second.beep == "5" and second.label(1) == "step 2 'second' (beep, line 5)"
    problems = check("name: t\nlanguage: en\nsteps:\n  - bepp\n  - beep: 12\n  - sya: hi\n")
    assert problems[0] == "4:5: unknown step 'bepp'; did you mean 'beep'?"
    assert problems[1].startswith("5:11: beep: ")
    assert problems[2] == "6:5: unknown step 'sya'; did you mean 'say'?"
    known = ", ".join([*BUILT_IN, "beep"])
    assert check("name: t\nlanguage: en\nsteps:\n  - xyzzy: 1\n") == [f"4:5: unknown step 'xyzzy' (known: {known})"]


def test_the_schema_describes_a_registered_kind(beep: type[Beep]) -> None:
    schema = scenario_json_schema()
    assert schema["$defs"]["Beep"]["properties"]["beep"]["description"] == "the digit to send (default #)"
    validator = jsonschema.Draft202012Validator(schema)
    assert validator.is_valid({"name": "n", "language": "en", "steps": ["beep", {"beep": "1"}, "hangup"]})
    assert not validator.is_valid({"name": "n", "language": "en", "steps": [{"beep": "12"}]})


def test_the_engine_runs_a_registered_kind(beep: type[Beep], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "beeps.yaml"
    path.write_text(SCENARIO, encoding="utf-8")
    monkeypatch.setattr(engine_module, "open_transcriber", lambda *a, **k: SimpleNamespace(events=queue.Queue()))
    sent: list[str] = []
    phone: Any = SimpleNamespace(send_dtmf=lambda session, digit, duration_ms: sent.append(digit))
    session: Any = SimpleNamespace(ended=threading.Event(), timeline=Timeline(), voice=None)
    talk = ScenarioTalk(load_scenario(path), path, Config())
    assert talk.talk(phone, session, time.monotonic() + 5) is True
    assert sent == ["#", "5"]
    events = [(name, detail) for _, name, detail in session.timeline.events if name.startswith("scenario_")]
    assert events == [
        ("scenario_step", {"index": 0, "kind": "beep", "id": None}),
        ("scenario_beep", {"digit": "#"}),
        ("scenario_step", {"index": 1, "kind": "beep", "id": "second"}),
        ("scenario_beep", {"digit": "5"}),
        ("scenario_step", {"index": 2, "kind": "hangup", "id": None}),
    ]


def test_unregistering_forgets_the_kind(beep: type[Beep], check: Check) -> None:
    with pytest.raises(ValueError, match="already registered"):
        register(Beep)
    unregister("beep")
    try:
        assert list(STEP_KINDS) == BUILT_IN
        assert "Beep" not in scenario_json_schema()["$defs"]
        known = ", ".join(BUILT_IN)
        assert check("name: t\nlanguage: en\nsteps:\n  - beep\n") == [f"4:5: unknown step 'beep' (known: {known})"]
    finally:
        register(Beep)  # the fixture removes it again
