"""The sweep runner: asks the planner, submits call jobs to the worker pool, stores each result.

Resumable by construction: the sweep id is derived from the campaign name, the calling day
and the campaign file's hash, every finished call is committed the moment its future
completes, and the planner only counts what the store holds. Every attempt is written
ahead (committed before its job reaches a worker); re-running after a crash stores the
attempts that had started without a result as ``failed`` (reason ``interrupted``, after a
BYE, or CANCEL, for any dialog their worker had reported), and they count against the attempts policy
and the daily caps like any other attempt: nothing is dialled twice by surprise.
"""

from __future__ import annotations

import concurrent.futures as cf
import dataclasses
import math
import os
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Collection
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol

from rich.console import Console, ConsoleRenderable, Group
from rich.live import Live
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from robot.call.result import CallResult
from robot.call.resultview import parse_time
from robot.campaigns.campaign import LoadedCampaign, load_campaign
from robot.campaigns.dialogs import Dialog, end_dialog
from robot.campaigns.job import INTERRUPTED, CallJob
from robot.campaigns.plan import (
    Attempt,
    PlannedCall,
    RateLimiter,
    Step,
    TargetKey,
    calling_day,
    count_by_key,
    day_start,
    dry_run,
    plan_step,
)
from robot.campaigns.store import Store, StoredCall, note_dialog
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
    """Stored attempts per target, and the started ones without a result as ``failed`` (as a resume stores them)."""
    finished: dict[TargetKey, list[Attempt]] = {}
    for call in store.sweep_calls(sweep_id):
        key = (call.client or "", call.target)
        finished.setdefault(key, []).append(Attempt(call.attempt, call.outcome, call.ended))
    for attempt in store.open_attempts(sweep_id):
        key = (attempt.client or "", attempt.target)
        finished.setdefault(key, []).append(Attempt(attempt.attempt, "failed", parse_time(attempt.started_at)))
    return finished


def settle_interrupted(store: Store, sweep_id: str, console: Console | None = None) -> list[StoredCall]:
    """Store this sweep's attempts that started and never got a result as ``failed`` (``interrupted``).

    Refuses (InputError) while another live process still runs them. A dialog their worker
    reported gets a BYE (a CANCEL if it was still ringing) first, unless it is hours old.
    """
    attempts = store.open_attempts(sweep_id)
    for attempt in attempts:
        if attempt.owner_pid is not None and attempt.owner_pid != os.getpid() and process_alive(attempt.owner_pid):
            raise InputError(f"sweep {sweep_id!r} is running in process {attempt.owner_pid}; let it finish first")
    settled = []
    for attempt in attempts:
        metrics: dict[str, object] = {"error": "the sweep stopped before this attempt's result was stored"}
        if attempt.dialog is not None and _age_s(attempt.started_at) < STALE_DIALOG_S:
            try:
                dialog = Dialog.from_dict(attempt.dialog)
                metrics["cancel_status" if dialog.early else "bye_status"] = end_dialog(dialog)
            except (TypeError, KeyError, OSError) as exc:
                metrics["bye_error"] = str(exc)
        settled.append(store.settle_attempt(attempt, INTERRUPTED, metrics=metrics))
    if settled and console is not None:
        console.print(
            f"{len(settled)} attempts had started without a result (sweep stopped): stored as failed (interrupted); "
            "they count as attempts, retried only if the attempts policy retries failed calls",
            markup=False,
            highlight=False,
        )
    return settled


STALE_DIALOG_S = 2 * 3600.0  # no BYE for a dialog reported longer ago than this


def _age_s(started_at: str) -> float:
    return (datetime.now(UTC) - parse_time(started_at)).total_seconds()


def process_alive(pid: int) -> bool:
    """Whether ``pid`` is a running mysterycall (Python) process (a recycled pid of another program is not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return False  # another user's process: not ours
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True
    return b"python" in cmdline or b"mysterycall" in cmdline


class _DialogNotes:
    """Pool listener: writes each reported dialog to the attempt's write-ahead row (own connection per note)."""

    def __init__(self, db_path: str | Path):
        self.db_path = db_path

    def __call__(self, job_id: str, dialog: dict[str, Any] | None) -> None:
        if dialog is not None:
            note_dialog(self.db_path, job_id, dialog)


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
    blocked = print_blocked(console, loaded)
    missing = len(loaded.targets) - len({c.target.key for c in plan}) - blocked
    console.print(
        f"{len(plan)} calls, assuming about 60 s per call and no retries"
        + (f"; {blocked} targets blocked by the dialling policy" if blocked else "")
        + (f"; {missing} targets would not be reached in this window" if missing else "")
    )


def print_blocked(console: Console, loaded: LoadedCampaign) -> int:
    """One line per target the dialling policy forbids (never dialled); returns how many."""
    blocked = [t for t in loaded.targets if t.blocked is not None]
    for target in blocked:
        console.print(f"blocked: {target.client}: {target.number}: {target.blocked}", markup=False, highlight=False)
    return len(blocked)


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
        today = count_by_key(store.calls_since(day_start(window, day)), loaded.cap_key)
        if dry_run:
            plan = _dry_run_plan(loaded, now, today, store, sweep_id)
            print_plan(console, loaded, sweep_id, plan)
            return SweepSummary(sweep_id, loaded.name, "dry_run", plan=plan)
        store.begin_sweep(sweep_id, loaded.name, loaded.file_hash, now, str(loaded.path), day.isoformat())
        settle_interrupted(store, sweep_id, console)
        print_blocked(console, loaded)
        concurrency = min(loaded.campaign.concurrency, len(loaded.targets))
        with pool_factory(max(1, math.ceil(concurrency / 4))) as pool:
            if hasattr(pool, "on_dialog"):  # the real CallPool: dialogs go to the write-ahead rows
                pool.on_dialog = _DialogNotes(db_path)
            summary = _loop(loaded, store, sweep_id, day, pool, clock, console, wait_for_window, on_result)
        end_status = "done" if summary.status == "done" else "stopped"
        store.end_sweep(sweep_id, clock.now(), end_status)
    style = "green" if summary.status == "done" else "yellow"
    console.print(f"[{style}]{summary.message}[/{style}]")
    return summary


def _dry_run_plan(
    loaded: LoadedCampaign, now: datetime, today: Counter[str], store: Store, sweep_id: str
) -> list[PlannedCall]:
    """The dry-run plan, skipping targets this sweep already settled."""
    finished = _finished_attempts(store, sweep_id)
    step = plan_step(loaded, finished, (), today, now)
    open_targets = {s.target.key for s in step.statuses if not s.settled}
    remaining = [t for t in loaded.targets if t.key in open_targets]
    if len(remaining) == len(loaded.targets):
        return dry_run(loaded, now, today)
    sub = dataclasses.replace(loaded, targets=tuple(remaining))
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
    today = count_by_key(store.calls_since(day_start(window, day)), loaded.cap_key)
    limiter = RateLimiter(loaded.max_cps) if loaded.max_cps else None  # limits.max_cps toward the trunk
    running: dict[cf.Future[CallResult], tuple[PlannedCall, CallJob]] = {}
    summary = SweepSummary(sweep_id, loaded.name, "done")
    step = plan_step(loaded, finished, (), today, clock.now(), pool.capacity)
    with Progress(console, sweep_id, len(loaded.targets)) as progress:
        try:
            while True:
                now = clock.now()
                step = plan_step(loaded, finished, {c.target.key for c, _ in running.values()}, today, now,
                                 pool.capacity)  # fmt: skip
                held: datetime | None = None  # the rate limit holds the rest of step.start until then
                for call in step.start:
                    if limiter is not None and not limiter.try_acquire(clock.now().timestamp()):
                        held = datetime.fromtimestamp(limiter.next_at(clock.now().timestamp()), UTC)
                        break
                    job = make_job(loaded, sweep_id, call)
                    if not store.begin_attempt(job, client=call.target.client, sweep_id=sweep_id):
                        # started or stored before (another process?): never dialled twice
                        finished.setdefault(call.target.key, []).append(Attempt(call.attempt, "failed", now))
                        continue
                    running[pool.submit(job)] = (call, job)
                    today[call.target.cap_key] += 1
                _show(progress, step, running)
                if step.finished and not running:
                    summary.message = f"sweep {sweep_id} finished: {_targets_text(step)}"
                    break
                until = step.next_at if held is None else min(held, step.next_at or held)
                if not running and held is None:
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
            for stored in _store_after_interrupt(store, sweep_id, pool, running, clock):
                summary.calls += 1
                summary.outcomes[stored.outcome] += 1
                if on_result is not None:
                    on_result(stored)
            summary.message = f"interrupted: {len(running)} calls in flight lost; re-run to continue"
        summary.targets = dict(step.counts)
    return summary


INTERRUPT_GRACE_S = 15.0  # how long Ctrl-C waits for the calls in flight to hang up and report


def _store_after_interrupt(
    store: Store,
    sweep_id: str,
    pool: Pool,
    running: dict[cf.Future[CallResult], tuple[PlannedCall, CallJob]],
    clock: Clock,
) -> list[StoredCall]:
    """Ctrl-C: ask the workers to end their calls (CANCEL/BYE), store the results that come back
    within :data:`INTERRUPT_GRACE_S`; the others stay written ahead (``interrupted`` on resume)."""
    interrupt = getattr(pool, "interrupt", None)
    stored: list[StoredCall] = []
    try:
        if callable(interrupt):
            interrupt()
        done, _ = cf.wait(list(running), timeout=INTERRUPT_GRACE_S)
        for future in done:
            call, job = running.pop(future)
            stored.append(_store_result(store, sweep_id, call, job, future, clock.now()))
    except KeyboardInterrupt:  # a second Ctrl-C: stop waiting
        pass
    return stored


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
