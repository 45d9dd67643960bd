"""A scenario acting on who answered (issue 9): `machines:` hangs up on voicemail or leaves a
message after its beep, and `branch: answered_by:` sends the robot down the IVR path."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from robot.call.place import make_plan
from robot.call.result import CallResult
from robot.call.runner import run_call
from robot.config.settings import Config, Limits, Sip
from robot.scenario.engine import attach_scenario
from robot.sip.softphone import Softphone
from tests.phone_process import PhoneProcess

pytestmark = pytest.mark.calls

LEAVE_MESSAGE = """
name: leave a message
language: en
machines:
  voicemail: {say: "Hello, this is John, please call me back"}
steps:
  - listen: {max_s: 30}
  - say: "Hello, I would like to order some tiles"
  - hangup
"""
HANG_UP = """
name: hang up on machines
language: en
steps:
  - listen: {max_s: 30}
  - say: "Hello, I would like to order some tiles"
  - listen: {max_s: 10}
  - hangup
"""
IVR_BRANCH = """
name: menu or person
language: en
machines:
  voicemail: continue
steps:
  - branch:
      - answered_by: [ivr, voicemail]
        goto: menu
    else: person
  - id: menu
    dtmf: "1"
  - listen: {max_s: 20}
  - hangup
  - id: person
    say: "Hello"
  - hangup
"""


def call(softphone: Softphone, phone: PhoneProcess, name: str, user: str, scenario: str, folder: Path) -> CallResult:
    config = Config(sip=Sip(bind_address="127.0.0.1"), recordings_dir=folder / "rec",
                    limits=Limits(max_ring_s=5, max_call_s=30, media_timeout_s=5))  # fmt: skip
    path = folder / f"{name}.yaml"
    path.write_text(scenario, encoding="utf-8")
    plan = make_plan(phone.uri(user), config)
    attach_scenario(plan, path, config)
    return run_call(softphone, plan)


@pytest.fixture(scope="module")
def results(
    softphone: Softphone, phone: PhoneProcess, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, CallResult]:
    folder = tmp_path_factory.mktemp("machines")
    runs = {"message": ("voicemail", LEAVE_MESSAGE), "hangup": ("voicemail", HANG_UP), "ivr": ("ivr", IVR_BRANCH)}
    with ThreadPoolExecutor(3) as pool:
        futures = {n: pool.submit(call, softphone, phone, n, user, text, folder) for n, (user, text) in runs.items()}
        return {name: future.result() for name, future in futures.items()}


def machine_events(result: CallResult) -> list[dict]:
    return [e.detail for e in result.events if e.event == "scenario_machine"]


def test_default_hangs_up_on_voicemail_without_talking(results: dict[str, CallResult]) -> None:
    r = results["hangup"]
    assert (r.outcome, r.hangup_by, r.answered_by) == ("answered", "robot", "voicemail")
    assert machine_events(r) == [{"answered_by": "voicemail", "action": "hangup"}]
    assert [t.text for t in r.transcript if t.speaker == "robot"] == []
    assert r.timings.talk_s is not None and r.timings.talk_s < 12.0


def test_a_message_is_left_after_the_beep(results: dict[str, CallResult]) -> None:
    r = results["message"]
    assert (r.outcome, r.answered_by) == ("answered", "voicemail")
    assert machine_events(r) == [{"answered_by": "voicemail", "action": "message"}]
    [said] = [t for t in r.transcript if t.speaker == "robot"]
    assert said.text == "Hello, this is John, please call me back" and said.step == "machines"
    assert r.answered_by_s is not None and said.start_s >= r.answered_by_s  # after the beep decided it


def test_a_branch_on_answered_by_takes_the_menu_path(results: dict[str, CallResult]) -> None:
    r = results["ivr"]
    assert r.answered_by == "ivr"
    branches = [e.detail for e in r.events if e.event == "scenario_branch"]
    assert branches and branches[0] == {"goto": "menu", "answered_by": "ivr"}
    assert any(e.event == "dtmf_sent" and e.detail.get("digits") == "1" for e in r.events)
