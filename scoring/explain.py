"""Why each check decided as it did: matched words, lemmas, synonyms, rejections, confidence."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from scoring.checks.base import Check
from scoring.checks.text import FuzzyCheck, TextCheck, confidence_of, select_turns
from scoring.engine import REVIEW_THRESHOLD, call_facts, score_call
from scoring.inputs import ScoringInput


def explain_call(
    checks: Sequence[Check], call: ScoringInput, language: str | None = None, review_below: float = REVIEW_THRESHOLD
) -> list[dict[str, Any]]:
    """Per check: its verdict, confidence and whether it sends the call to review, plus for
    phrase kinds every candidate match and its fate."""
    report = score_call(checks, call, language, review_threshold=review_below)
    facts = call_facts(call, language)
    explained: list[dict[str, Any]] = []
    for check, result in zip(checks, report.checks, strict=True):
        entry: dict[str, Any] = {
            "id": check.id,
            "kind": check.kind,
            "passed": result.passed,
            "confidence": result.confidence,
            "review": result.id in report.score.review,
            "intent": result.intent,
            "evidence": result.evidence.model_dump(mode="json") if result.evidence else None,
        }
        if isinstance(check, FuzzyCheck):
            entry["match"] = check.match
            chosen = select_turns(check, facts.turns) if isinstance(check, TextCheck) else None
            if chosen is not None:
                found, intent = check.search(facts.turns, chosen, facts.language, trace=True)
                entry["intent"] = intent
                entry["candidates"] = found.trace
                entry["search_confidence"] = confidence_of(found)
        explained.append(entry)
    return explained
