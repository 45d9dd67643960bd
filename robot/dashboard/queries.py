"""Read-only SQL over the results store: pages of calls, one call, sweeps and per-client trends.

The store is opened with a ``file:...?mode=ro`` URI, one connection per request (the server
is threaded), and never written. Lists select the indexed columns and page on the
``started_at`` index (ids first, then the 50 rows); only the page's rows read the result JSON.
Counts are exact unless a filter reads the JSON: then they stop :data:`COUNT_AHEAD` calls past the page.
The overview's aggregates (one scan of the calls) are kept until a new call is stored.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from robot.campaigns.store import MIGRATIONS
from robot.dashboard.filters import ANSWERED_BY_SQL, NEEDS_REVIEW_SQL, PAGE_SIZE, CallFilters
from robot.errors import InputError

COUNT_AHEAD = 10 * PAGE_SIZE  # a filter on the JSON counts this far past the page, no further
TREND_SWEEPS = 60  # sweeps per client trend chart (the latest)
RECENT_SWEEPS = 50  # sweeps listed on the overview
CONNECTED = ("answered", "dropped")
_LIST_COLUMNS = (
    "id, call_id, sweep_id, client, target, scenario, attempt, retest_of, outcome, sip_status, started_at, "
    f"total_s, ring_to_answer_s, score_percent, failed_checks, recording, {ANSWERED_BY_SQL} AS answered_by, "
    f"{NEEDS_REVIEW_SQL} AS needs_review"
)


def connect(db: Path) -> sqlite3.Connection:
    """A read-only connection (``mode=ro``: SQLite refuses every write)."""
    uri = "file:" + quote(str(Path(db).resolve())) + "?mode=ro"
    con = sqlite3.connect(uri, uri=True, timeout=10.0, check_same_thread=False)
    con.row_factory = sqlite3.Row
    return con


def check_store(db: Path) -> None:
    """Refuse (:class:`InputError`) a path that is not a results store this program can read."""
    if not Path(db).is_file():
        raise InputError(f"no results database at {db}")
    try:
        with _closing(connect(db)) as con:
            version = int(con.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        raise InputError(f"{db}: cannot read the results store ({exc})") from None
    if version == 0 or not {"sweeps", "calls"} <= tables:
        raise InputError(f"{db}: not a mysterycall results store")
    if version > len(MIGRATIONS):
        raise InputError(f"{db}: database schema version {version} is newer than this program; upgrade mysterycall")


@contextmanager
def _closing(con: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    try:
        yield con
    finally:
        con.close()


@dataclass(frozen=True)
class CallPage:
    rows: list[dict[str, Any]]
    page: int
    total: int  # exact, or a lower bound when ``capped``
    capped: bool
    has_next: bool

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))


def call_page(con: sqlite3.Connection, filters: CallFilters, with_results: bool = False) -> CallPage:
    """The filtered calls, newest first, one page; ``with_results`` adds each stored result (``result``)."""
    where, args = filters.where()
    ids_sql = f"SELECT id FROM calls{where} ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?"
    columns = _LIST_COLUMNS + (", result_json" if with_results else "")
    sql = f"SELECT {columns} FROM calls WHERE id IN ({ids_sql}) ORDER BY started_at DESC, id DESC"
    found = [dict(r) for r in con.execute(sql, [*args, PAGE_SIZE + 1, filters.offset])]
    has_next = len(found) > PAGE_SIZE
    rows = found[:PAGE_SIZE]
    for row in rows:
        if with_results:
            row["result"] = json.loads(row.pop("result_json"))
        row["needs_review"] = None if row["needs_review"] is None else bool(row["needs_review"])
    if not has_next and (rows or filters.page == 1):
        total, capped = filters.offset + len(rows), False  # the page query saw the last match: no second scan
    elif filters.reads_json:
        cap = filters.offset + COUNT_AHEAD + 1
        total = con.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM calls{where} LIMIT ?)", [*args, cap]).fetchone()[0]
        total, capped = min(total, cap - 1), total >= cap
    else:
        total, capped = con.execute(f"SELECT COUNT(*) FROM calls{where}", args).fetchone()[0], False
        total = max(total, filters.offset + len(rows))
    return CallPage(rows=rows, page=filters.page, total=total, capped=capped, has_next=has_next)


def find_call(con: sqlite3.Connection, call_id: str) -> dict[str, Any] | None:
    """The stored call with this result ``call_id`` (the latest if stored twice), with its ``result``."""
    row = con.execute(
        f"SELECT {_LIST_COLUMNS}, result_json FROM calls WHERE call_id = ? ORDER BY id DESC LIMIT 1", (call_id,)
    ).fetchone()
    return _with_result(row)


def call_by_row(con: sqlite3.Connection, row_id: int) -> dict[str, Any] | None:
    row = con.execute(f"SELECT {_LIST_COLUMNS}, result_json FROM calls WHERE id = ?", (row_id,)).fetchone()
    return _with_result(row)


def retests_of(con: sqlite3.Connection, row_id: int) -> list[dict[str, Any]]:
    """Retests of a stored call (index ``calls_retest``), oldest first."""
    sql = f"SELECT {_LIST_COLUMNS}, result_json FROM calls WHERE retest_of = ? ORDER BY started_at, id LIMIT 20"
    return [r for r in (_with_result(row) for row in con.execute(sql, (row_id,))) if r is not None]


def recording_of(con: sqlite3.Connection, call_id: str) -> str | None:
    """The stored recording path of a call, or None."""
    row = con.execute("SELECT recording FROM calls WHERE call_id = ? ORDER BY id DESC LIMIT 1", (call_id,)).fetchone()
    return str(row[0]) if row is not None and row[0] else None


def _with_result(row: sqlite3.Row | None) -> dict[str, Any] | None:
    if row is None:
        return None
    data = dict(row)
    data["result"] = json.loads(data.pop("result_json"))
    return data


def clients(con: sqlite3.Connection) -> list[str]:
    """Every client name (from the ``calls_client`` index)."""
    return [r[0] for r in con.execute("SELECT DISTINCT client FROM calls WHERE client IS NOT NULL ORDER BY client")]


@dataclass
class Overview:
    """Sweeps and clients with their figures; ``trends`` per client: one point per sweep, oldest first."""

    sweeps: list[dict[str, Any]]
    sweep_count: int
    clients: list[dict[str, Any]]
    trends: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


class OverviewCache:
    """The overview's aggregates, recomputed only when the store has a new call or sweep."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple[Any, ...] | None = None
        self._value: Overview | None = None

    def get(self, con: sqlite3.Connection) -> Overview:
        key = (
            con.execute("SELECT MAX(id) FROM calls").fetchone()[0],
            *con.execute("SELECT COUNT(*), MAX(started_at), group_concat(status) FROM sweeps").fetchone(),
        )
        with self._lock:
            if self._key != key or self._value is None:
                self._value, self._key = overview(con), key
            return self._value


def overview(con: sqlite3.Connection) -> Overview:
    """Per sweep and per client: calls, answered calls, mean score of connected calls (one scan)."""
    connected = ", ".join(f"'{o}'" for o in CONNECTED)
    groups = con.execute(
        "SELECT client, sweep_id, COUNT(*) AS calls, SUM(outcome = 'answered') AS answered, "
        f"AVG(CASE WHEN outcome IN ({connected}) THEN score_percent END) AS score, "
        f"COUNT(CASE WHEN outcome IN ({connected}) THEN score_percent END) AS scored, "
        "SUM(retest_of IS NOT NULL) AS retests, MAX(started_at) AS last_call "
        "FROM calls GROUP BY client, sweep_id"
    ).fetchall()
    sweeps = {r["id"]: dict(r) for r in con.execute("SELECT * FROM sweeps ORDER BY started_at, id")}
    order = {sweep_id: i for i, sweep_id in enumerate(sweeps)}
    per_sweep: dict[str, _Sums] = {}
    per_client: dict[str, _Sums] = {}
    trends: dict[str, list[dict[str, Any]]] = {}
    for g in groups:
        client = g["client"] or ""
        per_client.setdefault(client, _Sums()).add(g)
        if g["sweep_id"] is not None:
            per_sweep.setdefault(g["sweep_id"], _Sums()).add(g)
            sweep = sweeps.get(g["sweep_id"])
            point = _Sums()
            point.add(g)
            trends.setdefault(client, []).append(
                {"sweep": g["sweep_id"], "started_at": sweep["started_at"] if sweep else "", **point.figures()}
            )
    for points in trends.values():
        points.sort(key=lambda p: (order.get(p["sweep"], len(order)), p["started_at"]))
        del points[:-TREND_SWEEPS]
    sweep_rows = [{**s, **per_sweep.get(sweep_id, _Sums()).figures()} for sweep_id, s in sweeps.items()]
    client_rows = [{"client": c, **sums.figures()} for c, sums in sorted(per_client.items())]
    return Overview(
        sweeps=list(reversed(sweep_rows))[:RECENT_SWEEPS], sweep_count=len(sweep_rows), clients=client_rows,
        trends=trends,
    )  # fmt: skip


@dataclass
class _Sums:
    calls: int = 0
    answered: int = 0
    retests: int = 0
    score_sum: float = 0.0
    scored: int = 0
    last_call: str = ""

    def add(self, g: sqlite3.Row) -> None:
        self.calls += g["calls"]
        self.answered += g["answered"] or 0
        self.retests += g["retests"] or 0
        if g["scored"]:
            self.score_sum += g["score"] * g["scored"]
            self.scored += g["scored"]
        self.last_call = max(self.last_call, g["last_call"] or "")

    def figures(self) -> dict[str, Any]:
        return {
            "calls": self.calls,
            "answered": self.answered,
            "answer_rate": self.answered / self.calls if self.calls else None,
            "score_mean": self.score_sum / self.scored if self.scored else None,
            "retests": self.retests,
            "last_call": self.last_call,
        }
