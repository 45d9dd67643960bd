"""Retests: redial numbers with the jobs of their last calls and compare before/after."""

from __future__ import annotations

import concurrent.futures as cf
import os
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from rich.table import Table

from robot.call.result import CallResult
from robot.call.resultview import check_evidence, check_status, checks_by_id, failed_checks
from robot.campaigns.job import INTERRUPTED, CallJob, unfinished_result
from robot.campaigns.store import Store, StoredCall
from robot.campaigns.sweep import (
    USER_INTERRUPT,
    DialogNotes,
    Interruption,
    Pool,
    Progress,
    process_alive,
    result_of,
    stop_calls,
)

TIMINGS = ("post_dial_delay_s", "ring_to_answer_s", "talk_s", "total_s")


@dataclass(frozen=True)
class CheckChange:
    id: str
    title: str
    before: str  # pass | fail | n/a | absent
    after: str
    evidence: str | None  # the retest's evidence


@dataclass(frozen=True)
class Comparison:
    """Before/after for one number."""

    client: str | None
    target: str
    before: StoredCall
    after: StoredCall
    timings: dict[str, tuple[float | None, float | None]]
    checks: list[CheckChange] = field(default_factory=list)  # only the checks whose status changed

    @property
    def outcome(self) -> tuple[str, str]:
        return self.before.outcome, self.after.outcome

    @property
    def score(self) -> tuple[float | None, float | None]:
        return self.before.score_percent, self.after.score_percent

    @property
    def improved(self) -> bool | None:
        """True if better, False if worse, None if unchanged (by outcome, then failed checks)."""
        answered = (self.before.outcome == "answered", self.after.outcome == "answered")
        if answered[0] != answered[1]:
            return answered[1]
        if self.before.failed_checks != self.after.failed_checks:
            return self.after.failed_checks < self.before.failed_checks
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "client": self.client,
            "target": self.target,
            "before_call": self.before.id,
            "after_call": self.after.id,
            "outcome": {"before": self.before.outcome, "after": self.after.outcome},
            "score_percent": {"before": self.score[0], "after": self.score[1]},
            "timings": {k: {"before": b, "after": a} for k, (b, a) in self.timings.items()},
            "checks": [c.__dict__ for c in self.checks],
        }


class RetestInterrupted(KeyboardInterrupt):
    """Ctrl-C (SIGINT/SIGTERM) during a retest: every call in flight was ended and stored."""

    def __init__(self, comparisons: list[Comparison], stopped: Interruption):
        super().__init__("retest interrupted")
        self.comparisons = comparisons
        self.stopped = stopped


def needs_retest(call: StoredCall) -> bool:
    """A call whose outcome was not 'answered' or that failed a check (a low score alone is not a failure)."""
    return call.outcome != "answered" or bool(failed_checks(call.result))


def select(
    store: Store, client: str | None = None, target: str | None = None, failed_only: bool = False
) -> list[StoredCall]:
    """The latest call per number of a client (or of one target) to redial."""
    if client is None and target is None:
        raise ValueError("retest needs a client or a target")
    last = store.last_results(client=client, target=target)
    return [c for c in last if not failed_only or needs_retest(c)]


def compare(before: StoredCall, after: StoredCall) -> Comparison:
    """Outcome, timings and the checks whose status changed between two calls."""
    t_before, t_after = before.result.timings, after.result.timings
    timings = {k: (getattr(t_before, k), getattr(t_after, k)) for k in TIMINGS}
    old, new = checks_by_id(before.result), checks_by_id(after.result)
    changes = []
    for check_id in list(old) + [k for k in new if k not in old]:
        b = check_status(old[check_id]) if check_id in old else "absent"
        a = check_status(new[check_id]) if check_id in new else "absent"
        if a != b:
            source = new.get(check_id) or old[check_id]
            title = str(source.get("title") or check_id)
            evidence = check_evidence(new[check_id]) if check_id in new else None
            changes.append(CheckChange(check_id, title, b, a, evidence))
    return Comparison(before.client, before.target, before, after, timings, changes)


def _job_for(call: StoredCall) -> CallJob:
    """The earlier call's job again (same scenario and config), as a retest."""
    base = call.job or CallJob(job_id="", target=call.target, scenario=call.scenario)
    meta = {**base.meta, "retest_of": call.id, "client": call.client}
    meta.pop("sweep_id", None)
    return base.model_copy(update={"job_id": f"retest-{uuid.uuid4().hex[:12]}", "attempt": 1, "meta": meta})


def retest(
    store: Store,
    client: str | None = None,
    target: str | None = None,
    failed_only: bool = False,
    pool: Pool | None = None,
    client_concurrency: int = 1,
    progress: Progress | None = None,
    dialogs: DialogNotes | None = None,
) -> list[Comparison]:
    """Redial the selected numbers, store each result linked to the earlier one, compare.

    At most ``client_concurrency`` lines of one client are dialed at once. ``progress`` shows
    the calls while they run. Ctrl-C (KeyboardInterrupt) ends the calls in flight (CANCEL/BYE;
    ``dialogs`` lets a call its worker does not end be hung up at the far end), stores every one
    of them and raises :class:`RetestInterrupted` with the comparisons so far.
    """
    if pool is None:
        raise ValueError("retest needs a call pool")
    settle_orphans(store)
    todo = select(store, client, target, failed_only)
    running: dict[cf.Future[CallResult], tuple[StoredCall, CallJob]] = {}
    per_client: Counter[str | None] = Counter()
    comparisons: list[Comparison] = []
    pending = list(todo)
    order = {c.id: i for i, c in enumerate(todo)}

    def keep(before: StoredCall, job: CallJob, result: CallResult) -> StoredCall:
        row = store.add_result(result, client=before.client, retest_of=before.id, job=job)
        after = store.call(row)
        assert after is not None
        comparisons.append(compare(before, after))
        if progress is not None:
            progress.left -= 1
            progress.in_flight -= 1
            progress.finished(after)
        return after

    try:
        while pending or running:
            for call in list(pending):
                if len(running) >= pool.capacity:
                    break
                if per_client[call.client] >= client_concurrency:
                    continue
                pending.remove(call)
                job = _job_for(call)
                store.begin_attempt(job, client=call.client)  # written ahead: a killed retest leaves a trace
                running[pool.submit(job)] = (call, job)
                per_client[call.client] += 1
            if progress is not None:
                _show(progress, pending, running)
            done, _ = cf.wait(running.keys(), return_when=cf.FIRST_COMPLETED)
            for future in done:
                before, job = running[future]
                keep(before, job, result_of(future, job))
                del running[future]  # only once stored: a Ctrl-C mid-store leaves it to the interrupt
                per_client[before.client] -= 1
    except KeyboardInterrupt:
        befores = {job.job_id: before for before, job in running.values()}
        if progress is not None:
            n = len(running)
            progress.note = (
                f"interrupted: ending {n} call{'s' if n != 1 else ''} in flight (CANCEL/BYE) and storing them"
            )
            progress.refresh()

        def keep_late(job: CallJob, result: CallResult | None, metrics: dict[str, Any]) -> StoredCall | None:
            if result is None:
                started = next((a.started_at for a in store.open_attempts() if a.attempt_key == job.job_id), None)
                result = unfinished_result(job, started or _utc_now(), USER_INTERRUPT, metrics=metrics)
            return keep(befores[job.job_id], job, result)

        stopped = stop_calls(pool, {future: job for future, (_, job) in running.items()}, dialogs, keep_late)
        running.clear()
        comparisons.sort(key=lambda c: order[c.before.id])
        raise RetestInterrupted(comparisons, stopped) from None
    return sorted(comparisons, key=lambda c: order[c.before.id])


def _show(
    progress: Progress, pending: list[StoredCall], running: dict[cf.Future[CallResult], tuple[StoredCall, CallJob]]
) -> None:
    progress.in_flight = len(running)
    progress.left = len(pending) + len(running)
    progress.calls_left = len(pending)
    progress.dialling = [f"{before.client or '—'}: {job.target}" for before, job in running.values()]
    progress.refresh()


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def settle_orphans(store: Store) -> list[StoredCall]:
    """Retest (and other sweep-less) attempts left without a result by a process that died: ``failed``
    (``interrupted``). They stay counted against the daily caps; none is redialled by this."""
    settled = []
    for attempt in store.open_attempts():
        if attempt.sweep_id is not None:
            continue  # a sweep settles its own when it is resumed
        if attempt.owner_pid is not None and (attempt.owner_pid == os.getpid() or process_alive(attempt.owner_pid)):
            continue
        settled.append(store.settle_attempt(attempt, INTERRUPTED))
    return settled


def _fmt(value: float | None, unit: str = "s") -> str:
    return "—" if value is None else f"{value:.1f}{unit}"


def comparison_table(comparisons: list[Comparison]) -> Table:
    """A rich table: one row per number with outcome, timings, score and changed checks."""
    table = Table(title="retest: before → after", show_lines=True)
    for column in ("client", "number", "outcome", "ring→answer", "talk", "score", "checks changed"):
        table.add_column(column)
    for c in comparisons:
        mark = {True: "[green]better[/green]", False: "[red]worse[/red]", None: "same"}[c.improved]
        ring = c.timings["ring_to_answer_s"]
        talk = c.timings["talk_s"]
        score = c.score
        changed = "\n".join(f"{ch.id}: {ch.before} → {ch.after}" for ch in c.checks) or "—"
        table.add_row(
            c.client or "—",
            c.target,
            f"{c.outcome[0]} → {c.outcome[1]}\n{mark}",
            f"{_fmt(ring[0])} → {_fmt(ring[1])}",
            f"{_fmt(talk[0])} → {_fmt(talk[1])}",
            f"{_fmt(score[0], '%')} → {_fmt(score[1], '%')}",
            changed,
        )
    return table
