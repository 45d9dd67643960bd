"""Pydantic models of scenario files: a scenario and its steps, one model per step kind.

A step is a YAML mapping holding exactly one *kind* key (``say``, ``listen``, ...) plus the
common keys ``id`` and ``max_visits``; the bare string ``hangup`` is a step too. Short
forms (``say: "text"``, ``play: file.wav``, ``listen: 10``, ``dtmf: "2#"``) are normalised to
the long forms, so the runner always reads ``step.say.text``, ``step.listen.max_s``, ...
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    NonNegativeInt,
    PrivateAttr,
    StringConstraints,
    Tag,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from robot.scenario.templating import PersonaValue, render_prompt
from scoring.models import CheckItem

Language = Literal["ru", "en"]
LANGUAGES: tuple[str, ...] = Language.__args__  # type: ignore[attr-defined]
KINDS: tuple[str, ...] = ("listen", "say", "play", "dtmf", "wait", "hold", "branch", "goto", "hangup")
COMMON_KEYS: tuple[str, ...] = ("id", "max_visits")
BARE_KINDS: tuple[str, ...] = ("hangup", "listen", "hold")  # may be written as a bare string
NEXT, END = "next", "end"
RESERVED_IDS: tuple[str, ...] = (NEXT, END)

# Phrases the runner treats as "still on hold" by default (``hold.phrases`` adds to them).
HOLD_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "please hold",
        "please stay on the line",
        "please wait",
        "your call is important to us",
        "all our operators are busy",
        "all our agents are busy",
        "transferring your call",
        "connecting you",
    ),
    "ru": (
        "оставайтесь на линии",
        "ожидайте",
        "подождите",
        "ваш звонок очень важен для нас",
        "все операторы заняты",
        "соединяю",
        "переключаю",
    ),
}

StepId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_-]*$")]
Target = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_-]*$"),
    Field(description="a step id, 'next' (the following step) or 'end' (the planned end of the call)"),
]
PersonaKey = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]


def _persona_value(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise PydanticCustomError("persona_value", "a persona value must be text or a number")
    return value


PersonaField = Annotated[PersonaValue, BeforeValidator(_persona_value)]
Phrase = Annotated[str, StringConstraints(min_length=1)]
DIGITS_PATTERN = r"^[0-9A-Da-d*#]+$"
DigitsText = Annotated[str, StringConstraints(pattern=DIGITS_PATTERN)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


def _shorthand(
    field: str, scalar: Any, options: type[BaseModel], allow_empty: bool = False, schema: Any = None
) -> BeforeValidator:
    """A before-validator turning ``kind: scalar`` into ``kind: {field: scalar}``; the JSON Schema
    accepts both forms (``schema`` overrides the scalar's schema type)."""
    scalars = tuple(getattr(scalar, "__args__", (scalar,)))
    if float in scalars:
        scalars += (int,)

    def convert(value: Any) -> Any:
        if value is None:
            if allow_empty:
                return {}
            raise PydanticCustomError("missing_value", "missing {field}", {"field": field})
        if isinstance(value, bool):  # bool is an int: never a shorthand
            return value
        if isinstance(value, scalars):
            return {field: value}
        return value

    short = schema if schema is not None else scalar
    accepted = short | options | None if allow_empty else short | options
    return BeforeValidator(convert, json_schema_input_type=accepted)


# --- step options ---------------------------------------------------------------------------


class SayOptions(_Model):
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


class PlayOptions(_Model):
    """A recorded prompt."""

    file: str = Field(min_length=1, description="WAV file, relative to the scenario file; resampled as needed")
    barge_in: bool = Field(False, description="stop playback when the callee starts speaking over it")


class ListenOptions(_Model):
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


def _digits(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            return str(value)  # rejected by the pattern
        width = getattr(value, "_width", None) or 0  # ruamel keeps the width of 0123
        return str(int(value)).zfill(width)
    return value


class DtmfOptions(_Model):
    """DTMF digits sent as RFC 4733 events."""

    digits: Annotated[str, BeforeValidator(_digits)] = Field(
        pattern=DIGITS_PATTERN, description="digits 0-9, *, #, A-D, sent in order"
    )
    duration_ms: int = Field(100, ge=40, le=2000, description="length of each digit")
    pause_ms: int = Field(100, ge=0, le=5000, description="pause between digits")

    @field_validator("digits", mode="after")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.upper()


class HoldOptions(_Model):
    """Stay on the line while the callee is silent or plays hold phrases; ends when a person speaks."""

    max_s: float = Field(120.0, gt=0, le=3600, description="give up waiting after this many seconds")
    phrases: list[Phrase] = Field(
        default_factory=list, description="extra phrases meaning 'still on hold' (built-in ones are kept)"
    )


def _one_phrase(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


class Case(_Model):
    """One branch case: a condition on what the last ``listen``/``hold`` heard, and a target."""

    heard: Annotated[
        list[Phrase] | None, BeforeValidator(_one_phrase, json_schema_input_type=Phrase | list[Phrase])
    ] = Field(None, description="matches when the callee said any of these phrases (fuzzy, word forms)")
    silence: Literal[True] | None = Field(None, description="matches when nothing was heard")
    goto: Target

    @model_validator(mode="after")
    def _one_condition(self) -> Case:
        if (self.heard is None) == (self.silence is None):
            raise PydanticCustomError("bad_case", "a case needs exactly one of 'heard' or 'silence'")
        if self.heard is not None and not self.heard:
            raise PydanticCustomError("bad_case", "'heard' needs at least one phrase")
        return self


# --- steps ----------------------------------------------------------------------------------


class StepBase(_Model):
    """Keys every step may carry."""

    kind: ClassVar[str]

    id: StepId | None = Field(None, description="name of the step: a branch/goto target, used by checks")
    max_visits: int = Field(
        3,
        ge=1,
        le=1000,
        description="loop bound: the runner stops the call when this step is entered more often",
    )
    _line: int = PrivateAttr(0)

    @property
    def line(self) -> int:
        """Line of the step in its file (0 if unknown)."""
        return self._line

    def label(self, index: int) -> str:
        """Human name of the step, e.g. ``step 3 'ask_product' (say)``."""
        name = f" '{self.id}'" if self.id else ""
        where = f", line {self._line}" if self._line else ""
        return f"step {index + 1}{name} ({self.kind}{where})"


class Listen(StepBase):
    """Wait for the callee to speak and finish (end of utterance), at most ``max_s``."""

    kind: ClassVar[str] = "listen"
    listen: Annotated[ListenOptions, _shorthand("max_s", float, ListenOptions, allow_empty=True)] = Field(
        description="wait for the callee to speak and finish; a number is max_s"
    )


class Say(StepBase):
    """Speak a TTS prompt."""

    kind: ClassVar[str] = "say"
    say: SayValue = Field(description="speak a TTS prompt; a string is the text")


class Play(StepBase):
    """Play a WAV file (path relative to the scenario file)."""

    kind: ClassVar[str] = "play"
    play: Annotated[PlayOptions, _shorthand("file", str, PlayOptions)] = Field(
        description="play a WAV file; a string is the file"
    )


class Dtmf(StepBase):
    """Send DTMF digits as RFC 4733 events (IVR menus)."""

    kind: ClassVar[str] = "dtmf"
    dtmf: Annotated[DtmfOptions, _shorthand("digits", str | int, DtmfOptions, schema=DigitsText | NonNegativeInt)] = (
        Field(description="send DTMF digits (RFC 4733); a string is the digits")
    )


class Wait(StepBase):
    """Stay silent for a number of seconds."""

    kind: ClassVar[str] = "wait"
    wait: float = Field(gt=0, le=600, description="stay silent for this many seconds")


class Hold(StepBase):
    """Stay on the line while on hold; ends when a person speaks or after ``max_s``."""

    kind: ClassVar[str] = "hold"
    hold: Annotated[HoldOptions, _shorthand("max_s", float, HoldOptions, allow_empty=True)] = Field(
        description="wait on hold until a person speaks; the runner records hold_s; a number is max_s"
    )


class Branch(StepBase):
    """Jump on what the last ``listen``/``hold`` heard: the first matching case wins."""

    kind: ClassVar[str] = "branch"
    branch: list[Case] = Field(
        min_length=1, description="cases tried in order on the last utterance heard; the first match wins"
    )
    else_: Target = Field(NEXT, alias="else", description="where to go when no case matches")


class Goto(StepBase):
    """Jump unconditionally to a step id (or ``end``)."""

    kind: ClassVar[str] = "goto"
    goto: Target = Field(description="jump unconditionally")


class Hangup(StepBase):
    """End the call: the planned end (``answered``)."""

    kind: ClassVar[str] = "hangup"
    hangup: Literal[True] | None = Field(description="end the call (the bare string 'hangup' also works)")


STEP_MODELS: dict[str, type[StepBase]] = {
    m.kind: m for m in (Listen, Say, Play, Dtmf, Wait, Hold, Branch, Goto, Hangup)
}
assert tuple(STEP_MODELS) == KINDS


def suggest(word: str, choices: tuple[str, ...] | list[str]) -> str | None:
    """The closest of ``choices`` to ``word``, if any is close."""
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.5)
    return found[0] if found else None


def _unknown_kind(word: str) -> PydanticCustomError:
    close = suggest(word, KINDS)
    hint = f"; did you mean '{close}'?" if close else f" (known: {', '.join(KINDS)})"
    return PydanticCustomError("unknown_step", "unknown step '{key}'" + hint, {"key": word})


def _step_shape(value: Any) -> Any:
    """Reject what is not one step of one known kind, with a helpful message."""
    if isinstance(value, StepBase):
        return value
    if isinstance(value, str):
        if value in BARE_KINDS:
            return {value: True if value == "hangup" else None}
        if value in KINDS:
            raise PydanticCustomError("step_value", "step '{key}' needs a value: '{key}: ...'", {"key": value})
        raise _unknown_kind(value)
    if not isinstance(value, dict):
        raise PydanticCustomError("step_type", "a step must be a mapping like 'say: ...' or 'hangup'")
    kinds = [k for k in value if k in KINDS]
    if len(kinds) > 1:
        raise PydanticCustomError(
            "several_kinds",
            "a step has exactly one kind, found {kinds}",
            {"kinds": ", ".join(kinds), "key": kinds[1]},
        )
    if not kinds:
        others = [k for k in value if k not in COMMON_KEYS and k != "else"]
        if others:
            raise _unknown_kind(str(others[0]))
        raise PydanticCustomError("no_kind", "step has no kind (known: {known})", {"known": ", ".join(KINDS)})
    return value


def step_kind(value: Any) -> str | None:
    """The kind of a raw or validated step (None if it has none)."""
    if isinstance(value, StepBase):
        return value.kind
    if isinstance(value, str):
        return value if value in KINDS else None
    if isinstance(value, dict):
        kinds = [k for k in value if k in KINDS]
        return kinds[0] if len(kinds) == 1 else None
    return None


Step = Annotated[
    Annotated[Listen, Tag("listen")]
    | Annotated[Say, Tag("say")]
    | Annotated[Play, Tag("play")]
    | Annotated[Dtmf, Tag("dtmf")]
    | Annotated[Wait, Tag("wait")]
    | Annotated[Hold, Tag("hold")]
    | Annotated[Branch, Tag("branch")]
    | Annotated[Goto, Tag("goto")]
    | Annotated[Hangup, Tag("hangup")],
    Discriminator(step_kind),
    BeforeValidator(
        _step_shape,
        json_schema_input_type=Literal["hangup", "listen", "hold"]
        | Listen
        | Say
        | Play
        | Dtmf
        | Wait
        | Hold
        | Branch
        | Goto
        | Hangup,
    ),
]


# --- scenario -------------------------------------------------------------------------------


class Scenario(_Model):
    """A call scenario: who the caller is and what the robot does on the call."""

    model_config = ConfigDict(title="mysterycall scenario")

    name: str = Field(min_length=1, description="scenario name shown in results and reports")
    description: str | None = Field(None, description="free text for humans")
    language: Language = Field(description="language of prompts and transcription: 'ru' or 'en'")
    persona: dict[PersonaKey, PersonaField] = Field(
        default_factory=dict, description="caller variables used in prompts as {persona.NAME}"
    )
    max_call_s: float | None = Field(
        None, gt=0, le=3600, description="hang up after this many seconds (default: limits.max_call_s)"
    )
    max_steps: int = Field(100, ge=1, le=10000, description="the runner stops after executing this many steps")
    steps: list[Step] = Field(min_length=1, description="what the robot does, in order")
    checks: list[CheckItem] = Field(
        default_factory=list, description="scoring checks, or `include: FILE` of a checklist (see scoring)"
    )
    pass_percent: float = Field(80.0, ge=0, le=100, description="score percent needed to pass")

    _source: Path | None = PrivateAttr(None)
    _resolved_checks: list[Any] | None = PrivateAttr(None)

    @property
    def scoring_checks(self) -> list[Any]:
        """The checks with includes expanded (set by the loader)."""
        if self._resolved_checks is not None:
            return self._resolved_checks
        return [c for c in self.checks if not hasattr(c, "include")]

    @property
    def source(self) -> Path | None:
        """The file the scenario was loaded from."""
        return self._source

    def resolve(self, file: str | Path) -> Path:
        """A path from the scenario (e.g. a ``play`` file) made relative to the scenario's directory."""
        path = Path(file)
        if path.is_absolute() or self._source is None:
            return path
        return self._source.parent / path

    def render(self, text: str) -> str:
        """A prompt with the persona filled in."""
        return render_prompt(text, self.persona)

    def index_of(self, step_id: str) -> int:
        """Index of the step with this id (KeyError if none)."""
        for index, step in enumerate(self.steps):
            if step.id == step_id:
                return index
        raise KeyError(step_id)

    def target_index(self, current: int, target: str) -> int | None:
        """Index of the step a jump from ``current`` to ``target`` lands on; None is the end of the call."""
        if target == END:
            return None
        if target == NEXT:
            return current + 1 if current + 1 < len(self.steps) else None
        return self.index_of(target)
