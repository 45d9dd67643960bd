"""``listen``: wait for the callee to speak and finish."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from robot.scenario.steps.base import LiveCall, StepKind
from robot.scenario.steps.fields import NEXT, Options, shorthand


class ListenOptions(Options):
    """Wait for the callee to speak and finish (end of utterance = silence after speech)."""

    max_s: float = Field(10.0, gt=0, le=600, description="give up after this many seconds")
    silence_s: float | None = Field(
        None, gt=0, le=10, description="silence that ends an utterance (default: asr.end_of_utterance_s)"
    )
    min_s: float = Field(
        0.0,
        ge=0,
        le=600,
        description="an utterance ending before min_s does not end the listen (multi-sentence greetings)",
    )

    @model_validator(mode="after")
    def _ordered(self) -> ListenOptions:
        if self.min_s > self.max_s:
            raise PydanticCustomError("bad_range", "min_s must not exceed max_s")
        return self


class Listen(StepKind):
    """Wait for the callee to speak and finish (end of utterance), at most ``max_s``."""

    kind: ClassVar[str] = "listen"
    bare: ClassVar[bool] = True
    short_form: ClassVar[str | None] = "seconds or {max_s: ...}"
    key_errors: ClassVar[frozenset[str]] = frozenset({"bad_range"})
    listens: ClassVar[bool] = True

    listen: Annotated[ListenOptions, shorthand("max_s", float, ListenOptions, allow_empty=True)] = Field(
        description="wait for the callee to speak and finish; a number is max_s"
    )

    def run(self, call: LiveCall) -> str | None:
        following = call.following
        heard = call.listen(self.listen.max_s, self.listen.min_s, following is not None and following.needs_words)
        if heard is None:
            return None
        call.heard = heard
        return NEXT
