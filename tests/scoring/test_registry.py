"""The check-kind registry: built-in kinds, and a new kind registered from one module."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from callee_turns_kind import CalleeTurnsCheck
from pydantic import Field
from scoring_testkit import callee, make_call, make_check, robot

from robot.errors import InputError
from scoring.checklist import load_checklist
from scoring.checks import CHECK_KINDS, PhraseCheck, kind_keys, register
from scoring.checks.base import Check
from scoring.engine import score_call

BUILT_IN = ["phrase", "not_phrase", "regex", "not_regex", "metric", "outcome", "not_dropped"]

CHECKLIST = """\
language: en
checks:
  - id: greeted
    title: Greeted
    phrase: hello
  - id: talked
    title: The callee said at least two things
    callee_turns: 2
    weight: 2
"""


@pytest.fixture
def callee_turns_kind():
    register(CalleeTurnsCheck)
    yield CalleeTurnsCheck
    del CHECK_KINDS[CalleeTurnsCheck.kind]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "list.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_built_in_kinds_in_order():
    assert list(CHECK_KINDS) == BUILT_IN
    assert kind_keys() == (*BUILT_IN, "include")
    assert all(CHECK_KINDS[key].kind == key for key in BUILT_IN)


def test_new_kind_unknown_until_registered(tmp_path):
    with pytest.raises(InputError) as exc:
        load_checklist(write(tmp_path, CHECKLIST))
    (problem,) = exc.value.problems
    assert (problem.line, problem.col) == (6, 5)
    assert "needs one of the keys phrase, not_phrase" in problem.message


def test_new_kind_validates_in_a_checklist_and_is_scored(tmp_path, callee_turns_kind):
    greeted, talked = load_checklist(write(tmp_path, CHECKLIST))
    assert isinstance(talked, callee_turns_kind) and talked.callee_turns == 2 and talked.language == "en"
    call = make_call(robot("hi", 0), callee("hello there", 2), callee("how can I help", 5))
    report = score_call([greeted, talked], call)
    assert [(c.id, c.passed, c.points) for c in report.checks] == [("greeted", True, 1), ("talked", True, 2)]
    assert report.checks[1].evidence.text == "callee turns = 2"
    assert report.score.percent == 100
    one_turn = score_call([talked], make_call(callee("hello", 1)))
    assert one_turn.checks[0].passed is False
    assert score_call([talked], make_call(outcome="busy")).checks[0].passed is None


def test_new_kind_errors_keep_positions(tmp_path, callee_turns_kind):
    path = write(tmp_path, CHECKLIST.replace("callee_turns: 2", "callee_turns: 0"))
    with pytest.raises(InputError) as exc:
        load_checklist(path)
    assert [(p.line, p.col) for p in exc.value.problems] == [(8, 5)]
    assert exc.value.problems[0].message.startswith("callee_turns: ")
    both = write(tmp_path, CHECKLIST.replace("callee_turns: 2", "callee_turns: 2\n    phrase: bye"))
    with pytest.raises(InputError, match="exactly one kind, found phrase and callee_turns"):
        load_checklist(both)
    assert make_check(callee_turns=1).kind == "callee_turns"


def test_registry_refuses_clashing_kinds():
    with pytest.raises(ValueError, match="already registered"):
        register(PhraseCheck)

    class SpeakerCheck(Check):  # "speaker" is a field of the transcript kinds
        kind = "speaker"
        speaker: str = Field()

        def evaluate(self, facts):
            raise NotImplementedError

    with pytest.raises(ValueError, match="share a kind key"):
        register(SpeakerCheck)
    assert list(CHECK_KINDS) == BUILT_IN
