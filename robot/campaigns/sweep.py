"""The sweep runner: asks the planner, submits call jobs to the worker pool, stores each result.

Resumable by construction: the sweep id is derived from the campaign name, the calling day
and the campaign file's hash, every finished call is committed the moment its future
completes, and the planner only counts what the store holds. Re-running after a crash
redials only the calls that were in flight.
"""

from __future__ import annotations

import concurrent.futures as cf
import math
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Collection
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Protocol

from rich.console import Console, ConsoleRenderable, Group
from rich.live import Live
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from robot.call.result import CallResult
from robot.campaigns.campaign import LoadedCampaign, load_campaign
from robot.campaigns.job import CallJob
from robot.campaigns.plan import (
    Attempt,
    PlannedCall,
    Step,
    TargetKey,
    calling_day,
    day_start,
    dry_run,
    plan_step,
)
from robot.campaigns.store import Store, StoredCall
from robot.errors import InputError


class Pool(Protocol):
    """What the runner needs of :class:`robot.campaigns.workers.CallPool`."""

    @property
    def capacity(self) -> int: ...

    def submit(self, job: CallJob) -> cf.Future[CallResult]: ...


PoolFactory = Callable[[int], AbstractContextManager[Pool]]


def default_pool_factory(processes: int) -> AbstractContextManager[Pool]:
    from robot.campaigns.workers import CallPool  # the softphone core; imported only to place real calls

    return CallPool(processes=processes)


class Clock(Protocol):
    def now(self) -> datetime: ...

    def wait(self, futures: Collection[cf.Future[CallResult]], until: datetime | None) -> set[cf.Future]:
        """Block until a future completes or ``until`` passes; return the completed futures."""
        ...


class SystemClock:
    """Wall-clock time; waits on the futures themselves (time-outs only for planned times)."""

    def __init__(self) -> None:
        self.interrupt = threading.Event()

    def now(self) -> datetime:
        return datetime.now(UTC)

    def wait(self, futures: Collection[cf.Future[CallResult]], until: datetime | None) -> set[cf.Future]:
        timeout = None if until is None else max(0.0, (until - self.now()).total_seconds())
        if futures:
            done, _ = cf.wait(futures, timeout=timeout, return_when=cf.FIRST_COMPLETED)
            return set(done)
        if timeout is not None:
            self.interrupt.wait(timeout)
        return set()


@dataclass
class SweepSummary:
    sweep_id: str
    campaign: str
    status: str  # done | window_closed | outside_window | dry_run | interrupted
    message: str = ""
    calls: int = 0  # calls finished in this run
    outcomes: Counter[str] = field(default_factory=Counter)
    targets: dict[str, int] = field(default_factory=dict)  # targets per state at the end
    plan: list[PlannedCall] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 finished (or dry run), 3 stopped by the calling window with work left, 130 interrupted."""
        return {"done": 0, "dry_run": 0, "interrupted": 130}.get(self.status, 3)


def make_job(loaded: LoadedCampaign, sweep_id: str, call: PlannedCall) -> CallJob:
    """The self-contained job for one planned call."""
    target = call.target
    return CallJob(
        job_id=f"{sweep_id}:{target.index}:{call.attempt}",
        target=target.number,
        scenario=target.scenario,
        config=loaded.config,
        max_ring_s=loaded.campaign.max_ring_s,
        attempt=call.attempt,
        meta={
            "campaign": loaded.name,
            "campaign_path": str(loaded.path),
            "sweep_id": sweep_id,
            "client": target.client,
        },
    )


def failed_result(job: CallJob, error: BaseException, started: datetime) -> CallResult:
    """A 'failed' result for a job whose future raised (the pool should never let it)."""
    return CallResult(
        call_id=f"failed-{uuid.uuid4().hex[:12]}",
        target=job.target,
        scenario=job.scenario,
        started_at=started.isoformat(),
        outcome="failed",
        metrics={"error": f"{type(error).__name__}: {error}"},
    )


class Progress:
    """Live display: calls done / in flight / targets left, outcomes so far."""

    def __init__(self, console: Console, sweep_id: str, total_targets: int):
        self.console = console
        self.sweep_id = sweep_id
        self.total = total_targets
        self.done_calls = 0
        self.in_flight = 0
        self.left = total_targets
        self.outcomes: Counter[str] = Counter()
        self.note = ""
        self._live = Live(self.render(), console=console, auto_refresh=False, transient=False)

    def __enter__(self) -> Progress:
        self._live.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.refresh()
        self._live.__exit__(None, None, None)

    def render(self) -> Group:
        settled = self.total - self.left
        head = Text.assemble(
            ("sweep ", "bold"),
            (self.sweep_id, "cyan"),
            f"   calls done {self.done_calls} · in flight {self.in_flight} · targets left {self.left}/{self.total}",
        )
        bar = ProgressBar(total=max(self.total, 1), completed=settled, width=50)
        outcomes = Text("  ".join(f"{o} {n}" for o, n in self.outcomes.most_common()) or "no calls yet")
        parts: list[ConsoleRenderable] = [head, bar, outcomes]
        if self.note:
            parts.append(Text(self.note, style="yellow"))
        return Group(*parts)

    def refresh(self) -> None:
        self._live.update(self.render(), refresh=True)


def _finished_attempts(store: Store, sweep_id: str) -> dict[TargetKey, list[Attempt]]:
    finished: dict[TargetKey, list[Attempt]] = {}
    for call in store.sweep_calls(sweep_id):
        key = (call.client or "", call.target)
        finished.setdefault(key, []).append(Attempt(call.attempt, call.outcome, call.ended))
    return finished


def print_plan(console: Console, loaded: LoadedCampaign, sweep_id: str, plan: list[PlannedCall]) -> None:
    window = loaded.campaign.window
    table = Table(title=f"dry run of sweep {sweep_id} (times in {window.tz})")
    for column in ("#", "time", "client", "number", "scenario", "attempt"):
        table.add_column(column)
    for n, call in enumerate(plan, 1):
        scenario = Path(call.target.scenario).name if call.target.scenario else "—"
        when = call.at.astimezone(window.zone).strftime("%a %Y-%m-%d %H:%M:%S")
        table.add_row(str(n), when, call.target.client, call.target.number, scenario, str(call.attempt))
    console.print(table)
    missing = len(loaded.targets) - len({c.target.key for c in plan})
    console.print(
        f"{len(plan)} calls, assuming about 60 s per call and no retries"
        + (f"; {missing} targets would not be reached in this window" if missing else "")
    )


def run_sweep(
    campaign_path: str | Path,
    db_path: str | Path,
    pool_factory: PoolFactory = default_pool_factory,
    dry_run: bool = False,
    wait_for_window: bool = True,
    console: Console | None = None,
    resume: str | None = None,
    clock: Clock | None = None,
    on_result: Callable[[StoredCall], None] | None = None,
) -> SweepSummary:
    """Run (or continue) the campaign's sweep for the current calling day."""
    console = console or Console()
    clock = clock or SystemClock()
    loaded = load_campaign(campaign_path)
    window = loaded.campaign.window
    now = clock.now()
    with Store(db_path) as store:
        if resume is not None:
            row = store.sweep(resume)
            if row is None:
                raise InputError(f"no sweep {resume!r} in {db_path}")
            if row.campaign != loaded.name:
                raise InputError(f"sweep {resume!r} belongs to campaign {row.campaign!r}, not {loaded.name!r}")
            sweep_id = resume
        else:
            sweep_id = loaded.sweep_id(calling_day(window, now))
        day = calling_day(window, now)
        today = store.calls_since(day_start(window, day))
        if dry_run:
            plan = _dry_run_plan(loaded, now, today, store, sweep_id)
            print_plan(console, loaded, sweep_id, plan)
            return SweepSummary(sweep_id, loaded.name, "dry_run", plan=plan)
        store.begin_sweep(sweep_id, loaded.name, loaded.file_hash, now, str(loaded.path), day.isoformat())
        concurrency = min(loaded.campaign.concurrency, len(loaded.targets))
        with pool_factory(max(1, math.ceil(concurrency / 4))) as pool:
            summary = _loop(loaded, store, sweep_id, day, pool, clock, console, wait_for_window, on_result)
        end_status = "done" if summary.status == "done" else "stopped"
        store.end_sweep(sweep_id, clock.now(), end_status)
    style = "green" if summary.status == "done" else "yellow"
    console.print(f"[{style}]{summary.message}[/{style}]")
    return summary


def _dry_run_plan(
    loaded: LoadedCampaign, now: datetime, today: dict[str, int], store: Store, sweep_id: str
) -> list[PlannedCall]:
    """The dry-run plan, skipping targets this sweep already settled."""
    finished = _finished_attempts(store, sweep_id)
    step = plan_step(loaded, finished, (), today, now)
    open_targets = {s.target.key for s in step.statuses if not s.settled}
    remaining = [t for t in loaded.targets if t.key in open_targets]
    if len(remaining) == len(loaded.targets):
        return dry_run(loaded, now, today)
    sub = LoadedCampaign(
        loaded.path, loaded.file_hash, loaded.campaign, tuple(remaining), loaded.client_limits, loaded.config
    )
    return dry_run(sub, now, today)


def _loop(
    loaded: LoadedCampaign,
    store: Store,
    sweep_id: str,
    day: date,
    pool: Pool,
    clock: Clock,
    console: Console,
    wait_for_window: bool,
    on_result: Callable[[StoredCall], None] | None,
) -> SweepSummary:
    window = loaded.campaign.window
    finished = _finished_attempts(store, sweep_id)
    today = Counter(store.calls_since(day_start(window, day)))
    running: dict[cf.Future[CallResult], tuple[PlannedCall, CallJob]] = {}
    summary = SweepSummary(sweep_id, loaded.name, "done")
    step = plan_step(loaded, finished, (), today, clock.now(), pool.capacity)
    with Progress(console, sweep_id, len(loaded.targets)) as progress:
        try:
            while True:
                now = clock.now()
                step = plan_step(loaded, finished, {c.target.key for c, _ in running.values()}, today, now,
                                 pool.capacity)  # fmt: skip
                for call in step.start:
                    job = make_job(loaded, sweep_id, call)
                    running[pool.submit(job)] = (call, job)
                    today[call.target.number] += 1
                _show(progress, step, running)
                if step.finished and not running:
                    summary.message = f"sweep {sweep_id} finished: {_targets_text(step)}"
                    break
                until = step.next_at
                if not running:
                    stop = _window_stop(loaded, step, day, now, wait_for_window)
                    if stop is not None:
                        summary.status, summary.message = stop
                        break
                    if not step.window_open:
                        progress.note = f"waiting for the calling window to open at {_local(loaded, until)}"
                        progress.refresh()
                for future in clock.wait(running.keys(), until):
                    call, job = running.pop(future)
                    stored = _store_result(store, sweep_id, call, job, future, clock.now())
                    key = call.target.key
                    finished.setdefault(key, []).append(Attempt(call.attempt, stored.outcome, stored.ended))
                    summary.calls += 1
                    summary.outcomes[stored.outcome] += 1
                    progress.done_calls += 1
                    progress.outcomes[stored.outcome] += 1
                    progress.note = ""
                    if on_result is not None:
                        on_result(stored)
        except KeyboardInterrupt:
            summary.status = "interrupted"
            summary.message = f"interrupted: {len(running)} calls in flight lost; re-run to continue"
        summary.targets = dict(step.counts)
    return summary


def _show(progress: Progress, step: Step, running: dict) -> None:
    progress.in_flight = len(running)
    progress.left = step.left
    progress.refresh()


def _store_result(
    store: Store, sweep_id: str, call: PlannedCall, job: CallJob, future: cf.Future, now: datetime
) -> StoredCall:
    try:
        result = future.result()
    except Exception as exc:  # the pool promises results, never exceptions; keep the sweep going
        result = failed_result(job, exc, now)
    row = store.add_result(result, client=call.target.client, sweep_id=sweep_id, attempt=call.attempt, job=job)
    stored = store.call(row)
    assert stored is not None
    return stored


def _window_stop(
    loaded: LoadedCampaign, step: Step, day: date, now: datetime, wait_for_window: bool
) -> tuple[str, str] | None:
    """Why the sweep must stop now (nothing in flight), or None to wait for ``step.next_at``."""
    window = loaded.campaign.window
    opens, closes = step.window
    left = f"{step.left} targets left"
    if step.next_at is None:
        return "window_closed", f"nothing more can be dialed today; {left}"
    if step.window_open and step.next_at < closes:
        return None
    if calling_day(window, now) != day or step.window_open:
        return "window_closed", (
            f"the calling window ({window.from_}-{window.to} {window.tz}) closed with {left}; "
            "they are retried in the next sweep"
        )
    if wait_for_window:
        return None
    return "outside_window", (
        f"outside the calling window: it opens at {_local(loaded, opens)}; {left}. "
        "Run again then (or without --no-wait to wait)"
    )


def _local(loaded: LoadedCampaign, when: datetime | None) -> str:
    if when is None:
        return "?"
    window = loaded.campaign.window
    return f"{when.astimezone(window.zone):%Y-%m-%d %H:%M} {window.tz}"


def _targets_text(step: Step) -> str:
    return ", ".join(f"{n} {state}" for state, n in sorted(step.counts.items())) or "no targets"
