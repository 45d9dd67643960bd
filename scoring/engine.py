"""Scoring a call against checks: per-check verdicts with evidence, and the total score.

Each check scores itself (:meth:`scoring.checks.base.Check.evaluate`) from the
:class:`~scoring.checks.base.CallFacts` prepared here once per call.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from scoring.checks.base import CallFacts, Check, Evidence
from scoring.inputs import ScoringInput
from scoring.metrics import compute_metrics, ordered
from scoring.stemming import detect_language, language_code

__all__ = ["CheckResult", "Evidence", "Score", "ScoreReport", "check_call", "score_call"]

Number = int | float


class CheckResult(BaseModel):
    """One check's verdict as it goes into the call result."""

    id: str
    title: str
    passed: bool | None
    points: Number
    weight: Number
    evidence: Evidence | None = None


class Score(BaseModel):
    """The total: points of passed checks out of the weight of checks that applied."""

    points: Number
    max_points: Number
    percent: float | None  # None when no check applied (nothing to judge)
    passed: bool


class ScoreReport(BaseModel):
    """``checks`` and ``score`` as they go into the call result (see :meth:`as_dict`)."""

    checks: list[CheckResult]
    score: Score

    def as_dict(self) -> dict[str, Any]:
        """``{"checks": [...], "score": {...}}`` as plain JSON-ready data."""
        return self.model_dump(mode="json")


def _num(value: float) -> Number:
    return int(value) if float(value).is_integer() else round(value, 3)


def call_facts(call: ScoringInput, language: str | None = None) -> CallFacts:
    """What the checks read: ordered turns, computed metrics and the language (detected if None)."""
    turns = ordered(call.turns)
    return CallFacts(
        call=call,
        turns=turns,
        metrics=compute_metrics(turns, call.timings, call.metrics, call.events),
        language=language_code(language) or detect_language(t.text for t in turns),
    )


def check_call(check: Check, call: ScoringInput, language: str | None = None) -> CheckResult:
    """Score one check (see :func:`score_call` for ``language``)."""
    return score_call([check], call, language).checks[0]


def score_call(
    checks: Sequence[Check], call: ScoringInput, language: str | None = None, pass_percent: float = 80
) -> ScoreReport:
    """Score a call: one :class:`CheckResult` per check and the total :class:`Score`.

    ``language`` None detects it from the transcript (Cyrillic → ru). Checks whose
    language differs from the call's give ``passed: null``, as do checks that cannot
    apply (transcript checks on an unanswered call, a missing metric...). Null checks
    count neither way; ``percent`` is None and ``passed`` false when no check applies.
    """
    facts = call_facts(call, language)
    results: list[CheckResult] = []
    for check in checks:
        passed, evidence = check.evaluate(facts)
        results.append(
            CheckResult(
                id=check.id,
                title=check.title,
                passed=passed,
                points=_num(check.weight if passed else 0),
                weight=_num(check.weight),
                evidence=evidence,
            )
        )
    points = sum(r.points for r in results)
    max_points = sum(r.weight for r in results if r.passed is not None)
    percent = round(100.0 * points / max_points, 1) if max_points else None
    score = Score(
        points=_num(points),
        max_points=_num(max_points),
        percent=percent,
        passed=percent is not None and percent >= pass_percent,
    )
    return ScoreReport(checks=results, score=score)
