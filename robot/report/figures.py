"""Per-call facts the report's figures rest on: who was reached, which recogniser, optional measures.

Pure functions over :class:`~robot.campaigns.store.StoredCall`; the one place that decides
which calls are scored, which are phone problems and whose speech verdicts are unreliable.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from robot.call.result import CallResult
from robot.call.resultview import callee_spoke, check_evidence, person_reached
from robot.campaigns.store import StoredCall

CONNECTED = ("answered", "dropped")  # the line was picked up (a callee's hang-up is the operator's doing)
PHONE_PROBLEMS = ("busy", "no_answer", "unreachable", "rejected", "invalid_number", "dropped", "failed")
SPEECH_KINDS = {"phrase", "not_phrase", "regex", "not_regex", "search", "text"}
OPTIONAL_COLUMNS = ("mos", "one_way_audio", "answered_by", "holds", "transfers", "time_to_human_s")


def extra(result: CallResult, name: str) -> Any:
    """A result field other stages may add (declared or extra), or None."""
    return getattr(result, name, None)


def answered_by(result: CallResult) -> str | None:
    value = extra(result, "answered_by")
    if isinstance(value, dict):  # {"kind": "human", ...} or similar
        value = value.get("kind") or value.get("value") or value.get("by")
    return str(value) if value not in (None, "") else None


def reached_person(call: StoredCall) -> bool:
    """The call connected and a person was reached (answered, or came on after an IVR or hold
    music; an undetected or undecided answerer counts as a person): only such calls are scored."""
    who = answered_by(call.result)
    if call.outcome == "dropped" and call.result.hangup_by == "network":
        return False  # the line died (no media): a phone problem, not the operator's doing
    metrics = call.result.metrics if isinstance(call.result.metrics, dict) else {}
    sure = call.result.answered_by_confidence
    spoke = callee_spoke(call.result.transcript)
    return call.outcome in CONNECTED and person_reached(who, sure, metrics.get("time_to_human_s"), spoke)


def counted_score(call: StoredCall) -> float | None:
    """The score that counts in means: None for calls that did not reach a person."""
    return call.score_percent if reached_person(call) else None


def asr_info(result: CallResult) -> dict[str, Any] | None:
    """The recogniser used (engine, model, language, fallback, warning) or None (not transcribed)."""
    return result.asr if isinstance(result.asr, dict) and result.asr else None


def asr_fallback(result: CallResult) -> bool:
    info = asr_info(result)
    return bool(info and info.get("fallback"))


def asr_label(result: CallResult) -> str:
    info = asr_info(result)
    if info is None:
        return ""
    label = " ".join(str(info[k]) for k in ("engine", "model") if info.get(k))
    return label + (" (fallback)" if info.get("fallback") else "")


def speech_check(check: dict[str, Any]) -> bool:
    """Does the verdict rest on the transcript? (outcome checks do not; unknown kinds are taken as speech)."""
    kind = check.get("kind") or check.get("type")
    if isinstance(kind, str):
        return kind in SPEECH_KINDS
    evidence = check_evidence(check) or ""
    return not evidence.startswith("outcome = ")


def speech_unreliable(call: StoredCall) -> bool:
    """A fallback recogniser transcribed a call that has speech checks: its speech verdicts are unreliable."""
    return asr_fallback(call.result) and any(speech_check(c) for c in call.result.checks)


def _count(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, list | tuple | dict):
        return len(value) or None  # an empty list is the default: nothing detected
    return None


def optional_values(call: StoredCall) -> dict[str, Any]:
    """MOS, who answered, holds, transfers and time to a human, where the result carries them."""
    result = call.result
    quality = extra(result, "quality")
    mos = quality.get("mos") if isinstance(quality, dict) else getattr(quality, "mos", None)
    metrics = result.metrics if isinstance(result.metrics, dict) else {}
    tth = metrics.get("time_to_human_s")
    one_way = quality.get("one_way_audio") if isinstance(quality, dict) else getattr(quality, "one_way_audio", None)
    return {
        "mos": round(float(mos), 2) if isinstance(mos, int | float) else None,
        "one_way_audio": "yes" if one_way is True else None,  # flagged only where found
        "answered_by": answered_by(result),
        "holds": _count(extra(result, "holds")),
        "transfers": len(result.transfers) if result.transfers else None,
        "time_to_human_s": round(float(tth), 2) if isinstance(tth, int | float) else None,
    }


def present_columns(calls: Iterable[StoredCall]) -> list[str]:
    """The optional columns at least one call has a value for, in :data:`OPTIONAL_COLUMNS` order."""
    seen: set[str] = set()
    for call in calls:
        seen.update(k for k, v in optional_values(call).items() if v is not None)
    return [c for c in OPTIONAL_COLUMNS if c in seen]


def number_answered(calls: Sequence[StoredCall], max_attempts: int | None) -> dict[str, int]:
    """Per number: lines dialled and lines answered within the allowed attempts.

    A line is one number in one sweep (calls outside sweeps: one per number); it counts as
    answered when one of its first ``max_attempts`` attempts (all, if unknown) was answered.
    """
    lines: dict[tuple[str | None, str], bool] = {}
    for call in calls:
        key = (call.sweep_id, call.target)
        within = max_attempts is None or call.attempt <= max_attempts
        lines[key] = lines.get(key, False) or (within and call.outcome == "answered")
    return {"lines_dialled": len(lines), "lines_answered": sum(lines.values())}
