"""The engine runs each kind's handler on a call without a real line: what the callee says
comes from a scripted transcriber, DTMF goes to a fake phone."""

from __future__ import annotations

import queue
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from robot.config.settings import Config
from robot.media.asr import SpeechEnded, SpeechStarted, Utterance, UtteranceEnded
from robot.scenario import engine as engine_module
from robot.scenario import load_scenario
from robot.scenario.engine import ScenarioTalk
from robot.sip.timeline import Timeline

IVR = """\
name: ivr
language: en
steps:
  - id: menu
    listen: {max_s: 3}
  - branch:
      - heard: ["press one for sales"]
        goto: sales
      - silence: true
        goto: menu
  - hangup
  - id: sales
    dtmf: {digits: "1#", duration_ms: 40, pause_ms: 0}
  - id: queue
    hold: {max_s: 3}
  - wait: 0.05
  - goto: end
"""


def said(text: str, start_s: float) -> list[object]:
    utterance = Utterance(text, start_s, start_s + 1.0, (), "pocketsphinx")
    return [SpeechStarted(start_s), SpeechEnded(start_s + 1.0), UtteranceEnded(utterance)]


def test_an_ivr_call_runs_every_kind_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ivr.yaml"
    path.write_text(IVR, encoding="utf-8")
    events: queue.Queue[object] = queue.Queue()
    for event in said("press one for sales", 0.1):
        events.put(event)
    monkeypatch.setattr(engine_module, "open_transcriber", lambda *a, **k: SimpleNamespace(events=events))
    sent: list[str] = []
    phone: Any = SimpleNamespace(send_dtmf=lambda session, digit, duration_ms: sent.append(digit))
    session: Any = SimpleNamespace(ended=threading.Event(), timeline=Timeline(), voice=None)
    talk = ScenarioTalk(load_scenario(path), path, Config())

    def person_answers() -> None:  # while the robot is on hold: a hold phrase, then a person
        for event in [*said("please hold", 1.0), *said("hello this is anna speaking", 2.0)]:
            events.put(event)

    threading.Timer(0.3, person_answers).start()
    assert talk.talk(phone, session, time.monotonic() + 10) is True
    assert sent == ["1", "#"]
    timeline = [(name, detail) for _, name, detail in session.timeline.events]
    steps = [detail["id"] or detail["kind"] for name, detail in timeline if name == "scenario_step"]
    assert steps == ["menu", "branch", "sales", "queue", "wait", "goto"]
    assert ("scenario_branch", {"goto": "sales", "heard": "press one for sales"}) in timeline
    (hold_end,) = [detail for name, detail in timeline if name == "scenario_hold_end"]
    assert hold_end["human"] is True and hold_end["hold_s"] > 0
    assert talk.metrics["hold_s"] == hold_end["hold_s"] and "time_to_human_s" in talk.metrics
    assert talk.heard.text == "hello this is anna speaking"


def test_a_call_that_ends_under_a_step_is_not_the_planned_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ivr.yaml"
    path.write_text(IVR, encoding="utf-8")
    monkeypatch.setattr(engine_module, "open_transcriber", lambda *a, **k: SimpleNamespace(events=queue.Queue()))
    phone: Any = SimpleNamespace(send_dtmf=lambda session, digit, duration_ms: None)
    session: Any = SimpleNamespace(ended=threading.Event(), timeline=Timeline(), voice=None)
    talk = ScenarioTalk(load_scenario(path), path, Config())
    threading.Timer(0.2, session.ended.set).start()  # the callee hangs up during the first listen
    assert talk.talk(phone, session, time.monotonic() + 10) is False
    assert [d["id"] for _, e, d in session.timeline.events if e == "scenario_step"] == ["menu"]
