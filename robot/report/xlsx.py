"""The XLSX report (openpyxl): a summary sheet, a sheet per client, the calls and the retests.

Every table sheet has a frozen header row and an auto-filter, as agencies' own sheets do.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from robot.report.bundle import RECORDINGS
from robot.report.context import ReportContext

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="ECEFF1")
WARN_FILL = PatternFill("solid", fgColor="FFF3E0")

SUMMARY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("client", "client"),
    ("lines_dialled", "lines dialled (number × sweep)"),
    ("lines_answered", "lines answered within the attempts allowed"),
    ("answer_rate_per_number", "answer rate per number"),
    ("calls", "calls (attempts)"),
    ("answer_rate", "answer rate per attempt"),
    ("scored_calls", "calls that reached a person"),
    ("score_percent_mean", "mean score, % (calls that reached a person)"),
    ("phone_problem_rate", "phone problems, share of calls"),
    ("unreliable_speech_calls", "calls with unreliable speech checks (fallback recogniser)"),
)
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")


def _table(sheet: Worksheet, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Header row (bold, frozen, filtered) then the rows; columns sized to their content."""
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for row in rows:
        sheet.append([_cell(v) for v in row])
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(1, len(header)))}{max(1, len(rows) + 1)}"
    for index, title in enumerate(header, start=1):
        width = max([len(str(title))] + [len(str(r[index - 1])) for r in rows[:500] if r[index - 1] is not None])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, max(8, width + 2))


def _cell(value: Any) -> Any:
    if isinstance(value, dict | list):
        return "; ".join(f"{k}: {v}" for k, v in value.items()) if isinstance(value, dict) else "; ".join(value)
    return value


def _sheet_title(name: str, used: set[str]) -> str:
    base = _BAD_TITLE.sub("_", name).strip("'") or "client"
    base = base[:28]
    title, n = base, 2
    while title.lower() in used:
        title, n = f"{base[:25]} ({n})", n + 1
    used.add(title.lower())
    return title


def _phone_problems(row: dict[str, Any]) -> str:
    return ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in row["phone_problems"].items() if v) or "none"


def render_xlsx(
    clients: Sequence[dict[str, Any]],
    call_rows: Sequence[dict[str, Any]],
    call_columns: Sequence[str],
    retests: Sequence[dict[str, Any]],
    context: ReportContext,
) -> bytes:
    """The workbook as bytes: Summary, one sheet per client, Calls, Retests."""
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "Summary"
    header = [title for _, title in SUMMARY_COLUMNS] + ["phone problems", "most failed checks"]
    rows = [
        [c[key] for key, _ in SUMMARY_COLUMNS] + [_phone_problems(c), _cell(dict(list(c["failed_checks"].items())[:5]))]
        for c in clients
    ]
    _table(summary, header, rows)
    _about(summary, context, len(rows) + 3)
    used = {"summary", "calls", "retests"}
    for client in clients:
        sheet = book.create_sheet(_sheet_title(client["client"] or "no client", used))
        numbers = [
            [n["target"], n["lines_dialled"], n["lines_answered"], n["answer_rate_per_number"], n["calls"],
             n["answer_rate"], n["ring_to_answer_s"]["mean"], n["score_percent_mean"], n["last_outcome"],
             context.local_text(n["last_call_at"])]
            for n in client["numbers"]
        ]  # fmt: skip
        _table(sheet, ["number", "lines dialled", "lines answered", "answer rate per number", "calls",
                       "answer rate per attempt", "mean ring to answer, s", "mean score, %", "last outcome",
                       f"last call ({context.time_zone})"], numbers)  # fmt: skip
        _about(sheet, context, len(numbers) + 3, client)
    calls = book.create_sheet("Calls")
    _table(calls, list(call_columns), [[r.get(k) for k in call_columns] for r in call_rows])
    columns = list(call_columns)
    unreliable = columns.index("speech_checks_unreliable") if "speech_checks_unreliable" in columns else -1
    recording = columns.index("recording") if "recording" in columns else -1
    for row in calls.iter_rows(min_row=2):
        if unreliable >= 0 and row[unreliable].value:
            row[unreliable].fill = WARN_FILL
        link = row[recording].value if recording >= 0 else None
        if isinstance(link, str) and link.startswith(f"{RECORDINGS}/"):  # a bundle's copy: a relative link
            row[recording].hyperlink = link
    if retests:
        sheet = book.create_sheet("Retests")
        header = ["client", "number", "outcome before", "outcome after", "score before, %", "score after, %",
                  "improved", "checks changed"]  # fmt: skip
        _table(sheet, header, [_retest_row(r) for r in retests])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _retest_row(r: dict[str, Any]) -> list[Any]:
    changed = "; ".join(f"{c['id']}: {c['before']} → {c['after']}" for c in r["checks"])
    score = r.get("score_counted", r["score_percent"])
    return [r["client"], r["target"], r["outcome"]["before"], r["outcome"]["after"], score["before"],
            score["after"], r["improved"], changed]  # fmt: skip


def _about(sheet: Worksheet, context: ReportContext, row: int, client: dict[str, Any] | None = None) -> None:
    """Campaign, period, time zone and how the rates are defined, below the table."""
    period = " – ".join(context.local_text(p, seconds=False) for p in context.period) if context.period else "—"
    lines = [
        ("campaign", ", ".join(context.campaigns) or "— (calls outside campaigns)"),
        ("period", period),
        ("time zone", context.time_zone_label),
        ("answer rate per number", "lines (a number in one sweep) answered within the attempts allowed"),
        ("answer rate per attempt", "answered calls / all calls, retries included"),
        ("scores", "only calls that reached a person; retests are on their own sheet, not in these figures"),
    ]
    if client is not None:
        lines.insert(0, ("client", client["client"]))
        lines.append(("mean score, %", client["score_percent_mean"]))
        lines.append(("answer rate per number", client["answer_rate_per_number"]))
        lines.append(("answer rate per attempt", client["answer_rate"]))
    for offset, (key, value) in enumerate(lines):
        sheet.cell(row + offset, 1, key).font = HEADER_FONT
        sheet.cell(row + offset, 2, value)
