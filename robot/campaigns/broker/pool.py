"""The coordinator's side: :class:`BrokerPool`, the sweep's Pool whose calls run on remote workers.

``submit`` packs the job (:mod:`.transport`), marks it submitted and sends it as a Celery task
named by its attempt key. One thread listens on this coordinator's reply list for results and
dialog reports and, every second, checks the attempts in flight: a claim whose heartbeat has
expired (its worker was killed or its machine lost) gets a BYE/CANCEL for the dialog the worker
reported and a ``failed`` result with reason ``worker lost``, written once like any result.
Results stay in Redis until the store holds them (``db_path``), so a coordinator killed and
restarted collects those that finished while it was down (:mod:`.recover`).
"""

from __future__ import annotations

import base64
import json
import logging
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Protocol

import redis
from kombu.exceptions import OperationalError

from robot.call.result import CallResult
from robot.campaigns.broker import claims, keys
from robot.campaigns.broker.celeryapp import make_app
from robot.campaigns.broker.transport import WireResult, flac_to_wav, pack
from robot.campaigns.broker.url import connect, safe_url
from robot.campaigns.dialogs import Dialog, end_dialog
from robot.campaigns.job import WORKER_LOST, CallJob, unfinished_result
from robot.campaigns.workers import failed_result
from robot.errors import InputError

log = logging.getLogger(__name__)
CHECK_S = 1.0


class NoteTarget(Protocol):
    note: str

    def refresh(self) -> None: ...


def claim_ttl() -> float:
    """Heartbeat lifetime of a claim: ``$MYSTERYCALL_CLAIM_TTL_S`` or :data:`keys.CLAIM_TTL_S`."""
    try:
        return max(2.0, float(os.environ.get("MYSTERYCALL_CLAIM_TTL_S", keys.CLAIM_TTL_S)))
    except ValueError:
        return keys.CLAIM_TTL_S


class BrokerPool:
    """A Pool (capacity, submit, shutdown, interrupt) whose calls run on ``mysterycall worker``s."""

    def __init__(self, url: str, capacity: int, db_path: str | Path | None = None, claim_ttl_s: float | None = None):
        self.url = url
        self._capacity = max(1, capacity)
        self.db_path = db_path
        self.claim_ttl_s = claim_ttl_s or claim_ttl()
        self.coordinator = uuid.uuid4().hex[:12]
        self.on_dialog: Any = None
        self.lost = 0
        self.note = ""
        self._futures: dict[str, tuple[CallJob, Future[CallResult]]] = {}
        self._settling: set[str] = set()
        self._taking: set[str] = set()
        self._taken: list[str] = []  # resolved keys whose Redis result goes once the store holds it
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._thread: threading.Thread | None = None
        self._progress: NoteTarget | None = None
        self._recordings: dict[str | None, Path] = {}
        self.redis: redis.Redis | None = None

    @property
    def capacity(self) -> int:
        return self._capacity

    def __enter__(self) -> BrokerPool:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()

    def start(self) -> None:
        self.redis = connect(self.url)
        self._listen = connect(self.url)
        self._app = make_app(self.url)
        self._check_workers()
        self._thread = threading.Thread(target=self._loop, name="broker-pool", daemon=True)
        self._thread.start()

    def watch_progress(self, progress: NoteTarget) -> None:
        """Show "waiting for a worker" (and clear it) in the sweep's progress display."""
        self._progress = progress
        self._show_note()

    # -- submitting ------------------------------------------------------------------------------

    def submit(self, job: CallJob) -> Future[CallResult]:
        """Send one attempt to the workers; the future resolves to its CallResult (never raises)."""
        future: Future[CallResult] = Future()
        future.set_running_or_notify_cancel()
        try:
            wire = pack(job, self.coordinator, self.claim_ttl_s)
        except (InputError, OSError) as exc:
            future.set_result(failed_result(job, f"job not sent: {exc}"))
            return future
        with self._lock:
            self._futures[job.job_id] = (job, future)
        payload = wire.model_dump_json()
        self._retrying(lambda: self._send(job.job_id, payload))
        return future

    def _send(self, key: str, payload: str) -> None:
        assert self.redis is not None
        self.redis.set(keys.sub(key), self.coordinator, ex=keys.KEEP_S)  # first: a restarted coordinator finds it
        self._app.send_task(keys.TASK, args=[payload], task_id=key, queue=keys.QUEUE)

    def _retrying(self, action: Callable[[], None]) -> None:
        """Run ``action`` until the broker takes it (the sweep waits, with a note, while Redis is away)."""
        while True:
            try:
                action()
                if self.note.startswith("broker "):
                    self._set_note("")
                return
            except (redis.RedisError, OperationalError, OSError) as exc:
                self._set_note(f"broker unreachable ({exc}); retrying")
                time.sleep(2.0)

    def adopt(self, job: CallJob) -> Future[CallResult]:
        """Follow an attempt an earlier coordinator submitted; sent again if no worker claimed it yet
        (a second message is harmless: only the first claim dials)."""
        assert self.redis is not None
        [(done, started, _)] = claims.state(self.redis, [job.job_id])
        if not done and not started:
            self.redis.delete(keys.sub(job.job_id))
            return self.submit(job)
        future: Future[CallResult] = Future()
        future.set_running_or_notify_cancel()
        with self._lock:
            self._futures[job.job_id] = (job, future)
        return future

    # -- listening -------------------------------------------------------------------------------

    def _loop(self) -> None:
        next_check = 0.0
        reply = keys.reply(self.coordinator)
        while not self._closed.is_set():
            try:
                item = self._listen.blpop([reply], timeout=0.5)
                if item is not None:
                    self._event(json.loads(item[1]))
                if time.monotonic() >= next_check:
                    next_check = time.monotonic() + CHECK_S
                    self._check()
            except redis.RedisError as exc:
                log.warning("broker: %s", exc)
                self._set_note(f"broker unreachable ({exc}); retrying")
                self._closed.wait(1.0)
            except Exception:  # noqa: BLE001 - the listener must not die
                log.exception("broker pool")

    def _event(self, event: dict[str, Any]) -> None:
        key = str(event.get("key"))
        if event.get("kind") == "result":
            self._take(key)
        elif event.get("kind") == "dialog" and self.on_dialog is not None and key in self._futures:
            self.on_dialog(key, event.get("dialog"))

    def _check(self) -> None:
        self._check_workers()
        with self._lock:
            flying = [k for k in self._futures if k not in self._settling]
        if flying:
            assert self.redis is not None
            for key, (done, started, alive) in zip(flying, claims.state(self.redis, flying), strict=True):
                if done:
                    self._take(key)
                elif started and not alive:
                    with self._lock:
                        self._settling.add(key)
                    threading.Thread(target=self._lost, args=(key,), name="broker-bye", daemon=True).start()
        self._forget_stored()

    def _check_workers(self) -> None:
        assert self.redis is not None
        workers = claims.live_workers(self.redis)
        if workers:
            self._set_note("")
        else:
            self._set_note(
                f"waiting for a worker: none serves {safe_url(self.url)} "
                f"(start one: mysterycall worker --broker {safe_url(self.url)})"
            )

    def _set_note(self, note: str) -> None:
        if note != self.note:
            self.note = note
            if note:
                log.warning("%s", note)
            self._show_note()

    def _show_note(self) -> None:
        progress = self._progress
        if progress is not None and (self.note or progress.note.startswith(("waiting for a worker", "broker "))):
            progress.note = self.note
            progress.refresh()

    # -- results ---------------------------------------------------------------------------------

    def _take(self, key: str) -> None:
        """Resolve ``key``'s future with the result waiting in Redis (recording written here)."""
        with self._lock:
            entry = self._futures.get(key)
            if entry is None or key in self._taking:
                return
            self._taking.add(key)
        try:
            job, future = entry
            assert self.redis is not None
            raw = self.redis.get(keys.result(key))
            if raw is None:
                return
            result = self.unpack(job, raw)
            with self._lock:
                self._futures.pop(key, None)
                self._settling.discard(key)
                self._taken.append(key)
            future.set_result(result)
        finally:
            with self._lock:
                self._taking.discard(key)

    def unpack(self, job: CallJob, raw: bytes | str) -> CallResult:
        """The CallResult of a stored wire result, its recording decoded into the coordinator's
        recordings folder (same name, owner-only); Redis keeps the result without the audio."""
        wire = WireResult.model_validate_json(raw)
        result = wire.result
        if wire.recording_name:
            path = self._recordings_dir(job) / Path(wire.recording_name).name
            if wire.recording_flac:
                try:
                    flac_to_wav(base64.b64decode(wire.recording_flac), path)
                except OSError as exc:
                    log.error("attempt %s: recording not decoded: %s", job.job_id, exc)
            result = result.model_copy(update={"recording": str(path) if path.is_file() else None})
            slim = wire.model_copy(update={"result": result, "recording_flac": None})
            assert self.redis is not None
            self.redis.set(keys.result(job.job_id), slim.model_dump_json(), xx=True, keepttl=True)
        return result

    def _recordings_dir(self, job: CallJob) -> Path:
        folder = self._recordings.get(job.config)
        if folder is None:
            from robot.config.settings import load_config

            folder = self._recordings[job.config] = load_config(job.config).recordings_dir
        return folder

    def _lost(self, key: str) -> None:
        """The worker running ``key`` stopped beating: BYE/CANCEL its dialog, store ``worker lost`` once."""
        with self._lock:
            entry = self._futures.get(key)
        if entry is None:
            return
        job, future = entry
        assert self.redis is not None
        worker = (self.redis.get(keys.started(key)) or b"?").decode()
        metrics: dict[str, Any] = {"error": f"worker {worker} stopped beating for {self.claim_ttl_s:g} s"}
        extra: dict[str, Any] = {}
        raw = self.redis.get(keys.dialog(key))
        if raw is not None:
            try:
                dialog = Dialog.from_dict(json.loads(raw))
                metrics["cancel_status" if dialog.early else "bye_status"] = end_dialog(dialog)
                extra["sip_call_id"] = dialog.call_id
            except (TypeError, KeyError, ValueError, OSError) as exc:
                metrics["bye_error"] = str(exc)
        result = unfinished_result(job, _now(), WORKER_LOST, metrics=metrics, **extra)
        wire = WireResult(key=key, worker="coordinator", result=result)
        if claims.put_result(self.redis, key, wire.model_dump_json()):
            log.error("attempt %s: worker %s lost", key, worker)
            self.lost += 1
        self._take(key)

    def _forget_stored(self, final: bool = False) -> None:
        """Delete the Redis results the store now holds (the ``started`` marker stays: never re-dialled)."""
        with self._lock:
            taken = list(self._taken)
        if not taken or self.db_path is None or not Path(self.db_path).exists():
            return
        try:
            db = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True, timeout=5)
            try:
                marks = ",".join("?" * len(taken))
                stored = {
                    r[0] for r in db.execute(f"SELECT attempt_key FROM calls WHERE attempt_key IN ({marks})", taken)
                }
            finally:
                db.close()
        except sqlite3.Error as exc:
            log.warning("store not readable for clean-up: %s", exc)
            return
        if stored:
            assert self.redis is not None
            self.redis.delete(*[k for key in stored for k in (keys.result(key), keys.sub(key), keys.dialog(key))])
            with self._lock:
                self._taken = [k for k in self._taken if k not in stored]

    # -- stopping --------------------------------------------------------------------------------

    def interrupt(self) -> None:
        """Ctrl-C: the calls go on on their workers; their results wait in Redis for the next run."""

    def shutdown(self, cancel_pending: bool = False) -> None:
        """Stop listening; attempts still in flight stay submitted (collected by the next run)."""
        self._closed.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        try:
            self._forget_stored(final=True)
        except redis.RedisError:
            pass
        for client in (self.redis, getattr(self, "_listen", None)):
            if client is not None:
                client.close()

    def forget(self, key: str) -> None:
        """Drop ``key``'s Redis result now (the caller has stored it)."""
        assert self.redis is not None
        self.redis.delete(keys.result(key), keys.sub(key), keys.dialog(key))
        with self._lock:
            self._taken = [k for k in self._taken if k != key]


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
