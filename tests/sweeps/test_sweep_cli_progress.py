"""The sweep and retest command line (issue 11): progress with and without a terminal, the last
line saying what to run next, ``--failed-only`` exactly as its help says, ``--dry-run`` writing
nothing, ``history --client`` naming the known clients, and the interrupt bookkeeping."""

from __future__ import annotations

import concurrent.futures as cf
import io
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from sweepfakes import FakeClock, FakePool, campaign_yaml, mixed_targets

from robot.call.result import CallResult
from robot.campaigns.job import CallJob
from robot.campaigns.retest import retest as run_retest
from robot.campaigns.store import Store
from robot.campaigns.sweep import (
    Interruption,
    StoredCall,
    interrupted_by_us,
    run_sweep,
    stop_calls,
)
from robot.cli import sweeps as commands

T0 = datetime(2024, 6, 3, 9, 0, tzinfo=UTC)
CALL_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (sweep|retest) .+ attempt \d+: \w+.* \| calls: \d+ done")


def plain() -> Console:
    """A console that is not a terminal (a cron log, a pipe)."""
    return Console(file=io.StringIO(), width=100)


def text(console: Console) -> str:
    return console.file.getvalue()  # type: ignore[attr-defined,no-any-return]


def write(tmp_path: Path, targets: dict[str, list[str]] | None = None, **kw: Any) -> Path:
    path = tmp_path / "campaign.yaml"
    path.write_text(campaign_yaml(targets or mixed_targets(), **kw), encoding="utf-8")
    return path


def test_without_a_terminal_one_plain_line_per_finished_call(tmp_path: Path) -> None:
    console = plain()
    clock = FakeClock(T0)
    summary = run_sweep(write(tmp_path), tmp_path / "s.db", lambda n: FakePool(clock), console=console, clock=clock)
    out = text(console)
    assert "\r" not in out and "\x1b" not in out and out.endswith("\n")
    lines = [line for line in out.splitlines() if CALL_LINE.match(line)]
    assert len(lines) == summary.calls == 48
    last = lines[-1]
    assert "calls: 48 done · 0 in flight · 0 to place · targets: 27/27 settled" in last, last
    assert "elapsed" in last


def test_on_a_terminal_the_live_display_has_elapsed_eta_counts_and_numbers(tmp_path: Path) -> None:
    console = Console(file=io.StringIO(), width=220, force_terminal=True, color_system=None)
    clock = FakeClock(T0)
    targets = {"Acme": ["sip:answer-1@127.0.0.1:5080", "sip:answer-2@127.0.0.1:5080"]}
    run_sweep(write(tmp_path, targets), tmp_path / "s.db", lambda n: FakePool(clock, delay_s=0.05), console=console,
              clock=clock)  # fmt: skip
    out = text(console)
    for label in ("sweep nightly-lines-", "elapsed", "ETA", "calls: 2 done · 0 in flight · 0 to place",
                  "targets: 2/2 settled", "dialling: Acme: sip:answer-", "outcomes: answered 2"):  # fmt: skip
        assert label in out, (label, out)
    assert not CALL_LINE.search(out)  # no plain lines on a terminal


def test_sweep_command_ends_with_what_to_run_next(tmp_path: Path) -> None:
    targets = {"Acme Tiles": ["sip:answer-1@127.0.0.1:5080"], "Bolt": ["sip:answer-2@127.0.0.1:5080"]}
    console, db = plain(), tmp_path / "s.db"
    code = commands.sweep(write(tmp_path, targets), db, console=console, pool_factory=lambda n: FakePool())
    assert code == 0
    last = text(console).splitlines()[-1]
    assert last.startswith("next: mysterycall report --sweep nightly-lines-"), last
    assert f"--db {db}" in last and "mysterycall history --client 'Acme Tiles'" in last


def test_dry_run_creates_no_database(tmp_path: Path) -> None:
    db = tmp_path / "none" / "results.db"
    console = plain()
    assert commands.sweep(write(tmp_path), db, dry_run=True, console=console) == 0
    assert "dry run of sweep" in text(console)
    assert not db.exists() and not db.parent.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "campaign.yaml"]


def test_history_of_an_unknown_client_names_the_known_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clock = FakeClock(T0)
    db = tmp_path / "s.db"
    run_sweep(write(tmp_path), db, lambda n: FakePool(clock), console=plain(), clock=clock)
    assert commands.history(client="Acme", db=db, console=plain()) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "unknown client 'Acme'; known clients: Acme Furniture, Globex, Initech, ООО Ромашка" in err
    assert commands.retest(client="Acme", db=db, console=plain()) == 2


def _result(target: str, outcome: str, checks: list[dict[str, Any]], percent: float | None) -> CallResult:
    score = None if percent is None else {"points": percent, "max_points": 100, "percent": percent, "passed": False}
    return CallResult(call_id=f"c-{target[4:10]}", target=target, started_at="2024-06-03T09:00:00Z",
                      outcome=outcome, checks=checks, score=score)  # type: ignore[arg-type]  # fmt: skip


def test_failed_only_redials_unanswered_or_failed_checks_never_a_low_score_alone(tmp_path: Path) -> None:
    low = [{"id": "greeted", "passed": True, "weight": 1}, {"id": "named", "passed": None, "weight": 3}]
    failed = [{"id": "greeted", "passed": True}, {"id": "named", "passed": False}]
    with Store(tmp_path / "r.db") as store:
        for target, outcome, checks, percent in (
            ("sip:answer-low@127.0.0.1:5080", "answered", low, 25.0),  # answered, a low score, no failed check
            ("sip:answer-bad@127.0.0.1:5080", "answered", failed, 50.0),
            ("sip:busy-1@127.0.0.1:5080", "busy", [], None),
            ("sip:answer-ok@127.0.0.1:5080", "answered", [{"id": "greeted", "passed": True}], 100.0),
        ):
            store.add_result(_result(target, outcome, checks, percent), client="Kilo")
        pool = FakePool()
        console = plain()
        from robot.campaigns.sweep import Progress

        with Progress(console, "client Kilo", 2, kind="retest") as progress:
            comparisons = run_retest(store, client="Kilo", failed_only=True, pool=pool, progress=progress)
    assert sorted(job.target for job in pool.submitted) == [
        "sip:answer-bad@127.0.0.1:5080",
        "sip:busy-1@127.0.0.1:5080",
    ]
    assert len(comparisons) == 2
    lines = [line for line in text(console).splitlines() if CALL_LINE.match(line)]
    assert len(lines) == 2 and all(line.split()[2] == "retest" for line in lines), text(console)


class _SlowPool:
    """Futures that finish only when told; records interrupt()."""

    capacity = 4

    def __init__(self) -> None:
        self.interrupted = False
        self.futures: list[cf.Future[CallResult]] = []

    def interrupt(self) -> None:
        self.interrupted = True
        for future in self.futures[:1]:  # the worker ends the first call at once
            future.set_result(CallResult(call_id="x1", target="sip:a@h", started_at="2024-06-03T09:00:00Z",
                                         outcome="failed", sip_reason="interrupted by user (SIGINT)"))  # fmt: skip


def test_stop_calls_stores_every_call_even_without_a_result(monkeypatch: pytest.MonkeyPatch) -> None:
    import robot.campaigns.sweep as sweep

    monkeypatch.setattr(sweep, "HANGUP_GRACE_S", 0.05)
    monkeypatch.setattr(sweep, "INTERRUPT_WAIT_S", 0.05)
    pool = _SlowPool()
    running: cf.Future[CallResult] = cf.Future()
    running.set_running_or_notify_cancel()  # dispatched to a worker: cannot be cancelled
    queued: cf.Future[CallResult] = cf.Future()
    pool.futures = [cf.Future(), running]
    pool.futures[0].set_running_or_notify_cancel()
    jobs = {f: CallJob(job_id=f"j{i}", target=f"sip:n{i}@h") for i, f in enumerate([*pool.futures, queued])}
    kept: list[tuple[str, str | None, dict[str, Any]]] = []

    def keep(job: CallJob, result: CallResult | None, metrics: dict[str, Any]) -> StoredCall | None:
        kept.append((job.job_id, None if result is None else result.sip_reason, metrics))
        return None

    out = stop_calls(pool, jobs, None, keep)  # type: ignore[arg-type]
    assert pool.interrupted and isinstance(out, Interruption)
    assert queued.cancelled()
    assert [k[:2] for k in kept] == [("j2", None), ("j0", "interrupted by user (SIGINT)"), ("j1", None)]
    assert "not dialled" in kept[0][2]["error"] and out.without_result == 1


def test_a_call_we_hung_up_is_interrupted_unless_it_had_ended_already() -> None:
    result = CallResult(call_id="x", target="sip:a@h", started_at="2024-06-03T09:00:00Z", outcome="dropped",
                        hangup_by="network")  # fmt: skip
    ours = interrupted_by_us(result, {"bye_status": 200})
    assert (ours.outcome, ours.sip_reason, ours.hangup_by) == ("failed", "interrupted by user", "robot")
    assert ours.metrics["bye_status"] == 200
    late = interrupted_by_us(result, {"bye_status": 481})
    assert late.outcome == "dropped" and late.metrics["bye_status"] == 481
