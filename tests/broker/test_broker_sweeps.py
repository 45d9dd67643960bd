"""Sweeps across machines with real components: ``redis-server``, two ``mysterycall worker``
processes (named wA and wB), simulated phones on loopback, the real CLI as coordinator.

One Redis, one pair of workers and two phones (one per client, 4 calls each) serve every test of
the module; each test dials its own numbers (a tag in the user part), so the INVITEs counted
at the phones are its own.
"""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis

from robot.campaigns.broker import keys
from robot.campaigns.broker.celeryapp import make_app
from robot.campaigns.broker.transport import WireResult
from robot.campaigns.store import Store
from tests.broker.brokerkit import (
    CountingPhone,
    RedisServer,
    Worker,
    cli,
    expected_counts,
    lines,
    run_cli,
    write_campaign,
)
from tests.process_group import reap_group

pytestmark = pytest.mark.calls


@dataclass
class Rig:
    redis: RedisServer
    url: str
    client: redis.Redis
    workers: list[Worker]
    phones: dict[str, CountingPhone]
    directory: Path


@pytest.fixture(scope="module")
def rig(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rig]:
    directory = tmp_path_factory.mktemp("broker")
    server = RedisServer(directory)
    url = server.url()
    workers = [Worker(url, name, directory) for name in ("wA", "wB")]
    phones = {"Alpha": CountingPhone(), "Bravo": CountingPhone()}
    client = server.client()
    try:
        for worker in workers:
            worker.wait_ready(client)
        yield Rig(server, url, client, workers, phones, directory)
    finally:
        codes = {w.name: w.stop() for w in workers}
        for phone in phones.values():
            phone.stop()
        server.stop()
    assert codes == {"wA": 0, "wB": 0}, "a worker did not exit cleanly on SIGTERM"


def invites(rig: Rig) -> Counter[str]:
    counts: Counter[str] = Counter()
    for phone in rig.phones.values():
        counts.update(phone.drain())
    return counts


def stored_by_user(db: Path) -> dict[str, list[tuple[int, str, str | None]]]:
    """(attempt, outcome, sip_reason) per dialled user part, sorted."""
    found: dict[str, list[tuple[int, str, str | None]]] = defaultdict(list)
    with Store(db) as store:
        assert store.integrity_check() == "ok"
        for call in store.calls(retests=False):
            user = call.target.split(":")[1].split("@")[0]
            found[user].append((call.attempt, call.outcome, call.result.sip_reason))
    return {user: sorted(attempts) for user, attempts in found.items()}


def report_outcomes(db: Path, out: Path) -> dict[str, dict[str, int]]:
    done = run_cli("report", "--format", "json", "-o", str(out), "--db", str(db))
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text())
    return {c["client"]: c["outcomes"] for c in data["clients"]}


def assert_exact_attempts(rig: Rig, db: Path, tag: str, lost_ok: bool = False) -> dict[str, list]:
    """Every number: attempts 1..n stored once each, as many INVITEs as attempts (an attempt a lost
    worker had claimed but not dialled yet is the only allowed gap), n within the policy."""
    stored = stored_by_user(db)
    counted = invites(rig)
    wrong = []
    for _client, user, outcome, attempts in lines(tag):
        got = stored.get(user, [])
        numbers = [a for a, _, _ in got]
        if numbers != list(range(1, len(got) + 1)) or not 1 <= len(got) <= 2:
            wrong.append(f"{user}: attempts {got}")
            continue
        lost = [a for a, o, r in got if o == "failed" and r in ("worker lost", "interrupted")]
        if lost and not lost_ok:
            wrong.append(f"{user}: lost {got}")
        if not lost and [o for _, o, _ in got] != [outcome] * attempts:
            wrong.append(f"{user}: want {attempts} x {outcome}, got {got}")
        if not (len(got) - len(lost) <= counted[user] <= len(got)):
            wrong.append(f"{user}: {counted[user]} INVITEs for {len(got)} stored attempts {got}")
    assert not wrong, "\n".join(wrong)
    return stored


def test_sweep_on_two_workers_matches_the_local_sweep(rig: Rig) -> None:
    local_dir, broker_dir = rig.directory / "local", rig.directory / "remote"
    local = write_campaign(local_dir, rig.phones, "l")
    remote = write_campaign(broker_dir, rig.phones, "r")
    started = time.monotonic()
    done = run_cli("sweep", str(remote), "--db", str(broker_dir / "s.db"), "--broker", rig.url)
    remote_s = time.monotonic() - started
    assert done.returncode == 0, done.stdout + done.stderr
    assert_exact_attempts(rig, broker_dir / "s.db", "r")
    started = time.monotonic()
    done = run_cli("sweep", str(local), "--db", str(local_dir / "s.db"))
    local_s = time.monotonic() - started
    assert done.returncode == 0, done.stdout + done.stderr
    assert_exact_attempts(rig, local_dir / "s.db", "l")
    print(f"40 numbers, 50 calls: broker {remote_s:.1f} s, local {local_s:.1f} s")
    for db in (local_dir / "s.db", broker_dir / "s.db"):
        with Store(db) as store:
            assert Counter(c.outcome for c in store.calls()) == expected_counts("x")
    assert report_outcomes(broker_dir / "s.db", broker_dir / "r.json") == report_outcomes(
        local_dir / "s.db", local_dir / "r.json"
    )
    with Store(broker_dir / "s.db") as store:  # recordings came back, same name, owner-only, in our folder
        answered = [c for c in store.calls() if c.outcome == "answered"]
        assert answered and all(c.result.checks and c.result.checks[0]["passed"] for c in answered)
        for call in answered:
            path = Path(call.recording or "")
            assert path.parent == broker_dir / "recordings" and path.name == f"{call.result.call_id}.wav"
            assert path.stat().st_mode & 0o777 == 0o600
    workers = {w.name: w.stderr.read_text() for w in rig.workers}
    assert all(" attempt broker-" not in text or "answered" in text for text in workers.values())
    assert all("answered" in text for text in workers.values()), "both workers took calls"
    assert not list(rig.client.scan_iter(match=keys.result("*"))), "stored results stay in Redis"
    assert not any(rig.directory.glob("**/mysterycall-worker-*/**/*.wav"))
    # a retest goes through the broker too: the failed-only numbers of one client, once each
    before = invites(rig).copy()
    done = run_cli("retest", "--client", "Alpha", "--failed-only", "--db", str(broker_dir / "s.db"),
                   "--broker", rig.url, "--json")  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    redialled = {u for c, u, o, _ in lines("r") if c == "Alpha" and o != "answered"}
    assert {c["after_call"] for c in json.loads(done.stdout)} and len(json.loads(done.stdout)) == len(redialled)
    assert invites(rig) - before == Counter(dict.fromkeys(redialled, 1))


def test_worker_killed_mid_sweep(rig: Rig) -> None:
    """A third worker is SIGKILLed (with its call workers) while it has calls: they end as
    ``worker lost`` (retried: the policy retries failed), nothing is dialled twice, the sweep ends."""
    directory = rig.directory / "killw"
    phones = {"Alpha": CountingPhone(), "Bravo": CountingPhone()}  # its own: calls the dead worker leaves behind
    try:
        _kill_a_worker(dataclasses.replace(rig, phones=phones), directory)
    finally:
        for phone in phones.values():
            phone.stop()


def _kill_a_worker(rig: Rig, directory: Path) -> None:
    # 3 lines per client at once: a phone (4 calls per pjsua process) keeps a slot for a call the
    # dead worker had just dialled without reporting its dialog yet (nobody can end that one but the
    # session timer), so the phone's own 486 at its call limit never passes for the line's answer
    campaign = write_campaign(directory, rig.phones, "k", retry_failed=True, per_client=3)
    victim = Worker(rig.url, "wK", rig.directory, calls=2)
    victim.wait_ready(rig.client)
    sweep = cli("sweep", str(campaign), "--db", str(directory / "s.db"), "--broker", rig.url)
    try:
        deadline = time.monotonic() + 60
        while not _dialling(rig, "wK"):  # kill it once one of its calls has left (its dialog reported)
            assert time.monotonic() < deadline and sweep.poll() is None, "the victim never dialled"
            time.sleep(0.01)
        victim.kill()
        out, err = sweep.communicate(timeout=120)
    finally:
        if sweep.poll() is None:
            os.killpg(sweep.pid, signal.SIGKILL)
        reap_group(sweep.pid, 5)
    assert sweep.returncode == 0, out + err
    stored = assert_exact_attempts(rig, directory / "s.db", "k", lost_ok=True)
    lost = [(u, a) for u, got in stored.items() for a in got if a[2] == "worker lost"]
    assert lost, "no attempt was lost with the worker"
    print(f"worker killed: {len(lost)} attempts lost: {lost}")
    ended = 0
    with Store(directory / "s.db") as store:
        for call in store.calls():
            if call.result.sip_reason == "worker lost" and (call.result.model_extra or {}).get("sip_call_id"):
                status = call.result.metrics.get("bye_status", call.result.metrics.get("cancel_status"))
                assert status in (200, 481), call.result.metrics  # the far end was told (481: it had hung up)
                ended += 1
            if call.result.sip_reason == "worker lost" and call.attempt == 1:
                # the policy retried it (it retries failed)
                assert any(c.target == call.target and c.attempt == 2 for c in store.calls())
    assert ended, "no BYE/CANCEL for the dead worker's reported dialogs"


def test_sigterm_finishes_the_calls_in_hand(rig: Rig) -> None:
    """SIGTERM to a worker with calls: they finish and are stored as dialled (no ``worker lost``), it exits 0."""
    directory = rig.directory / "term"
    campaign = write_campaign(directory, rig.phones, "t")
    leaving = Worker(rig.url, "wT", rig.directory)
    leaving.wait_ready(rig.client)
    sweep = cli("sweep", str(campaign), "--db", str(directory / "s.db"), "--broker", rig.url)
    try:
        deadline = time.monotonic() + 60
        while not any(rig.client.get(k) == b"wT" for k in rig.client.scan_iter(match=keys.alive("*"))):
            assert time.monotonic() < deadline and sweep.poll() is None, "the leaving worker never took a call"
            time.sleep(0.02)
        leaving.proc.send_signal(signal.SIGTERM)
        assert leaving.proc.wait(timeout=60) == 0
        out, err = sweep.communicate(timeout=120)
    finally:
        if sweep.poll() is None:
            os.killpg(sweep.pid, signal.SIGKILL)
        reap_group(sweep.pid, 5)
        reap_group(leaving.proc.pid, 5)
    assert sweep.returncode == 0, out + err
    assert_exact_attempts(rig, directory / "s.db", "t")
    log = leaving.stderr.read_text()
    assert "Warm shutdown" in log, log[-3000:]
    after = log[log.index("Warm shutdown") :]
    assert "mysterycall.worker: attempt broker-t" in after, "no call finished after SIGTERM:\n" + log[-3000:]


def _dialling(rig: Rig, worker: str) -> bool:
    """Whether ``worker`` has a call whose dialog it reported."""
    for key in rig.client.scan_iter(match=keys.alive("*")):
        attempt = key.decode()[len(keys.alive("")) :]
        if rig.client.get(key) == worker.encode() and rig.client.exists(keys.dialog(attempt)):
            return True
    return False


def test_coordinator_killed_and_rerun(rig: Rig) -> None:
    """SIGKILL the coordinator mid-sweep, let the workers finish what they had, run it again:
    results that finished meanwhile are stored, nothing is dialled twice, the counts are exact."""
    directory = rig.directory / "killc"
    campaign = write_campaign(directory, rig.phones, "c")
    db = directory / "s.db"
    sweep = cli("sweep", str(campaign), "--db", str(db), "--broker", rig.url)
    deadline = time.monotonic() + 60
    while True:
        assert time.monotonic() < deadline and sweep.poll() is None, "no call was stored"
        if db.exists() and len(stored_by_user(db)) >= 12 and any(rig.client.scan_iter(match=keys.alive("*"))):
            break
        time.sleep(0.05)
    os.killpg(sweep.pid, signal.SIGKILL)
    sweep.wait()
    deadline = time.monotonic() + 30  # the calls in flight end on the workers; their results wait in Redis
    while any(rig.client.scan_iter(match=keys.alive("*"))) and time.monotonic() < deadline:
        time.sleep(0.05)
    waiting = list(rig.client.scan_iter(match=keys.result("*")))
    done = run_cli("sweep", str(campaign), "--db", str(db), "--broker", rig.url)
    assert done.returncode == 0, done.stdout + done.stderr
    if waiting:
        assert "submitted by an earlier run" in done.stdout
    print(
        f"coordinator killed: {len(waiting)} results waited in Redis; rerun said: "
        + " | ".join(line for line in done.stdout.splitlines() if "earlier run" in line)
    )
    stored = assert_exact_attempts(rig, db, "c", lost_ok=True)
    lost = [a for got in stored.values() for a in got if a[2] in ("worker lost", "interrupted")]
    assert len(lost) <= 1, lost  # only an attempt killed between its write-ahead and its submission
    with Store(db) as store:
        assert Counter(c.outcome for c in store.calls()) - Counter({"failed": len(lost)}) <= expected_counts("c")


def test_no_worker_and_no_wait_exits_3(rig: Rig, tmp_path: Path) -> None:
    campaign = write_campaign(tmp_path, rig.phones, "n")
    done = run_cli("sweep", str(campaign), "--db", str(tmp_path / "s.db"), "--broker", rig.redis.url(7), "--no-wait")
    assert done.returncode == 3, done.stdout + done.stderr
    assert "no worker serves redis://" in done.stdout
    assert not invites(rig)[lines("n")[0][1]]


def test_no_worker_the_sweep_waits_and_says_so(rig: Rig, tmp_path: Path) -> None:
    """Without --no-wait the sweep waits for a worker, says so, and stores nothing as failed meanwhile."""
    campaign = write_campaign(tmp_path, rig.phones, "w")
    sweep = cli("sweep", str(campaign), "--db", str(tmp_path / "s.db"), "--broker", rig.redis.url(8))
    try:
        assert sweep.stdout is not None
        deadline = time.monotonic() + 30
        seen = ""
        while "waiting for a worker" not in seen:
            assert time.monotonic() < deadline and sweep.poll() is None, seen
            seen += sweep.stdout.readline()
        time.sleep(1.5)  # a little more waiting: still nothing is stored as failed
    finally:
        os.killpg(sweep.pid, signal.SIGKILL)
        sweep.wait()
        reap_group(sweep.pid, 5)
    assert "none serves redis://" in seen
    with Store(tmp_path / "s.db") as store:
        assert store.calls() == [] and len(store.open_attempts()) == 8  # submitted, waiting in the queue
    rig.redis.client(8).flushdb()


def test_unreadable_job_is_a_failed_result(rig: Rig) -> None:
    """A job a worker cannot read (wrong fields) comes back as ``failed`` with the reason; the queue moves on."""
    app = make_app(rig.url)
    reply = "test-unreadable"
    key = f"bad-{time.time_ns()}"
    payload = json.dumps({"key": key, "reply_to": reply, "claim_ttl_s": 5, "job": {"target": 5}, "bundle": []})
    app.send_task(keys.TASK, args=[payload], task_id=key, queue=keys.QUEUE)
    app.send_task(keys.TASK, args=["not json at all"], queue=keys.QUEUE)
    event = rig.client.blpop([keys.reply(reply)], timeout=30)
    assert event is not None, "no reply for the unreadable job"
    raw = rig.client.get(keys.result(key))
    assert raw is not None
    result = WireResult.model_validate_json(raw).result
    assert result.outcome == "failed" and result.target == "5"
    assert "job could not be read on worker" in (result.sip_reason or ""), result.sip_reason
    assert rig.client.llen(keys.QUEUE) == 0
