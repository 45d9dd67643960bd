"""Client reports from the results store: JSON, CSV and XLSX, a self-contained HTML page, its PDF, bundles.

Owns: report data (per-client figures, per-call rows), the HTML template and its charts.
May import: the layers below it (config, call, scoring, campaigns for the store and retests).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from robot.campaigns.store import Store, StoredCall
from robot.config.private import private_dir, write_private_bytes
from robot.errors import InputError, Problem, os_problem
from robot.report.bundle import copy_recordings
from robot.report.context import report_context
from robot.report.data import build_report, call_row, parse_since, select_calls
from robot.report.figures import present_columns

ReportFormat = Literal["json", "csv", "html", "xlsx", "pdf"]
FORMATS: tuple[str, ...] = ("json", "csv", "html", "xlsx")  # written in-process
ALL_FORMATS: tuple[str, ...] = (*FORMATS, "pdf")  # pdf starts Chromium
BUNDLE_FORMATS: tuple[str, ...] = ("html", "csv", "xlsx")
CSV_COLUMNS = (
    "call_id", "sweep_id", "client", "target", "scenario", "attempt", "retest_of", "started_at", "outcome",
    "sip_status", "post_dial_delay_s", "ring_to_answer_s", "talk_s", "total_s", "score_percent",
    "failed_checks", "recording",
)  # fmt: skip
# appended after CSV_COLUMNS (never reordered); then the optional ones present in the selection
EXTRA_COLUMNS = (
    "started_local", "time_zone", "reached_person", "score_counted", "asr", "speech_checks_unreliable",
    "failed_check_evidence",
)  # fmt: skip

__all__ = ["ALL_FORMATS", "FORMATS", "build_report", "render_csv", "write_report"]


def call_columns(calls: Sequence[StoredCall]) -> list[str]:
    """The per-call columns: the original ones, the appended ones, then optional ones present."""
    return [*CSV_COLUMNS, *EXTRA_COLUMNS, *present_columns(calls)]


def _rows(store: Store, calls: Sequence[StoredCall], links: dict[int, str]) -> list[dict[str, Any]]:
    context = report_context(store, calls)
    rows = []
    for call in calls:
        row = call_row(call, context)
        if links or row["recording"]:
            row["recording"] = links.get(call.id, "") if links else row["recording"]
        rows.append(row)
    return rows


def render_csv(
    store: Store,
    client: str | None = None,
    since: datetime | None = None,
    sweep: str | None = None,
    links: dict[int, str] | None = None,
) -> str:
    """One row per call, oldest first (retests included, marked by ``retest_of``)."""
    calls = select_calls(store, client, since, sweep)
    columns = call_columns(calls)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in _rows(store, calls, links or {}):
        writer.writerow({k: "" if row.get(k) is None else row[k] for k in columns})
    return buffer.getvalue()


def render_xlsx_report(
    store: Store,
    client: str | None = None,
    since: datetime | None = None,
    sweep: str | None = None,
    links: dict[int, str] | None = None,
) -> bytes:
    from robot.report.xlsx import render_xlsx  # openpyxl is imported only for XLSX

    calls = select_calls(store, client, since, sweep)
    report = build_report(store, client, since, sweep)
    return render_xlsx(
        report["clients"], _rows(store, calls, links or {}), call_columns(calls), report["retests"],
        report_context(store, calls),
    )  # fmt: skip


def _filters_text(client: str | None, since: datetime | None, sweep: str | None) -> str:
    parts = [f"client {client}" if client else "", f"since {since:%Y-%m-%d %H:%M} UTC" if since else "",
             f"sweep {sweep}" if sweep else ""]  # fmt: skip
    return ", ".join(p for p in parts if p)


def _html(store: Store, client: str | None, since: datetime | None, sweep: str | None,
          links: dict[int, str], for_print: bool = False) -> str:  # fmt: skip
    from robot.report.html import render_html  # matplotlib is imported only for HTML

    calls = select_calls(store, client, since, sweep)
    return render_html(store, calls, _filters_text(client, since, sweep), links, for_print=for_print)


def write_report(
    report_format: ReportFormat | str,
    path: str | Path | None,
    store: Store,
    client: str | None = None,
    since: str | date | datetime | None = None,
    sweep: str | None = None,
    bundle: str | Path | None = None,
) -> Path:
    """Write the report as json, csv (UTF-8 with BOM, for spreadsheets), html, xlsx or pdf; returns the path.

    ``bundle``: a folder that gets the report (named as ``path``, default ``report.FORMAT``)
    and copies of its recordings under ``recordings/``, linked relatively: zip it and send it.
    Without a bundle the HTML links no recording. Everything written is owner-only (files
    0600, folders it creates 0700): reports name numbers and quote calls.
    """
    if report_format not in ALL_FORMATS:
        raise ValueError(f"unknown report format {report_format!r} (use {', '.join(ALL_FORMATS)})")
    since_dt = parse_since(since)
    links: dict[int, str] = {}
    if bundle is not None:
        if report_format not in BUNDLE_FORMATS:
            raise InputError(f"--bundle: only with --format {', '.join(BUNDLE_FORMATS)}")
        folder = Path(bundle)
        path = folder / (Path(path).name if path else f"report.{report_format}")
    elif path is None:
        raise InputError("report: give -o FILE or --bundle DIR")
    path = Path(path)
    try:
        if bundle is not None:
            links = copy_recordings(select_calls(store, client, since_dt, sweep), private_dir(Path(bundle)))
        data: bytes
        if report_format == "json":
            report = build_report(store, client, since_dt, sweep)
            data = (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        elif report_format == "csv":
            data = render_csv(store, client, since_dt, sweep, links).encode("utf-8-sig")
        elif report_format == "html":
            data = _html(store, client, since_dt, sweep, links).encode("utf-8")
        elif report_format == "xlsx":
            data = render_xlsx_report(store, client, since_dt, sweep, links)
        else:
            from robot.report.pdf import html_to_pdf

            data = html_to_pdf(_html(store, client, since_dt, sweep, {}, for_print=True))
        write_private_bytes(path, data)
    except OSError as exc:
        problem = os_problem(str(exc.filename or path), exc, "write")
        raise InputError(Problem(problem.path, 0, 0, f"cannot write the report: {problem.message}")) from None
    return path
