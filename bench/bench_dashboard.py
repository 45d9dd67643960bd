"""Dashboard responsiveness: the slowest page over a results store of 100,000 calls.

Builds a store (the real schema via :class:`~robot.campaigns.store.Store`, then synthetic rows
inserted directly in one transaction: 50 clients x 5 numbers, 400 nightly sweeps, retests,
realistic result JSON with transcript, checks with evidence, events, ``answered_by`` and
``score.needs_review``), then requests every page kind with typical filters through the real
WSGI server (werkzeug, threaded) over loopback and prints each page's time and the slowest.

    python bench/bench_dashboard.py [--calls 100000] [--db PATH] [--repeat 3]

``--db`` keeps (or reuses) the store at PATH; otherwise it is built in a temporary folder.
Each page is requested ``--repeat`` times; the first request (cold) and the best are shown.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from robot.campaigns.store import Store  # noqa: E402

CLIENTS = 50
NUMBERS_PER_CLIENT = 5
OUTCOME_WEIGHTS = {
    "answered": 62, "busy": 9, "no_answer": 14, "dropped": 5, "unreachable": 5, "rejected": 2,
    "invalid_number": 1, "failed": 2,
}  # fmt: skip
CHECKS = (
    ("greeting", "Greets the caller"),
    ("company_name", "Names the company"),
    ("introduced_self", "Introduces themself"),
    ("answered_product", "Answers about the product"),
    ("named_price", "Names a price"),
    ("offered_next_step", "Offers a next step"),
    ("polite_closing", "Closes politely"),
    ("no_long_silence", "No long silence"),
)
LINES = (
    ("callee", "Good afternoon, Acme Tiles, Kate speaking"),
    ("robot", "Hello, I am Alex, I would like to ask about floor tiles"),
    ("callee", "Sure, which tiles are you interested in"),
    ("robot", "How much is the grey porcelain tile per square metre"),
    ("callee", "It is twenty five pounds per square metre, we have it in stock"),
    ("robot", "Can I come and see it tomorrow"),
    ("callee", "Of course, we are open from nine, shall I book you in"),
    ("robot", "Thank you, goodbye"),
    ("callee", "Thank you for calling, goodbye"),
)


def _result(call_id: str, target: str, started: datetime, outcome: str, rng: random.Random) -> dict[str, Any]:
    connected = outcome in ("answered", "dropped")
    ring = round(rng.uniform(1, 12), 3) if connected else None
    talk = round(rng.uniform(20, 60), 3) if connected else None
    total = round((ring or rng.uniform(2, 30)) + (talk or 0) + 0.4, 3)
    events: list[dict[str, Any]] = [
        {"t_s": 0.0, "event": "invite_sent", "detail": {"uri": target}},
        {"t_s": 0.01, "event": "provisional", "detail": {"code": 100, "reason": "Trying"}},
        {"t_s": 0.4, "event": "provisional", "detail": {"code": 180, "reason": "Ringing"}},
    ]
    transcript: list[dict[str, Any]] = []
    checks: list[dict[str, Any]] = []
    score = None
    if connected and ring is not None:
        events += [
            {"t_s": ring + 0.4, "event": "media_started", "detail": {"index": 0}},
            {"t_s": ring + 0.4, "event": "answered", "detail": {"code": 200, "reason": "OK"}},
            {"t_s": total, "event": "bye_sent", "detail": {}},
            {"t_s": total, "event": "disconnected", "detail": {"code": 200, "reason": "OK"}},
        ]
        t = 0.5
        for speaker, text in LINES:
            length = 0.08 * len(text)
            transcript.append({"speaker": speaker, "start_s": round(t, 2), "end_s": round(t + length, 2), "text": text})
            t += length + 0.6
        points = 0
        for check_id, title in CHECKS:
            passed = rng.random() < 0.8
            turn = transcript[rng.randrange(0, len(transcript), 2)]
            evidence = {"text": turn["text"][:40], "start_s": turn["start_s"], "speaker": "callee"}
            checks.append({"id": check_id, "title": title, "passed": passed, "points": int(passed), "weight": 1,
                           "evidence": evidence, "confidence": round(rng.uniform(0.3, 1), 2)})  # fmt: skip
            points += int(passed)
        review = [c["id"] for c in checks if c["confidence"] < 0.4]
        score = {"points": points, "max_points": len(CHECKS), "percent": round(100 * points / len(CHECKS), 1),
                 "passed": points >= 6, "needs_review": bool(review), "review": review}  # fmt: skip
    else:
        code = {"busy": 486, "rejected": 603, "invalid_number": 404, "unreachable": 503, "failed": 488}.get(outcome)
        events.append({"t_s": total, "event": "final_response", "detail": {"code": code or 487, "reason": ""}})
    return {
        "call_id": call_id, "target": target, "scenario": "scenarios/sales-en.yaml", "scenario_name": "Inbound sales",
        "started_at": started.isoformat(), "outcome": outcome, "sip_status": 200 if connected else 486,
        "sip_reason": "OK", "hangup_by": "robot" if connected else None,
        "timings": {"post_dial_delay_s": 0.4, "ring_to_answer_s": ring, "answer_s": ring and ring + 0.4,
                    "talk_s": talk, "total_s": total},
        "events": events, "recording": f"/var/lib/mysterycall/recordings/{call_id}.wav" if connected else None,
        "transcript": transcript, "checks": checks, "score": score, "uri": target,
        "media": {"codec": "PCMU", "rx_packets": 2500, "rx_loss": 0, "rx_jitter_ms_mean": 0.4},
        "asr": {"engine": "vosk", "model": "vosk-model-small-en-us-0.15", "language": "en", "fallback": False,
                "warning": None} if connected else None,
        "answered_by": rng.choice(("human", "human", "human", "voicemail", "ivr")) if connected else None,
        "metrics": {}, "transfers": [],
    }  # fmt: skip


def _compact(result: dict[str, Any]) -> str:
    """JSON as the store writes it (pydantic's ``model_dump_json``: no spaces)."""
    return json.dumps(result, separators=(",", ":"), ensure_ascii=False)


def build_store(path: Path, calls: int = 100_000, seed: int = 1) -> Path:
    """A store with ``calls`` synthetic calls (the real schema; rows inserted in one transaction)."""
    Store(path).close()  # creates the schema through the real migrations
    rng = random.Random(seed)
    targets = [(f"Client {c:02d}", f"+7495{c:03d}{n:04d}") for c in range(CLIENTS) for n in range(NUMBERS_PER_CLIENT)]
    sweeps = max(1, calls // len(targets))
    outcomes, weights = list(OUTCOME_WEIGHTS), list(OUTCOME_WEIGHTS.values())
    start = datetime(2025, 1, 1, 23, 0, tzinfo=UTC)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN")
    rows: list[tuple[Any, ...]] = []
    row_id = 0
    for s in range(sweeps):
        day = start + timedelta(days=s)
        sweep_id = f"nightly-{day:%Y-%m-%d}-abcdef"
        db.execute(
            "INSERT INTO sweeps (id, campaign, campaign_hash, calling_day, started_at, ended_at, status) "
            "VALUES (?, 'nightly', 'abcdef', ?, ?, ?, 'done')",
            (sweep_id, f"{day:%Y-%m-%d}", day.isoformat(timespec="microseconds"),
             (day + timedelta(hours=2)).isoformat(timespec="microseconds")),
        )  # fmt: skip
        for i, (client, target) in enumerate(targets):
            if row_id >= calls:
                break
            row_id += 1
            started = day + timedelta(seconds=20 * i + rng.random())
            call_id = f"{started:%Y%m%dT%H%M%S}-{row_id:06x}"
            outcome = rng.choices(outcomes, weights)[0]
            retest_of = row_id - len(targets) if s and i % 50 == 7 else None  # a few retests
            result = _result(call_id, target, started, outcome, rng)
            score = result["score"]["percent"] if result["score"] else None
            failed = sum(1 for c in result["checks"] if c["passed"] is False)
            rows.append((row_id, call_id, f"job-{row_id}", sweep_id, client, target, "scenarios/sales-en.yaml", 1,
                         retest_of, outcome, result["sip_status"], started.isoformat(timespec="microseconds"),
                         (started + timedelta(seconds=result["timings"]["total_s"])).isoformat(timespec="microseconds"),
                         result["timings"]["ring_to_answer_s"], result["timings"]["total_s"], score, failed,
                         result["recording"], started.isoformat(), None, _compact(result),
                         f"job-{row_id}"))  # fmt: skip
    db.executemany(
        "INSERT INTO calls (id, call_id, job_id, sweep_id, client, target, scenario, attempt, retest_of, outcome, "
        "sip_status, started_at, ended_at, ring_to_answer_s, total_s, score_percent, failed_checks, recording, "
        "stored_at, job_json, result_json, attempt_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?)",
        rows,
    )
    db.execute("COMMIT")
    db.execute("ANALYZE")  # what sqlite would learn over time (PRAGMA optimize)
    db.close()
    return path


def _pages(db: Path) -> list[tuple[str, str]]:
    """(label, path) of every page kind with typical filters."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    mid_call = con.execute("SELECT call_id FROM calls WHERE outcome = 'answered' ORDER BY id LIMIT 1 OFFSET ?",
                           (con.execute("SELECT COUNT(*) FROM calls").fetchone()[0] // 2,)).fetchone()[0]  # fmt: skip
    retest = con.execute("SELECT call_id FROM calls WHERE retest_of IS NOT NULL ORDER BY id DESC LIMIT 1").fetchone()
    sweep = con.execute("SELECT id FROM sweeps ORDER BY started_at DESC LIMIT 1 OFFSET 10").fetchone()[0]
    con.close()
    pages = [
        ("overview /", "/"),
        ("calls, no filter", "/calls"),
        ("calls, page 500", "/calls?page=500"),
        ("calls, client", "/calls?client=Client+07"),
        ("calls, number", "/calls?number=%2B74950070003"),
        ("calls, outcome busy", "/calls?outcome=busy"),
        ("calls, since/until 1 week", "/calls?since=2025-06-01&until=2025-06-07"),
        ("calls, score 0-50", "/calls?score_max=50"),
        ("calls, failed check", "/calls?failed_check=named_price"),
        ("calls, needs review", "/calls?needs_review=yes"),
        ("calls, answered by voicemail", "/calls?answered_by=voicemail"),
        ("calls, sweep", f"/calls?sweep={sweep}"),
        ("calls, client+outcome+score", "/calls?client=Client+07&outcome=answered&score_max=75"),
        ("calls, outcome answered", "/calls?outcome=answered&page=20"),
        ("worst: failed check nobody failed (full scan)", "/calls?failed_check=no_such_check"),
        ("worst: answered by, no match (full scan)", "/calls?answered_by=fax"),
        ("call page", f"/calls/{mid_call}"),
        ("api calls", "/api/calls?client=Client+07"),
        ("api call", f"/api/calls/{mid_call}"),
        ("worst: unknown call id (full scan)", "/calls/20990101T000000-ffffff"),
    ]
    if retest:
        pages.append(("call page, retest", f"/calls/{retest[0]}"))
    return pages


def run(db: Path, repeat: int) -> list[tuple[str, float, float]]:
    from robot.dashboard.server import build_server

    server = build_server(db, db.parent, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.port}"
    timings = []
    try:
        for label, path in _pages(db):
            times = []
            for _ in range(repeat):
                began = time.perf_counter()
                try:
                    with urllib.request.urlopen(base + path) as response:
                        response.read()
                        status = response.status
                except urllib.error.HTTPError as exc:
                    status = exc.code
                times.append((time.perf_counter() - began) * 1000)
                assert status == (404 if "unknown" in label else 200), (path, status)
            timings.append((label, times[0], min(times)))
    finally:
        server.shutdown()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        if not db.exists():
            began = time.perf_counter()
            build_store(db, args.calls)
            print(
                f"built {args.calls:,} calls in {time.perf_counter() - began:.1f} s ({db.stat().st_size / 1e6:.0f} MB)"
            )
        timings = run(db, args.repeat)
    print(f"| page | first ms | best of {args.repeat} ms |")
    print("|---|---:|---:|")
    for label, first, best in timings:
        print(f"| {label} | {first:.1f} | {best:.1f} |")
    slowest = max(timings, key=lambda t: t[1])
    print(f"slowest page: {slowest[0]}: {slowest[1]:.1f} ms (first request), "
          f"{max(t[2] for t in timings):.1f} ms (slowest best-of-{args.repeat})")  # fmt: skip


if __name__ == "__main__":
    main()
