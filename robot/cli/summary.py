"""Human-readable summaries of call results for the terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from robot.call.result import CallResult


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f} s"


def print_call_summary(result: CallResult, console: Console, saved_to: str | None = None) -> None:
    """A short summary: outcome, SIP status, timings, recording."""
    t = result.timings
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    status = f"{result.sip_status or ''} {result.sip_reason or ''}".strip() or "-"
    table.add_row("call", f"{result.call_id} -> {result.target}")
    table.add_row(
        "outcome",
        f"[bold]{result.outcome}[/bold]" + (f" (hangup by {result.hangup_by})" if result.hangup_by else ""),
    )
    table.add_row("SIP", status)
    table.add_row("post-dial delay", _fmt(t.post_dial_delay_s))
    table.add_row("ring to answer", _fmt(t.ring_to_answer_s))
    table.add_row("answer", _fmt(t.answer_s))
    table.add_row("talk", _fmt(t.talk_s))
    table.add_row("total", _fmt(t.total_s))
    if result.media:
        m = result.media
        table.add_row(
            "media",
            f"{m.get('codec') or '?'}: rx {m.get('rx_packets')} pkts, loss {m.get('rx_loss')}, "
            f"jitter {m.get('rx_jitter_ms_mean')} ms",
        )
    if result.transcript:
        for turn in result.transcript:
            table.add_row(f"{turn.speaker} {turn.start_s:.1f}s", turn.text)
    if result.score:
        table.add_row("score", f"{result.score.get('percent')}% ({'pass' if result.score.get('passed') else 'fail'})")
    table.add_row("recording", result.recording or "-")
    if saved_to:
        table.add_row("result", saved_to)
    console.print(table)


def print_score(report: dict, console: Console) -> None:
    """Each check's verdict with its evidence, then the score."""
    table = Table("check", "result", "points", "evidence")
    for check in report["checks"]:
        passed = check["passed"]
        verdict = "n/a" if passed is None else ("pass" if passed else "[red]FAIL[/red]")
        evidence = check.get("evidence") or {}
        where = " ".join(str(x) for x in (evidence.get("speaker"), evidence.get("start_s")) if x is not None)
        quote = f"{where}: {evidence.get('text')}" if where else str(evidence.get("text") or "")
        table.add_row(check["title"], verdict, f"{check['points']:g}/{check['weight']:g}", quote.strip())
    console.print(table)
    s = report["score"]
    console.print(
        f"score: {s['points']:g}/{s['max_points']:g} = "
        + ("n/a (no check applied)" if s["percent"] is None else f"{s['percent']:.1f}%")
        + f" -> {'PASS' if s['passed'] else 'FAIL'}"
    )
