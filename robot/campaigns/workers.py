"""Call-worker processes: concurrency beyond pjsua's 4 calls per process.

Each worker process owns one Softphone (one pjsua2 Endpoint) and runs at most 4 calls at
once, each in its own thread. The parent hands out self-contained :class:`CallJob`s and
gets :class:`CallResult`s back; a worker that crashes costs only its own calls, which
come back as ``failed`` results, and is replaced.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import signal
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing.connection import Connection, wait
from typing import Any

from robot.call.result import CallResult
from robot.campaigns.job import CallJob
from robot.sip.softphone import MAX_CALLS_PER_PROCESS

log = logging.getLogger(__name__)


def failed_result(job: CallJob, reason: str) -> CallResult:
    """The result of a job that could not be attempted or whose worker died."""
    from robot.call.runner import new_call_id

    now = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return CallResult(
        call_id=new_call_id(),
        target=job.target,
        scenario=job.scenario,
        started_at=now,
        outcome="failed",
        sip_reason=reason,
    )


_PHONE_LOCK = threading.Lock()  # one Endpoint per process: created once, by one thread


def execute_job(job: CallJob, phones: dict[str | None, Any], stop: threading.Event) -> CallResult:
    """Run one job on this process's softphone (created on first use for the job's config)."""
    from robot.call.place import make_plan, open_softphone
    from robot.call.runner import run_call
    from robot.config.settings import load_config
    from robot.errors import CallSetupError, InputError

    try:
        config = load_config(job.config)
        plan = make_plan(job.target, config, job.max_ring_s)
        if job.scenario:
            from robot.scenario.engine import attach_scenario

            attach_scenario(plan, job.scenario, config)
        with _PHONE_LOCK:
            phone = phones.get(job.config)
            if phone is None:
                phone = phones[job.config] = open_softphone(config, register=config.sip.account is not None)
        return run_call(phone, plan, stop.is_set)
    except (InputError, CallSetupError) as exc:
        return failed_result(job, str(exc))


def _worker_main(conn: Connection, calls: int) -> None:
    """Worker process: receive jobs, run up to ``calls`` at once, send results back."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent coordinates shutdown
    phones: dict[str | None, Any] = {}
    stop = threading.Event()
    send_lock = threading.Lock()
    threads: list[threading.Thread] = []

    def run(job: CallJob) -> None:
        try:
            result = execute_job(job, phones, stop)
        except Exception as exc:  # noqa: BLE001 - a job must always produce a result
            log.exception("job %s", job.job_id)
            result = failed_result(job, f"internal error: {exc}")
        with send_lock:
            conn.send(("result", job.job_id, result.model_dump(mode="json")))

    try:
        while True:
            message = conn.recv()
            if message[0] == "stop":
                stop.set()
                break
            job = CallJob.model_validate(message[1])
            if len(phones) > 1:
                raise RuntimeError("one Endpoint per process: jobs must share a config")
            thread = threading.Thread(target=run, args=(job,), name=f"call-{job.job_id}")
            thread.start()
            threads = [t for t in threads if t.is_alive()] + [thread]
    except EOFError:
        stop.set()
    finally:
        for thread in threads:
            thread.join(timeout=30)
        for phone in phones.values():
            phone.stop()


@dataclass
class _Worker:
    process: mp.process.BaseProcess
    conn: Connection
    in_flight: dict[str, tuple[CallJob, Future]] = field(default_factory=dict)


class CallPool:
    """Several call-worker processes, each with at most 4 concurrent calls."""

    def __init__(self, processes: int = 1, calls_per_process: int = MAX_CALLS_PER_PROCESS):
        if not 1 <= calls_per_process <= MAX_CALLS_PER_PROCESS:
            raise ValueError(f"calls_per_process must be 1..{MAX_CALLS_PER_PROCESS}")
        self.processes = max(1, processes)
        self.calls_per_process = calls_per_process
        self._ctx = mp.get_context("spawn")
        self._workers: list[_Worker] = []
        self._pending: list[tuple[CallJob, Future]] = []
        self._lock = threading.Lock()
        self._wake_r, self._wake_w = self._ctx.Pipe(duplex=False)
        self._closed = False
        self._thread: threading.Thread | None = None
        self.crashes = 0

    @property
    def capacity(self) -> int:
        return self.processes * self.calls_per_process

    def __enter__(self) -> CallPool:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()

    def start(self) -> None:
        for _ in range(self.processes):
            self._workers.append(self._spawn())
        self._thread = threading.Thread(target=self._loop, name="call-pool", daemon=True)
        self._thread.start()

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=_worker_main, args=(child, self.calls_per_process), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def submit(self, job: CallJob) -> Future[CallResult]:
        """Queue a job; the future resolves to its CallResult (never raises for call failures)."""
        future: Future[CallResult] = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("pool is shut down")
            self._pending.append((job, future))
        self._wake_w.send(b"")
        return future

    def _dispatch(self) -> None:
        with self._lock:
            for worker in self._workers:
                while self._pending and len(worker.in_flight) < self.calls_per_process:
                    job, future = self._pending.pop(0)
                    if not future.set_running_or_notify_cancel():
                        continue
                    worker.in_flight[job.job_id] = (job, future)
                    worker.conn.send(("job", job.model_dump(mode="json")))

    def _loop(self) -> None:
        while True:
            self._dispatch()
            with self._lock:
                if self._closed and not self._pending and not any(w.in_flight for w in self._workers):
                    return
                sources: dict[Any, _Worker | None] = {self._wake_r: None}
                for worker in self._workers:
                    sources[worker.conn] = worker
                    sources[worker.process.sentinel] = worker
            for ready in wait(list(sources), timeout=1.0):
                source = sources[ready]
                if source is None:
                    self._wake_r.recv_bytes()
                elif ready is source.conn:
                    self._receive(source)
                else:
                    self._replace_dead(source)

    def _receive(self, worker: _Worker) -> None:
        try:
            _, job_id, data = worker.conn.recv()
        except (EOFError, OSError):
            self._replace_dead(worker)
            return
        job, future = worker.in_flight.pop(job_id)
        future.set_result(CallResult.model_validate(data))

    def _replace_dead(self, worker: _Worker) -> None:
        if worker not in self._workers:
            return
        worker.process.join(timeout=1)
        code = worker.process.exitcode
        lost = list(worker.in_flight.values())
        if lost:
            self.crashes += 1
            log.error("call worker %s died (exit %s): %d call(s) lost", worker.process.pid, code, len(lost))
        for job, future in lost:
            future.set_result(failed_result(job, f"call worker crashed (exit code {code})"))
        with self._lock:
            self._workers.remove(worker)
            if not self._closed:
                self._workers.append(self._spawn())

    def shutdown(self, cancel_pending: bool = False) -> None:
        """Wait for queued and running calls (or cancel queued ones), then stop the workers."""
        with self._lock:
            self._closed = True
            if cancel_pending:
                for _, future in self._pending:
                    future.cancel()
                self._pending.clear()
        self._wake_w.send(b"")
        if self._thread is not None:
            self._thread.join()
        for worker in self._workers:
            try:
                worker.conn.send(("stop",))
            except (BrokenPipeError, OSError):
                pass
        deadline = time.monotonic() + 20
        for worker in self._workers:
            worker.process.join(timeout=max(0.1, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
        self._workers.clear()

    def interrupt(self) -> None:
        """Ask every worker to end its calls now (CANCEL/BYE); results still come back."""
        with self._lock:
            for worker in self._workers:
                try:
                    worker.conn.send(("stop",))
                except (BrokenPipeError, OSError):
                    pass


def worker_pids(pool: CallPool) -> list[int]:
    """PIDs of the live worker processes (for tests and benchmarks)."""
    return [w.process.pid for w in pool._workers if w.process.pid is not None and w.process.pid != os.getpid()]
