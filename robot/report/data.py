"""Report figures computed from stored calls (pure functions over :class:`StoredCall` lists)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

import numpy as np

from robot.call.result import OUTCOMES
from robot.call.resultview import check_evidence, check_id, failed_checks
from robot.campaigns.retest import Comparison, compare
from robot.campaigns.store import Store, StoredCall
from robot.report.context import ReportContext, report_context
from robot.report.figures import (
    PHONE_PROBLEMS,
    asr_info,
    asr_label,
    counted_score,
    number_answered,
    optional_values,
    reached_person,
    speech_unreliable,
)

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
    """The calls matching the filters, oldest first; with ``sweep``, its calls' retests too."""
    calls = store.calls(client=client, since=since, sweep=sweep)
    if sweep is not None:
        retests = [r for c in calls for r in store.retests_of(c.id)]
        calls = sorted(calls + retests, key=lambda c: (c.started_at, c.id))
    return calls


def _stats(values: Sequence[float]) -> dict[str, float | None]:
    if not values:
        return {"mean": None, "p90": None}
    array = np.asarray(values, dtype=float)
    return {"mean": round(float(array.mean()), 3), "p90": round(float(np.percentile(array, 90)), 3)}


def _mean(values: Sequence[float]) -> float | None:
    return round(float(np.mean(values)), 2) if values else None


def summarize(calls: Sequence[StoredCall], max_attempts: int | None = None) -> dict[str, Any]:
    """Counts and rates shared by client and per-number rows (pass sweep calls only, not retests).

    ``answer_rate`` is per attempt (answered calls / calls); ``answer_rate_per_number`` is
    per line (a number in a sweep answered within ``max_attempts``). Scores and failed checks
    count only calls that reached a person; the others are in ``phone_problems``.
    """
    outcomes = Counter(c.outcome for c in calls)
    rings = [
        c.result.timings.ring_to_answer_s
        for c in calls
        if c.outcome == "answered" and c.result.timings.ring_to_answer_s is not None
    ]
    scored = [c for c in calls if reached_person(c)]
    scores = [c.score_percent for c in scored if c.score_percent is not None]
    failed: Counter[str] = Counter()
    for call in scored:
        failed.update({check_id(check) for check in failed_checks(call.result)})
    lines = number_answered(calls, max_attempts)
    problems = {o: outcomes.get(o, 0) for o in PHONE_PROBLEMS}
    row: dict[str, Any] = {
        "calls": len(calls),
        "outcomes": {o: outcomes.get(o, 0) for o in OUTCOMES},
        "answer_rate": _rate(outcomes.get("answered", 0), len(calls)),
        "ring_to_answer_s": _stats(rings),
        "score_percent_mean": _mean(scores),
        "failed_checks": dict(sorted(failed.items(), key=lambda kv: (-kv[1], kv[0]))),
        "answer_rate_per_attempt": _rate(outcomes.get("answered", 0), len(calls)),
        "answer_rate_per_number": _rate(lines["lines_answered"], lines["lines_dialled"]),
        **lines,
        "max_attempts": max_attempts,
        "scored_calls": len(scores),
        "phone_problems": problems,
        "phone_problem_rate": _rate(sum(problems.values()), len(calls)),
        "unreliable_speech_calls": sum(speech_unreliable(c) for c in calls),
    }
    row.update(_optional_figures(calls))
    return row


def _rate(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _optional_figures(calls: Sequence[StoredCall]) -> dict[str, Any]:
    """MOS, who answered, holds, transfers, time to a human: only when some call carries them."""
    values = [optional_values(c) for c in calls]
    present = {k for v in values for k, x in v.items() if x is not None}
    out: dict[str, Any] = {}
    if "mos" in present:
        out["mos_mean"] = _mean([v["mos"] for v in values if v["mos"] is not None])
    if "one_way_audio" in present:
        out["one_way_audio_calls"] = sum(1 for v in values if v["one_way_audio"])
    if "answered_by" in present:
        out["answered_by"] = dict(Counter(v["answered_by"] for v in values if v["answered_by"] is not None))
        out["reached_person_rate"] = _rate(sum(reached_person(c) for c in calls), len(calls))
    if "holds" in present:
        out["holds"] = sum(v["holds"] or 0 for v in values)
    if "transfers" in present:
        out["transfers"] = sum(v["transfers"] or 0 for v in values)
    if "time_to_human_s" in present:
        out["time_to_human_s"] = _stats([v["time_to_human_s"] for v in values if v["time_to_human_s"] is not None])
    return out


def _group(calls: Iterable[StoredCall], key: Any) -> dict[Any, list[StoredCall]]:
    groups: dict[Any, list[StoredCall]] = {}
    for call in calls:
        groups.setdefault(key(call), []).append(call)
    return groups


def client_rows(calls: Sequence[StoredCall], max_attempts: int | None = None) -> list[dict[str, Any]]:
    """The JSON report's ``clients`` list (give it the sweep calls, not the retests)."""
    rows = []
    for client, client_calls in sorted(_group(calls, lambda c: c.client or "").items()):
        numbers = []
        for target, target_calls in _group(client_calls, lambda c: c.target).items():
            last = target_calls[-1]
            numbers.append(
                {
                    "target": target,
                    **summarize(target_calls, max_attempts),
                    "last_outcome": last.outcome,
                    "last_call_at": last.started_at,
                }
            )
        rows.append({"client": client, **summarize(client_calls, max_attempts), "numbers": numbers})
    return rows


def split_retests(calls: Sequence[StoredCall]) -> tuple[list[StoredCall], list[StoredCall]]:
    """(sweep and one-off calls, retests): retests never count in the totals."""
    return [c for c in calls if c.retest_of is None], [c for c in calls if c.retest_of is not None]


def retest_comparisons(store: Store, retests: Sequence[StoredCall]) -> list[Comparison]:
    """Before/after for every retest given."""
    result = []
    for after in retests:
        if after.retest_of is not None and (before := store.call(after.retest_of)) is not None:
            result.append(compare(before, after))
    return result


def recognisers(calls: Sequence[StoredCall]) -> list[dict[str, Any]]:
    """The recognisers that transcribed the calls, with how many calls each and their warnings."""
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for call in calls:
        info = asr_info(call.result)
        if info is None:
            continue
        key = tuple(info.get(k) for k in ("engine", "model", "language", "fallback"))
        entry = seen.setdefault(key, {**{k: info.get(k) for k in ("engine", "model", "language")},
                                      "fallback": bool(info.get("fallback")), "calls": 0, "warnings": []})  # fmt: skip
        entry["calls"] += 1
        if info.get("warning") and info["warning"] not in entry["warnings"]:
            entry["warnings"].append(info["warning"])
    return list(seen.values())


def build_report(
    store: Store,
    client: str | None = None,
    since: str | date | datetime | None = None,
    sweep: str | None = None,
) -> dict[str, Any]:
    """The JSON report: ``{"clients": [...], ...}``, one entry per client with calls in the selection.

    ``clients`` counts sweep calls only; ``retests`` lists before/after pairs; ``campaign``
    names the campaigns, their period and time zone; ``recognisers`` the ASR engines used.
    """
    calls = select_calls(store, client, parse_since(since), sweep)
    context = report_context(store, calls)
    main, retests = split_retests(calls)
    comparisons = retest_comparisons(store, retests)
    return {
        "clients": client_rows(main, context.max_attempts),
        "campaign": context.as_dict(),
        "retests": [
            {
                **c.to_dict(),
                "improved": c.improved,
                "score_counted": {"before": counted_score(c.before), "after": counted_score(c.after)},
            }
            for c in comparisons
        ],
        "recognisers": recognisers(calls),
    }


def rates(row: dict[str, Any]) -> dict[str, float]:
    """Share of calls per outcome of interest (answered, busy, no answer, unreachable, dropped)."""
    calls = row["calls"] or 1
    return {o: row["outcomes"][o] / calls for o in RATE_OUTCOMES}


def call_row(call: StoredCall, context: ReportContext | None = None) -> dict[str, Any]:
    """One call as a flat row (CSV, XLSX, the HTML per-call table); new keys are appended at the end."""
    t = call.result.timings
    failed = failed_checks(call.result)
    row = {
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
        # appended (the columns above keep their names and order)
        "started_local": context.local_text(call.started_at) if context else call.started_at,
        "time_zone": context.time_zone if context else "UTC",
        "reached_person": "yes" if reached_person(call) else "no",
        "score_counted": counted_score(call),
        "asr": asr_label(call.result),
        "speech_checks_unreliable": "yes" if speech_unreliable(call) else "",
        "failed_check_evidence": " | ".join(f"{check_id(c)}: {check_evidence(c) or '(no quote)'}" for c in failed),
    }
    row.update(optional_values(call))
    return row


def failed_check_details(call: StoredCall) -> list[dict[str, str | None]]:
    return [
        {"id": check_id(c), "title": str(c.get("title") or check_id(c)), "evidence": check_evidence(c)}
        for c in failed_checks(call.result)
    ]


def trend(store: Store, calls: Sequence[StoredCall], max_attempts: int | None = None) -> list[dict[str, Any]]:
    """Per sweep (in start order): answer rate and mean score of the selected calls."""
    by_sweep = _group((c for c in calls if c.sweep_id), lambda c: c.sweep_id)
    rows = []
    for sweep in store.sweeps():
        sweep_calls = by_sweep.get(sweep.id)
        if sweep_calls:
            stats = summarize(sweep_calls, max_attempts)
            rows.append(
                {
                    "sweep": sweep.id,
                    "started_at": sweep.started_at,
                    "calls": stats["calls"],
                    "answer_rate": stats["answer_rate"],
                    "answer_rate_per_number": stats["answer_rate_per_number"],
                    "score_percent_mean": stats["score_percent_mean"],
                }
            )
    return rows
