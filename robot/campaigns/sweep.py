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
import time
import uuid
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol

from rich.console import Console, RenderableType
from rich.progress import BarColumn, ProgressColumn, Task, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress
from rich.table import Table
from rich.text import Text

from robot.call.result import CallResult
from robot.call.resultview import parse_time, utc_iso
from robot.campaigns.alerts.watch import AlertWatch, report_alerts
from robot.campaigns.campaign import LoadedCampaign, load_campaign
from robot.campaigns.dialogs import Dialog, end_dialog
from robot.campaigns.guard import SweepGuard
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
from robot.campaigns.store import BlockedTarget, Store, StoredCall, note_dialog
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
    status: str  # done | window_closed | outside_window | dry_run | interrupted | aborted (trunk guard)
    message: str = ""
    calls: int = 0  # calls finished in this run
    outcomes: Counter[str] = field(default_factory=Counter)
    targets: dict[str, int] = field(default_factory=dict)  # targets per state at the end
    plan: list[PlannedCall] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 finished (or dry run), 3 stopped by the calling window with work left, 4 aborted by the
        trunk guard (our own side failed), 130 interrupted."""
        return {"done": 0, "dry_run": 0, "aborted": 4, "interrupted": 130}.get(self.status, 3)


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
    """What a sweep (or a retest) is doing while it dials.

    On a terminal: a live ``rich.progress`` display with the elapsed time, an ETA, the calls
    done / in flight / still to place, the targets settled (a separate count) and the numbers
    being dialled. Without one (a cron log, a pipe): no redraws, exactly one plain line per
    finished call, and one per note.
    """

    def __init__(self, console: Console, sweep_id: str, total_targets: int, kind: str = "sweep"):
        self.console = console
        self.sweep_id = sweep_id
        self.kind = kind
        self.total = total_targets
        self.done_calls = 0
        self.in_flight = 0
        self.left = total_targets  # targets not settled yet (in flight included)
        self.calls_left = total_targets  # calls still to place: at least one per target left, not in flight
        self.dialling: list[str] = []
        self.outcomes: Counter[str] = Counter()
        self.note = ""
        self._noted = ""
        self._started = time.monotonic()
        self.live = console.is_terminal and not console.is_dumb_terminal
        self._bar = _LiveProgress(self, console=console, refresh_per_second=2, transient=False, disable=not self.live)
        self._task = self._bar.add_task(f"{kind} {sweep_id}", total=max(total_targets, 1))

    def __enter__(self) -> Progress:
        self._bar.start()
        self.refresh()
        return self

    def __exit__(self, *exc: object) -> None:
        self.refresh()
        self._bar.stop()

    @property
    def elapsed_s(self) -> float:
        return time.monotonic() - self._started

    def eta_s(self) -> float | None:
        """Seconds until the calls in flight and still to place are done, at the rate so far."""
        if self.done_calls == 0:
            return None
        work = self.calls_left + self.in_flight
        return work * self.elapsed_s / self.done_calls

    def counts_text(self) -> str:
        """``calls: 3 done · 2 in flight · 4 to place · targets: 2/6 settled``."""
        return (
            f"calls: {self.done_calls} done · {self.in_flight} in flight · {self.calls_left} to place"
            f" · targets: {self.total - self.left}/{self.total} settled"
        )

    def extra_lines(self) -> list[Text]:
        lines = [Text("dialling: " + (", ".join(self.dialling) if self.dialling else "—"), style="cyan")]
        counts = dict.copy(self.outcomes)  # one C-level copy: the redraw thread may run while a call is counted
        outcomes = "  ".join(f"{o} {n}" for o, n in sorted(counts.items(), key=lambda i: -i[1])) or "no calls yet"
        lines.append(Text("outcomes: " + outcomes))
        if self.note:
            lines.append(Text(self.note, style="yellow"))
        return lines

    def refresh(self) -> None:
        if not self.live:
            if self.note and self.note != self._noted:
                self._line(self.note)
            self._noted = self.note
            return
        self._bar.update(self._task, total=max(self.total, 1), completed=self.total - self.left)
        self._bar.refresh()

    def eta_text(self) -> str:
        eta = self.eta_s()
        return "ETA —" if eta is None else f"ETA {_duration(eta)}"

    def finished(self, call: StoredCall) -> None:
        """One call ended and was stored: count it (and print its line without a terminal)."""
        self.done_calls += 1
        self.outcomes[call.outcome] += 1
        self.note = ""
        if self.live:
            self.refresh()
            return
        connected = call.outcome in ("answered", "dropped")  # a line that never connected has no score
        score = "" if call.score_percent is None or not connected else f" score {call.score_percent:.0f}%"
        reason = f" ({call.result.sip_reason})" if call.outcome == "failed" and call.result.sip_reason else ""
        eta = self.eta_s()
        self._line(
            f"{self.kind} {self.sweep_id}: {call.client or '—'} {call.target} attempt {call.attempt}: "
            f"{call.outcome}{reason}{score} | {self.counts_text()} | elapsed {_duration(self.elapsed_s)}"
            + ("" if eta is None else f", ETA {_duration(eta)}")
        )

    def _line(self, text: str) -> None:
        stamp = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S")
        self.console.print(f"{stamp} {text}", markup=False, highlight=False, soft_wrap=True)


class _LiveProgress(RichProgress):
    """rich's progress bar with the sweep's own lines (numbers dialled, outcomes, note) under it."""

    def __init__(self, owner: Progress, **kwargs: Any):
        columns = (
            TextColumn("[bold]{task.description}"),
            BarColumn(bar_width=30),
            _Said(owner.counts_text),
            TextColumn("elapsed"),
            TimeElapsedColumn(),
            _Said(owner.eta_text),
        )
        self._owner = owner  # before rich's __init__, which renders once
        super().__init__(*columns, **kwargs)

    def get_renderables(self) -> Iterable[RenderableType]:
        yield self.make_tasks_table(self.tasks)
        yield from self._owner.extra_lines()


class _Said(ProgressColumn):
    """A column whose text the sweep's own counters give at each redraw (the ETA moves between calls)."""

    def __init__(self, text: Callable[[], str]):
        super().__init__()
        self._text = text

    def render(self, task: Task) -> Text:
        return Text(self._text())


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


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


class DialogNotes:
    """Pool listener: writes each reported dialog to the attempt's write-ahead row (own connection per
    note) and keeps the live ones (job id -> dialog), so an interrupt can end a call at the far end."""

    def __init__(self, db_path: str | Path):
        self.db_path = db_path
        self.live: dict[str, dict[str, Any]] = {}

    def __call__(self, job_id: str, dialog: dict[str, Any] | None) -> None:
        if dialog is None:
            self.live.pop(job_id, None)
            return
        self.live[job_id] = dialog
        note_dialog(self.db_path, job_id, dialog)


def print_plan(
    console: Console, loaded: LoadedCampaign, sweep_id: str, plan: list[PlannedCall], settled: int = 0
) -> None:
    """The dry run's table; ``settled``: targets this sweep has settled already (not planned again)."""
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
    missing = len(loaded.targets) - len({c.target.key for c in plan}) - blocked - settled
    console.print(
        f"{len(plan)} calls, assuming about 60 s per call and no retries"
        + (f"; {settled} targets already settled by this sweep" if settled else "")
        + (f"; {blocked} targets blocked by the dialling policy" if blocked else "")
        + (f"; {missing} targets would not be reached in this window" if missing else "")
    )


def record_blocked(store: Store, loaded: LoadedCampaign, sweep_id: str, now: datetime) -> None:
    """Store each target the dialling policy blocks, with its reason, against the sweep."""
    for target in loaded.targets:
        if target.blocked is not None:
            canonical = target.canonical or None
            store.note_blocked(BlockedTarget(sweep_id, target.client, target.number, canonical, target.blocked,
                                             utc_iso(now)))  # fmt: skip


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
    if dry_run and not Path(db_path).exists():  # --dry-run writes nothing: no database is created
        return _dry_run_without_store(loaded, db_path, resume, now, console)
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
            plan, settled = _dry_run_plan(loaded, now, today, store, sweep_id)
            print_plan(console, loaded, sweep_id, plan, settled)
            return SweepSummary(sweep_id, loaded.name, "dry_run", plan=plan)
        store.begin_sweep(sweep_id, loaded.name, loaded.file_hash, now, str(loaded.path), day.isoformat())
        settle_interrupted(store, sweep_id, console)
        print_blocked(console, loaded)
        record_blocked(store, loaded, sweep_id, now)
        concurrency = min(loaded.campaign.concurrency, len(loaded.targets))
        with pool_factory(max(1, math.ceil(concurrency / 4))) as pool:
            dialogs = DialogNotes(db_path)
            if hasattr(pool, "on_dialog"):  # the real CallPool: dialogs go to the write-ahead rows
                pool.on_dialog = dialogs
            watch = AlertWatch(loaded, store, db_path, sweep_id)
            guard = SweepGuard(loaded, store, sweep_id, pool, watch.on_call)
            summary = _loop(loaded, store, sweep_id, day, pool, clock, console, wait_for_window, on_result, guard,
                            dialogs)  # fmt: skip
        report_alerts(watch, guard, summary)
        end_status = {"done": "done", "aborted": "aborted"}.get(summary.status, "stopped")
        store.end_sweep(sweep_id, clock.now(), end_status)
    style = {"done": "green", "aborted": "red"}.get(summary.status, "yellow")
    console.print(f"[{style}]{summary.message}[/{style}]")
    return summary


def _dry_run_without_store(
    loaded: LoadedCampaign, db_path: str | Path, resume: str | None, now: datetime, console: Console
) -> SweepSummary:
    """The dry run of a campaign no sweep has stored anything for yet (the database does not exist)."""
    if resume is not None:
        raise InputError(f"no sweep {resume!r} in {db_path}")
    sweep_id = loaded.sweep_id(calling_day(loaded.campaign.window, now))
    plan = dry_run(loaded, now, Counter())
    print_plan(console, loaded, sweep_id, plan)
    return SweepSummary(sweep_id, loaded.name, "dry_run", plan=plan)


def _dry_run_plan(
    loaded: LoadedCampaign, now: datetime, today: Counter[str], store: Store, sweep_id: str
) -> tuple[list[PlannedCall], int]:
    """The dry-run plan, skipping targets this sweep already settled (how many: the second value)."""
    finished = _finished_attempts(store, sweep_id)
    step = plan_step(loaded, finished, (), today, now)
    open_targets = {s.target.key for s in step.statuses if not s.settled}
    settled = sum(1 for s in step.statuses if s.settled and s.state != "blocked")
    remaining = [t for t in loaded.targets if t.key in open_targets]
    if len(remaining) == len(loaded.targets):
        return dry_run(loaded, now, today), settled
    sub = dataclasses.replace(loaded, targets=tuple(remaining))
    return dry_run(sub, now, today), settled


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
    guard: SweepGuard | None = None,
    dialogs: DialogNotes | None = None,
) -> SweepSummary:
    window = loaded.campaign.window
    finished = _finished_attempts(store, sweep_id)
    today = count_by_key(store.calls_since(day_start(window, day)), loaded.cap_key)
    limiter = RateLimiter(loaded.max_cps) if loaded.max_cps else None  # limits.max_cps toward the trunk
    running: dict[cf.Future[CallResult], tuple[PlannedCall, CallJob]] = {}
    summary = SweepSummary(sweep_id, loaded.name, "done")
    step = plan_step(loaded, finished, (), today, clock.now(), pool.capacity)
    with Progress(console, sweep_id, len(loaded.targets)) as progress:
        if hasattr(pool, "watch_progress"):  # a BrokerPool: "waiting for a worker" in the display
            pool.watch_progress(progress)
        try:
            while True:
                now = clock.now()
                step = plan_step(loaded, finished, {c.target.key for c, _ in running.values()}, today, now,
                                 pool.capacity)  # fmt: skip
                if guard is not None:  # our own side first: before any client, and after the breaker trips
                    if (refused := guard.gate(bool(step.start), bool(running))) is not None:
                        summary.status, summary.message = "aborted", refused
                        break
                    if guard.tripped is not None:  # paused: let the calls in flight end
                        step = dataclasses.replace(step, start=[])
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
                    call, job = running[future]
                    stored = _store_result(store, sweep_id, call, job, future, clock.now())
                    del running[future]  # only once stored: a Ctrl-C mid-store leaves it to the interrupt
                    key = call.target.key
                    finished.setdefault(key, []).append(Attempt(call.attempt, stored.outcome, stored.ended))
                    summary.calls += 1
                    summary.outcomes[stored.outcome] += 1
                    progress.in_flight = len(running)
                    _count_settled(progress, loaded, call, stored)
                    progress.finished(stored)
                    if guard is not None:
                        guard.after_call(stored, finished, today)
                    if on_result is not None:
                        on_result(stored)
        except KeyboardInterrupt:
            summary.status = "interrupted"
            progress.note = f"interrupted: ending {_calls(len(running))} in flight (CANCEL/BYE) and storing them"
            progress.refresh()
            calls = {job.job_id: call for call, job in running.values()}

            def keep(job: CallJob, result: CallResult | None, metrics: dict[str, Any]) -> StoredCall | None:
                stored = _keep_interrupted(store, sweep_id, calls[job.job_id], job, result, metrics)
                if stored is not None:
                    summary.calls += 1
                    summary.outcomes[stored.outcome] += 1
                    progress.in_flight -= 1
                    _count_settled(progress, loaded, calls[job.job_id], stored)
                    progress.finished(stored)
                    if on_result is not None:
                        on_result(stored)
                return stored

            stopped = stop_calls(pool, {future: job for future, (_, job) in running.items()}, dialogs, keep)
            summary.message = _interrupted_text(sweep_id, stopped)
        summary.targets = dict(step.counts)
    return summary


USER_INTERRUPT = "interrupted by user"  # sip_reason of a call the user's Ctrl-C (SIGINT/SIGTERM) ended
HANGUP_GRACE_S = 3.0  # the workers end ringing and plain calls at once; a call still up after this is ended by us
INTERRUPT_WAIT_S = 30.0  # then how long the results may take (a worker sees a line we hung up die within
# its media_timeout_s); a second Ctrl-C stops waiting


@dataclass
class Interruption:
    """What became of the calls in flight when the user interrupted."""

    stored: list[StoredCall] = field(default_factory=list)  # every one of them, as stored
    ended_by_us: int = 0  # still up after HANGUP_GRACE_S: ended at the far end from their dialogs
    without_result: int = 0  # no result in time: stored as interrupted from the write-ahead row


# keep(job, result, metrics): store a call's result, or (result None) its attempt as interrupted
Keep = Callable[[CallJob, CallResult | None, dict[str, Any]], StoredCall | None]


def stop_calls(
    pool: Pool, jobs: dict[cf.Future[CallResult], CallJob], dialogs: DialogNotes | None, keep: Keep
) -> Interruption:
    """Ctrl-C with calls in flight: dial nothing more, end every call, store every one.

    Jobs still queued are cancelled (never dialled; their attempts were written ahead, so they
    are stored as interrupted). The workers end their calls (CANCEL while ringing, BYE once
    connected) and report them. A call still up after :data:`HANGUP_GRACE_S` (a scenario the
    worker does not interrupt) is ended at the far end from the dialog its worker reported; its
    result, when it comes, is stored as ``failed`` (``interrupted by user``) with what it had
    recorded. A call whose result does not come within :data:`INTERRUPT_WAIT_S` more (or after a
    second Ctrl-C) is stored as interrupted without one.
    """
    out = Interruption()
    pending = dict(jobs)
    ended: dict[str, dict[str, Any]] = {}
    for future, job in list(pending.items()):
        if future.cancel():  # still queued: no INVITE left for it
            del pending[future]
            _keep(keep, out, job, None, {"error": "not dialled: the run was interrupted before this call started"})
    try:
        interrupt = getattr(pool, "interrupt", None)
        if callable(interrupt):
            interrupt()
        _collect(pending, HANGUP_GRACE_S, ended, keep, out)
        if pending and dialogs is not None:
            ended.update(end_live_dialogs([job.job_id for job in pending.values()], dialogs))
            out.ended_by_us = len(ended)
        _collect(pending, INTERRUPT_WAIT_S, ended, keep, out)
    except KeyboardInterrupt:  # a second Ctrl-C: stop waiting
        pass
    for job in pending.values():
        metrics = {"error": "interrupted: no result came back from the call", **ended.get(job.job_id, {})}
        _keep(keep, out, job, None, metrics)
        out.without_result += 1
    return out


def _keep(keep: Keep, out: Interruption, job: CallJob, result: CallResult | None, metrics: dict[str, Any]) -> None:
    stored = keep(job, result, metrics)
    if stored is not None:
        out.stored.append(stored)


def _collect(
    pending: dict[cf.Future[CallResult], CallJob],
    timeout: float,
    ended: dict[str, dict[str, Any]],
    keep: Keep,
    out: Interruption,
) -> None:
    """Store the results that come back within ``timeout``, each as soon as it comes."""
    deadline = time.monotonic() + timeout
    while pending:
        done, _ = cf.wait(list(pending), timeout=max(0.0, deadline - time.monotonic()), return_when=cf.FIRST_COMPLETED)
        if not done:
            return
        for future in done:
            job = pending.pop(future)
            result = result_of(future, job)
            if job.job_id in ended:
                result = interrupted_by_us(result, ended[job.job_id])
            _keep(keep, out, job, result, {})


def result_of(future: cf.Future[CallResult], job: CallJob) -> CallResult:
    """The future's result, or a ``failed`` one if it raised (the pool promises results, never exceptions)."""
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - keep the run going
        return failed_result(job, exc, datetime.now(UTC))


def end_live_dialogs(job_ids: list[str], dialogs: DialogNotes) -> dict[str, dict[str, Any]]:
    """BYE (CANCEL while ringing) for the live dialog of each job, in parallel; job id -> metrics."""
    found: dict[str, dict[str, Any]] = {}

    def end(job_id: str, data: dict[str, Any]) -> None:
        try:
            dialog = Dialog.from_dict(data)
            found[job_id] = {"cancel_status" if dialog.early else "bye_status": end_dialog(dialog)}
        except (TypeError, KeyError, OSError) as exc:
            found[job_id] = {"bye_error": str(exc)}

    senders = [
        threading.Thread(target=end, args=(job_id, data), name="interrupt-bye", daemon=True)
        for job_id in job_ids
        if (data := dialogs.live.get(job_id)) is not None
    ]
    for sender in senders:
        sender.start()
    for sender in senders:
        sender.join(timeout=10)
    return dict(found)


def interrupted_by_us(result: CallResult, metrics: dict[str, Any]) -> CallResult:
    """A call we ended from its dialog after the interrupt: ``failed`` (interrupted by user), unless it had
    already ended by itself (the far end did not accept our BYE/CANCEL)."""
    status = metrics.get("bye_status", metrics.get("cancel_status"))
    merged = {**result.metrics, **metrics}
    if not isinstance(status, int) or not 200 <= status < 300:
        return result.model_copy(update={"metrics": merged})
    return result.model_copy(
        update={"outcome": "failed", "sip_reason": USER_INTERRUPT, "hangup_by": "robot", "metrics": merged}
    )


def _calls(n: int) -> str:
    return f"{n} call{'s' if n != 1 else ''}"


def _count_settled(progress: Progress, loaded: LoadedCampaign, call: PlannedCall, stored: StoredCall) -> None:
    """The call's target is settled now, or needs another call (the attempts policy)."""
    policy = loaded.campaign.attempts
    if stored.outcome not in policy.retry_on or call.attempt >= policy.max:
        progress.left -= 1
    else:
        progress.calls_left += 1


def _show(progress: Progress, step: Step, running: dict) -> None:
    progress.in_flight = len(running)
    progress.left = step.left
    progress.calls_left = sum(1 for s in step.statuses if not s.settled and s.state != "in_flight")
    progress.dialling = [f"{call.target.client}: {job.target}" for call, job in running.values()]
    progress.refresh()


def _keep_interrupted(
    store: Store, sweep_id: str, call: PlannedCall, job: CallJob, result: CallResult | None, metrics: dict[str, Any]
) -> StoredCall | None:
    """Store a result that came back after the interrupt, or (None) settle the attempt as interrupted."""
    if result is not None:
        return _store(store, sweep_id, call, job, result)
    attempt = next((a for a in store.open_attempts(sweep_id) if a.attempt_key == job.job_id), None)
    return None if attempt is None else store.settle_attempt(attempt, USER_INTERRUPT, metrics=metrics)


def _interrupted_text(sweep_id: str, stopped: Interruption) -> str:
    parts = [f"sweep {sweep_id} interrupted: {_calls(len(stopped.stored))} in flight stored"]
    if stopped.ended_by_us:
        parts.append(f"{stopped.ended_by_us} hung up from their dialogs")
    if stopped.without_result:
        parts.append(f"{stopped.without_result} without a result (stored as interrupted)")
    return "; ".join(parts) + "; they count as attempts made: re-run the same command to continue"


def _store(store: Store, sweep_id: str, call: PlannedCall, job: CallJob, result: CallResult) -> StoredCall:
    row = store.add_result(result, client=call.target.client, sweep_id=sweep_id, attempt=call.attempt, job=job)
    stored = store.call(row)
    assert stored is not None
    return stored


def _store_result(
    store: Store, sweep_id: str, call: PlannedCall, job: CallJob, future: cf.Future, now: datetime
) -> StoredCall:
    try:
        result = future.result()
    except Exception as exc:  # the pool promises results, never exceptions; keep the sweep going
        result = failed_result(job, exc, now)
    return _store(store, sweep_id, call, job, result)


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
