"""Pydantic models of the ``checks:`` list: one model per check kind, plus ``include`` items.

A check is a mapping with ``id``, ``title``, ``weight`` and exactly one *kind key*:
``phrase``, ``not_phrase``, ``regex``, ``not_regex``, ``metric``, ``outcome`` or
``not_dropped``. The kind key selects the model (a callable discriminator), so YAML needs
no ``type:`` field and JSON Schema still documents every kind.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    TypeAdapter,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from robot.call.result import Outcome

KIND_KEYS: tuple[str, ...] = (
    "phrase",
    "not_phrase",
    "regex",
    "not_regex",
    "metric",
    "outcome",
    "not_dropped",
    "include",
)

# Metrics computed by :mod:`scoring.metrics`; ``metrics.NAME`` reads any key of result.metrics.
METRICS: dict[str, str] = {
    "answer_s": "timings.answer_s: seconds from dialing to answer",
    "ring_to_answer_s": "timings.ring_to_answer_s: seconds of ringing before answer",
    "post_dial_delay_s": "timings.post_dial_delay_s: seconds from dialing to the first ring",
    "talk_s": "timings.talk_s: seconds from answer to hangup",
    "total_s": "timings.total_s: seconds of the whole call",
    "hold_s": "seconds on hold (result.metrics.hold_s, else hold/unhold events)",
    "longest_silence_s": "longest time after answer with nobody speaking (result.metrics or transcript)",
    "callee_talk_ratio": "callee speech time / all speech time, 0..1",
    "callee_talk_s": "seconds of callee speech",
    "callee_words": "number of words the callee said",
    "interruptions": "number of turns starting while the other party is still speaking",
    "callee_interruptions": "number of callee turns starting while the robot is speaking",
    "response_latency_mean_s": "mean seconds from the end of a robot turn to the callee's reply",
    "response_latency_max_s": "longest such reply latency",
}

ID_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class CheckBase(_Strict):
    """Fields common to every check."""

    id: str = Field(pattern=ID_PATTERN, description="unique id of the check (letters, digits, _ . -)")
    title: str = Field(min_length=1, description="human title used in reports")
    weight: float = Field(1, ge=0, description="points the check is worth when it passes (default 1)")
    language: str | None = Field(
        None,
        description="language of the phrases (en, ru...); defaults to the checklist file's language. "
        "When the call's language is known and differs, the check gives passed: null",
    )

    @property
    def kind(self) -> str:
        """The kind key of this check (``phrase``, ``metric``...)."""
        raise NotImplementedError


Speaker = Literal["callee", "robot", "any"]
PhraseList = Annotated[list[Annotated[str, Field(min_length=1)]], Field(min_length=1)]


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


class TextCheck(CheckBase):
    """Filters shared by the transcript kinds (phrase, not_phrase, regex, not_regex)."""

    speaker: Speaker = Field("callee", description="whose turns are searched: callee (default), robot, any")
    within_s: float | None = Field(
        None, gt=0, description="only turns starting within this many seconds of answer count"
    )
    last_s: float | None = Field(
        None, gt=0, description="only turns starting within this many seconds of the conversation's end"
    )
    after_step: str | None = Field(
        None,
        description="only the speaker's turns after the robot turn whose step is this id, "
        "up to the next robot turn of another step",
    )
    min_words: int | None = Field(
        None,
        ge=1,
        description="the chosen turns must hold at least this many words, else the check fails "
        "(e.g. a not_phrase answer check that silence must not pass)",
    )


class FuzzyCheck(TextCheck):
    """Tuning of the fuzzy phrase matcher (phrase, not_phrase)."""

    threshold: float | None = Field(
        None,
        ge=50,
        le=100,
        description="fuzzy similarity (0-100) two words need to match when their stems differ "
        "(default 84); 100 means stems must be equal",
    )
    slack: int | None = Field(None, ge=0, le=10, description="extra words allowed inside a phrase match (default 3)")
    negation: bool = Field(
        True,
        description="ignore occurrences negated in the speech ('we don't ask where...'); false counts every occurrence",
    )


class PhraseCheck(FuzzyCheck):
    """Passes if the speaker says any of the phrases (not negated)."""

    phrase: PhraseList = Field(description="phrases; any one of them passes the check")

    _list = field_validator("phrase", mode="before")(_as_list)

    @property
    def kind(self) -> str:
        return "phrase"


class NotPhraseCheck(FuzzyCheck):
    """Passes if the speaker says none of the phrases; evidence quotes the offending words."""

    not_phrase: PhraseList = Field(description="phrases that must not be said")

    _list = field_validator("not_phrase", mode="before")(_as_list)

    @property
    def kind(self) -> str:
        return "not_phrase"


def _compile_all(patterns: list[str]) -> list[str]:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise PydanticCustomError(
                "regex",
                "bad regular expression {pattern}: {error}",
                {"pattern": repr(pattern), "error": str(exc)},
            ) from None
    return patterns


class RegexCheck(TextCheck):
    """Passes if any regex matches a turn's normalised text (lower case, ё→е, no punctuation)."""

    regex: PhraseList = Field(description="Python regular expressions, case-insensitive")

    _list = field_validator("regex", mode="before")(_as_list)
    _compile = field_validator("regex")(_compile_all)

    @property
    def kind(self) -> str:
        return "regex"


class NotRegexCheck(TextCheck):
    """Passes if no regex matches; evidence quotes the offending text."""

    not_regex: PhraseList = Field(description="Python regular expressions that must not match")

    _list = field_validator("not_regex", mode="before")(_as_list)
    _compile = field_validator("not_regex")(_compile_all)

    @property
    def kind(self) -> str:
        return "not_regex"


class MetricCheck(CheckBase):
    """Passes if a call metric lies within ``min``..``max``; a missing metric gives null."""

    metric: str = Field(
        description="one of: "
        + ", ".join(METRICS)
        + "; or metrics.NAME for any numeric key of the call result's metrics"
    )
    max_: float | None = Field(None, alias="max", description="largest passing value (inclusive)")
    min_: float | None = Field(None, alias="min", description="smallest passing value (inclusive)")

    @field_validator("metric")
    @classmethod
    def _known(cls, value: str) -> str:
        if value in METRICS or (value.startswith("metrics.") and len(value) > len("metrics.")):
            return value
        raise PydanticCustomError(
            "metric",
            "unknown metric '{name}'; use one of {names} or metrics.NAME",
            {"name": value, "names": ", ".join(METRICS)},
        )

    @model_validator(mode="after")
    def _bounds(self) -> MetricCheck:
        if self.max_ is None and self.min_ is None:
            raise PydanticCustomError("metric", "a metric check needs 'max' or 'min'")
        if self.max_ is not None and self.min_ is not None and self.min_ > self.max_:
            raise PydanticCustomError("metric", "'min' is greater than 'max'")
        return self

    @property
    def kind(self) -> str:
        return "metric"


class OutcomeCheck(CheckBase):
    """Passes if the call outcome is the given one (or one of a list)."""

    outcome: Annotated[list[Outcome], Field(min_length=1)] = Field(
        description="expected outcome(s): answered, dropped, busy, no_answer, rejected..."
    )

    _list = field_validator("outcome", mode="before")(_as_list)

    @property
    def kind(self) -> str:
        return "outcome"


class NotDroppedCheck(CheckBase):
    """Passes if an answered call was not dropped; null if the call was never answered."""

    not_dropped: Literal[True] = Field(description="must be true")

    @property
    def kind(self) -> str:
        return "not_dropped"


class IncludeItem(_Strict):
    """Includes the checks of a checklist file (path relative to the including file)."""

    include: str = Field(min_length=1, description="checklist file, relative to the including file")
    exclude: list[str] = Field(default_factory=list, description="ids of included checks to leave out")


def _kind_of(value: Any) -> str | None:
    if isinstance(value, BaseModel):
        value = {key: True for key in KIND_KEYS if key in type(value).model_fields}
    if not isinstance(value, dict):
        return None
    for key in KIND_KEYS:
        if key in value:
            return f"kind[{key}]"
    return None


def _exactly_one_kind(value: Any) -> Any:
    if isinstance(value, dict):
        kinds = [key for key in KIND_KEYS if key in value]
        if len(kinds) > 1:
            raise PydanticCustomError(
                "check_kind", "a check has exactly one kind, found {kinds}", {"kinds": " and ".join(kinds)}
            )
        if not kinds:
            raise PydanticCustomError(
                "check_kind", "a check needs one of the keys {keys}", {"keys": ", ".join(KIND_KEYS)}
            )
    return value


Check = PhraseCheck | NotPhraseCheck | RegexCheck | NotRegexCheck | MetricCheck | OutcomeCheck | NotDroppedCheck
"""Any validated check (a plain union, for type hints and isinstance)."""

_TAGGED_CHECKS = (
    Annotated[PhraseCheck, Tag("kind[phrase]")]
    | Annotated[NotPhraseCheck, Tag("kind[not_phrase]")]
    | Annotated[RegexCheck, Tag("kind[regex]")]
    | Annotated[NotRegexCheck, Tag("kind[not_regex]")]
    | Annotated[MetricCheck, Tag("kind[metric]")]
    | Annotated[OutcomeCheck, Tag("kind[outcome]")]
    | Annotated[NotDroppedCheck, Tag("kind[not_dropped]")]
)

CheckItem = Annotated[
    Annotated[_TAGGED_CHECKS | Annotated[IncludeItem, Tag("kind[include]")], Discriminator(_kind_of)],
    BeforeValidator(_exactly_one_kind),
    Field(description="a check (id, title, weight and one kind key) or an include item"),
]
"""One element of a ``checks:`` list: a check or ``include: FILE`` (use as ``list[CheckItem]``)."""

CHECK_ITEM: TypeAdapter[Any] = TypeAdapter(CheckItem)
"""Validator of one ``checks:`` element."""


class ChecklistFile(_Strict):
    """A reusable checklist file: ``checks:`` and optionally ``language`` and ``title``."""

    title: str | None = Field(None, description="what the checklist is for")
    language: str | None = Field(None, description="language of the phrases (en, ru...)")
    checks: list[Any] = Field(description="checks and include items")
