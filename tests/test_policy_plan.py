"""The dialling policy in campaigns and sweeps: caps keyed on the canonical destination,
blocked targets in the plan and the dry run, campaign ``policy:``, and the calls-per-second
limit (a pure rate limiter, then the sweep with a fake clock and pool)."""

from __future__ import annotations

import concurrent.futures as cf
import io
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from rich.console import Console

from robot.call.result import CallResult
from robot.campaigns.campaign import load_campaign, validate_campaign
from robot.campaigns.job import CallJob
from robot.campaigns.plan import RateLimiter, count_by_key, dry_run, plan_step
from robot.campaigns.store import Store
from robot.campaigns.sweep import run_sweep

T0 = datetime(2024, 6, 3, 9, 0, tzinfo=UTC)  # a Monday
SPELLINGS = [
    "+74951234567",
    "8 (495) 123-45-67",
    "8-495-123-45-67",
    "74951234567",
    "+7 495 123 45 67",
    "(495) 123-45-67",
    "8 495 1234567",
    "+7(495)1234567",
]


class FakeClock:
    """Time moves only when the runner waits: 0.25 s per wait on calls, jumps when idle."""

    def __init__(self, start: datetime):
        self.t = start

    def now(self) -> datetime:
        return self.t

    def wait(self, futures: object, until: datetime | None) -> set[cf.Future]:
        done = {f for f in futures if f.done()}  # type: ignore[attr-defined]
        if done:
            self.t += timedelta(seconds=0.25)
            return done
        if until is not None:
            self.t = max(self.t, until)
        return set()


class AnswerPool:
    """Every call answered at once; records the jobs and when they were submitted."""

    def __init__(self, clock: FakeClock, capacity: int = 8):
        self.clock = clock
        self.capacity = capacity
        self.submitted: list[CallJob] = []
        self.times: list[datetime] = []

    def __enter__(self) -> AnswerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def submit(self, job: CallJob) -> cf.Future[CallResult]:
        self.submitted.append(job)
        self.times.append(self.clock.now())
        future: cf.Future[CallResult] = cf.Future()
        started = self.clock.now().isoformat()
        future.set_result(CallResult(call_id=job.job_id, target=job.target, started_at=started, outcome="answered"))
        return future


def quiet() -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, width=200), buffer


def write(folder: Path, text: str, name: str = "campaign.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.yaml").write_text("dial_plan: {region: RU}\n", encoding="utf-8")
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def eight_clients(daily_cap: int | None = 1) -> str:
    lines = ["name: spellings", "concurrency: 8", "config: config.yaml", "window: {tz: UTC}"]
    if daily_cap is not None:
        lines.append(f"daily_cap: {daily_cap}")
    lines.append("targets:")
    for n, spelling in enumerate(SPELLINGS):
        lines += [f"  - client: client-{n}", f'    numbers: ["{spelling}"]']
    return "\n".join(lines) + "\n"


def test_eight_spellings_across_eight_clients_with_daily_cap_1_plan_one_call(tmp_path: Path) -> None:
    loaded = load_campaign(write(tmp_path, eight_clients()))
    assert {t.cap_key for t in loaded.targets} == {"+74951234567"}
    step = plan_step(loaded, {}, (), {}, T0)
    assert len(step.start) == 1
    assert len(dry_run(loaded, T0, {})) == 1


def test_eight_spellings_are_one_number_at_a_time_even_without_a_cap(tmp_path: Path) -> None:
    loaded = load_campaign(write(tmp_path, eight_clients(daily_cap=None)))
    step = plan_step(loaded, {}, (), {}, T0)
    assert len(step.start) == 1  # never two calls to one number at once


def test_config_daily_cap_per_number_is_the_default_cap(tmp_path: Path) -> None:
    path = write(tmp_path, eight_clients(daily_cap=None))
    (tmp_path / "config.yaml").write_text("limits: {daily_cap_per_number: 3}\n", encoding="utf-8")
    loaded = load_campaign(path)
    assert {t.daily_cap for t in loaded.targets} == {3}
    assert len(dry_run(loaded, T0, {})) == 3
    assert dry_run(loaded, T0, {"+74951234567": 3}) == []


def test_calls_stored_under_another_spelling_count_against_the_cap(tmp_path: Path) -> None:
    loaded = load_campaign(write(tmp_path, eight_clients(daily_cap=2)))
    stored = {"8 (495) 123-45-67": 1, "sip:+74951234567@trunk.example.com": 1, "sip:x@h": 4}
    today = count_by_key(stored, loaded.cap_key)
    assert today["+74951234567"] == 2
    step = plan_step(loaded, {}, (), today, T0)
    assert step.start == [] and step.counts == {"capped": 8}


def test_sweep_dials_one_spelling_once_and_caps_the_rest(tmp_path: Path) -> None:
    path, db = write(tmp_path, eight_clients()), tmp_path / "r.db"
    clock = FakeClock(T0)
    pool = AnswerPool(clock)
    summary = run_sweep(path, db, lambda n: pool, console=quiet()[0], clock=clock)
    assert len(pool.submitted) == 1
    assert summary.targets == {"done": 1, "capped": 7}
    # re-running the same day counts the stored call however it was spelled: nothing more
    pool2 = AnswerPool(clock)
    run_sweep(path, db, lambda n: pool2, console=quiet()[0], clock=clock)
    assert pool2.submitted == []


BLOCKED_CAMPAIGN = """\
name: blocked
config: config.yaml
concurrency: 4
client_concurrency: 4
window: {tz: UTC}
policy:
  allow: {sip_domains: [pbx.example.com]}
  do_not_call: dnc.txt
targets:
  - client: Acme
    numbers: ["sip:answer-1@127.0.0.1:5080", "sip:112@127.0.0.1:5080", "88005553535", "sip:+7112@pbx.example.com"]
  - client: Globex
    numbers: ["+7 495 765-43-21", "sip:answer-2@evil.example.net", "+7 (495) 111-22-33", "sip:answer-3@pbx.example.com"]
"""


def blocked_campaign(tmp_path: Path) -> Path:
    path = write(tmp_path, BLOCKED_CAMPAIGN)
    (tmp_path / "dnc.txt").write_text("# asked not to be called\n8 495 111 22 33\n", encoding="utf-8")
    return path


def test_blocked_targets_are_marked_with_a_reason_and_never_planned(tmp_path: Path) -> None:
    loaded = load_campaign(blocked_campaign(tmp_path))
    reasons = {t.number: t.blocked for t in loaded.targets}
    assert reasons["sip:answer-1@127.0.0.1:5080"] is None
    assert reasons["+7 495 765-43-21"] is None
    assert reasons["sip:answer-3@pbx.example.com"] is None
    assert "emergency" in (reasons["sip:112@127.0.0.1:5080"] or "")
    assert "emergency" in (reasons["sip:+7112@pbx.example.com"] or "")
    assert "toll-free" in (reasons["88005553535"] or "")
    assert "allow list" in (reasons["sip:answer-2@evil.example.net"] or "")
    assert "do-not-call" in (reasons["+7 (495) 111-22-33"] or "")
    step = plan_step(loaded, {}, (), {}, T0)
    assert step.counts["blocked"] == 5
    assert {c.target.number for c in step.start} == {
        "sip:answer-1@127.0.0.1:5080",
        "+7 495 765-43-21",
        "sip:answer-3@pbx.example.com",
    }
    assert all(c.target.blocked is None for c in dry_run(loaded, T0, {}))


def test_dry_run_shows_blocked_targets_with_reasons(tmp_path: Path) -> None:
    console, buffer = quiet()
    summary = run_sweep(
        blocked_campaign(tmp_path), tmp_path / "r.db", dry_run=True, console=console, clock=FakeClock(T0)
    )
    text = buffer.getvalue()
    assert len(summary.plan) == 3
    assert "blocked: Acme: sip:112@127.0.0.1:5080: 112 is an emergency or service number" in text
    assert "blocked: Acme: 88005553535: a toll-free number" in text
    assert "blocked: Globex: +7 (495) 111-22-33: +74951112233 is on the do-not-call list" in text
    assert "5 targets blocked by the dialling policy" in text


def test_sweep_never_submits_blocked_targets_and_settles(tmp_path: Path) -> None:
    clock = FakeClock(T0)
    pool = AnswerPool(clock)
    console, buffer = quiet()
    summary = run_sweep(blocked_campaign(tmp_path), tmp_path / "r.db", lambda n: pool, console=console, clock=clock)
    assert summary.status == "done"
    assert sorted(j.target for j in pool.submitted) == [
        "+7 495 765-43-21",
        "sip:answer-1@127.0.0.1:5080",
        "sip:answer-3@pbx.example.com",
    ]
    assert summary.targets["blocked"] == 5
    assert "blocked: Acme: sip:112@127.0.0.1:5080" in buffer.getvalue()
    with Store(tmp_path / "r.db") as store:
        blocked = store.blocked(summary.sweep_id)
        assert run_sweep(blocked_campaign(tmp_path), tmp_path / "r.db", lambda n: pool, console=console,
                         clock=clock).status == "done"  # fmt: skip
        again = store.blocked(summary.sweep_id)
    assert len(blocked) == 5 and again == blocked  # recorded once per sweep, with the reason
    emergency = next(b for b in blocked if b.target == "sip:112@127.0.0.1:5080")
    assert (emergency.client, emergency.sweep_id) == ("Acme", summary.sweep_id)
    assert "emergency" in emergency.reason


def test_campaign_policy_problems_are_located(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "name: c\npolicy:\n  allow: {country_codes: [seven]}\n  do_not_call: missing.txt\n"
        "targets:\n  - client: A\n    numbers: ['+74951234567']\n",
    )
    problems = validate_campaign(path)
    assert problems and problems[0].line == 3 and "country_codes" in problems[0].message
    path.write_text(
        "name: c\npolicy:\n  do_not_call: missing.txt\ntargets:\n  - client: A\n    numbers: ['+74951234567']\n",
        encoding="utf-8",
    )
    problems = validate_campaign(path)
    assert [(p.line, p.message) for p in problems] == [(3, "do_not_call: file not found: missing.txt")]


# -- the calls-per-second limit ---------------------------------------------------------------


def test_rate_limiter_spaces_starts_without_sleeping() -> None:
    limiter = RateLimiter(2)
    assert limiter.try_acquire(100.0)
    assert not limiter.try_acquire(100.0) and not limiter.try_acquire(100.49)
    assert limiter.next_at(100.2) == pytest.approx(100.5, abs=1e-5)
    assert limiter.try_acquire(100.5)
    assert not limiter.try_acquire(100.9)
    assert limiter.try_acquire(101.001)
    assert limiter.next_at(200.0) == 200.0  # idle: free at once


@pytest.mark.parametrize("max_cps", [0.5, 1, 2, 3, 10])
def test_rate_limiter_never_exceeds_max_cps_in_any_second(max_cps: float) -> None:
    limiter = RateLimiter(max_cps)
    starts = [t / 100 for t in range(0, 1000) if limiter.try_acquire(t / 100)]  # asked every 10 ms for 10 s
    for start in starts:
        assert sum(1 for s in starts if start <= s < start + 1.0) <= max(1, max_cps)
    assert len(starts) >= int(0.85 * 10 * max_cps)  # and no slower than needed


def test_rate_limiter_rejects_a_non_positive_rate() -> None:
    with pytest.raises(ValueError):
        RateLimiter(0)


def test_sweep_starts_at_most_max_cps_calls_per_second(tmp_path: Path) -> None:
    numbers = ", ".join(f'"sip:answer-{n}@127.0.0.1:5080"' for n in range(12))
    path = write(
        tmp_path,
        f"name: cps\nconfig: config.yaml\nconcurrency: 12\nwindow: {{tz: UTC}}\n"
        f"targets:\n  - client: A\n    concurrency: 12\n    numbers: [{numbers}]\n",
    )
    (tmp_path / "config.yaml").write_text("limits: {max_cps: 2}\n", encoding="utf-8")
    clock = FakeClock(T0)
    pool = AnswerPool(clock, capacity=12)
    summary = run_sweep(path, tmp_path / "r.db", lambda n: pool, console=quiet()[0], clock=clock)
    starts = pool.times
    assert summary.status == "done" and len(starts) == 12
    for start in starts:
        assert sum(1 for s in starts if start <= s < start + timedelta(seconds=1)) <= 2
    assert Counter(starts).most_common(1)[0][1] == 1


def test_store_counts_feed_the_plan_by_canonical_key(tmp_path: Path) -> None:
    loaded = load_campaign(write(tmp_path, eight_clients(daily_cap=1)))
    with Store(tmp_path / "r.db") as store:
        result = CallResult(
            call_id="c1", target="8 (495) 123-45-67", scenario=None, started_at=T0.isoformat(), outcome="busy"
        )
        store.add_result(result)
        today = count_by_key(store.calls_since(T0 - timedelta(hours=1)), loaded.cap_key)
    assert plan_step(loaded, {}, (), today, T0).start == []


def test_dry_run_spaces_planned_starts_by_max_cps(tmp_path: Path) -> None:
    numbers = ", ".join(f'"sip:answer-{n}@127.0.0.1:5080"' for n in range(6))
    path = write(
        tmp_path,
        f"name: cps\nconfig: config.yaml\nconcurrency: 6\nclient_concurrency: 6\nwindow: {{tz: UTC}}\n"
        f"targets:\n  - client: A\n    numbers: [{numbers}]\n",
    )
    (tmp_path / "config.yaml").write_text("limits: {max_cps: 4}\n", encoding="utf-8")
    plan = dry_run(load_campaign(path), T0, {})
    assert [(c.at - T0).total_seconds() for c in plan] == [0, 0.25, 0.5, 0.75, 1.0, 1.25]
