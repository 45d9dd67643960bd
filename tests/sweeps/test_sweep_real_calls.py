"""Sweeps with real calls over loopback: the CLI, the call-worker pool, simulated phones, the store.

Four simulated phones: a good office line (``good-en.yaml`` operator), a bad one
(``bad-en.yaml``: "Yes, hello.", nothing more), a plain one for the line behaviours (busy,
never answer, decline, early hangup) and one for silent (dead) lines. A campaign of 21 numbers
over six clients runs through ``python -m robot.cli sweep`` at concurrency 4 with short
limits; the store, the reports, a SIGKILL mid-sweep and a retest are then checked against
what each line must give.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from robot.call.resultview import parse_time
from robot.campaigns.store import Store
from tests.phone_process import PhoneProcess
from tests.process_group import reap_group

pytestmark = [pytest.mark.slow, pytest.mark.calls]

REPO = Path(__file__).resolve().parents[2]
OPERATORS = REPO / "scenarios" / "operators"
SCRIPTS: dict[str, Path | None] = {
    "good": OPERATORS / "good-en.yaml",
    "bad": OPERATORS / "bad-en.yaml",
    "plain": None,  # busy, never, decline, hangup1
    "dead": None,  # silent lines only (see warm_up)
}
CLI_ENV = {**os.environ, "COLUMNS": "220", "NO_COLOR": "1"}


@dataclass(frozen=True)
class Line:
    """One number of the campaign: which phone answers it, as what, and what the sweep must store."""

    client: str
    phone: str  # good | bad | plain | dead
    user: str  # dialed user part: the simulated phone's behaviour (unknown tokens just make it unique)
    outcome: str
    attempts: int = 1  # busy / no_answer are retried up to attempts.max = 2


LINES: tuple[Line, ...] = (
    Line("Acme Tiles", "good", "ring0.5-a1", "answered"),
    Line("Acme Tiles", "good", "ring0.5-a2", "answered"),
    Line("Acme Tiles", "good", "ring0.5-a3", "answered"),
    Line("Bolt Kitchens", "good", "ring0.5-b1", "answered"),
    Line("Bolt Kitchens", "good", "ring0.5-b2", "answered"),
    Line("Bolt Kitchens", "good", "hangup1-b3", "dropped"),
    Line("Bolt Kitchens", "plain", "busy-b4", "busy", 2),
    Line("Cobalt Windows", "plain", "busy-c1", "busy", 2),
    Line("Cobalt Windows", "plain", "busy-c2", "busy", 2),
    Line("Cobalt Windows", "plain", "never-c3", "no_answer", 2),
    Line("Cobalt Windows", "plain", "decline-c4", "rejected"),
    Line("Delta Removals", "plain", "never-d1", "no_answer", 2),
    Line("Delta Removals", "dead", "silent-d2", "dropped"),
    Line("Delta Removals", "dead", "silent-d3", "dropped"),
    Line("Delta Removals", "plain", "decline-d4", "rejected"),
    Line("Echo Furniture", "bad", "ring2-e1", "answered"),
    Line("Echo Furniture", "bad", "ring2-e2", "answered"),
    Line("Foxtrot Salon", "good", "ring0.5-f1", "answered"),
    Line("Foxtrot Salon", "plain", "hangup1-f2", "dropped"),
    Line("Foxtrot Salon", "plain", "never-f3", "no_answer", 2),
    Line("Foxtrot Salon", "bad", "ring2-f4", "answered"),
)
CLIENTS = tuple(dict.fromkeys(line.client for line in LINES))
TOTAL_CALLS = sum(line.attempts for line in LINES)

CONFIG = """\
limits: {max_ring_s: 3, max_call_s: 15, media_timeout_s: 2, stay_s: 1}
recordings_dir: recordings
results_dir: results
store: {path: results/mysterycall.db}
"""

# Listen to the greeting (at most 6 s), hang up. Two phrase checks and two metric checks: the
# good lines answer after 0.5 s with a ten-word greeting, the bad ones after 2 s with two words.
# (1 s of margin either side of the 1.5 s limit, and before max_ring_s, for a loaded machine.)
SCENARIO = """\
name: Greeting check
language: en
max_call_s: 12
steps:
  - id: greeting
    listen: {max_s: 6}
  - hangup
checks:
  - id: greeted
    title: "Greeted the caller"
    phrase: ["hello", "good afternoon", "afternoon"]
  - id: no_website
    title: "Did not send the caller to the website"
    not_phrase: ["website"]
  - id: answered_quickly
    title: "Answered within 1.5 seconds of ringing"
    metric: ring_to_answer_s
    max: 1.5
    weight: 2
  - id: said_enough
    title: "A greeting of at least 5 words"
    metric: callee_words
    min: 5
    weight: 2
"""


# -- helpers --------------------------------------------------------------------------------------


def uri(line: Line, phones: dict[str, PhoneProcess]) -> str:
    return phones[line.phone].uri(line.user)


def start_phones(ports: dict[str, int] | None = None) -> dict[str, PhoneProcess]:
    """The simulated phones, started in parallel (on the given ports, if any)."""
    ports = ports or {}
    with ThreadPoolExecutor(len(SCRIPTS)) as pool:
        futures = {name: pool.submit(PhoneProcess, script, ports.get(name)) for name, script in SCRIPTS.items()}
    return {name: future.result() for name, future in futures.items()}


def warm_up(phones: dict[str, PhoneProcess], config: Path) -> None:
    """One throwaway call to the phone of the silent lines.

    Works around a simulated-phone bug: the first call a phone process answers as ``silent``
    still sends RTP for the whole call (so the robot rightly sees a live line, "answered"),
    and so do silent calls overlapping other calls on the same phone; later, one-at-a-time
    silent calls go quiet within a second. Hence a dedicated phone, warmed up, and one client
    (one line at a time) for the silent numbers.
    """
    done = run_cli("call", phones["dead"].uri("answer-warmup"), "--config", str(config), timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def stop_phones(phones: dict[str, PhoneProcess]) -> None:
    for phone in phones.values():
        phone.stop()


@pytest.fixture
def phones() -> Iterator[dict[str, PhoneProcess]]:
    started = start_phones()
    yield started
    stop_phones(started)


def write_campaign(directory: Path, phones: dict[str, PhoneProcess], name: str = "real-calls") -> Path:
    """config.yaml (short limits, dirs in ``directory``), the scenario and the campaign."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "config.yaml").write_text(CONFIG, encoding="utf-8")
    (directory / "greeting-check.yaml").write_text(SCENARIO, encoding="utf-8")
    lines = [
        f"name: {name}",
        "scenario: greeting-check.yaml",
        "config: config.yaml",
        "concurrency: 4",
        "attempts: {max: 2, retry_after_s: 1, retry_on: [busy, no_answer]}",
        'window: {days: [mon, tue, wed, thu, fri, sat, sun], from: "00:00", to: "24:00", tz: UTC}',
        "targets:",
    ]
    for client in CLIENTS:
        lines.append(f"  - client: {client}")
        lines.append("    numbers:")
        lines += [f'      - "{uri(line, phones)}"' for line in LINES if line.client == client]
    path = directory / "campaign.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def cli(*args: str) -> subprocess.Popen[str]:
    """Start ``python -m robot.cli ARGS`` in its own process group (its workers join that group)."""
    return subprocess.Popen(
        [sys.executable, "-m", "robot.cli", *args],
        cwd=REPO,
        env=CLI_ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def run_cli(*args: str, timeout: float = 170) -> subprocess.CompletedProcess[str]:
    """Run the CLI to the end; fail if it leaves any process of its group behind."""
    proc = cli(*args)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        reap_group(proc.pid, 5)
        pytest.fail(f"mysterycall {' '.join(args)} did not finish in {timeout} s:\n{out}\n{err}")
    leftovers = reap_group(proc.pid)
    assert not leftovers, f"mysterycall {args[0]} left processes behind: {leftovers}"
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def assert_store_matches_lines(
    store: Store, phones: dict[str, PhoneProcess], interrupted: Collection[tuple[str, int]] = ()
) -> None:
    """Exactly the allowed attempts per number (1..N, none twice), each with the line's outcome.

    ``interrupted``: (target, attempt) started when the sweep was killed: stored as ``failed``
    (``interrupted``) and final (the campaign retries busy and no_answer only).
    """
    assert store.integrity_check() == "ok"
    calls = store.calls(retests=False)
    by_target: dict[str, list] = defaultdict(list)
    for call in calls:
        by_target[call.target].append(call)
    assert set(by_target) == {uri(line, phones) for line in LINES}
    wrong, total = [], 0
    for line in LINES:
        target = uri(line, phones)
        got = sorted((c.attempt, c.outcome, c.client, c.result.sip_reason) for c in by_target[target])
        want = [(n, line.outcome, line.client) for n in range(1, line.attempts + 1)]
        cut = [n for t, n in interrupted if t == target]
        if cut:
            want = [*want[: cut[0] - 1], (cut[0], "failed", line.client)]
            if got and got[-1][3] != "interrupted":
                wrong.append(f"{line.user}: attempt {cut[0]} not stored as interrupted: {got}")
        if [g[:3] for g in got] != want:
            wrong.append(f"{line.user}: want {want}, got {got}")
        total += len(want)
    assert not wrong, "\n".join(wrong)
    assert len(calls) == total


def copy_db(source: Path, target: Path) -> None:
    """A consistent copy of an SQLite database (WAL included)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


# -- the sweep over mixed numbers -----------------------------------------------------------------


@dataclass
class Swept:
    directory: Path
    campaign: Path
    db: Path
    phones: dict[str, PhoneProcess]
    output: str


@pytest.fixture(scope="module")
def swept(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Swept]:
    """One real sweep over the 21 numbers, shared by the tests that read its results."""
    directory = tmp_path_factory.mktemp("sweep")
    phones = start_phones()
    try:
        campaign = write_campaign(directory, phones)
        warm_up(phones, directory / "config.yaml")
        db = directory / "sweep.db"
        started = time.monotonic()
        done = run_cli("sweep", str(campaign), "--db", str(db))
        elapsed = time.monotonic() - started
        assert done.returncode == 0, done.stdout + done.stderr
        print(f"sweep of {len(LINES)} numbers, {TOTAL_CALLS} calls: {elapsed:.1f} s")
        yield Swept(directory, campaign, db, phones, done.stdout)
    finally:
        stop_phones(phones)


def test_sweep_stores_the_right_outcomes_per_number(swept: Swept) -> None:
    assert "finished" in swept.output
    with Store(swept.db) as store:
        assert_store_matches_lines(store, swept.phones)
        [sweep] = store.sweeps()
        assert sweep.status == "done" and sweep.campaign == "real-calls"
        calls = store.calls()
        assert Counter(c.outcome for c in calls) == _outcome_counts(LINES)
        for call in calls:  # a retry comes retry_after_s (1 s) after the attempt before it ended
            if call.attempt > 1:
                [previous] = [c for c in calls if c.target == call.target and c.attempt == call.attempt - 1]
                assert (parse_time(call.started_at) - previous.ended).total_seconds() >= 0.9, call.target
        answered = [c for c in calls if c.outcome == "answered"]
        for call in answered:
            assert call.score_percent is not None, call.target
            assert call.recording and Path(call.recording).is_file()
            assert call.result.transcript, call.target
        bad_phone = f"@127.0.0.1:{swept.phones['bad'].port}"
        good = [c.score_percent for c in answered if not c.target.endswith(bad_phone)]
        bad = [c.score_percent for c in answered if c.target.endswith(bad_phone)]
        assert len(good) == 6 and len(bad) == 3
        assert min(good) > max(bad), (good, bad)  # type: ignore[type-var]
        for call in answered:
            failed = {c["id"] for c in call.result.checks if c.get("passed") is False}
            if call.target.endswith(bad_phone):
                assert {"answered_quickly", "said_enough"} <= failed, call.target
            else:
                assert not {"answered_quickly", "said_enough"} & failed, call.target


def _outcome_counts(lines: tuple[Line, ...]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for line in lines:
        counts[line.outcome] += line.attempts
    return counts


def _client_outcomes(client: str) -> Counter[str]:
    return _outcome_counts(tuple(line for line in LINES if line.client == client))


def test_reports_have_the_right_counts(swept: Swept) -> None:
    out = swept.directory / "reports"
    for fmt in ("json", "csv", "html"):
        done = run_cli("report", "--format", fmt, "-o", str(out / f"report.{fmt}"), "--db", str(swept.db))
        assert done.returncode == 0, done.stderr

    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    rows = {row["client"]: row for row in report["clients"]}
    assert set(rows) == set(CLIENTS)
    for client in CLIENTS:
        row, expected = rows[client], _client_outcomes(client)
        assert row["calls"] == sum(expected.values()), client
        assert {k: v for k, v in row["outcomes"].items() if v} == dict(expected), client
        assert row["answer_rate"] == pytest.approx(expected["answered"] / sum(expected.values()), abs=1e-3)
        assert len(row["numbers"]) == sum(1 for line in LINES if line.client == client)
    assert rows["Acme Tiles"]["ring_to_answer_s"]["mean"] == pytest.approx(0.5, abs=0.5)
    assert rows["Echo Furniture"]["score_percent_mean"] < rows["Acme Tiles"]["score_percent_mean"]
    assert rows["Echo Furniture"]["failed_checks"]["said_enough"] == 2
    assert rows["Cobalt Windows"]["ring_to_answer_s"] == {"mean": None, "p90": None}

    with (out / "report.csv").open(encoding="utf-8-sig", newline="") as handle:
        csv_rows = list(csv.DictReader(handle))
    assert len(csv_rows) == TOTAL_CALLS
    assert Counter(r["outcome"] for r in csv_rows) == _outcome_counts(LINES)
    assert Counter(r["client"] for r in csv_rows) == {c: sum(_client_outcomes(c).values()) for c in CLIENTS}
    assert all(r["score_percent"] for r in csv_rows if r["outcome"] == "answered")

    page = (out / "report.html").read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html")
    for client in CLIENTS:
        assert client in page


def test_retest_of_a_client_redials_and_compares(swept: Swept, tmp_path: Path) -> None:
    """The bad office "fixes" its line (its phone now runs the good operator); a retest shows it."""
    db = tmp_path / "retest.db"
    copy_db(swept.db, db)  # the other tests keep reading the sweep's own results
    port = swept.phones["bad"].port
    swept.phones["bad"].stop()
    swept.phones["bad"] = PhoneProcess(SCRIPTS["good"], port)
    echo = [line for line in LINES if line.client == "Echo Furniture"]

    done = run_cli("retest", "--client", "Echo Furniture", "--db", str(db), timeout=90)
    assert done.returncode == 0, done.stdout + done.stderr  # 1 would mean a number got worse
    assert "before → after" in done.stdout
    for line in echo:
        assert uri(line, swept.phones) in done.stdout
    assert "answered → answered" in done.stdout

    with Store(db) as store:
        assert store.integrity_check() == "ok"
        retests = store.calls(retests=True)
        assert {c.target for c in retests} == {uri(line, swept.phones) for line in echo}
        assert len(retests) == len(echo)
        for after in retests:
            before = store.call(after.retest_of)  # type: ignore[arg-type]
            assert before is not None and before.sweep_id is not None and before.retest_of is None
            assert (before.client, before.target) == (after.client, after.target) == ("Echo Furniture", after.target)
            assert store.retests_of(before.id) == [after]
            assert after.sweep_id is None and after.outcome == "answered"
            assert after.scenario == before.scenario
            assert after.score_percent > before.score_percent  # type: ignore[operator]
            assert after.failed_checks <= before.failed_checks
            assert f"{before.score_percent:.1f}% → {after.score_percent:.1f}%" in done.stdout  # the comparison
        assert len(store.calls(retests=False)) == TOTAL_CALLS  # the sweep's results are untouched


# -- SIGKILL mid-sweep, then resume ---------------------------------------------------------------


def finished_calls(db: Path) -> dict[int, tuple[str, str, int]]:
    """Row id -> (call id, target, attempt) of the calls committed so far ({} before the DB exists)."""
    if not db.exists():
        return {}
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            rows = conn.execute("SELECT id, call_id, target, attempt FROM calls").fetchall()
        conn.close()
    except sqlite3.OperationalError:  # not created or migrated yet
        return {}
    return {row[0]: (row[1], row[2], row[3]) for row in rows}


def open_attempts(db: Path) -> set[tuple[str, int]]:
    """(target, attempt) written ahead (started) and without a result."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
        rows = conn.execute("SELECT target, attempt FROM attempts WHERE call_row IS NULL").fetchall()
    conn.close()
    return {(row[0], row[1]) for row in rows}


def invites(phone: PhoneProcess, into: Counter[str]) -> None:
    """Count the INVITEs the phone reported so far (``call_received``), per dialled URI (warm-ups aside)."""
    while True:
        try:
            event = phone.lines.get_nowait()
        except Exception:  # noqa: BLE001 - queue.Empty
            return
        if event.get("event") == "call_received" and event.get("user") != "answer-warmup":
            into[phone.uri(event["user"])] += 1


def test_sigkill_mid_sweep_then_rerun_keeps_attempts_exact(phones: dict[str, PhoneProcess], tmp_path: Path) -> None:
    campaign = write_campaign(tmp_path, phones, name="killed-sweep")
    warm_up(phones, tmp_path / "config.yaml")
    db = tmp_path / "killed.db"
    args = ("sweep", str(campaign), "--db", str(db))
    dialled: Counter[str] = Counter()  # INVITEs received by the phones, per number, over both runs
    for phone in phones.values():
        invites(phone, Counter())  # the warm-up

    first = cli(*args)
    try:
        deadline = time.monotonic() + 120
        while len(finished_calls(db)) < 3 and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert first.poll() is None, "the sweep ended before it could be killed"
        assert len(finished_calls(db)) >= 3, "no 3 finished calls within 120 s"
    finally:
        os.killpg(first.pid, signal.SIGKILL)  # the sweep and its call workers, at once
        first.communicate()
        leftovers = reap_group(first.pid)
    assert first.returncode == -signal.SIGKILL
    assert not leftovers, f"processes of the killed sweep survived SIGKILL: {leftovers}"

    with Store(db) as store:
        assert store.integrity_check() == "ok"
    kept = finished_calls(db)
    assert 3 <= len(kept) < TOTAL_CALLS
    in_flight = open_attempts(db)  # written ahead before their INVITEs could leave
    assert 1 <= len(in_flight) <= 4, in_flight

    # The killed robot never hung up its calls in flight; the simulated phone has no media
    # time-out for incoming calls (a real exchange drops them, and session timers would), so
    # those calls would hold its 4 call slots for minutes. Restart the phones on the same
    # numbers to free them (the resume's BYEs for the reported dialogs then get 481).
    time.sleep(1)
    ports = {name: phone.port for name, phone in phones.items()}
    stop_phones(phones)
    for phone in phones.values():
        phone._reader.join(timeout=5)  # every line the stopped phone printed is queued
        invites(phone, dialled)
    phones.update(start_phones(ports))
    warm_up(phones, tmp_path / "config.yaml")
    for phone in phones.values():
        invites(phone, Counter())

    second = run_cli(*args)
    assert second.returncode == 0, second.stdout + second.stderr
    assert f"{len(in_flight)} attempts had started without a result" in second.stdout
    time.sleep(1)
    for phone in phones.values():
        invites(phone, dialled)
    final = finished_calls(db)
    for row_id, call in kept.items():  # no finished result lost or changed
        assert final.get(row_id) == call
    redialed = Counter((target, attempt) for _, target, attempt in final.values())
    assert all(n == 1 for n in redialed.values()), [k for k, n in redialed.items() if n > 1]
    with Store(db) as store:
        assert_store_matches_lines(store, phones, in_flight)
        [sweep] = store.sweeps()
        assert sweep.status == "done"
        assert store.open_attempts() == []
    # No number dialled twice by surprise: every INVITE the phones got is one stored attempt;
    # an interrupted attempt may have been killed before its INVITE left.
    stored = Counter(target for _, target, _ in final.values())
    surprise = {t: (dialled[t], stored[t]) for t in stored if dialled[t] > stored[t]}
    assert not surprise, f"dialled more often than attempts stored: {surprise}"
    short = {t: (dialled[t], stored[t]) for t in stored if dialled[t] < stored[t]}
    assert set(short) <= {t for t, _ in in_flight} and all(s - d == 1 for d, s in short.values()), short
    print(
        f"sweep SIGKILLed with {len(in_flight)} attempts in flight: INVITEs at the phones {sum(dialled.values())}, "
        f"attempts stored {sum(stored.values())}, interrupted {len(in_flight)}, dialled twice 0"
    )
