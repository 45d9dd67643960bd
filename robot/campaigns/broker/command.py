"""``mysterycall worker``: a Celery worker (threads, concurrency = calls, prefetch 1) serving call jobs."""

from __future__ import annotations

import logging
import os
import shlex
import shutil
import socket
import sys
from pathlib import Path
from typing import Any

from robot.campaigns.broker import keys
from robot.campaigns.broker.celeryapp import make_app
from robot.campaigns.broker.transport import MACHINE_LOCAL_SIP
from robot.campaigns.broker.url import check_url, connect, safe_url
from robot.errors import InputError

log = logging.getLogger("mysterycall.worker")
MAX_CALLS = 64


def local_settings(config: Path | None) -> dict[str, Any]:
    """The machine-local settings of this worker's own config (merged into every job's config):
    its secrets file, SIP bind address and port, ASR model and TTS cache, when set there."""
    if config is None:
        return {}
    from robot.config.settings import load_config

    settings = load_config(config)
    local: dict[str, Any] = {}
    if settings.secrets_file is not None:
        local["secrets_file"] = str(settings.secrets_file)
    sip = {f: getattr(settings.sip, f) for f in MACHINE_LOCAL_SIP if f in settings.sip.model_fields_set}
    if sip:
        local["sip"] = sip
    if settings.asr.model is not None:
        local["asr"] = settings.asr.model_dump(mode="json")
    if settings.tts.cache_dir is not None:
        local["tts"] = settings.tts.model_dump(mode="json")
    return local


def run_worker(
    broker: str, calls: int = 4, name: str | None = None, config: Path | None = None, keep_recordings: bool = False
) -> int:
    """Serve call jobs until SIGTERM/SIGINT (warm shutdown: running calls finish, reserved ones go back)."""
    from robot.campaigns.broker.worker import WorkerRuntime

    if not 1 <= calls <= MAX_CALLS:
        raise InputError(f"--calls: must be 1..{MAX_CALLS}")
    name = name or f"{socket.gethostname()}-{os.getpid()}"
    if not name.replace("-", "").replace("_", "").replace(".", "").isalnum():
        raise InputError(f"--name: use letters, digits, '-', '_' and '.' (got {name!r})")
    local = local_settings(config)
    keep = None
    if keep_recordings:
        from robot.config.settings import load_config

        keep = load_config(config).recordings_dir
    client = connect(broker)
    runtime = WorkerRuntime(client, name, calls, local, keep)
    app = make_app(broker)
    app.task(name=keys.TASK, acks_late=True, reject_on_worker_lost=True, ignore_result=True)(runtime.run)
    log.info("worker %s: %d calls at once from %s", name, calls, safe_url(broker))
    runtime.start()
    worker = app.Worker(
        pool_cls="threads",
        concurrency=calls,
        hostname=f"{name}@{socket.gethostname()}",
        prefetch_multiplier=1,
        without_gossip=True,
        without_mingle=True,
        loglevel="INFO",
        queues=[keys.QUEUE],
        quiet=True,  # no banner on stdout: everything is logged on stderr
    )
    sys.stdout.flush()
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # Celery prints its shutdown notices on stdout: stderr too
    code = 0
    try:
        worker.start()
        code = worker.exitcode or 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0
    finally:
        runtime.shutdown()
        log.info("worker %s stopped", name)
    return code


def unit_file(
    broker: str, calls: int = 4, name: str | None = None, config: Path | None = None, keep_recordings: bool = False
) -> str:
    """A systemd service unit running this worker (SIGTERM: finish or hand back the calls, then exit)."""
    check_url(broker)
    exe = shutil.which("mysterycall")
    command = [exe] if exe else [sys.executable, "-m", "robot.cli"]
    command += ["worker", "--broker", broker, "--calls", str(calls)]
    if name:
        command += ["--name", name]
    if config is not None:
        command += ["--config", str(Path(config).resolve())]
    if keep_recordings:
        command.append("--keep-recordings")
    return f"""\
[Unit]
Description=mysterycall call worker{f" {name}" if name else ""} (Celery, broker {safe_url(broker)})
Wants=network-online.target
After=network-online.target redis-server.service

[Service]
Type=simple
WorkingDirectory={Path.cwd()}
ExecStart={shlex.join(command)}
# the SIP password: MYSTERYCALL_SIP_PASSWORD=... in this owner-only file (or secrets_file in --config)
EnvironmentFile=-/etc/mysterycall/worker.env
Environment=PYTHONUNBUFFERED=1
KillSignal=SIGTERM
KillMode=mixed
TimeoutStopSec=300
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
"""
