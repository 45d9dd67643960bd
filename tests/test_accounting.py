"""Accounting for every call (issue 14): write-ahead attempts, idempotent attempt keys, resume
after a crash, a dead call-worker's calls (``worker lost``, BYE at the far end), and the
standalone BYE sender. No real calls here (see tests/sweeps/test_sweep_real_calls.py)."""

from __future__ import annotations

import concurrent.futures as cf
import io
import os
import socket
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from robot.call.result import Transfer
from robot.campaigns.campaign import load_campaign
from robot.campaigns.dialogs import (
    Dialog,
    bye_request,
    dialog_from_ack,
    dialog_from_invite,
    end_dialog,
    next_hop,
    send_bye,
)
from robot.campaigns.job import INTERRUPTED, WORKER_LOST, CallJob
from robot.campaigns.plan import calling_day
from robot.campaigns.retest import settle_orphans
from robot.campaigns.store import MIGRATIONS, Store
from robot.campaigns.sweep import run_sweep
from robot.campaigns.workers import CallPool, DialogReporter, _Worker
from robot.errors import InputError
from tests.sweeps.sweepfakes import FakeClock, FakePool, fake_result

T0 = datetime(2024, 6, 3, 9, 0, tzinfo=UTC)

INVITE = (
    "INVITE sip:never-1@127.0.0.1:39182 SIP/2.0\r\n"
    "Via: SIP/2.0/UDP 127.0.0.1:54544;rport;branch=z9hG4bKPjIKqSM6zbbpLjqytKU.E4pPc3AujQFTVT\r\n"
    "Max-Forwards: 70\r\n"
    "From: sip:mysterycall@127.0.0.1;tag=KCUT1SX-SEbJL5t8vw7dGhBur19lzfX3\r\n"
    "To: sip:never-1@127.0.0.1\r\n"
    "Contact: <sip:mysterycall@127.0.0.1:54544;ob>\r\n"
    "Call-ID: b4ZGaKyNjyztq3ZjUuAZ6lc4r62ctol-\r\n"
    "CSeq: 18048 INVITE\r\n"
    "Content-Type: application/sdp\r\n"
    "Content-Length:  4\r\n\r\nv=0\n"
)
ACK = (
    "ACK sip:mysterycall@127.0.0.1:39182 SIP/2.0\r\n"
    "Via: SIP/2.0/UDP 127.0.0.1:54544;rport;branch=z9hG4bKPjEclowqbXNwrY2mr3htz1HRUAHyyV4T6m\r\n"
    "Max-Forwards: 70\r\n"
    "From: sip:mysterycall@127.0.0.1;tag=KCUT1SX-SEbJL5t8vw7dGhBur19lzfX3\r\n"
    "To: sip:ring1-hangup2@127.0.0.1;tag=03HsGnxvYwHMEEpP0kB9OmLsRVqVo9Au\r\n"
    "Call-ID: b4ZGaKyNjyztq3ZjUuAZ6lc4r62ctol-\r\n"
    "CSeq: 18048 ACK\r\n"
    "Content-Length:  0\r\n\r\n"
)


def quiet() -> Console:
    return Console(file=io.StringIO(), width=160)


def dead_pid() -> int:
    """The pid of a process that has exited (and was reaped)."""
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(child.stdout)


# -- the store ------------------------------------------------------------------------------------


def test_a_version_1_store_migrates_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store(path, migrations=MIGRATIONS[:1]) as old:
        assert old.schema_version == 1
        job = CallJob(job_id="same", target="sip:answer-1@h")
        for minutes in (0, 1):  # the same job stored twice: version 1 allowed it
            result = fake_result(job, T0 + timedelta(minutes=minutes))
            old._db.execute(
                "INSERT INTO calls (call_id, job_id, client, target, outcome, started_at, ended_at, stored_at, "
                "job_json, result_json) VALUES (?, ?, 'Acme', ?, ?, ?, ?, ?, ?, ?)",
                (result.call_id, job.job_id, job.target, result.outcome, result.started_at, result.started_at,
                 result.started_at, job.model_dump_json(), result.model_dump_json()),
            )  # fmt: skip
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS) >= 2
        assert [c.job_id for c in store.calls()] == ["same", "same"]  # nothing dropped or merged
        assert store.open_attempts() == []
        assert store.integrity_check() == "ok"


def test_a_finished_attempt_is_stored_once(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        job = CallJob(job_id="s:1:1", target="sip:answer-1@h")
        assert store.begin_attempt(job, client="Acme", sweep_id=None)
        first = store.add_result(fake_result(job, T0), client="Acme", job=job)
        again = store.add_result(fake_result(job, T0 + timedelta(seconds=5)), client="Acme", job=job)
        assert again == first and len(store.calls()) == 1
        assert not store.begin_attempt(job, client="Acme")  # stored: never started (dialled) again
        assert store.open_attempts() == []


def test_write_ahead_rows_count_for_caps_until_settled(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        job = CallJob(job_id="s:1:1", target="sip:answer-1@h", attempt=1)
        assert store.begin_attempt(job, client="Acme", started_at=T0)
        assert not store.begin_attempt(job, client="Acme")  # started: never twice
        assert store.calls_since(T0 - timedelta(hours=1)) == {"sip:answer-1@h": 1}
        [open_attempt] = store.open_attempts()
        assert (open_attempt.target, open_attempt.attempt, open_attempt.owner_pid) == (job.target, 1, os.getpid())
        stored = store.settle_attempt(open_attempt, INTERRUPTED)
        assert (stored.outcome, stored.result.sip_reason, stored.attempt) == ("failed", "interrupted", 1)
        assert stored.started_at.startswith("2024-06-03T09:00:00")
        assert store.calls_since(T0 - timedelta(hours=1)) == {"sip:answer-1@h": 1}  # still one
        assert store.open_attempts() == []
        late = fake_result(job, T0)  # the real result arriving after the settle changes nothing
        assert store.add_result(late, client="Acme", job=job) == stored.id
        assert len(store.calls()) == 1


# -- resuming a sweep ------------------------------------------------------------------------------

CAMPAIGN = """\
name: accounting
concurrency: 4
attempts: {{max: 2, retry_after_s: 1, retry_on: [{retry_on}]}}
window: {{from: "00:00", to: "24:00", tz: UTC}}
targets:
  - client: Acme
    numbers: ["sip:answer-1@127.0.0.1:5080", "sip:busy-2@127.0.0.1:5080"]
  - client: Bolt
    numbers: ["sip:answer-3@127.0.0.1:5080"]
"""


def crashed_sweep(tmp_path: Path, retry_on: str) -> tuple[Path, Path, str]:
    """A campaign whose sweep 'crashed' with two attempts started (written ahead) and no results."""
    campaign = tmp_path / "campaign.yaml"
    campaign.write_text(CAMPAIGN.format(retry_on=retry_on), encoding="utf-8")
    loaded = load_campaign(campaign)
    sweep_id = loaded.sweep_id(calling_day(loaded.campaign.window, T0))
    db = tmp_path / "r.db"
    with Store(db) as store:
        store.begin_sweep(sweep_id, loaded.name, loaded.file_hash, T0)
        for target in loaded.targets[:2]:  # answer-1 and busy-2 in flight at the crash
            job = CallJob(job_id=f"{sweep_id}:{target.index}:1", target=target.number, attempt=1)
            assert store.begin_attempt(job, client=target.client, sweep_id=sweep_id, started_at=T0)
        store._db.execute("UPDATE attempts SET owner_pid = ?", (dead_pid(),))
    return campaign, db, sweep_id


def test_resume_stores_started_attempts_as_interrupted_and_never_redials_them(tmp_path: Path) -> None:
    campaign, db, sweep_id = crashed_sweep(tmp_path, "busy, no_answer")
    clock = FakeClock(T0 + timedelta(minutes=1))
    pool = FakePool(clock)
    console = quiet()
    summary = run_sweep(campaign, db, lambda n: pool, console=console, clock=clock)
    assert summary.status == "done" and summary.sweep_id == sweep_id
    # failed is not in retry_on: the two interrupted attempts are final, only answer-3 is dialled
    assert [(j.target, j.attempt) for j in pool.submitted] == [("sip:answer-3@127.0.0.1:5080", 1)]
    assert "2 attempts had started without a result" in console.file.getvalue()  # type: ignore[attr-defined]
    with Store(db) as store:
        calls = {(c.target, c.attempt): c for c in store.calls()}
        assert len(calls) == 3 and store.open_attempts() == []
        for target in ("sip:answer-1@127.0.0.1:5080", "sip:busy-2@127.0.0.1:5080"):
            lost = calls[(target, 1)]
            assert (lost.outcome, lost.result.sip_reason, lost.sweep_id) == ("failed", "interrupted", sweep_id)
    # and a second resume changes nothing
    again = FakePool(clock)
    run_sweep(campaign, db, lambda n: again, console=quiet(), clock=clock)
    assert again.submitted == []


def test_resume_retries_interrupted_attempts_when_the_policy_retries_failed(tmp_path: Path) -> None:
    campaign, db, _ = crashed_sweep(tmp_path, "busy, no_answer, failed")
    clock = FakeClock(T0 + timedelta(minutes=1))
    pool = FakePool(clock)
    run_sweep(campaign, db, lambda n: pool, console=quiet(), clock=clock)
    dialled = sorted((j.target, j.attempt) for j in pool.submitted)
    assert dialled == [
        ("sip:answer-1@127.0.0.1:5080", 2),  # attempt 1 counted (interrupted), attempt 2 per policy
        ("sip:answer-3@127.0.0.1:5080", 1),
        ("sip:busy-2@127.0.0.1:5080", 2),  # and max: 2 ends it there
    ]
    with Store(db) as store:
        outcomes = sorted((c.target.split(":")[1].split("@")[0], c.attempt, c.outcome) for c in store.calls())
    assert outcomes == [
        ("answer-1", 1, "failed"),
        ("answer-1", 2, "answered"),
        ("answer-3", 1, "answered"),
        ("busy-2", 1, "failed"),
        ("busy-2", 2, "busy"),
    ]


def test_dry_run_counts_started_attempts_without_writing(tmp_path: Path) -> None:
    campaign, db, _ = crashed_sweep(tmp_path, "busy, no_answer")
    summary = run_sweep(campaign, db, lambda n: FakePool(), dry_run=True, console=quiet(), clock=FakeClock(T0))
    assert [c.target.number for c in summary.plan] == ["sip:answer-3@127.0.0.1:5080"]
    with Store(db) as store:
        assert len(store.open_attempts()) == 2 and store.calls() == []


def test_resume_refuses_while_the_sweep_runs_in_another_process(tmp_path: Path) -> None:
    campaign, db, sweep_id = crashed_sweep(tmp_path, "busy")
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        with Store(db) as store:
            store._db.execute("UPDATE attempts SET owner_pid = ?", (other.pid,))
        with pytest.raises(InputError, match=f"running in process {other.pid}"):
            run_sweep(campaign, db, lambda n: FakePool(), console=quiet(), clock=FakeClock(T0))
    finally:
        other.kill()
        other.wait()


def test_a_killed_retest_leaves_an_interrupted_attempt(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        job = CallJob(job_id="retest-abc", target="sip:answer-1@h")
        store.begin_attempt(job, client="Acme", started_at=T0)
        mine = CallJob(job_id="retest-mine", target="sip:answer-2@h")
        store.begin_attempt(mine, client="Acme", started_at=T0)  # this process: still running
        store._db.execute("UPDATE attempts SET owner_pid = ? WHERE attempt_key = 'retest-abc'", (dead_pid(),))
        [settled] = settle_orphans(store)
        assert (settled.target, settled.outcome, settled.result.sip_reason) == ("sip:answer-1@h", "failed", INTERRUPTED)
        assert [a.attempt_key for a in store.open_attempts()] == ["retest-mine"]


# -- dialogs and the standalone BYE ----------------------------------------------------------------


def test_dialog_from_the_ack_pjsua_sends() -> None:
    dialog = dialog_from_ack(ACK)
    assert dialog is not None
    assert dialog.call_id == "b4ZGaKyNjyztq3ZjUuAZ6lc4r62ctol-"
    assert (dialog.local_tag, dialog.remote_tag) == (
        "KCUT1SX-SEbJL5t8vw7dGhBur19lzfX3",
        "03HsGnxvYwHMEEpP0kB9OmLsRVqVo9Au",
    )
    assert dialog.remote_target == "sip:mysterycall@127.0.0.1:39182" and dialog.cseq == 18048
    assert (dialog.transport, dialog.via_host, dialog.via_port, dialog.route) == ("UDP", "127.0.0.1", 54544, [])
    assert Dialog.from_dict(dialog.to_dict()) == dialog
    assert next_hop(dialog) == ("127.0.0.1", 39182)
    assert dialog_from_ack(ACK.replace("ACK sip", "INVITE sip", 1)) is None
    assert dialog_from_ack(ACK.replace(";tag=03Hs", ";x=03Hs")) is None  # no remote tag: no dialog


def test_bye_request_follows_rfc_3261() -> None:
    dialog = dialog_from_ack(ACK.replace("Max-Forwards: 70\r\n", "Route: <sip:10.0.0.9;lr>\r\nMax-Forwards: 70\r\n"))
    assert dialog is not None and dialog.route == ["<sip:10.0.0.9;lr>"]
    text = bye_request(dialog, ("127.0.0.1", 40000), "abc").decode()
    lines = text.split("\r\n")
    assert lines[0] == "BYE sip:mysterycall@127.0.0.1:39182 SIP/2.0"
    assert "Via: SIP/2.0/UDP 127.0.0.1:40000;rport;branch=z9hG4bKabc" in lines
    assert "From: sip:mysterycall@127.0.0.1;tag=KCUT1SX-SEbJL5t8vw7dGhBur19lzfX3" in lines  # ours, with our tag
    assert "To: sip:ring1-hangup2@127.0.0.1;tag=03HsGnxvYwHMEEpP0kB9OmLsRVqVo9Au" in lines
    assert "CSeq: 18049 BYE" in lines and "Route: <sip:10.0.0.9;lr>" in lines
    assert text.endswith("Content-Length: 0\r\n\r\n")
    assert next_hop(dialog) == ("10.0.0.9", 5060)  # the first Route, never anywhere else


@pytest.mark.parametrize(
    "change",
    [
        {"remote_target": "sip:someone@example.com:5060"},  # a name: would need DNS
        {"transport": "TCP"},
        {"remote_target": "sip:x@127.0.0.1:5080;transport=tcp"},
    ],
)
def test_no_bye_where_the_dialog_does_not_point_over_udp(change: dict[str, str]) -> None:
    dialog = dialog_from_ack(ACK)
    assert dialog is not None
    data = {**dialog.to_dict(), **change}
    assert next_hop(Dialog.from_dict(data)) is None
    assert send_bye(Dialog.from_dict(data), timeout_s=0.2) is None


def test_send_bye_retransmits_until_answered() -> None:
    peer = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    peer.bind(("127.0.0.1", 0))
    port = peer.getsockname()[1]
    received: list[str] = []

    def answer() -> None:
        peer.settimeout(5)
        while len(received) < 2:
            data, source = peer.recvfrom(65535)
            received.append(data.decode())
        head = received[-1].split("\r\n\r\n")[0].split("\r\n")
        keep = [h for h in head[1:] if h.split(":")[0] in ("Via", "From", "To", "Call-ID", "CSeq")]
        peer.sendto(("SIP/2.0 200 OK\r\n" + "\r\n".join(keep) + "\r\nContent-Length: 0\r\n\r\n").encode(), source)

    thread = threading.Thread(target=answer)
    thread.start()
    dialog = Dialog.from_dict({**dialog_from_ack(ACK).to_dict(), "remote_target": f"sip:x@127.0.0.1:{port}"})  # type: ignore[union-attr]
    try:
        assert send_bye(dialog, timeout_s=4) == 200
    finally:
        thread.join()
        peer.close()
    assert len(received) == 2 and received[0] == received[1]  # the first was "lost": retransmitted as is
    assert received[0].startswith(f"BYE sip:x@127.0.0.1:{port} SIP/2.0")


def test_a_ringing_call_of_a_dead_worker_is_cancelled_and_its_487_acked() -> None:
    peer = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    peer.bind(("127.0.0.1", 0))
    port = peer.getsockname()[1]
    received: list[str] = []

    def uas() -> None:
        peer.settimeout(5)
        data, source = peer.recvfrom(65535)
        received.append(data.decode())
        head = dict(h.split(": ", 1) for h in received[0].split("\r\n\r\n")[0].split("\r\n")[1:])
        common = f"Via: {head['Via']}\r\nFrom: {head['From']}\r\nCall-ID: {head['Call-ID']}\r\n"
        to = f"To: {head['To']};tag=uas1\r\n"
        peer.sendto(f"SIP/2.0 200 OK\r\n{common}{to}CSeq: 18048 CANCEL\r\n\r\n".encode(), source)
        peer.sendto(f"SIP/2.0 487 Request Terminated\r\n{common}{to}CSeq: 18048 INVITE\r\n\r\n".encode(), source)
        data, source = peer.recvfrom(65535)
        received.append(data.decode())

    thread = threading.Thread(target=uas)
    thread.start()
    early = dialog_from_invite(INVITE.replace("39182", str(port)))
    assert early is not None and early.early and early.remote_tag == "" and early.remote_target.endswith(f":{port}")
    assert dialog_from_invite(ACK) is None and dialog_from_ack(INVITE) is None
    try:
        assert end_dialog(early, timeout_s=4) == 200
    finally:
        thread.join()
        peer.close()
    cancel, ack = (text.split("\r\n") for text in received)
    assert cancel[0] == f"CANCEL sip:never-1@127.0.0.1:{port} SIP/2.0" and "CSeq: 18048 CANCEL" in cancel
    assert f"Via: {early.via}" in cancel  # the INVITE's Via, branch and all (RFC 3261 9.1)
    assert ack[0] == cancel[0].replace("CANCEL", "ACK") and f"Via: {early.via}" in ack
    assert "To: sip:never-1@127.0.0.1;tag=uas1" in ack and "CSeq: 18048 ACK" in ack


# -- a dead call-worker ---------------------------------------------------------------------------


class _DeadProcess:
    pid = 4242
    exitcode = -9
    sentinel = -1

    def join(self, timeout: float | None = None) -> None:
        return None


def test_a_dead_workers_calls_are_worker_lost_after_a_bye_or_cancel_each() -> None:
    import multiprocessing as mp

    ended: list[Dialog] = []
    heard: list[tuple[str, Any]] = []
    pool = CallPool(end_dialog=lambda d: ended.append(d) or 200, on_dialog=lambda j, d: heard.append((j, d)))
    pool._closed = True  # no replacement process in this test
    connected = CallJob(job_id="s:1:1", target="sip:a@h", attempt=1)
    ringing = CallJob(job_id="s:2:1", target="sip:never-1@h")
    dialling = CallJob(job_id="s:3:1", target="sip:c@h")  # no dialog reported yet
    finished = CallJob(job_id="s:4:1", target="sip:answer-4@h")  # its result was sent before the death
    parent, child = mp.Pipe()
    worker = _Worker(_DeadProcess(), conn=parent)  # type: ignore[arg-type]
    futures: dict[str, cf.Future] = {}
    for job in (connected, ringing, dialling, finished):
        futures[job.job_id] = cf.Future()
        futures[job.job_id].set_running_or_notify_cancel()
        worker.in_flight[job.job_id] = (job, futures[job.job_id])
        worker.started[job.job_id] = "2024-06-03T09:00:00.000Z"
    pool._workers.append(worker)
    dialog, early = dialog_from_ack(ACK), dialog_from_invite(INVITE)
    assert dialog is not None and early is not None
    pool._dialog(worker, connected.job_id, dialog.to_dict())
    pool._dialog(worker, ringing.job_id, early.to_dict())
    assert heard == [(connected.job_id, dialog.to_dict()), (ringing.job_id, early.to_dict())]
    child.send(("result", finished.job_id, fake_result(finished, T0).model_dump(mode="json")))
    child.close()
    pool._replace_dead(worker)
    results = {job_id: future.result(timeout=5) for job_id, future in futures.items()}
    assert sorted(d.call_id for d in ended) == [dialog.call_id, early.call_id] and pool.crashes == 1
    assert {d.early for d in ended} == {True, False}
    assert results[finished.job_id].outcome == "answered"  # read from the pipe, not lost
    for job in (connected, ringing, dialling):
        result = results[job.job_id]
        assert (result.outcome, result.sip_reason) == ("failed", WORKER_LOST)
        assert result.started_at == "2024-06-03T09:00:00.000Z" and "died (exit code -9)" in result.metrics["error"]
    assert results[connected.job_id].metrics["bye_status"] == 200
    assert results[connected.job_id].sip_call_id == dialog.call_id
    assert results[ringing.job_id].metrics["cancel_status"] == 200
    assert "bye_status" not in results[dialling.job_id].metrics
    parent.close()
    pool._wake_r.close()
    pool._wake_w.close()


class _Tdata:
    def __init__(self, text: str):
        self.wholeMsg = text


class _Prm:
    def __init__(self, text: str):
        self.e = type("E", (), {"body": type("B", (), {"txMsg": type("T", (), {"tdata": _Tdata(text)})()})()})()


class _TsxPrm:
    def __init__(self, text: str):
        tsx = type("Tsx", (), {"lastTx": _Tdata(text)})()
        self.e = type("E", (), {"body": type("B", (), {"tsxState": type("S", (), {"tsx": tsx})()})()})()


def test_the_worker_reports_a_dialog_on_connect_and_its_end() -> None:
    reports: list[tuple[str, Any]] = []
    reporter = DialogReporter("job-a", lambda job_id, dialog: reports.append((job_id, dialog)))
    reporter.feed("INVITE sip:a@127.0.0.1:5080 SIP/2.0\r\n\r\n")
    assert reports == []
    reporter.feed(INVITE)  # the INVITE leaves: an early dialog (a CANCEL could end it)
    assert reports == [("job-a", dialog_from_invite(INVITE).to_dict())]  # type: ignore[union-attr]
    reporter.feed(ACK)
    assert reports[-1] == ("job-a", dialog_from_ack(ACK).to_dict())  # type: ignore[union-attr]
    reporter.feed(ACK)  # the dialog is reported once
    reporter.feed(INVITE)
    assert len(reports) == 2
    reports.pop(0)
    refresh = "UPDATE sip:mysterycall@127.0.0.1:39182 SIP/2.0\r\nCall-ID: b4ZGaKyNjyztq3ZjUuAZ6lc4r62ctol-\r\n"
    reporter.feed(refresh + "CSeq: 18050 UPDATE\r\n\r\n")  # a session refresh of ours
    assert reports[-1] == ("job-a", {**dialog_from_ack(ACK).to_dict(), "cseq": 18050})  # type: ignore[union-attr]
    reporter.feed("SIP/2.0 200 OK\r\nCSeq: 18999 UPDATE\r\n\r\n")  # a response: ignored
    reporter.feed(refresh.replace("b4Z", "zzz") + "CSeq: 18999 UPDATE\r\n\r\n")  # not ours
    assert len(reports) == 2
    reports.pop()
    reporter.feed(None)
    assert reports[-1] == ("job-a", None) and len(reports) == 2
    reporter.feed(ACK)  # after the end: nothing more
    reporter.feed(None)
    assert len(reports) == 2
    quiet = DialogReporter("job-b", lambda job_id, dialog: reports.append((job_id, dialog)))
    quiet.feed(None)  # a call that never sent an INVITE: no end to report
    assert len(reports) == 2


def test_a_call_tells_its_observer_what_it_sent_and_its_end_once() -> None:
    """SipCall hands our sent messages to CallSession.on_sent, then None once; an observer that
    raises never breaks the call."""
    from robot.sip.call import CallSession, SipCall, sent_text

    assert sent_text(_Prm("ACK sip:a SIP/2.0").e) == "ACK sip:a SIP/2.0"  # a message sent
    assert sent_text(_TsxPrm("UPDATE sip:a SIP/2.0").e) == "UPDATE sip:a SIP/2.0"  # a transaction's last
    assert sent_text(type("E", (), {"body": None})()) == ""

    told: list[str | None] = []
    call = SipCall.__new__(SipCall)  # no pjsua2 call: only the hand-over is under test
    call.session = CallSession(uri="sip:a@127.0.0.1", on_sent=told.append)
    call._end_told = False
    call._tell_sent("INVITE sip:a@127.0.0.1 SIP/2.0\r\n\r\n")
    call._tell_sent("")
    call._tell_sent(None)
    call._tell_sent(None)
    call._tell_sent("BYE sip:a@127.0.0.1 SIP/2.0\r\n\r\n")
    assert told == ["INVITE sip:a@127.0.0.1 SIP/2.0\r\n\r\n", None]

    def broken(text: str | None) -> None:
        raise RuntimeError("observer bug")

    call.session = CallSession(uri="sip:a@127.0.0.1", on_sent=broken)
    call._end_told = False
    call._tell_sent("INVITE sip:a@127.0.0.1 SIP/2.0\r\n\r\n")  # does not raise


def test_note_dialog_from_another_thread(tmp_path: Path) -> None:
    from robot.campaigns.store import note_dialog

    db = tmp_path / "r.db"
    with Store(db) as store:
        store.begin_attempt(CallJob(job_id="k", target="sip:a@h"))
        thread = threading.Thread(target=note_dialog, args=(db, "k", {"call_id": "x"}))
        thread.start()
        thread.join()
        [attempt] = store.open_attempts()
        assert attempt.dialog == {"call_id": "x"}
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_ctrl_c_stores_the_results_of_the_calls_in_flight(tmp_path: Path) -> None:
    campaign = tmp_path / "campaign.yaml"
    campaign.write_text(CAMPAIGN.format(retry_on="busy"), encoding="utf-8")

    class CtrlC(FakeClock):
        def wait(self, futures, until):  # type: ignore[no-untyped-def]
            if futures:
                raise KeyboardInterrupt  # Ctrl-C while calls are in flight
            return super().wait(futures, until)

    class Interruptible(FakePool):
        interrupted = False

        def interrupt(self) -> None:
            self.interrupted = True

    pool = Interruptible(capacity=4, delay_s=0.2)
    summary = run_sweep(campaign, tmp_path / "r.db", lambda n: pool, console=quiet(), clock=CtrlC(T0))
    assert summary.status == "interrupted" and summary.exit_code == 130 and pool.interrupted
    stored = len(pool.submitted)
    assert summary.calls == stored >= 1
    assert f"interrupted: {stored} call{'s' if stored != 1 else ''} in flight stored" in summary.message
    with Store(tmp_path / "r.db") as store:
        assert len(store.calls()) == len(pool.submitted) and store.open_attempts() == []


def test_followed_transfers_and_redirects_count_against_the_caps_of_their_targets(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        job = CallJob(job_id="c:1", target="sip:answer-1@h")
        result = fake_result(job, T0)
        result.transfers = [
            Transfer(t_s=2.0, kind="refer", target="sip:operator@h", result="followed"),
            Transfer(t_s=3.0, kind="refer", target="sip:112@elsewhere", result="refused", reason="emergency"),
            Transfer(t_s=0.5, kind="redirect", target="sip:hop1@h", result="followed"),
        ]
        store.add_result(result, job=job)
        counts = store.calls_since(T0 - timedelta(hours=1))
    assert counts == {"sip:answer-1@h": 1, "sip:operator@h": 1, "sip:hop1@h": 1}
