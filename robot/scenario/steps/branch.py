"""``branch``: jump on what the last listen/hold heard."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import BeforeValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from robot.call.result import AnsweredBy
from robot.scenario.steps.base import LiveCall, Loc, StepChecks, StepKind
from robot.scenario.steps.fields import NEXT, Options, Phrase, Target
from scoring.matcher import said_any


def _one_phrase(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


class Case(Options):
    """One branch case: a condition on what the last ``listen``/``hold`` heard, and a target."""

    heard: Annotated[
        list[Phrase] | None, BeforeValidator(_one_phrase, json_schema_input_type=Phrase | list[Phrase])
    ] = Field(None, description="matches when the callee said any of these phrases (fuzzy, word forms)")
    silence: Literal[True] | None = Field(None, description="matches when nothing was heard")
    answered_by: Annotated[
        list[AnsweredBy] | None,
        BeforeValidator(_one_phrase, json_schema_input_type=AnsweredBy | list[AnsweredBy]),
    ] = Field(None, description="matches when who or what answered the call is one of these (waits for the decision)")
    goto: Target

    @model_validator(mode="after")
    def _one_condition(self) -> Case:
        if sum(c is not None for c in (self.heard, self.silence, self.answered_by)) != 1:
            raise PydanticCustomError("bad_case", "a case needs exactly one of 'heard', 'silence' or 'answered_by'")
        if self.heard is not None and not self.heard:
            raise PydanticCustomError("bad_case", "'heard' needs at least one phrase")
        if self.answered_by is not None and not self.answered_by:
            raise PydanticCustomError("bad_case", "'answered_by' needs at least one value")
        return self


class Branch(StepKind):
    """Jump on what the last ``listen``/``hold`` heard: the first matching case wins."""

    kind: ClassVar[str] = "branch"
    key_errors: ClassVar[frozenset[str]] = frozenset({"bad_case"})
    away: ClassVar[str | None] = "always jumps elsewhere"
    needs_words: ClassVar[bool] = True

    branch: list[Case] = Field(
        min_length=1, description="cases tried in order on the last utterance heard; the first match wins"
    )
    else_: Target = Field(NEXT, alias="else", description="where to go when no case matches")

    def run(self, call: LiveCall) -> str | None:
        heard = call.heard.text
        for case in self.branch:
            if case.answered_by is not None:
                who = call.answered_by()
                if who in case.answered_by:
                    call.event("branch", {"goto": case.goto, "answered_by": who})
                    return case.goto
                continue
            if case.silence and not heard:
                return case.goto
            if case.heard and heard and said_any([call.render(p) for p in case.heard], heard):
                call.event("branch", {"goto": case.goto, "heard": heard})
                return case.goto
        return self.else_

    def targets(self) -> list[str]:
        return [case.goto for case in self.branch] + [self.else_]

    def check(self, checks: StepChecks) -> None:
        seen_silence: int | None = None
        seen_phrases: dict[str, int] = {}
        for number, case in enumerate(self.branch):
            where: Loc = ("branch", number)
            checks.target(case.goto, (*where, "goto"), "goto")
            if case.silence:
                if seen_silence is not None:
                    message = f"case can never match: case {seen_silence} already matches silence"
                    checks.add((*where, "silence"), message, value=False)
                seen_silence = seen_silence or number + 1
            for k, phrase in enumerate(case.heard or []):
                path = (*where, "heard", k) if isinstance(checks.node((*where, "heard")), list) else (*where, "heard")
                key = " ".join(phrase.lower().split())
                if key in seen_phrases:
                    checks.add(path, f"phrase {phrase!r} can never match: case {seen_phrases[key]} has it")
                seen_phrases.setdefault(key, number + 1)
                checks.template(phrase, path)
        checks.target(self.else_, ("else",), "else")
