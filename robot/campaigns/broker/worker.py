"""The worker side: a claimed attempt runs on this machine's call-worker processes, its result goes back.

A task (one attempt) first claims the attempt in Redis (:mod:`.claims`): only the first
claim dials; a redelivered message of an attempt claimed before is acknowledged and dropped.
While the call runs, a heartbeat keeps the claim alive; the call's SIP dialog is reported so
the coordinator can end it if this machine dies. The result, with the recording FLAC-encoded,
is written once under the attempt key and announced on the coordinator's reply list.
"""

from __future__ import annotations

import json
import logging
import math
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

import redis
from pydantic import ValidationError

from robot.call.result import CallResult
from robot.campaigns.broker import keys
from robot.campaigns.broker.claims import claim, put_result
from robot.campaigns.broker.transport import WireJob, WireResult, local_job, materialize, wav_to_flac
from robot.campaigns.job import CallJob
from robot.campaigns.workers import CallPool, failed_result
from robot.sip.softphone import MAX_CALLS_PER_PROCESS

log = logging.getLogger("mysterycall.worker")


class WorkerRuntime:
    """State shared by this worker's task threads: Redis, call pools (one per config), claims in flight."""

    def __init__(
        self,
        client: redis.Redis,
        name: str,
        calls: int,
        local: dict[str, Any],
        keep_recordings: Path | None = None,
    ):
        self.redis = client
        self.name = name
        self.calls = calls
        self.local = {**local, "recordings_dir": "recordings", "results_dir": "results"}
        self.keep_recordings = keep_recordings
        self.spool = Path(tempfile.mkdtemp(prefix=f"mysterycall-worker-{name}-"))
        self._pools: dict[str, CallPool] = {}
        self._lock = threading.Lock()
        self._in_flight: dict[str, tuple[int, str]] = {}  # key -> (claim ttl ms, reply list)
        self._stop = threading.Event()
        self._beat = threading.Thread(target=self._heartbeat, name="heartbeat", daemon=True)

    def start(self) -> None:
        self._beat_once()
        self._beat.start()

    def shutdown(self) -> None:
        """Stop beating, stop the call pools (their calls have ended: Celery waited for the tasks)."""
        self._stop.set()
        for pool in list(self._pools.values()):
            pool.shutdown()
        try:
            self.redis.delete(keys.worker(self.name))
        except redis.RedisError:
            pass
        shutil.rmtree(self.spool, ignore_errors=True)

    # -- heartbeat ---------------------------------------------------------------------------

    def _heartbeat(self) -> None:
        while not self._stop.wait(1.0):
            try:
                self._beat_once()
            except redis.RedisError as exc:
                log.warning("heartbeat: %s", exc)

    def _beat_once(self) -> None:
        pipe = self.redis.pipeline(transaction=False)
        pipe.set(keys.worker(self.name), json.dumps({"calls": self.calls}), px=int(keys.WORKER_TTL_S * 1000))
        with self._lock:
            flights = list(self._in_flight.items())
        for key, (ttl_ms, _) in flights:
            pipe.set(keys.alive(key), self.name, px=ttl_ms)
        pipe.execute()

    # -- one task ------------------------------------------------------------------------------

    def run(self, payload: str) -> str:
        """The task body: claim, dial, report. Returns what happened (for the log)."""
        try:
            data = json.loads(payload)
            key, reply_to = str(data["key"]), str(data["reply_to"])
        except (ValueError, KeyError, TypeError) as exc:
            log.error("dropped a job message without an attempt key: %s", exc)
            return "unreadable"
        try:
            wire = WireJob.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            reason = f"job could not be read on worker {self.name}: {where}: {first['msg']}"
            log.error("attempt %s: %s", key, reason)
            job = data.get("job") if isinstance(data.get("job"), dict) else {}
            target = str(job.get("target") or "unknown")
            self._publish(key, reply_to, failed_result(CallJob(job_id=key, target=target), reason))
            return "unreadable"
        got = claim(self.redis, key, self.name, wire.claim_ttl_s)
        if got != "claimed":
            log.info("attempt %s: %s elsewhere, not dialled again", key, got)
            return got
        with self._lock:
            self._in_flight[key] = (int(wire.claim_ttl_s * 1000), reply_to)
        try:
            result = self._call(wire)
            self._publish(key, reply_to, result)
        finally:
            with self._lock:
                self._in_flight.pop(key, None)
            self.redis.delete(keys.alive(key), keys.dialog(key))
        return result.outcome

    def _call(self, wire: WireJob) -> CallResult:
        try:
            folders = materialize(wire.bundle, self.spool, self.local)
            job = local_job(wire, folders)
            return self._pool(folders[1].name).submit(job).result()
        except Exception as exc:  # noqa: BLE001 - an attempt always gets a result
            log.exception("attempt %s", wire.key)
            return failed_result(wire.job, f"worker {self.name}: {exc}")

    def _pool(self, digest: str) -> CallPool:
        """The call pool of one config (pjsua: one Endpoint, hence one config, per process)."""
        with self._lock:
            pool = self._pools.get(digest)
            if pool is None:
                per = min(MAX_CALLS_PER_PROCESS, self.calls)
                pool = CallPool(processes=math.ceil(self.calls / per), calls_per_process=per, on_dialog=self._dialog)
                pool.start()
                self._pools[digest] = pool
            return pool

    def _dialog(self, key: str, dialog: dict[str, Any] | None) -> None:
        with self._lock:
            flight = self._in_flight.get(key)
        if flight is None:
            return
        pipe = self.redis.pipeline(transaction=False)
        if dialog is None:
            pipe.delete(keys.dialog(key))
        else:
            pipe.set(keys.dialog(key), json.dumps(dialog), ex=keys.KEEP_S)
        pipe.rpush(keys.reply(flight[1]), json.dumps({"kind": "dialog", "key": key, "dialog": dialog}))
        pipe.expire(keys.reply(flight[1]), keys.KEEP_S)
        pipe.execute()

    def _publish(self, key: str, reply_to: str, result: CallResult) -> None:
        """Write the result once (with the recording as FLAC), then tell the coordinator."""
        wire = WireResult(key=key, worker=self.name, result=result)
        if result.recording:
            wav = Path(result.recording)
            try:
                import base64

                wire.recording_flac = base64.b64encode(wav_to_flac(wav)).decode("ascii")
                wire.recording_name = wav.name
            except OSError as exc:
                log.error("attempt %s: recording not sent: %s", key, exc)
            self._dispose(wav)
        if not put_result(self.redis, key, wire.model_dump_json()):
            log.warning("attempt %s: a result was there already (declared lost?); ours dropped", key)
        pipe = self.redis.pipeline(transaction=False)
        pipe.rpush(keys.reply(reply_to), json.dumps({"kind": "result", "key": key}))
        pipe.expire(keys.reply(reply_to), keys.KEEP_S)
        pipe.execute()
        log.info("attempt %s: %s", key, result.outcome)

    def _dispose(self, wav: Path) -> None:
        if self.keep_recordings is None:
            wav.unlink(missing_ok=True)
            return
        from robot.config.private import private_dir

        shutil.move(str(wav), private_dir(self.keep_recordings) / wav.name)
