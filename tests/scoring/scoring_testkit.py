"""Helpers for scoring tests: build checks and calls from plain data."""

from __future__ import annotations

from typing import Any

from scoring.engine import CheckResult, score_call
from scoring.inputs import ScoringInput
from scoring.models import Check, parse_check_item


def make_check(**data: Any) -> Check:
    data.setdefault("id", "c")
    data.setdefault("title", "t")
    return parse_check_item(data)


def callee(text: str, start: float = 1.0, end: float | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "speaker": "callee",
        "start_s": start,
        "end_s": end if end is not None else start + 2,
        "text": text,
    } | extra


def robot(text: str, start: float = 0.0, end: float | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "speaker": "robot",
        "start_s": start,
        "end_s": end if end is not None else start + 2,
        "text": text,
    } | extra


def make_call(*turns: dict[str, Any], **extra: Any) -> ScoringInput:
    return ScoringInput.from_transcript({"turns": list(turns)} | extra)


def run(check: Check, call: ScoringInput, language: str | None = None) -> CheckResult:
    return score_call([check], call, language).checks[0]
