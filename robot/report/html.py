"""The client-facing HTML report: one self-contained page (inline CSS, charts as data URIs)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import jinja2

from robot.call.resultview import check_id, failed_checks
from robot.campaigns.store import Store, StoredCall
from robot.report import charts
from robot.report.context import ReportContext, report_context
from robot.report.data import (
    call_row,
    client_rows,
    failed_check_details,
    rates,
    recognisers,
    retest_comparisons,
    split_retests,
    trend,
)
from robot.report.figures import (
    asr_fallback,
    asr_info,
    asr_label,
    counted_score,
    optional_values,
    present_columns,
    reached_person,
    speech_check,
    speech_unreliable,
)

COLUMN_TITLES = {
    "mos": "MOS",
    "one_way_audio": "one-way audio",
    "answered_by": "answered by",
    "holds": "holds",
    "transfers": "transfers",
    "time_to_human_s": "time to human, s",
}

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("robot.report", "templates"),
    autoescape=jinja2.select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f}%"


def _secs(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} s"


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}%"


def _turns(call: StoredCall) -> list[dict[str, Any]]:
    return [
        {"speaker": t.speaker, "at": f"{t.start_s:.1f}", "text": t.text}
        for t in sorted(call.result.transcript, key=lambda t: t.start_s)
    ]


def _call_view(call: StoredCall, context: ReportContext, links: dict[int, str]) -> dict[str, Any]:
    row = call_row(call, context)
    unreliable = speech_unreliable(call)
    failed = [
        {**f, "unreliable": unreliable and speech_check(c)}
        for f, c in zip(failed_check_details(call), failed_checks(call.result), strict=True)
    ]
    asr = asr_info(call.result) or {}
    return {
        "call_id": call.result.call_id,
        "when": context.local_text(call.started_at),
        "target": call.target,
        "attempt": call.attempt,
        "retest": call.retest_of is not None,
        "outcome": call.outcome,
        "ring": row["ring_to_answer_s"],
        "talk": row["talk_s"],
        "score": call.score_percent,
        "scored": reached_person(call),
        "failed": failed,
        "recording": links.get(call.id),
        "has_recording": bool(call.recording),
        "turns": _turns(call),
        "asr": asr_label(call.result),
        "fallback": asr_fallback(call.result),
        "asr_warning": asr.get("warning"),
        "unreliable": unreliable,
        "optional": optional_values(call),
    }


def render_html(
    store: Store,
    calls: list[StoredCall],
    filters: str = "",
    links: dict[int, str] | None = None,
    title: str = "Mystery call report",
    for_print: bool = False,
) -> str:
    """Render the report page for the selected calls.

    ``links``: relative recording links per call row (a bundle); without them nothing links
    to a recording. ``for_print``: transcripts open (the PDF).
    """
    links = links or {}
    context = report_context(store, calls)
    main, retest_calls = split_retests(calls)
    rows = client_rows(main, context.max_attempts)
    by_client: dict[str, list[StoredCall]] = {}
    titles: dict[str, str] = {}
    for call in main:
        by_client.setdefault(call.client or "", []).append(call)
    for call in calls:
        for check in call.result.checks:
            titles.setdefault(check_id(check), str(check.get("title") or check_id(check)))
    clients = [
        {
            **row,
            "rates": rates(row),
            "top_failed": list(row["failed_checks"].items())[:8],
            "calls_rows": [_call_view(c, context, links) for c in by_client[row["client"]]],
        }
        for row in rows
    ]
    sweep_trend = trend(store, main, context.max_attempts)
    rings = [c.result.timings.ring_to_answer_s for c in main if c.result.timings.ring_to_answer_s is not None]
    lang = "ru" if any(_cyrillic(c["client"]) for c in clients) else "en"
    period = None
    if context.period:
        period = tuple(context.local_text(p, seconds=False) for p in context.period)
    return _ENV.get_template("report.html.j2").render(
        title=title,
        lang=lang,
        generated=datetime.now(UTC).astimezone(context.zone).strftime("%Y-%m-%d %H:%M"),
        context=context,
        period=period,
        filters=filters,
        total_calls=len(main),
        clients=clients,
        titles=titles,
        columns=present_columns(calls),
        column_titles=COLUMN_TITLES,
        recognisers=recognisers(calls),
        bundled=bool(links),
        for_print=for_print,
        outcomes_chart=charts.outcomes_chart(rows) if rows else None,
        trend=sweep_trend,
        trend_chart=charts.trend_chart(sweep_trend) if len(sweep_trend) >= 1 else None,
        ring_chart=charts.ring_chart(rings) if len(rings) >= 3 else None,
        retests=[(c, _call_view(c.after, context, links)) for c in retest_comparisons(store, retest_calls)],
        pct=_pct,
        secs=_secs,
        score=_score,
        fmt=_fmt,
        counted=counted_score,
    )


def _fmt(value: Any) -> str:
    if value is None:
        return "—"
    return f"{value:.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)
