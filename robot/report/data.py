"""Report figures computed from stored calls (pure functions over :class:`StoredCall` lists)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

import numpy as np

from robot.call.result import OUTCOMES
from robot.call.resultview import check_evidence, check_id, failed_checks
from robot.campaigns.store import Store, StoredCall

RATE_OUTCOMES = ("answered", "busy", "no_answer", "unreachable", "dropped")


def parse_since(value: str | date | datetime | None) -> datetime | None:
    """``--since``: a date (midnight UTC) or an ISO time (naive = UTC)."""
    if value is None or isinstance(value, datetime):
        return value if value is None or value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"--since: not a date or ISO time: {value!r}") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def select_calls(
    store: Store, client: str | None = None, since: datetime | None = None, sweep: str | None = None
) -> list[StoredCall]:
    return store.calls(client=client, since=since, sweep=sweep)


def _stats(values: Sequence[float]) -> dict[str, float | None]:
    if not values:
        return {"mean": None, "p90": None}
    array = np.asarray(values, dtype=float)
    return {"mean": round(float(array.mean()), 3), "p90": round(float(np.percentile(array, 90)), 3)}


def _mean(values: Sequence[float]) -> float | None:
    return round(float(np.mean(values)), 2) if values else None


def summarize(calls: Sequence[StoredCall]) -> dict[str, Any]:
    """Counts and rates shared by client and per-number rows."""
    outcomes = Counter(c.outcome for c in calls)
    rings = [
        c.result.timings.ring_to_answer_s
        for c in calls
        if c.outcome == "answered" and c.result.timings.ring_to_answer_s is not None
    ]
    scores = [c.score_percent for c in calls if c.score_percent is not None]
    failed: Counter[str] = Counter()
    for call in calls:
        failed.update({check_id(check) for check in failed_checks(call.result)})
    return {
        "calls": len(calls),
        "outcomes": {o: outcomes.get(o, 0) for o in OUTCOMES},
        "answer_rate": round(outcomes.get("answered", 0) / len(calls), 4) if calls else 0.0,
        "ring_to_answer_s": _stats(rings),
        "score_percent_mean": _mean(scores),
        "failed_checks": dict(sorted(failed.items(), key=lambda kv: (-kv[1], kv[0]))),
    }


def _group(calls: Iterable[StoredCall], key: Any) -> dict[Any, list[StoredCall]]:
    groups: dict[Any, list[StoredCall]] = {}
    for call in calls:
        groups.setdefault(key(call), []).append(call)
    return groups


def client_rows(calls: Sequence[StoredCall]) -> list[dict[str, Any]]:
    """The JSON report's ``clients`` list."""
    rows = []
    for client, client_calls in sorted(_group(calls, lambda c: c.client or "").items()):
        numbers = []
        for target, target_calls in _group(client_calls, lambda c: c.target).items():
            last = target_calls[-1]
            numbers.append(
                {
                    "target": target,
                    **summarize(target_calls),
                    "last_outcome": last.outcome,
                    "last_call_at": last.started_at,
                }
            )
        rows.append({"client": client, **summarize(client_calls), "numbers": numbers})
    return rows


def build_report(
    store: Store,
    client: str | None = None,
    since: str | date | datetime | None = None,
    sweep: str | None = None,
) -> dict[str, Any]:
    """The JSON report: ``{"clients": [...]}``, one entry per client with calls in the selection."""
    calls = select_calls(store, client, parse_since(since), sweep)
    return {"clients": client_rows(calls)}


def rates(row: dict[str, Any]) -> dict[str, float]:
    """Share of calls per outcome of interest (answered, busy, no answer, unreachable, dropped)."""
    calls = row["calls"] or 1
    return {o: row["outcomes"][o] / calls for o in RATE_OUTCOMES}


def call_row(call: StoredCall) -> dict[str, Any]:
    """One call as a flat row (CSV, the HTML per-call table)."""
    t = call.result.timings
    failed = failed_checks(call.result)
    return {
        "call_id": call.result.call_id,
        "sweep_id": call.sweep_id or "",
        "client": call.client or "",
        "target": call.target,
        "scenario": call.scenario or "",
        "attempt": call.attempt,
        "retest_of": call.retest_of if call.retest_of is not None else "",
        "started_at": call.started_at,
        "outcome": call.outcome,
        "sip_status": call.result.sip_status if call.result.sip_status is not None else "",
        "post_dial_delay_s": t.post_dial_delay_s,
        "ring_to_answer_s": t.ring_to_answer_s,
        "talk_s": t.talk_s,
        "total_s": t.total_s,
        "score_percent": call.score_percent,
        "failed_checks": ";".join(check_id(c) for c in failed),
        "recording": call.recording or "",
    }


def failed_check_details(call: StoredCall) -> list[dict[str, str | None]]:
    return [
        {"id": check_id(c), "title": str(c.get("title") or check_id(c)), "evidence": check_evidence(c)}
        for c in failed_checks(call.result)
    ]


def trend(store: Store, calls: Sequence[StoredCall]) -> list[dict[str, Any]]:
    """Per sweep (in start order): answer rate and mean score of the selected calls."""
    by_sweep = _group((c for c in calls if c.sweep_id), lambda c: c.sweep_id)
    rows = []
    for sweep in store.sweeps():
        sweep_calls = by_sweep.get(sweep.id)
        if sweep_calls:
            stats = summarize(sweep_calls)
            rows.append(
                {
                    "sweep": sweep.id,
                    "started_at": sweep.started_at,
                    "calls": stats["calls"],
                    "answer_rate": stats["answer_rate"],
                    "score_percent_mean": stats["score_percent_mean"],
                }
            )
    return rows
