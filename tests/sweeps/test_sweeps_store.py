"""The results store: migrations, queries, and crash safety under SIGKILL."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sweepfakes import fake_result

from robot.campaigns.job import CallJob
from robot.campaigns.store import MIGRATIONS, Store
from robot.errors import InputError

T0 = datetime(2024, 6, 3, 9, 0, tzinfo=UTC)


def add(store: Store, target: str, minutes: int, client: str = "Acme", **kw: object) -> int:
    job = CallJob(job_id=f"{target}-{minutes}", target=target, scenario="/s/line.yaml")
    return store.add_result(fake_result(job, T0 + timedelta(minutes=minutes)), client=client, job=job, **kw)


def test_fresh_database_is_migrated_and_uses_wal(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        assert store.schema_version == len(MIGRATIONS)
    db = sqlite3.connect(tmp_path / "r.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"sweeps", "calls"} <= tables


def test_migrations_apply_in_order_and_keep_data(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    with Store(path) as store:
        add(store, "sip:answer-1@h", 0)
    extra = (*MIGRATIONS, "ALTER TABLE calls ADD COLUMN note TEXT; CREATE INDEX calls_note ON calls(note)")
    with Store(path, migrations=extra) as store:
        assert store.schema_version == len(MIGRATIONS) + 1
        assert len(store.calls()) == 1
    with Store(path, migrations=extra) as store:  # idempotent
        assert store.schema_version == len(extra)
    with pytest.raises(InputError, match="newer than this program"):
        Store(path)


def test_failed_migration_rolls_back(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    with pytest.raises(sqlite3.OperationalError):
        Store(path, migrations=(*MIGRATIONS, "CREATE TABLE x (a); THIS IS NOT SQL"))
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        store.add_result(fake_result(CallJob(job_id="j", target="sip:answer-1@h"), T0))


def test_queries_history_last_results_since_and_sweeps(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        store.begin_sweep("s1", "nightly", "abc", T0)
        add(store, "sip:busy-1@h", 0, sweep_id="s1")
        add(store, "sip:busyonce-2@h", 1, sweep_id="s1", client="Globex")
        last = add(store, "sip:busy-1@h", 5, sweep_id="s1", attempt=2)
        add(store, "sip:answer-3@h", 120)
        store.end_sweep("s1", T0 + timedelta(hours=1))
        assert [c.attempt for c in store.history(target="sip:busy-1@h")] == [1, 2]
        assert [c.target for c in store.history(client="Acme")] == [
            "sip:busy-1@h",
            "sip:busy-1@h",
            "sip:answer-3@h",
        ]
        latest = {c.target: c for c in store.last_results()}
        assert latest["sip:busy-1@h"].id == last and len(latest) == 3
        assert [c.target for c in store.last_results(client="Globex")] == ["sip:busyonce-2@h"]
        assert len(store.calls(sweep="s1")) == 3
        assert len(store.calls(since=T0 + timedelta(minutes=2))) == 2
        assert store.calls_since(T0 + timedelta(minutes=2)) == {"sip:busy-1@h": 1, "sip:answer-3@h": 1}
        stored = store.call(last)
        assert stored is not None and stored.outcome == "busy" and stored.job is not None
        assert stored.job.scenario == "/s/line.yaml" and stored.scenario == "/s/line.yaml"
        assert store.sweep("s1").status == "done"
        answered = store.history(target="sip:answer-3@h")[0]
        assert answered.score_percent == 100.0 and answered.failed_checks == 0


def test_kill_9_mid_write_keeps_every_committed_result(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    writer = Path(__file__).with_name("store_writer.py")
    child = subprocess.Popen([sys.executable, str(writer), str(path)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    committed = 0
    for line in child.stdout:
        committed = int(line)
        if committed >= 150:
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    with Store(path) as store:
        assert store.integrity_check() == "ok"
        calls = store.calls()
        assert len(calls) >= committed  # the one being written when killed may or may not be there
        assert all(c.result.call_id for c in calls)
        add(store, "sip:answer-9@h", 0)  # still writable
