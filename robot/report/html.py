"""The client-facing HTML report: one self-contained page (inline CSS, charts as data URIs)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2

from robot.call.resultview import check_id
from robot.campaigns.retest import Comparison, compare
from robot.campaigns.store import Store, StoredCall
from robot.report import charts
from robot.report.data import call_row, client_rows, failed_check_details, rates, trend

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


def recording_link(recording: str | None, out_dir: Path | None) -> str | None:
    """A link to the recording, relative to the report's folder when possible."""
    if not recording:
        return None
    path = Path(recording)
    if out_dir is not None and path.is_absolute():
        try:
            return Path(os.path.relpath(path, out_dir)).as_posix()
        except ValueError:  # another drive (Windows)
            pass
    return path.as_uri() if path.is_absolute() else path.as_posix()


def _call_view(call: StoredCall, out_dir: Path | None) -> dict[str, Any]:
    row = call_row(call)
    return {
        "when": call.started_at[:19].replace("T", " "),
        "target": call.target,
        "attempt": call.attempt,
        "retest": call.retest_of is not None,
        "outcome": call.outcome,
        "ring": row["ring_to_answer_s"],
        "talk": row["talk_s"],
        "score": call.score_percent,
        "failed": failed_check_details(call),
        "recording": recording_link(call.recording, out_dir),
    }


def retest_comparisons(store: Store, calls: list[StoredCall]) -> list[Comparison]:
    """Before/after for every retest among the selected calls."""
    result = []
    for after in calls:
        if after.retest_of is not None:
            before = store.call(after.retest_of)
            if before is not None:
                result.append(compare(before, after))
    return result


def render_html(
    store: Store,
    calls: list[StoredCall],
    filters: str = "",
    out_dir: Path | None = None,
    title: str = "Mystery call report",
) -> str:
    """Render the report page for the selected calls."""
    rows = client_rows(calls)
    by_client: dict[str, list[StoredCall]] = {}
    titles: dict[str, str] = {}
    for call in calls:
        by_client.setdefault(call.client or "", []).append(call)
        for check in call.result.checks:
            titles.setdefault(check_id(check), str(check.get("title") or check_id(check)))
    clients = [
        {
            **row,
            "rates": rates(row),
            "top_failed": list(row["failed_checks"].items())[:8],
            "calls_rows": [_call_view(c, out_dir) for c in by_client[row["client"]]],
        }
        for row in rows
    ]
    sweep_trend = trend(store, calls)
    rings = [c.result.timings.ring_to_answer_s for c in calls if c.result.timings.ring_to_answer_s is not None]
    lang = "ru" if any(_cyrillic(c["client"]) for c in clients) else "en"
    return _ENV.get_template("report.html.j2").render(
        title=title,
        lang=lang,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        filters=filters,
        total_calls=len(calls),
        clients=clients,
        titles=titles,
        outcomes_chart=charts.outcomes_chart(rows) if rows else None,
        trend=sweep_trend,
        trend_chart=charts.trend_chart(sweep_trend) if len(sweep_trend) >= 1 else None,
        ring_chart=charts.ring_chart(rings) if len(rings) >= 3 else None,
        retests=retest_comparisons(store, calls),
        pct=_pct,
        secs=_secs,
        score=_score,
    )


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)
