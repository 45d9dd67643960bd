"""The sweep runner with a fake pool: counts, retries, windows, dry run, resuming after SIGKILL."""

from __future__ import annotations

import io
import signal
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rich.console import Console
from sweepfakes import FakeClock, FakePool, campaign_yaml, expected_attempts, mixed_targets

from robot.campaigns.job import INTERRUPTED
from robot.campaigns.store import Store
from robot.campaigns.sweep import run_sweep
from robot.report import build_report

T0 = datetime(2024, 6, 3, 9, 0, tzinfo=UTC)  # a Monday, 12:00 in Moscow


def quiet() -> Console:
    return Console(file=io.StringIO(), width=120)


def write_campaign(tmp_path: Path, **kw: object) -> Path:
    path = tmp_path / "campaign.yaml"
    path.write_text(campaign_yaml(mixed_targets(), **kw), encoding="utf-8")  # type: ignore[arg-type]
    return path


def attempts_by_target(store: Store, sweep: str | None = None) -> dict[str, list[int]]:
    result: dict[str, list[int]] = defaultdict(list)
    for call in store.calls(sweep=sweep):
        result[call.target].append(call.attempt)
    return result


def test_sweep_over_mixed_numbers_stores_right_counts(tmp_path: Path) -> None:
    campaign, db = write_campaign(tmp_path), tmp_path / "r.db"
    clock = FakeClock(T0)
    pool = FakePool(clock, recordings=tmp_path / "rec")
    processes: list[int] = []

    def factory(n: int) -> FakePool:
        processes.append(n)
        return pool

    summary = run_sweep(campaign, db, factory, console=quiet(), clock=clock)
    assert summary.status == "done" and summary.exit_code == 0 and processes == [1]
    expected = {"answered": 12, "busy": 12, "no_answer": 9, "rejected": 3, "dropped": 3, "unreachable": 9}
    assert dict(summary.outcomes) == expected and summary.calls == 48
    with Store(db) as store:
        attempts = attempts_by_target(store, summary.sweep_id)
        assert len(attempts) == 27
        for target, numbers in attempts.items():
            assert numbers == list(range(1, expected_attempts(target) + 1)), target
        for target in attempts:  # retries only after the delay
            calls = store.history(target=target)
            for before, after in zip(calls, calls[1:], strict=False):
                assert after.result.started_at >= (before.ended + timedelta(seconds=60)).isoformat()
        assert store.sweep(summary.sweep_id).status == "done"
        report = build_report(store, sweep=summary.sweep_id)
    totals = Counter()
    for client in report["clients"]:
        totals.update(client["outcomes"])
    assert {k: v for k, v in totals.items() if v} == expected
    assert sum(c["calls"] for c in report["clients"]) == 48
    # each job is self-contained and carries the campaign's client
    job = pool.submitted[0]
    assert job.meta["client"] and job.meta["sweep_id"] == summary.sweep_id and job.attempt == 1


def test_client_concurrency_is_never_exceeded(tmp_path: Path) -> None:
    campaign, db = write_campaign(tmp_path, concurrency=16), tmp_path / "r.db"
    clock = FakeClock(T0)

    class SlowPool(FakePool):
        def submit(self, job):  # type: ignore[no-untyped-def]
            running.append(job.meta["client"])
            assert Counter(running)[job.meta["client"]] <= 1
            future = super().submit(job)
            future.add_done_callback(lambda _: running.remove(job.meta["client"]))
            return future

    running: list[str] = []
    pool = SlowPool(clock, capacity=16, delay_s=0.01)
    summary = run_sweep(campaign, db, lambda n: pool, console=quiet(), clock=clock)
    assert summary.status == "done" and summary.calls == 48


def test_waits_for_the_window_or_stops_with_a_message(tmp_path: Path) -> None:
    window = '{days: [mon], from: "22:00", to: "06:00", tz: Europe/Moscow}'
    campaign, db = write_campaign(tmp_path, window=window), tmp_path / "r.db"
    console = quiet()
    summary = run_sweep(campaign, db, lambda n: FakePool(), console=console, clock=FakeClock(T0),
                        wait_for_window=False)  # fmt: skip
    assert summary.status == "outside_window" and summary.exit_code == 3 and summary.calls == 0
    assert "opens at 2024-06-03 22:00 Europe/Moscow" in console.file.getvalue()  # type: ignore[attr-defined]
    clock = FakeClock(T0)
    summary = run_sweep(campaign, db, lambda n: FakePool(clock), console=quiet(), clock=clock)
    assert summary.status == "done"
    with Store(db) as store:
        first = min(c.started_at for c in store.calls())
    assert first == "2024-06-03T19:00:00.000000+00:00"  # 22:00 Moscow


def test_stops_when_the_window_closes_before_retries(tmp_path: Path) -> None:
    window = '{from: "12:00", to: "12:02", tz: Europe/Moscow}'
    campaign, db = write_campaign(tmp_path, window=window, retry_after_s=300), tmp_path / "r.db"
    clock = FakeClock(T0)
    summary = run_sweep(campaign, db, lambda n: FakePool(clock), console=quiet(), clock=clock)
    assert summary.status == "window_closed" and summary.exit_code == 3
    assert summary.targets["waiting_retry"] == 12  # busy, no answer, unreachable, busy once
    with Store(db) as store:
        assert store.sweep(summary.sweep_id).status == "stopped"
        assert {a for attempts in attempts_by_target(store).values() for a in attempts} == {1}


def test_dry_run_prints_the_plan_and_dials_nobody(tmp_path: Path) -> None:
    campaign, db = write_campaign(tmp_path, concurrency=2), tmp_path / "r.db"
    pool = FakePool()
    console = quiet()
    summary = run_sweep(campaign, db, lambda n: pool, dry_run=True, console=console, clock=FakeClock(T0))
    assert summary.status == "dry_run" and len(summary.plan) == 27 and pool.submitted == []
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert "sip:answer-0@127.0.0.1:5080" in text and "27 calls" in text
    with Store(db) as store:
        assert store.calls() == [] and store.sweeps() == []


def test_rerun_after_sigkill_continues_and_keeps_attempts_exact(tmp_path: Path) -> None:
    # the fake pool answers in 30 ms: lift the default 2 calls/s so 27 attempts take seconds, not 15 s
    (tmp_path / "config.yaml").write_text("limits: {max_cps: 100}\n", encoding="utf-8")
    campaign = write_campaign(tmp_path, retry_after_s=0.2, extra="config: config.yaml")
    db = tmp_path / "r.db"
    child = Path(__file__).with_name("sweep_child.py")
    first = subprocess.Popen([sys.executable, str(child), str(campaign), str(db)], stdout=subprocess.PIPE,
                             text=True)  # fmt: skip
    assert first.stdout is not None
    stored_before = 0
    for line in first.stdout:
        stored_before += line.startswith("stored")
        if stored_before >= 20:
            first.send_signal(signal.SIGKILL)
            break
    first.wait(timeout=30)
    assert first.returncode == -signal.SIGKILL
    with Store(db) as store:
        assert store.integrity_check() == "ok"
        kept = {(c.target, c.attempt) for c in store.calls()}
    assert len(kept) >= 20
    second = subprocess.run([sys.executable, str(child), str(campaign), str(db)], capture_output=True,
                            text=True, timeout=60)  # fmt: skip
    assert second.returncode == 0, second.stderr
    assert second.stdout.splitlines()[-1] == "status done"
    redialed = {tuple(line.split()[1:]) for line in second.stdout.splitlines() if line.startswith("stored")}
    assert not {(t, int(a)) for t, a in redialed} & kept  # no finished attempt dialed again
    with Store(db) as store:
        assert store.integrity_check() == "ok"
        assert len(store.sweeps()) == 1
        attempts = attempts_by_target(store)
        assert kept <= {(c.target, c.attempt) for c in store.calls()}
        # attempts in flight at the kill were written ahead: stored as failed/interrupted, they
        # count and are not retried (failed is not in retry_on), so such a number stops there
        cut = {
            (c.target, c.attempt) for c in store.calls() if c.outcome == "failed" and c.result.sip_reason == INTERRUPTED
        }
    assert len(attempts) == 27
    assert 1 <= len(cut) <= 4, "the fake pool holds 4 calls: some were in flight at the kill"
    assert not cut & kept
    for target, numbers in attempts.items():
        last = next((a for t, a in cut if t == target), expected_attempts(target))
        assert sorted(numbers) == list(range(1, last + 1)), target
