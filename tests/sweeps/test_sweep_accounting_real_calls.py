"""Accounting with real calls (issue 14): a call-worker SIGKILLed mid-call (and while ringing).

One simulated phone (at most 4 calls at once), four numbers that answer at once and are
held for 8 s, one call-worker process. The worker is killed once all four calls are
connected and their dialogs are in the store. The parent must end the four calls at the
phone (a BYE per dialog: the phone prints ``call_ended``) within seconds, store them as
``failed`` / ``worker lost`` and, as the campaign's attempts policy retries ``failed``,
dial each number exactly once more (the phone's lines are free again, so no 486).
"""

from __future__ import annotations

import json
import os
import queue
import signal
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from robot.campaigns.store import Store
from tests.phone_process import PhoneProcess
from tests.process_group import reap_group

pytestmark = [pytest.mark.slow, pytest.mark.calls]

USERS = ("answer-k1", "answer-k2", "answer-k3", "answer-k4")
CONFIG = """\
limits: {max_ring_s: 3, max_call_s: 15, media_timeout_s: 10, stay_s: 8}
recordings_dir: recordings
results_dir: results
"""


def write_campaign(directory: Path, phone: PhoneProcess) -> Path:
    (directory / "config.yaml").write_text(CONFIG, encoding="utf-8")
    numbers = "".join(f'      - "{phone.uri(user)}"\n' for user in USERS)
    text = (
        "name: worker-killed\n"
        "config: config.yaml\n"
        "concurrency: 4\n"
        "client_concurrency: 4\n"
        "attempts: {max: 2, retry_after_s: 1, retry_on: [busy, no_answer, failed]}\n"
        'window: {from: "00:00", to: "24:00", tz: UTC}\n'
        "targets:\n"
        "  - client: Kilo Lines\n"
        "    numbers:\n" + numbers
    )
    path = directory / "campaign.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def noted_dialogs(db: Path, early: bool = False) -> int:
    """Write-ahead attempts without a result whose dialog (confirmed, or early: ringing) the parent has stored."""
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            row = conn.execute(
                "SELECT COUNT(*) FROM attempts WHERE call_row IS NULL AND json_extract(dialog_json, '$.early') = ?",
                (int(early),),
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0
    return int(row[0])


def call_workers(parent: int) -> list[int]:
    """PIDs of the sweep's call-worker processes (multiprocessing spawn children, not its resource tracker)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == parent and "multiprocessing" in cmdline and "resource_tracker" not in cmdline:
            found.append(int(entry.name))
    return found


def drain(phone: PhoneProcess, until: float, want: dict[str, int], seen: list[dict[str, Any]]) -> None:
    """Collect the phone's events into ``seen`` until each kind in ``want`` reached its count or ``until``."""
    while time.monotonic() < until:
        counts = {kind: sum(1 for e in seen if e.get("event") == kind) for kind in want}
        if all(counts[k] >= n for k, n in want.items()):
            return
        try:
            seen.append(phone.lines.get(timeout=0.1))
        except queue.Empty:
            continue


def test_a_killed_worker_s_calls_are_ended_at_the_phone_and_retried(tmp_path: Path) -> None:
    from tests.sweeps.test_sweep_real_calls import cli

    phone = PhoneProcess()
    events: list[dict[str, Any]] = []
    try:
        campaign = write_campaign(tmp_path, phone)
        db = tmp_path / "k.db"
        sweep = cli("sweep", str(campaign), "--db", str(db))
        try:
            drain(phone, time.monotonic() + 60, {"call_received": 4}, events)
            assert sum(e["event"] == "call_received" for e in events) == 4, events
            deadline = time.monotonic() + 20
            while noted_dialogs(db) < 4 and time.monotonic() < deadline:
                time.sleep(0.1)
            assert noted_dialogs(db) == 4, "the worker did not report 4 dialogs"
            [worker] = call_workers(sweep.pid)
            assert not [e for e in events if e["event"] == "call_ended"]
            os.kill(worker, signal.SIGKILL)
            killed = time.monotonic()
            drain(phone, killed + 10, {"call_ended": 4}, events)
            ended = [e for e in events if e["event"] == "call_ended"]
            ended_within = time.monotonic() - killed
            assert len(ended) == 4, f"the phone still holds {4 - len(ended)} calls of the dead worker: {events}"
            assert ended_within < 8  # BYE within seconds (the calls would otherwise last until stay_s and beyond)
            out, err = sweep.communicate(timeout=120)
        finally:
            if sweep.poll() is None:
                os.killpg(sweep.pid, signal.SIGKILL)
                sweep.communicate()
            reap_group(sweep.pid, 5)
        assert sweep.returncode == 0, out + err
        drain(phone, time.monotonic() + 15, {"call_received": 8, "call_ended": 8}, events)
    finally:
        phone.stop()
    received = [e["user"] for e in events if e["event"] == "call_received"]
    assert sorted(received) == sorted(USERS * 2)  # each number: the lost attempt and one retry, nothing more
    print(f"killed worker: 4 calls ended at the phone in {ended_within:.2f} s; INVITEs at the phone: {len(received)}")
    with Store(db) as store:
        assert store.open_attempts() == []
        calls = store.calls()
        by_target: dict[str, list[tuple[int, str, str | None]]] = {}
        for call in calls:
            by_target.setdefault(call.target, []).append((call.attempt, call.outcome, call.result.sip_reason))
        for user in USERS:
            lost, retry = sorted(by_target[phone.uri(user)])
            assert lost == (1, "failed", "worker lost"), by_target
            assert retry[:2] == (2, "answered"), by_target
        lost_calls = [c for c in calls if c.result.sip_reason == "worker lost"]
        assert all(c.result.metrics.get("bye_status") == 200 for c in lost_calls), [
            json.dumps(c.result.metrics) for c in lost_calls
        ]
        assert all(c.result.sip_call_id for c in lost_calls)


@pytest.mark.sipp
def test_a_killed_worker_s_call_gets_a_bye_that_sipp_accepts(tmp_path: Path, sipp_peer: Any) -> None:
    """SIPp as the callee (uas_answer: answers, then waits for the caller's BYE): its call completes."""
    from tests.sweeps.test_sweep_real_calls import cli

    peer = sipp_peer("uas_answer", variables={"ring_ms": 300})
    (tmp_path / "config.yaml").write_text(CONFIG, encoding="utf-8")
    campaign = tmp_path / "campaign.yaml"
    campaign.write_text(
        "name: worker-killed-sipp\nconfig: config.yaml\nconcurrency: 1\nattempts: {max: 1}\n"
        'window: {from: "00:00", to: "24:00", tz: UTC}\n'
        f'targets:\n  - client: Sipp Lines\n    numbers: ["{peer.uri("kill")}"]\n',
        encoding="utf-8",
    )
    db = tmp_path / "s.db"
    sweep = cli("sweep", str(campaign), "--db", str(db))
    try:
        deadline = time.monotonic() + 30
        while noted_dialogs(db) < 1 and time.monotonic() < deadline and sweep.poll() is None:
            time.sleep(0.1)
        assert noted_dialogs(db) == 1, "the worker did not report the dialog"
        [worker] = call_workers(sweep.pid)
        killed_at = time.time()
        os.kill(worker, signal.SIGKILL)
        out, err = sweep.communicate(timeout=60)
    finally:
        if sweep.poll() is None:
            os.killpg(sweep.pid, signal.SIGKILL)
            sweep.communicate()
        reap_group(sweep.pid, 5)
    assert sweep.returncode == 0, out + err
    result = peer.wait(10)
    assert result.ok and result.successful == 1, result.summary()  # the BYE matched SIPp's dialog
    bye = result.find("BYE", direction="R")
    assert bye is not None and bye.t - killed_at < 5, result.flow()
    assert result.find("SIP/2.0 200", direction="S", after=bye.t) is not None
    with Store(db) as store:
        [call] = store.calls()
    assert (call.outcome, call.result.sip_reason, call.attempt) == ("failed", "worker lost", 1)
    assert call.result.sip_call_id == bye.call_id and call.result.metrics["bye_status"] == 200  # from its port


def test_a_killed_worker_s_ringing_calls_are_cancelled_at_the_phone(tmp_path: Path) -> None:
    """Four calls ringing ("never" answers) when the worker dies: CANCELled, the phone's lines freed."""
    from tests.sweeps.test_sweep_real_calls import cli

    phone = PhoneProcess()
    events: list[dict[str, Any]] = []
    users = ("never-r1", "never-r2", "never-r3", "never-r4")
    try:
        (tmp_path / "config.yaml").write_text(CONFIG.replace("max_ring_s: 3", "max_ring_s: 30"), encoding="utf-8")
        numbers = "".join(f'      - "{phone.uri(user)}"\n' for user in users)
        campaign = tmp_path / "campaign.yaml"
        campaign.write_text(
            "name: worker-killed-ringing\nconfig: config.yaml\nconcurrency: 4\nclient_concurrency: 4\n"
            'attempts: {max: 1}\nwindow: {from: "00:00", to: "24:00", tz: UTC}\n'
            "targets:\n  - client: Romeo Lines\n    numbers:\n" + numbers,
            encoding="utf-8",
        )
        db = tmp_path / "r.db"
        sweep = cli("sweep", str(campaign), "--db", str(db))
        try:
            drain(phone, time.monotonic() + 60, {"call_received": 4}, events)
            deadline = time.monotonic() + 20
            while noted_dialogs(db, early=True) < 4 and time.monotonic() < deadline:
                time.sleep(0.1)
            assert noted_dialogs(db, early=True) == 4, "the worker did not report 4 early dialogs"
            [worker] = call_workers(sweep.pid)
            os.kill(worker, signal.SIGKILL)
            killed = time.monotonic()
            drain(phone, killed + 10, {"call_ended": 4}, events)
            ended_within = time.monotonic() - killed
            out, err = sweep.communicate(timeout=60)
        finally:
            if sweep.poll() is None:
                os.killpg(sweep.pid, signal.SIGKILL)
                sweep.communicate()
            reap_group(sweep.pid, 5)
        assert sweep.returncode == 0, out + err
    finally:
        phone.stop()
    ended = [e for e in events if e["event"] == "call_ended"]
    assert len(ended) == 4 and not any(e["answered"] for e in ended), events
    assert ended_within < 8
    print(f"killed worker: 4 ringing calls ended at the phone in {ended_within:.2f} s")
    with Store(db) as store:
        calls = store.calls()
    assert sorted(c.target for c in calls) == sorted(phone.uri(u) for u in users)
    for call in calls:
        assert (call.outcome, call.result.sip_reason, call.attempt) == ("failed", "worker lost", 1)
        assert call.result.metrics["cancel_status"] == 200, call.result.metrics
