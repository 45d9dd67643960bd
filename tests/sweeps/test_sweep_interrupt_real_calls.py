"""Ctrl-C (SIGINT) and SIGTERM during a sweep, with real calls to the simulated phone (issue 11).

The signal goes to the sweep's whole process group, as a terminal's Ctrl-C (or a service
manager's stop) does. The sweep must stop dialling, hang up its calls in flight (BYE once
connected, CANCEL while ringing: the phone reports each call's end), store every one of them
(``failed``, ``interrupted by user``), exit 130, and a re-run must dial only the numbers
never dialled (an interrupted attempt counts as made).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from robot.campaigns.store import Store
from tests.phone_process import PhoneProcess
from tests.process_group import reap_group
from tests.sweeps.test_sweep_accounting_real_calls import drain, noted_dialogs
from tests.sweeps.test_sweep_real_calls import cli, run_cli

pytestmark = pytest.mark.calls

CONFIG = """\
limits: {max_ring_s: 30, max_call_s: 60, media_timeout_s: 2, stay_s: 1}
recordings_dir: recordings
results_dir: results
"""
# A scenario the call-worker does not interrupt by itself (it only waits): the sweep must end it
LONG = "name: Long wait\nlanguage: en\nsteps:\n  - wait: 40\n  - hangup\n"
QUICK = "name: Quick\nlanguage: en\nsteps:\n  - wait: 0.3\n  - hangup\n"


def write_campaign(directory: Path, phone: PhoneProcess, first: tuple[str, str], name: str) -> Path:
    """Two numbers dialled first (``first``, held by the LONG scenario) and two quick ones after them."""
    (directory / "config.yaml").write_text(CONFIG, encoding="utf-8")
    (directory / "long.yaml").write_text(LONG, encoding="utf-8")
    (directory / "quick.yaml").write_text(QUICK, encoding="utf-8")
    numbers = [f'      - "{phone.uri(user)}"\n' for user in first]
    numbers += [f'      - {{number: "{phone.uri(f"answer-{name}-q{n}")}", scenario: quick.yaml}}\n' for n in (1, 2)]
    text = (
        f"name: {name}\n"
        "config: config.yaml\n"
        "scenario: long.yaml\n"
        "concurrency: 2\n"
        "client_concurrency: 2\n"
        "attempts: {max: 1}\n"
        'window: {from: "00:00", to: "24:00", tz: UTC}\n'
        "targets:\n"
        "  - client: Lima Lines\n"
        "    numbers:\n" + "".join(numbers)
    )
    path = directory / "campaign.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def early_dialogs(db: Path) -> int:
    return noted_dialogs(db, early=True)


def interrupt(sweep: subprocess.Popen[str], sig: signal.Signals) -> tuple[str, str, float]:
    """Send ``sig`` to the sweep's process group; its output and how long it took to exit."""
    sent = time.monotonic()
    os.killpg(sweep.pid, sig)
    try:
        out, err = sweep.communicate(timeout=60)
    finally:
        if sweep.poll() is None:
            os.killpg(sweep.pid, signal.SIGKILL)
            sweep.communicate()
    took = time.monotonic() - sent
    assert not reap_group(sweep.pid, 10), "the interrupted sweep left processes behind"
    return out, err, took


def stored(db: Path) -> list[tuple[str, int, str, str | None, dict[str, Any]]]:
    with Store(db) as store:
        assert store.open_attempts() == []
        return sorted((c.target, c.attempt, c.outcome, c.result.sip_reason, c.result.metrics) for c in store.calls())


def wait_for(condition: Any, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.1)
    return bool(condition())


def test_ctrl_c_hangs_up_stores_the_calls_in_flight_and_a_rerun_dials_only_the_rest(tmp_path: Path) -> None:
    phone = PhoneProcess()
    events: list[dict[str, Any]] = []
    try:
        long_users = ("answer-int-1", "answer-int-2")
        campaign = write_campaign(tmp_path, phone, long_users, "ctrl-c")
        db = tmp_path / "int.db"
        sweep = cli("sweep", str(campaign), "--db", str(db))
        try:
            drain(phone, time.monotonic() + 60, {"call_received": 2}, events)
            assert wait_for(lambda: noted_dialogs(db) == 2, 20), "the two calls did not connect"
        except BaseException:
            os.killpg(sweep.pid, signal.SIGKILL)
            raise
        out, err, took = interrupt(sweep, signal.SIGINT)
        assert sweep.returncode == 130, out + err
        assert "Traceback" not in err, err
        drain(phone, time.monotonic() + 10, {"call_ended": 2}, events)
        ended = [e for e in events if e["event"] == "call_ended"]
        assert sorted(e["user"] for e in ended) == sorted(long_users), events  # hung up, not left to run 40 s
        assert all(e["duration_s"] < 20 for e in ended), ended
        calls = stored(db)
        assert [(t, a, o) for t, a, o, _, _ in calls] == [(phone.uri(u), 1, "failed") for u in sorted(long_users)]
        assert all(reason and reason.startswith("interrupted by user") for _, _, _, reason, _ in calls), calls
        # the worker hangs its scenario calls up itself; any call the sweep had to end got its 200
        assert all(metrics.get("bye_status", 200) == 200 for *_, metrics in calls), calls
        assert "interrupted: 2 calls in flight stored" in out, out
        lines = out.strip().splitlines()
        assert lines[-1].startswith("next: mysterycall sweep ") and "mysterycall report --sweep" in lines[-1], out
        print(f"Ctrl-C with 2 connected calls: exit 130 after {took:.1f} s; both hung up and stored")

        dialled_before = len([e for e in events if e["event"] == "call_received"])
        again = run_cli("sweep", str(campaign), "--db", str(db), timeout=90)
        assert again.returncode == 0, again.stdout + again.stderr
        drain(phone, time.monotonic() + 10, {"call_received": dialled_before + 2}, events)
    finally:
        phone.stop()
    received = [e["user"] for e in events if e["event"] == "call_received"]
    assert sorted(received[dialled_before:]) == ["answer-ctrl-c-q1", "answer-ctrl-c-q2"], received  # never redialled
    final = stored(db)
    assert len(final) == 4 and len({(t, a) for t, a, *_ in final}) == 4
    assert sorted(o for _, _, o, _, _ in final) == ["answered", "answered", "failed", "failed"]


def test_sigterm_while_ringing_cancels_and_stores_the_calls(tmp_path: Path) -> None:
    phone = PhoneProcess()
    events: list[dict[str, Any]] = []
    try:
        ringing = ("never-term-1", "never-term-2")
        campaign = write_campaign(tmp_path, phone, ringing, "sigterm")
        db = tmp_path / "term.db"
        sweep = cli("sweep", str(campaign), "--db", str(db))
        try:
            drain(phone, time.monotonic() + 60, {"call_received": 2}, events)
            assert wait_for(lambda: early_dialogs(db) == 2, 20), "the two calls were not ringing"
        except BaseException:
            os.killpg(sweep.pid, signal.SIGKILL)
            raise
        out, err, took = interrupt(sweep, signal.SIGTERM)
        assert sweep.returncode == 130, out + err
        assert "Traceback" not in err, err
        drain(phone, time.monotonic() + 10, {"call_ended": 2}, events)
    finally:
        phone.stop()
    ended = [e for e in events if e["event"] == "call_ended"]
    assert sorted(e["user"] for e in ended) == sorted(ringing) and not any(e["answered"] for e in ended), events
    calls = stored(db)
    assert [(t, o) for t, _, o, _, _ in calls] == [(phone.uri(u), "failed") for u in sorted(ringing)]
    assert all(reason and reason.startswith("interrupted by user") for _, _, _, reason, _ in calls), calls
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT status FROM sweeps").fetchone()[0] == "stopped"
    conn.close()
    print(f"SIGTERM with 2 ringing calls: exit 130 after {took:.1f} s; both cancelled and stored")
