"""Call-worker processes: concurrency beyond pjsua's 4 calls per process.

Each worker process owns one Softphone (one pjsua2 Endpoint) and runs at most 4 calls at
once, each in its own thread. The parent hands out self-contained :class:`CallJob`s and
gets :class:`CallResult`s back; a worker that crashes costs only its own calls, which
come back as ``failed`` results with reason ``worker lost`` (retried as the attempts policy
says), and is replaced. Each worker reports a call's SIP dialog when its INVITE leaves,
when it connects and when it ends; the parent sends a BYE (a CANCEL while ringing) for
every call of a dead worker (:mod:`robot.campaigns.dialogs`), so the far end does not keep
the line busy.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing.connection import Connection, wait
from typing import Any

from robot.call.result import CallResult
from robot.campaigns.dialogs import Dialog, dialog_from_ack, dialog_from_invite, end_dialog, request_cseq
from robot.campaigns.job import WORKER_LOST, CallJob, unfinished_result
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


class DialogReporter:
    """Reports one job's SIP dialog to ``report(job_id, dialog | None)``: the early dialog when
    the INVITE leaves (a CANCEL could end it), the confirmed one when the ACK does, a higher
    CSeq after a later request of ours (a session refresh), and None when the call ends.

    Fed by :attr:`robot.sip.call.CallSession.on_sent` on the softphone's thread, so the parent
    can end the call at the far end if this worker dies.
    """

    def __init__(self, job_id: str, report: Callable[[str, dict[str, Any] | None], None]):
        self.job_id = job_id
        self._report = report
        self._dialog: dict[str, Any] | None = None
        self._ended = False

    def feed(self, text: str | None) -> None:
        """One sent SIP message's text, or None for the call's end."""
        if self._ended:
            return
        if text is None:
            self._ended = True
            if self._dialog is not None:
                self._report(self.job_id, None)
            return
        known = self._dialog
        if text.startswith("INVITE ") and known is not None and not known["early"]:
            leg = dialog_from_invite(text)  # a followed transfer's new leg (another Call-ID)
            if leg is not None and leg.call_id != known["call_id"]:
                self._send(leg.to_dict())
                return
        if text.startswith(("INVITE ", "ACK ")) and (known is None or known["early"]):
            dialog = dialog_from_invite(text) if text.startswith("INVITE ") else dialog_from_ack(text)
            # a re-sent INVITE (with credentials) raises the CSeq; the ACK confirms the dialog
            if dialog is not None and (known is None or not dialog.early or dialog.cseq > known["cseq"]):
                self._send(dialog.to_dict())
            return
        if known is None or known["early"]:
            return
        found = request_cseq(text)
        if found is None or found[0] in ("ACK", "CANCEL") or found[1] != known["call_id"]:
            return
        if found[2] > known["cseq"]:
            self._send({**known, "cseq": found[2]})

    def _send(self, dialog: dict[str, Any]) -> None:
        self._dialog = dialog
        self._report(self.job_id, dialog)


def execute_job(
    job: CallJob,
    phones: dict[str | None, Any],
    stop: threading.Event,
    report_dialog: Callable[[str, dict[str, Any] | None], None] | None = None,
) -> CallResult:
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
        if report_dialog is not None:
            plan.on_sent = DialogReporter(job.job_id, report_dialog).feed
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

    def report(job_id: str, dialog: dict[str, Any] | None) -> None:
        with send_lock:
            conn.send(("dialog", job_id, dialog))

    def run(job: CallJob) -> None:
        try:
            result = execute_job(job, phones, stop, report)
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
    started: dict[str, str] = field(default_factory=dict)  # job id -> when it was handed over (ISO UTC)
    dialogs: dict[str, Dialog] = field(default_factory=dict)  # job id -> its connected call's dialog


DialogListener = Callable[[str, "dict[str, Any] | None"], None]


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class CallPool:
    """Several call-worker processes, each with at most 4 concurrent calls."""

    def __init__(
        self,
        processes: int = 1,
        calls_per_process: int = MAX_CALLS_PER_PROCESS,
        on_dialog: DialogListener | None = None,
        end_dialog: Callable[[Dialog], int | None] = end_dialog,
    ):
        """``on_dialog(job_id, dialog | None)`` hears each call's dialog when its INVITE leaves (early)
        and when it connects (None: ended), on the pool's thread; ``end_dialog`` ends a dead worker's
        calls at the far end (BYE, or CANCEL while ringing)."""
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
        self._byes: list[threading.Thread] = []
        self.on_dialog = on_dialog
        self._end_dialog = end_dialog
        self.crashes = 0
        self.byes: list[tuple[str, int | None]] = []  # (Call-ID, final status) of the BYEs/CANCELs for dead workers

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
                    worker.started[job.job_id] = _utc_now()
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
            message = worker.conn.recv()
        except (EOFError, OSError):
            self._replace_dead(worker)
            return
        self._handle(worker, message)

    def _handle(self, worker: _Worker, message: tuple[Any, ...]) -> None:
        kind, job_id, data = message
        if kind == "dialog":
            self._dialog(worker, job_id, data)
            return
        job, future = worker.in_flight.pop(job_id)
        worker.started.pop(job_id, None)
        worker.dialogs.pop(job_id, None)
        future.set_result(CallResult.model_validate(data))

    def _dialog(self, worker: _Worker, job_id: str, data: dict[str, Any] | None) -> None:
        if job_id not in worker.in_flight:
            return
        if data is None:
            worker.dialogs.pop(job_id, None)
        else:
            try:
                worker.dialogs[job_id] = Dialog.from_dict(data)
            except (TypeError, KeyError):
                log.warning("job %s: unreadable dialog report %r", job_id, data)
                return
        if self.on_dialog is not None:
            try:
                self.on_dialog(job_id, data)
            except Exception:  # noqa: BLE001 - a listener must not stop the pool
                log.exception("dialog listener")

    def _replace_dead(self, worker: _Worker) -> None:
        if worker not in self._workers:
            return
        worker.process.join(timeout=1)
        code = worker.process.exitcode
        try:  # what it sent before it died still counts (a result is never lost in the pipe)
            while worker.conn.poll(0):
                self._handle(worker, worker.conn.recv())
        except (EOFError, OSError):
            pass
        lost = [(job, future, worker.started.get(job_id), worker.dialogs.get(job_id))
                for job_id, (job, future) in worker.in_flight.items()]  # fmt: skip
        if lost:
            self.crashes += 1
            log.error("call worker %s died (exit %s): %d call(s) lost", worker.process.pid, code, len(lost))
            note = f"call worker {worker.process.pid} died (exit code {code})"
            thread = threading.Thread(target=self._end_lost, args=(lost, note), name="call-pool-bye", daemon=True)
            self._byes.append(thread)
            thread.start()
        with self._lock:
            self._workers.remove(worker)
            if not self._closed:
                self._workers.append(self._spawn())

    def _end_lost(self, lost: list[tuple[CallJob, Future, str | None, Dialog | None]], note: str) -> None:
        """BYE (CANCEL while ringing) for each call of a dead worker, in parallel; then its ``worker lost`` result."""
        statuses: dict[str, int | None] = {}

        def bye(job_id: str, dialog: Dialog) -> None:
            try:
                statuses[job_id] = self._end_dialog(dialog)
            except Exception:  # noqa: BLE001 - the result must still come back
                log.exception("BYE for dialog %s", dialog.call_id)
                statuses[job_id] = None

        senders = [threading.Thread(target=bye, args=(job.job_id, dialog), daemon=True)
                   for job, _, _, dialog in lost if dialog is not None]  # fmt: skip
        for sender in senders:
            sender.start()
        for sender in senders:
            sender.join(timeout=10)
        for job, future, started, dialog in lost:
            metrics: dict[str, Any] = {"error": note}
            extra: dict[str, Any] = {}
            if dialog is not None:
                metrics["cancel_status" if dialog.early else "bye_status"] = statuses.get(job.job_id)
                extra["sip_call_id"] = dialog.call_id
                self.byes.append((dialog.call_id, statuses.get(job.job_id)))
            result = unfinished_result(job, started or _utc_now(), WORKER_LOST, metrics=metrics, **extra)
            future.set_result(result)

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
        for thread in self._byes:
            thread.join(timeout=15)
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
