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
REVIEW_THRESHOLD = 0.6
"""Default confidence below which a weighted check sends the call to review."""


class CheckResult(BaseModel):
    """One check's verdict as it goes into the call result."""

    id: str
    title: str
    passed: bool | None
    points: Number
    weight: Number
    evidence: Evidence | None = None
    confidence: float = 1.0
    """How sure the verdict is (0-1): match strength and the recogniser's word confidences."""
    intent: str | None = None
    """The intent the check matched by (its bank), if any."""


class Score(BaseModel):
    """The total: points of passed checks out of the weight of checks that applied."""

    points: Number
    max_points: Number
    percent: float | None  # None when no check applied (nothing to judge)
    passed: bool
    needs_review: bool = False
    """A weighted check's confidence is below the review threshold: a human should listen."""
    review: list[str] = []
    """Ids of the checks to listen to."""


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


def _on_call_clock(evidence: Evidence | None, offset_s: float) -> Evidence | None:
    """Evidence times back on the call's own time base (the recording's)."""
    if evidence is None or not offset_s:
        return evidence
    moved = {}
    for key in ("start_s", "end_s"):
        value = getattr(evidence, key)
        if isinstance(value, float | int):
            moved[key] = round(value + offset_s, 3)
    return evidence.model_copy(update=moved)


def check_call(check: Check, call: ScoringInput, language: str | None = None) -> CheckResult:
    """Score one check (see :func:`score_call` for ``language``)."""
    return score_call([check], call, language).checks[0]


def score_call(
    checks: Sequence[Check],
    call: ScoringInput,
    language: str | None = None,
    pass_percent: float = 80,
    review_threshold: float = REVIEW_THRESHOLD,
) -> ScoreReport:
    """Score a call: one :class:`CheckResult` per check and the total :class:`Score`.

    ``language`` None detects it from the transcript (Cyrillic → ru). Checks whose
    language differs from the call's give ``passed: null``, as do checks that cannot
    apply (transcript checks on an unanswered call, a missing metric...). Null checks
    count neither way; ``percent`` is None and ``passed`` false when no check applies.
    A weighted check whose confidence is below ``review_threshold`` (or its own
    ``review_below``) puts the call on the review queue (``needs_review``, ``review``).
    """
    facts = call_facts(call, language)
    results: list[CheckResult] = []
    review: list[str] = []
    for check in checks:
        verdict = check.evaluate(facts)
        passed = verdict.passed
        confidence = 1.0 if verdict.confidence is None or passed is None else verdict.confidence
        results.append(
            CheckResult(
                id=check.id,
                title=check.title,
                passed=passed,
                points=_num(check.weight if passed else 0),
                weight=_num(check.weight),
                evidence=_on_call_clock(verdict.evidence, call.offset_s),
                confidence=confidence,
                intent=verdict.intent,
            )
        )
        limit = getattr(check, "review_below", None)
        if check.weight > 0 and confidence < (review_threshold if limit is None else limit):
            review.append(check.id)
    points = sum(r.points for r in results)
    max_points = sum(r.weight for r in results if r.passed is not None)
    percent = round(100.0 * points / max_points, 1) if max_points else None
    score = Score(
        points=_num(points),
        max_points=_num(max_points),
        percent=percent,
        passed=percent is not None and percent >= pass_percent,
        needs_review=bool(review),
        review=review,
    )
    return ScoreReport(checks=results, score=score)
