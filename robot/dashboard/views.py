"""What the call page shows, computed from a stored result: player offsets, turns, checks, timeline.

A result with ``time_base: invite`` counts every time from the INVITE, its recording too: the
player seeks to the time itself. In results stored before, transcript and evidence times are
seconds from the answer while the recording starts when media starts, which is earlier with
early media (183), so the player seeks to ``time + offset``.
"""

from __future__ import annotations

import json
from typing import Any

from robot.call.resultview import check_evidence, check_id, check_status


def recording_offset(result: dict[str, Any]) -> float:
    """Seconds of recording before the time 0 of the transcript (early media in an older result), else 0."""
    if result.get("time_base") == "invite":
        return 0.0
    times: dict[str, float] = {}
    for event in result.get("events") or []:
        name = event.get("event")
        if name in ("media_started", "answered") and name not in times and isinstance(event.get("t_s"), int | float):
            times[name] = float(event["t_s"])
    if "media_started" in times and "answered" in times:
        return max(0.0, times["answered"] - times["media_started"])
    return 0.0


def clock(seconds: float | None) -> str:
    """``m:ss.s`` for a time in the call."""
    if seconds is None:
        return ""
    minutes, rest = divmod(max(0.0, float(seconds)), 60)
    return f"{int(minutes)}:{rest:04.1f}"


def turns(result: dict[str, Any], offset: float) -> list[dict[str, Any]]:
    found = []
    for turn in result.get("transcript") or []:
        start = turn.get("start_s")
        found.append(
            {
                "speaker": turn.get("speaker", "?"),
                "text": turn.get("text", ""),
                "start_s": start,
                "seek": round(float(start) + offset, 3) if isinstance(start, int | float) else None,
                "clock": clock(start),
                "step": turn.get("step"),
                "interrupted": bool(turn.get("interrupted")),
            }
        )
    return found


def checks(result: dict[str, Any], offset: float) -> list[dict[str, Any]]:
    found = []
    for check in result.get("checks") or []:
        evidence = check.get("evidence")
        start = evidence.get("start_s") if isinstance(evidence, dict) else None
        found.append(
            {
                "id": check_id(check),
                "title": str(check.get("title") or check_id(check)),
                "status": check_status(check),
                "points": check.get("points"),
                "weight": check.get("weight"),
                "confidence": check.get("confidence"),
                "quote": check_evidence(check),
                "speaker": evidence.get("speaker") if isinstance(evidence, dict) else None,
                "seek": round(float(start) + offset, 3) if isinstance(start, int | float) else None,
                "clock": clock(start) if isinstance(start, int | float) else "",
            }
        )
    return found


def timeline(result: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for event in result.get("events") or []:
        detail = event.get("detail") or {}
        rows.append(
            {
                "t_s": event.get("t_s"),
                "event": event.get("event", "?"),
                "detail": ", ".join(f"{k}: {_short(v)}" for k, v in detail.items()) if isinstance(detail, dict) else "",
            }
        )
    return rows


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 120 else text[:117] + "..."


def failed_ids(result: dict[str, Any]) -> list[str]:
    return [c["id"] for c in checks(result, 0.0) if c["status"] == "fail"]


def answered_by(result: dict[str, Any]) -> str | None:
    value = result.get("answered_by")
    return str(value) if value not in (None, "") else None
