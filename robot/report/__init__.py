"""Client reports from the results store: JSON, CSV (one row per call) and a self-contained HTML page.

Owns: report data (per-client figures, per-call rows), the HTML template and its charts.
May import: the layers below it (config, call, scoring, campaigns for the store and retests).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from robot.campaigns.store import Store
from robot.config.private import write_private_text
from robot.errors import InputError, Problem, os_problem
from robot.report.data import build_report, call_row, parse_since, select_calls

ReportFormat = Literal["json", "csv", "html"]
FORMATS: tuple[str, ...] = ("json", "csv", "html")
CSV_COLUMNS = (
    "call_id", "sweep_id", "client", "target", "scenario", "attempt", "retest_of", "started_at", "outcome",
    "sip_status", "post_dial_delay_s", "ring_to_answer_s", "talk_s", "total_s", "score_percent",
    "failed_checks", "recording",
)  # fmt: skip

__all__ = ["FORMATS", "build_report", "render_csv", "write_report"]


def render_csv(store: Store, client: str | None = None, since: datetime | None = None, sweep: str | None = None) -> str:
    """One row per call, oldest first."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for call in select_calls(store, client, since, sweep):
        row = call_row(call)
        writer.writerow({k: "" if row[k] is None else row[k] for k in CSV_COLUMNS})
    return buffer.getvalue()


def _filters_text(client: str | None, since: datetime | None, sweep: str | None) -> str:
    parts = [f"client {client}" if client else "", f"since {since:%Y-%m-%d %H:%M} UTC" if since else "",
             f"sweep {sweep}" if sweep else ""]  # fmt: skip
    return ", ".join(p for p in parts if p)


def write_report(
    report_format: ReportFormat | str,
    path: str | Path,
    store: Store,
    client: str | None = None,
    since: str | date | datetime | None = None,
    sweep: str | None = None,
) -> Path:
    """Write the report as json, csv (UTF-8 with BOM, for spreadsheets) or html; returns the path.
    The file is owner-only (0600; a folder it creates 0700): reports name numbers and quote calls."""
    path = Path(path)
    since_dt = parse_since(since)
    if report_format == "json":
        report = build_report(store, client, since_dt, sweep)
        text, encoding = json.dumps(report, ensure_ascii=False, indent=2) + "\n", "utf-8"
    elif report_format == "csv":
        text, encoding = render_csv(store, client, since_dt, sweep), "utf-8-sig"
    elif report_format == "html":
        from robot.report.html import render_html  # matplotlib is imported only for HTML

        calls = select_calls(store, client, since_dt, sweep)
        text = render_html(store, calls, _filters_text(client, since_dt, sweep), path.resolve().parent)
        encoding = "utf-8"
    else:
        raise ValueError(f"unknown report format {report_format!r} (use {', '.join(FORMATS)})")
    try:
        write_private_text(path, text, encoding)
    except OSError as exc:
        problem = os_problem(str(path), exc, "write")
        raise InputError(Problem(problem.path, 0, 0, f"cannot write the report: {problem.message}")) from None
    return path
