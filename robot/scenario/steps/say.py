"""``say``: speak a TTS prompt."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, ClassVar

from pydantic import BeforeValidator, Field, field_validator
from pydantic_core import ErrorDetails, PydanticCustomError

from robot.scenario.steps.base import LiveCall, Loc, Speech, StepChecks, StepKind, option_path
from robot.scenario.steps.fields import NEXT, Options

if TYPE_CHECKING:
    from robot.scenario.model import Scenario


class SayOptions(Options):
    """A TTS prompt."""

    text: str = Field(description="prompt text; {persona.x} placeholders are filled in, {{ }} for braces")
    barge_in: bool = Field(False, description="stop the prompt when the callee starts speaking over it")
    voice: str | None = Field(None, description="TTS voice id (default: tts.voice_<language> in config)")
    rate: int | None = Field(None, ge=60, le=400, description="words per minute (default: tts.rate)")

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise PydanticCustomError("missing_prompt", "missing prompt text")
        return value


def _say_shorthand(value: Any) -> Any:
    if value is None:
        raise PydanticCustomError("missing_prompt", "missing prompt text")
    return {"text": value} if isinstance(value, str) else value


SayValue = Annotated[SayOptions, BeforeValidator(_say_shorthand, json_schema_input_type=str | SayOptions)]


class Say(StepKind):
    """Speak a TTS prompt."""

    kind: ClassVar[str] = "say"
    short_form: ClassVar[str | None] = "prompt text or {text: ...}"
    key_errors: ClassVar[frozenset[str]] = frozenset({"missing_prompt"})

    say: SayValue = Field(description="speak a TTS prompt; a string is the text")

    def run(self, call: LiveCall) -> str | None:
        return NEXT if call.speak(call.render(self.say.text), self.say.barge_in) else None

    def prompt(self, scenario: Scenario) -> Speech:
        return Speech(scenario.render(self.say.text), self.say.voice, self.say.rate)

    def check(self, checks: StepChecks) -> None:
        checks.template(self.say.text, option_path(checks, "say", "text"))

    @classmethod
    def describe_error(cls, err: ErrorDetails, path: Loc) -> str | None:
        return "missing prompt text" if err["type"] == "missing" and path == ("say", "text") else None
