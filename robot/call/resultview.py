"""Read-only helpers over a :class:`~robot.call.result.CallResult`: checks, score, end time.

``CallResult.checks`` and ``CallResult.score`` are free-form dicts written by the scoring
stage; these helpers are the one place that knows which keys they use, and accept the
common spellings (``id``/``check``/``name``, ``passed``/``ok``/``status``...).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from robot.call.result import CallResult, Turn

_FAILED_STATUSES = {"fail", "failed", "false", "no"}
_PASSED_STATUSES = {"pass", "passed", "ok", "true", "yes"}


#: who can answer a call without a person on the line
MACHINES = frozenset({"ivr", "voicemail", "announcement", "music", "fax", "silence"})
#: a machine decision at least this sure counts as one (a long greeting with no beep, tone or
#: words is the detector's guess, 0.5: people who answer with one are not hung up on or unscored)
SURE_MACHINE = 0.8


def callee_spoke(turns: Iterable[Turn]) -> bool:
    """Whether the transcript has a callee turn with words (a silent answer someone then broke)."""
    return any(t.speaker == "callee" and t.text.strip() for t in turns)


def person_reached(
    answered_by: str | None, confidence: float | None, time_to_human_s: float | None, callee_spoke: bool = False
) -> bool:
    """Whether a call reached a live person: not surely answered by a machine, or a person
    came on later (after an IVR or hold music; after a silent answer, whoever then spoke)."""
    if time_to_human_s is not None or answered_by not in MACHINES:
        return True
    if answered_by == "silence" and callee_spoke:
        return True
    return confidence is not None and confidence < SURE_MACHINE


def check_id(check: dict[str, Any]) -> str:
    """The check's identifier (``id``, else ``check``, ``name``, ``title``)."""
    for key in ("id", "check", "name", "title"):
        if check.get(key) not in (None, ""):
            return str(check[key])
    return "?"


def check_passed(check: dict[str, Any]) -> bool | None:
    """True/False for a decided check, None when it was skipped or not applicable."""
    for key in ("passed", "ok", "pass"):
        value = check.get(key)
        if isinstance(value, bool):
            return value
    status = str(check.get("status", check.get("result", ""))).strip().lower()
    if status in _PASSED_STATUSES:
        return True
    if status in _FAILED_STATUSES:
        return False
    return None


def check_status(check: dict[str, Any]) -> str:
    """``pass``, ``fail`` or ``n/a``."""
    passed = check_passed(check)
    return "n/a" if passed is None else ("pass" if passed else "fail")


def check_evidence(check: dict[str, Any]) -> str | None:
    """The quoted evidence for a check (what the callee said), if any."""
    for key in ("evidence", "quote", "matched", "reason", "detail"):
        value = check.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, list) and value:
            return " … ".join(str(v) for v in value)
        if isinstance(value, dict) and isinstance(text := value.get("text"), str):
            return text
    return None


def failed_checks(result: CallResult) -> list[dict[str, Any]]:
    return [c for c in result.checks if check_passed(c) is False]


def checks_by_id(result: CallResult) -> dict[str, dict[str, Any]]:
    return {check_id(c): c for c in result.checks}


def score_percent(result: CallResult) -> float | None:
    """The score as a percentage, from ``score.percent`` (or ``points``/``max_points``)."""
    score = result.score
    if not score or score.get("max_points") == 0:
        return None  # no check applied: nothing to average
    for key in ("percent", "score_percent", "pct"):
        if isinstance(score.get(key), int | float):
            return float(score[key])
    points, maximum = score.get("points", score.get("total")), score.get("max_points", score.get("max"))
    if isinstance(points, int | float) and isinstance(maximum, int | float) and maximum > 0:
        return 100.0 * points / maximum
    return None


def parse_time(text: str) -> datetime:
    """Parse an ISO-8601 time; a naive time is taken as UTC."""
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def utc_iso(value: datetime) -> str:
    """A sortable UTC ISO string (the store's time format)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def ended_at(result: CallResult) -> datetime:
    """When the call ended: start plus its total duration."""
    return parse_time(result.started_at) + timedelta(seconds=result.timings.total_s or 0.0)
