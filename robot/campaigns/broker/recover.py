"""A restarted coordinator collects what its earlier run left on the broker, before planning.

Every open (written-ahead) attempt that was submitted to the broker by a process now gone is
followed again: its result, if a worker finished it meanwhile, is stored now; one still queued
or running is waited for; one whose worker died gets ``worker lost``. Nothing is dialled again
(an unclaimed one is re-sent, and only its first claim dials). What remains open afterwards was
never submitted and is settled as ``interrupted`` by the sweep, as without a broker.
"""

from __future__ import annotations

import concurrent.futures as cf
from pathlib import Path

from rich.console import Console

from robot.campaigns.broker import keys
from robot.campaigns.broker.pool import BrokerPool
from robot.campaigns.broker.url import connect
from robot.campaigns.job import CallJob
from robot.campaigns.store import OpenAttempt, Store, StoredCall
from robot.campaigns.sweep import process_alive


def submitted_attempts(store: Store, url: str) -> list[OpenAttempt]:
    """Open attempts of dead processes that went to this broker."""
    import os

    client = connect(url)
    try:
        found = []
        for attempt in store.open_attempts():
            owner = attempt.owner_pid
            if owner is not None and owner != os.getpid() and process_alive(owner):
                continue
            if client.exists(keys.sub(attempt.attempt_key)):
                found.append(attempt)
        return found
    finally:
        client.close()


def recover(store: Store, db_path: str | Path, url: str, console: Console) -> list[StoredCall]:
    """Store the results of attempts an earlier coordinator submitted (waiting for those still running)."""
    attempts = submitted_attempts(store, url)
    if not attempts:
        return []
    console.print(
        f"{len(attempts)} calls submitted by an earlier run: collecting their results from the workers",
        markup=False,
        highlight=False,
    )
    stored: list[StoredCall] = []
    with BrokerPool(url, len(attempts), db_path) as pool:
        futures: dict[cf.Future, tuple[OpenAttempt, CallJob]] = {}
        for attempt in attempts:
            job = attempt.job or CallJob(job_id=attempt.attempt_key, target=attempt.target, attempt=attempt.attempt)
            job = job.model_copy(update={"job_id": attempt.attempt_key})
            futures[pool.adopt(job)] = (attempt, job)
        for future in cf.as_completed(futures):
            attempt, job = futures[future]
            retest_of = job.meta.get("retest_of")
            row = store.add_result(future.result(), client=attempt.client, sweep_id=attempt.sweep_id,
                                   attempt=attempt.attempt, job=job,
                                   retest_of=retest_of if isinstance(retest_of, int) else None)  # fmt: skip
            pool.forget(job.job_id)
            call = store.call(row)
            if call is not None:
                stored.append(call)
    console.print(f"stored {len(stored)} results of the earlier run", markup=False, highlight=False)
    return stored
