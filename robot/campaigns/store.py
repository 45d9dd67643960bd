"""The results store: SQLite (WAL), one transaction per finished call, versioned schema.

Crash safety: every result is committed in its own transaction the moment the call
ends, with ``journal_mode=WAL`` and ``synchronous=FULL``, so a crash or ``kill -9`` loses
at most the calls still in flight and leaves a consistent database. Those are not lost
track of: each attempt is written ahead (:meth:`Store.begin_attempt`, the ``attempts``
table) before its INVITE can leave, so a resume finds it and stores it as ``failed``
(:meth:`Store.settle_attempt`). A job's id is its attempt key (unique among stored calls):
an attempt is stored at most once and never started twice. The full call result
is kept as JSON; the columns queried often (outcome, times, score...) are copied out and
indexed. Recordings are referenced by path only.

Schema changes are appended to :data:`MIGRATIONS` (never edited): the database's
``PRAGMA user_version`` is the number of migrations applied.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from robot.call.result import CallResult
from robot.call.resultview import ended_at, failed_checks, parse_time, score_percent, utc_iso
from robot.campaigns.job import CallJob, unfinished_result
from robot.errors import InputError

MIGRATIONS: tuple[str, ...] = (
    # 1: sweeps and calls
    """
    CREATE TABLE sweeps (
        id TEXT PRIMARY KEY,
        campaign TEXT NOT NULL,
        campaign_path TEXT,
        campaign_hash TEXT NOT NULL,
        calling_day TEXT,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL DEFAULT 'running'
    );
    CREATE TABLE calls (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        call_id TEXT NOT NULL,
        job_id TEXT,
        sweep_id TEXT REFERENCES sweeps(id),
        client TEXT,
        target TEXT NOT NULL,
        scenario TEXT,
        attempt INTEGER NOT NULL DEFAULT 1,
        retest_of INTEGER REFERENCES calls(id),
        outcome TEXT NOT NULL,
        sip_status INTEGER,
        started_at TEXT NOT NULL,
        ended_at TEXT NOT NULL,
        ring_to_answer_s REAL,
        total_s REAL,
        score_percent REAL,
        failed_checks INTEGER NOT NULL DEFAULT 0,
        recording TEXT,
        stored_at TEXT NOT NULL,
        job_json TEXT,
        result_json TEXT NOT NULL
    );
    CREATE INDEX calls_target ON calls(target, started_at);
    CREATE INDEX calls_client ON calls(client, started_at);
    CREATE INDEX calls_sweep ON calls(sweep_id, client, target, attempt);
    CREATE INDEX calls_started ON calls(started_at);
    CREATE INDEX calls_outcome ON calls(outcome);
    CREATE INDEX calls_retest ON calls(retest_of);
    """,
    # 2: write-ahead attempts and idempotent attempt keys (rows stored before are left as they are)
    """
    ALTER TABLE calls ADD COLUMN attempt_key TEXT;
    CREATE UNIQUE INDEX calls_attempt_key ON calls(attempt_key) WHERE attempt_key IS NOT NULL;
    CREATE TABLE attempts (
        attempt_key TEXT PRIMARY KEY,
        job_id TEXT NOT NULL,
        sweep_id TEXT REFERENCES sweeps(id),
        client TEXT,
        target TEXT NOT NULL,
        attempt INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        owner_pid INTEGER,
        job_json TEXT,
        dialog_json TEXT,
        call_row INTEGER REFERENCES calls(id)
    );
    CREATE INDEX attempts_open ON attempts(call_row, sweep_id);
    CREATE INDEX attempts_started ON attempts(started_at);
    """,
    # 3: alerts (failure state per canonical number, alerts sent) and calls excluded as trunk failures
    """
    CREATE TABLE line_state (
        number TEXT PRIMARY KEY,
        client TEXT,
        consecutive INTEGER NOT NULL DEFAULT 0,
        first_failure_at TEXT,
        last_calls TEXT NOT NULL DEFAULT '[]',
        down INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE alerts_sent (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created_at TEXT NOT NULL,
        event TEXT NOT NULL,
        campaign TEXT,
        sweep_id TEXT,
        client TEXT,
        number TEXT,
        payload TEXT NOT NULL,
        delivery TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX alerts_sent_created ON alerts_sent(created_at);
    ALTER TABLE calls ADD COLUMN excluded TEXT;
    """,
    # 4: targets the dialling policy blocked, per sweep (settled, never dialled); indexes for the
    # dashboard's filters (call id, score, who answered, needs review)
    """
    CREATE INDEX calls_call_id ON calls(call_id);
    CREATE INDEX calls_score ON calls(score_percent, started_at);
    CREATE INDEX calls_answered_by ON calls(json_extract(result_json, '$.answered_by'), started_at);
    CREATE INDEX calls_needs_review ON calls(json_extract(result_json, '$.score.needs_review'), started_at);
    CREATE TABLE blocked (
        sweep_id TEXT NOT NULL REFERENCES sweeps(id),
        client TEXT NOT NULL,
        target TEXT NOT NULL,
        canonical TEXT,
        reason TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        PRIMARY KEY (sweep_id, client, target)
    );
    """,
)


@dataclass(frozen=True)
class BlockedTarget:
    """A campaign target the dialling policy forbade in a sweep (never dialled)."""

    sweep_id: str
    client: str
    target: str
    canonical: str | None
    reason: str
    decided_at: str


@dataclass(frozen=True)
class SweepRow:
    id: str
    campaign: str
    campaign_path: str | None
    campaign_hash: str
    calling_day: str | None
    started_at: str
    ended_at: str | None
    status: str


@dataclass(frozen=True)
class StoredCall:
    """One stored call: the indexed columns plus the full result."""

    id: int
    sweep_id: str | None
    client: str | None
    target: str
    scenario: str | None
    attempt: int
    retest_of: int | None
    job_id: str | None
    outcome: str
    started_at: str
    ended_at: str
    score_percent: float | None
    failed_checks: int
    recording: str | None
    result: CallResult
    job: CallJob | None

    @property
    def ended(self) -> datetime:
        return parse_time(self.ended_at)


@dataclass(frozen=True)
class OpenAttempt:
    """An attempt written ahead (started) that has no result yet."""

    attempt_key: str
    job_id: str
    sweep_id: str | None
    client: str | None
    target: str
    attempt: int
    started_at: str
    owner_pid: int | None
    job: CallJob | None
    dialog: dict[str, Any] | None  # the SIP dialog its worker reported when the call connected


_CALL_COLUMNS = (
    "id, sweep_id, client, target, scenario, attempt, retest_of, job_id, outcome, started_at, "
    "ended_at, score_percent, failed_checks, recording, result_json, job_json"
)


def _call(row: sqlite3.Row) -> StoredCall:
    data = dict(row)
    result = CallResult.model_validate_json(data.pop("result_json"))
    job_json = data.pop("job_json")
    job = CallJob.model_validate_json(job_json) if job_json else None
    return StoredCall(**data, result=result, job=job)


class Store:
    """A results database; use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path, migrations: Sequence[str] = MIGRATIONS):
        self.path = Path(path)
        from robot.config.private import make_private, private_dir, private_umask

        private_dir(self.path.parent)  # personal data: the store, its -wal and -shm are owner-only
        with private_umask():
            self._db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
        for suffix in ("", "-wal", "-shm"):  # a store created before this was 0644
            make_private(f"{self.path}{suffix}")
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._migrate(migrations)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    # -- schema -------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self, migrations: Sequence[str]) -> None:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            version = self.schema_version
            if version > len(migrations):
                raise InputError(
                    f"{self.path}: database schema version {version} is newer than this program "
                    f"({len(migrations)}); upgrade mysterycall"
                )
            for number, script in enumerate(migrations[version:], start=version + 1):
                for statement in _statements(script):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number}")
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def integrity_check(self) -> str:
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])

    # -- sweeps -------------------------------------------------------------------------

    def begin_sweep(
        self,
        sweep_id: str,
        campaign: str,
        campaign_hash: str,
        started_at: datetime,
        campaign_path: str | None = None,
        calling_day: str | None = None,
    ) -> SweepRow:
        """Create the sweep, or mark an existing one as running again (resume)."""
        self._db.execute(
            "INSERT INTO sweeps (id, campaign, campaign_path, campaign_hash, calling_day, started_at) "
            "VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET status = 'running', ended_at = NULL",
            (sweep_id, campaign, campaign_path, campaign_hash, calling_day, utc_iso(started_at)),
        )
        sweep = self.sweep(sweep_id)
        assert sweep is not None
        return sweep

    def end_sweep(self, sweep_id: str, ended: datetime, status: str = "done") -> None:
        self._db.execute("UPDATE sweeps SET ended_at = ?, status = ? WHERE id = ?", (utc_iso(ended), status, sweep_id))

    def sweep(self, sweep_id: str) -> SweepRow | None:
        row = self._db.execute("SELECT * FROM sweeps WHERE id = ?", (sweep_id,)).fetchone()
        return SweepRow(**dict(row)) if row else None

    def sweeps(self, campaign: str | None = None) -> list[SweepRow]:
        sql, args = "SELECT * FROM sweeps", tuple[str, ...]()
        if campaign is not None:
            sql, args = sql + " WHERE campaign = ?", (campaign,)
        return [SweepRow(**dict(r)) for r in self._db.execute(sql + " ORDER BY started_at, id", args)]

    def note_blocked(self, target: BlockedTarget) -> None:
        """Record that a sweep's target is blocked by the dialling policy (once per sweep)."""
        self._db.execute(
            "INSERT OR IGNORE INTO blocked (sweep_id, client, target, canonical, reason, decided_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (target.sweep_id, target.client, target.target, target.canonical, target.reason, target.decided_at),
        )

    def blocked(self, sweep_id: str | None = None) -> list[BlockedTarget]:
        """Blocked targets (of one sweep, or of all), in the order they were recorded."""
        sql, args = "SELECT * FROM blocked", tuple[str, ...]()
        if sweep_id is not None:
            sql, args = sql + " WHERE sweep_id = ?", (sweep_id,)
        return [BlockedTarget(**dict(r)) for r in self._db.execute(sql + " ORDER BY rowid", args)]

    # -- calls --------------------------------------------------------------------------

    def add_result(
        self,
        result: CallResult,
        *,
        client: str | None = None,
        sweep_id: str | None = None,
        attempt: int = 1,
        retest_of: int | None = None,
        job: CallJob | None = None,
    ) -> int:
        """Persist one finished call in its own transaction; returns its row id.

        The job's id is the attempt's key: storing an attempt that is already stored
        changes nothing and returns the row stored first (a finished attempt is never
        stored twice). The attempt's write-ahead row, if any, is closed in the same
        transaction.
        """
        key = job.job_id if job is not None and job.job_id else None
        self._db.execute("BEGIN IMMEDIATE")
        try:
            if key is not None:
                row = self._db.execute("SELECT id FROM calls WHERE attempt_key = ?", (key,)).fetchone()
                if row is not None:
                    self._db.execute("COMMIT")
                    return int(row[0])
            cursor = self._db.execute(
                "INSERT INTO calls (call_id, job_id, sweep_id, client, target, scenario, attempt, retest_of, "
                "outcome, sip_status, started_at, ended_at, ring_to_answer_s, total_s, score_percent, "
                "failed_checks, recording, stored_at, job_json, result_json, attempt_key) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    result.call_id,
                    job.job_id if job else None,
                    sweep_id,
                    client,
                    result.target,
                    result.scenario if result.scenario is not None else (job.scenario if job else None),
                    attempt,
                    retest_of,
                    result.outcome,
                    result.sip_status,
                    utc_iso(parse_time(result.started_at)),
                    utc_iso(ended_at(result)),
                    result.timings.ring_to_answer_s,
                    result.timings.total_s,
                    score_percent(result),
                    len(failed_checks(result)),
                    result.recording,
                    utc_iso(datetime.now().astimezone()),
                    job.model_dump_json() if job else None,
                    result.model_dump_json(),
                    key,
                ),
            )
            row_id = int(cursor.lastrowid or 0)
            if key is not None:
                self._db.execute("UPDATE attempts SET call_row = ? WHERE attempt_key = ?", (row_id, key))
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        return row_id

    # -- write-ahead attempts -----------------------------------------------------------

    def begin_attempt(
        self,
        job: CallJob,
        *,
        client: str | None = None,
        sweep_id: str | None = None,
        started_at: datetime | None = None,
    ) -> bool:
        """Write ahead: record, in its own committed transaction, that ``job``'s attempt starts.

        Called before the job is handed to a worker (before its INVITE can leave). False,
        and nothing written, when this attempt key was started or stored before: that
        attempt must not be dialled again.
        """
        key = job.job_id
        started = utc_iso(started_at or datetime.now().astimezone())
        self._db.execute("BEGIN IMMEDIATE")
        try:
            known = self._db.execute(
                "SELECT 1 FROM attempts WHERE attempt_key = ? UNION ALL SELECT 1 FROM calls WHERE attempt_key = ?",
                (key, key),
            ).fetchone()
            if known is None:
                self._db.execute(
                    "INSERT INTO attempts (attempt_key, job_id, sweep_id, client, target, attempt, started_at, "
                    "owner_pid, job_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (key, job.job_id, sweep_id, client, job.target, job.attempt, started, os.getpid(),
                     job.model_dump_json()),
                )  # fmt: skip
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        return known is None

    def note_dialog(self, attempt_key: str, dialog: dict[str, Any]) -> None:
        """Remember the SIP dialog of a started attempt (to end it at the far end if its worker dies)."""
        self._db.execute(
            "UPDATE attempts SET dialog_json = ? WHERE attempt_key = ? AND call_row IS NULL",
            (json.dumps(dialog), attempt_key),
        )

    def open_attempts(self, sweep_id: str | None = None) -> list[OpenAttempt]:
        """Attempts that started and have no result (in flight, or lost to a crash), oldest first."""
        sql = (
            "SELECT attempt_key, job_id, sweep_id, client, target, attempt, started_at, owner_pid, job_json, "
            "dialog_json FROM attempts a WHERE call_row IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM calls c WHERE c.attempt_key = a.attempt_key)"
        )
        args: tuple[str, ...] = ()
        if sweep_id is not None:
            sql, args = sql + " AND sweep_id = ?", (sweep_id,)
        found = []
        for row in self._db.execute(sql + " ORDER BY started_at, attempt_key", args):
            data = dict(row)
            job_json, dialog_json = data.pop("job_json"), data.pop("dialog_json")
            job = CallJob.model_validate_json(job_json) if job_json else None
            found.append(OpenAttempt(**data, job=job, dialog=json.loads(dialog_json) if dialog_json else None))
        return found

    def settle_attempt(self, attempt: OpenAttempt, reason: str, **extra: Any) -> StoredCall:
        """Store an open attempt as ``failed`` with ``reason`` (counts against attempts and caps)."""
        job = attempt.job or CallJob(job_id=attempt.attempt_key, target=attempt.target, attempt=attempt.attempt)
        job = job.model_copy(update={"job_id": attempt.attempt_key})
        if attempt.dialog and "sip_call_id" not in extra:
            extra["sip_call_id"] = attempt.dialog.get("call_id")
        result = unfinished_result(job, attempt.started_at, reason, **extra)
        row = self.add_result(result, client=attempt.client, sweep_id=attempt.sweep_id, attempt=attempt.attempt,
                              job=job)  # fmt: skip
        stored = self.call(row)
        assert stored is not None
        return stored

    def call(self, call_row_id: int) -> StoredCall | None:
        row = self._db.execute(f"SELECT {_CALL_COLUMNS} FROM calls WHERE id = ?", (call_row_id,)).fetchone()
        return _call(row) if row else None

    def calls(
        self,
        *,
        client: str | None = None,
        target: str | None = None,
        sweep: str | None = None,
        since: datetime | None = None,
        retests: bool | None = None,
        excluded: bool = False,
    ) -> list[StoredCall]:
        """Calls matching all the given filters, oldest first.

        ``retests``: None = all calls, True = only retests, False = no retests. Calls stored as
        excluded (trunk failures: not the client's line) only with ``excluded=True``.
        """
        where, args = _filters(client=client, target=target, sweep=sweep, since=since)
        if not excluded:
            where.append("excluded IS NULL")
        if retests is True:
            where.append("retest_of IS NOT NULL")
        elif retests is False:
            where.append("retest_of IS NULL")
        sql = f"SELECT {_CALL_COLUMNS} FROM calls"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [_call(r) for r in self._db.execute(sql + " ORDER BY started_at, id", args)]

    def history(self, *, target: str | None = None, client: str | None = None) -> list[StoredCall]:
        """Every call to a target or a client's numbers, oldest first."""
        if target is None and client is None:
            raise ValueError("history needs a target or a client")
        return self.calls(target=target, client=client, excluded=True)

    def last_results(self, *, client: str | None = None, target: str | None = None) -> list[StoredCall]:
        """The latest call per (client, target), ordered by client then target."""
        where, args = _filters(client=client, target=target)
        where.append("excluded IS NULL")
        latest = (
            "SELECT id, ROW_NUMBER() OVER (PARTITION BY client, target ORDER BY started_at DESC, id DESC) "
            "AS rank FROM calls"
        )
        if where:
            latest += " WHERE " + " AND ".join(where)
        sql = (
            f"SELECT {_CALL_COLUMNS} FROM calls WHERE id IN (SELECT id FROM ({latest}) WHERE rank = 1) "
            "ORDER BY client, target"
        )
        return [_call(r) for r in self._db.execute(sql, args)]

    def sweep_calls(self, sweep_id: str) -> list[StoredCall]:
        return self.calls(sweep=sweep_id)

    def calls_since(self, since: datetime, targets: Sequence[str] | None = None) -> dict[str, int]:
        """Calls started at or after ``since`` per target, for daily caps: attempts in flight
        included, and every transfer (REFER) or redirect (3xx) a call followed counted as a
        call to its target."""
        sql = (
            "SELECT target, COUNT(*) FROM (SELECT target FROM calls WHERE started_at >= ? AND excluded IS NULL "
            "UNION ALL "
            "SELECT target FROM attempts a WHERE call_row IS NULL AND started_at >= ? "
            "AND NOT EXISTS (SELECT 1 FROM calls c WHERE c.attempt_key = a.attempt_key) UNION ALL "
            "SELECT json_extract(t.value, '$.target') FROM calls, json_each(calls.result_json, '$.transfers') t "
            "WHERE calls.started_at >= ? AND json_extract(t.value, '$.result') = 'followed') GROUP BY target"
        )
        counts = {t: n for t, n in self._db.execute(sql, (utc_iso(since),) * 3)}
        if targets is not None:
            return {t: counts.get(t, 0) for t in targets}
        return counts

    def retests_of(self, call_row_id: int) -> list[StoredCall]:
        sql = f"SELECT {_CALL_COLUMNS} FROM calls WHERE retest_of = ? ORDER BY started_at, id"
        return [_call(r) for r in self._db.execute(sql, (call_row_id,))]

    # -- alerts: line state, alerts sent, excluded calls ---------------------------------

    def line_state(self, number: str) -> dict[str, Any] | None:
        """The stored failure state of a canonical number (see :mod:`robot.campaigns.alerts.state`)."""
        row = self._db.execute("SELECT * FROM line_state WHERE number = ?", (number,)).fetchone()
        if row is None:
            return None
        data = dict(row)
        data["last_calls"], data["down"] = json.loads(data["last_calls"]), bool(data["down"])
        return data

    def save_line_state(self, state: dict[str, Any]) -> None:
        self._db.execute(
            "INSERT INTO line_state (number, client, consecutive, first_failure_at, last_calls, down, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(number) DO UPDATE SET client = excluded.client, "
            "consecutive = excluded.consecutive, first_failure_at = excluded.first_failure_at, "
            "last_calls = excluded.last_calls, down = excluded.down, updated_at = excluded.updated_at",
            (state["number"], state.get("client"), state["consecutive"], state.get("first_failure_at"),
             json.dumps(state.get("last_calls", [])), int(bool(state.get("down"))),
             utc_iso(datetime.now().astimezone())),
        )  # fmt: skip

    def add_alert(self, event: dict[str, Any], campaign: str | None = None, sweep_id: str | None = None) -> int:
        """Record an alert about to be sent; returns its id (delivery noted by :func:`note_delivery`)."""
        cursor = self._db.execute(
            "INSERT INTO alerts_sent (created_at, event, campaign, sweep_id, client, number, payload) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (utc_iso(datetime.now().astimezone()), event["event"], campaign, sweep_id, event.get("client"),
             event.get("number"), json.dumps(event, ensure_ascii=False)),
        )  # fmt: skip
        return int(cursor.lastrowid or 0)

    def alerts(self, *, client: str | None = None, number: str | None = None) -> list[dict[str, Any]]:
        """Alerts sent, oldest first: id, created_at, event, campaign, sweep_id, client, number, payload, delivery."""
        where, args = _filters(client=client)
        if number is not None:
            where.append("number = ?")
            args.append(number)
        sql = "SELECT * FROM alerts_sent" + (" WHERE " + " AND ".join(where) if where else "")
        rows = []
        for row in self._db.execute(sql + " ORDER BY id", args):
            data = dict(row)
            data["payload"], data["delivery"] = json.loads(data["payload"]), json.loads(data["delivery"])
            rows.append(data)
        return rows

    def exclude_call(self, call_row_id: int, reason: str) -> None:
        """Store a call as ``failed`` with ``reason`` (e.g. ``trunk failure``) that no figure, attempt or
        daily cap counts: its attempt key is freed so the same attempt can be dialled again."""
        stored = self.call(call_row_id)
        if stored is None:
            return
        result = stored.result.model_copy(update={"outcome": "failed", "sip_reason": reason})
        result.metrics = {**result.metrics, "excluded": reason, "outcome_seen": stored.outcome}
        self._db.execute("BEGIN IMMEDIATE")
        try:
            key = self._db.execute("SELECT attempt_key FROM calls WHERE id = ?", (call_row_id,)).fetchone()[0]
            new_key = f"{key}:excluded:{call_row_id}" if key else None
            self._db.execute(
                "UPDATE calls SET outcome = 'failed', excluded = ?, attempt_key = ?, result_json = ? WHERE id = ?",
                (reason, new_key, result.model_dump_json(), call_row_id),
            )
            if key:
                self._db.execute("UPDATE attempts SET attempt_key = ? WHERE attempt_key = ?", (new_key, key))
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def excluded_calls(self, sweep_id: str | None = None) -> set[int]:
        """Row ids of the calls stored as excluded (trunk failures)."""
        sql, args = "SELECT id FROM calls WHERE excluded IS NOT NULL", tuple[str, ...]()
        if sweep_id is not None:
            sql, args = sql + " AND sweep_id = ?", (sweep_id,)
        return {int(r[0]) for r in self._db.execute(sql, args)}

    def iter_raw(self) -> Iterator[dict[str, Any]]:
        """Every call's result JSON as a dict (exports, debugging)."""
        for (text,) in self._db.execute("SELECT result_json FROM calls ORDER BY id"):
            yield json.loads(text)


def note_dialog(db_path: str | Path, attempt_key: str, dialog: dict[str, Any]) -> None:
    """:meth:`Store.note_dialog` over a short connection of its own (for the call pool's thread)."""
    db = sqlite3.connect(db_path, timeout=30.0, isolation_level=None)
    try:
        db.execute("PRAGMA synchronous=FULL")
        db.execute(
            "UPDATE attempts SET dialog_json = ? WHERE attempt_key = ? AND call_row IS NULL",
            (json.dumps(dialog), attempt_key),
        )
    finally:
        db.close()


def note_delivery(db_path: str | Path, alert_id: int, channel: str, status: str) -> None:
    """Record one channel's delivery status of an alert over a short connection (the sender's thread)."""
    db = sqlite3.connect(db_path, timeout=30.0, isolation_level=None)
    try:
        db.execute("PRAGMA synchronous=FULL")
        db.execute(
            "UPDATE alerts_sent SET delivery = json_set(delivery, '$.' || json_quote(?), ?) WHERE id = ?",
            (channel, status, alert_id),
        )
    finally:
        db.close()


def _filters(
    *,
    client: str | None = None,
    target: str | None = None,
    sweep: str | None = None,
    since: datetime | None = None,
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    for column, value in (("client", client), ("target", target), ("sweep_id", sweep)):
        if value is not None:
            where.append(f"{column} = ?")
            args.append(value)
    if since is not None:
        where.append("started_at >= ?")
        args.append(utc_iso(since))
    return where, args


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (migrations hold no ';' inside literals)."""
    return [s.strip() for s in script.split(";") if s.strip()]
