"""The ``call`` job: load config, start the softphone, place one call, save the result."""

from __future__ import annotations

import json
import logging
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from robot.call.result import CallResult
from robot.call.runner import CallPlan, run_call
from robot.config.credentials import sip_password
from robot.config.dialplan import is_sip_uri, resolve_target
from robot.config.policy import DialPolicy
from robot.config.settings import Config
from robot.sip.recording import private_dir
from robot.sip.softphone import Softphone
from robot.sip.transfer import TransferPolicy, all_of, same_destination

log = logging.getLogger(__name__)


@contextmanager
def sigint_flag() -> Iterator[threading.Event]:
    """While active, SIGINT/SIGTERM set the returned event instead of raising."""
    flag = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield flag
        return
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    for sig in previous:
        signal.signal(sig, lambda *_: flag.set())
    try:
        yield flag
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def make_plan(target: str, config: Config, max_ring_s: float | None = None) -> CallPlan:
    """Resolve the target and limits into a CallPlan (raises InputError on bad input)."""
    uri = resolve_target(target, config)
    limits = config.limits.model_copy()
    if max_ring_s is not None:
        limits.max_ring_s = max_ring_s
    return CallPlan(
        target=target,
        uri=uri,
        direct=is_sip_uri(target),
        limits=limits,
        recordings_dir=config.recordings_dir,
        transfer_policy=transfer_policy(uri, config),
    )


def transfer_policy(uri: str, config: Config) -> TransferPolicy:
    """REFER and 3xx targets: the original call's destination only, and the dialling
    policy's word on each (emergency numbers, allow lists, do-not-call)."""
    return all_of(same_destination(uri), DialPolicy.from_config(config).refusal)


def needs_account(targets: list[str]) -> bool:
    return any(not is_sip_uri(t) for t in targets)


def open_softphone(config: Config, register: bool) -> Softphone:
    """Start a softphone; with ``register``, the configured account registers first."""
    password = sip_password(config.secrets_file) if register else None
    return Softphone(config, password, register=register).start()


def save_result(result: CallResult, results_dir: Path) -> Path:
    """Write the result JSON (owner-only: transcripts are personal data)."""
    path = private_dir(results_dir) / f"{result.call_id}.json"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(result.model_dump(mode="json"), fh, ensure_ascii=False, indent=2)
    return path


def place_call(config: Config, plan: CallPlan) -> CallResult:
    """Run one call in this process, Ctrl-C safe: SIGINT cancels or hangs up and still returns."""
    with sigint_flag() as stop:
        phone = open_softphone(config, register=needs_account([plan.target]))
        try:
            return run_call(phone, plan, stop.is_set)
        finally:
            phone.stop()
