"""``metric``: passes if a call metric lies within ``min``..``max``."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from scoring.checks.base import NO_VERDICT, CallFacts, Check, Evidence, Verdict
from scoring.metrics import METRICS, QUALITY_METRICS, known_metric, longest_silence, metric_value


class MetricCheck(Check):
    """Passes if a call metric lies within ``min``..``max``; a missing metric gives null."""

    kind: ClassVar[str] = "metric"

    metric: str = Field(
        description="one of: "
        + ", ".join(METRICS)
        + "; quality."
        + ", quality.".join(QUALITY_METRICS)
        + "; or metrics.NAME for any numeric key of the call result's metrics"
    )
    max_: float | None = Field(None, alias="max", description="largest passing value (inclusive)")
    min_: float | None = Field(None, alias="min", description="smallest passing value (inclusive)")

    @field_validator("metric")
    @classmethod
    def _known(cls, value: str) -> str:
        if known_metric(value):
            return value
        names = [*METRICS, *(f"quality.{name}" for name in QUALITY_METRICS)]
        raise PydanticCustomError(
            "metric",
            "unknown metric '{name}'; use one of {names} or metrics.NAME",
            {"name": value, "names": ", ".join(names)},
        )

    @model_validator(mode="after")
    def _bounds(self) -> MetricCheck:
        if self.max_ is None and self.min_ is None:
            raise PydanticCustomError("metric", "a metric check needs 'max' or 'min'")
        if self.max_ is not None and self.min_ is not None and self.min_ > self.max_:
            raise PydanticCustomError("metric", "'min' is greater than 'max'")
        return self

    def evaluate(self, facts: CallFacts) -> Verdict:
        """Evidence states the value and bounds; the longest silence also says where it started."""
        value = metric_value(self.metric, facts.metrics, facts.call.metrics, facts.call.quality)
        if value is None:
            return NO_VERDICT
        passed = (self.max_ is None or value <= self.max_) and (self.min_ is None or value >= self.min_)
        bounds = [
            f"min {self.min_:g}" if self.min_ is not None else "",
            f"max {self.max_:g}" if self.max_ is not None else "",
        ]
        text = f"{self.metric} = {value:.3g} ({', '.join(b for b in bounds if b)})"
        start = None
        if self.metric == "longest_silence_s" and "longest_silence_s" not in facts.call.metrics:
            found = longest_silence(facts.call.turns, facts.call.timings.talk_s)
            start = found[1] if found else None
        return Verdict(passed, Evidence(text=text, start_s=start))
