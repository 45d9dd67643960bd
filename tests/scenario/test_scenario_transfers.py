"""The scenario's `transfers:` option: follow (default) or refuse a callee's REFER / 3xx."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from robot.call.place import make_plan
from robot.config.settings import Config
from robot.scenario.engine import attach_scenario

Check = Callable[[str], list[str]]


def test_an_unknown_transfers_value_is_located(check: Check) -> None:
    problems = check("name: t\nlanguage: en\ntransfers: maybe\nsteps:\n  - hangup\n")
    assert problems == ["3:12: transfers: must be one of: follow, refuse (got 'maybe')"]


def test_refuse_makes_every_transfer_target_refused_and_follow_keeps_the_destination_rule(tmp_path: Path) -> None:
    target = "sip:sales@127.0.0.1:5080"
    for option, same_host in (("refuse", "the scenario refuses transfers"), ("follow", None)):
        path = tmp_path / f"{option}.yaml"
        path.write_text(f"name: t\nlanguage: en\ntransfers: {option}\nsteps:\n  - hangup\n", encoding="utf-8")
        plan = make_plan(target, Config())
        attach_scenario(plan, path, Config())
        assert plan.transfer_policy is not None
        assert plan.transfer_policy("sip:operator@127.0.0.1:5080") == same_host
        assert plan.transfer_policy("sip:operator@198.51.100.7:5060") is not None
