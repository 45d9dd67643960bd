"""Pure decisions: when a line is down or recovered, and when the trunk breaker trips."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from robot.call.result import CallResult, Event
from robot.campaigns.alerts.state import CallFacts, LineState, advance, is_failure
from robot.campaigns.campaign import Alerts, load_campaign
from robot.campaigns.guard import TRUNK_FAILURE, Sample, SweepGuard, breaker_trips, trunk_cause
from robot.campaigns.job import CallJob
from robot.campaigns.plan import Attempt
from robot.campaigns.store import MIGRATIONS, Store


def facts(n: int, outcome: str) -> CallFacts:
    return CallFacts(f"c{n}", "Acme", "+74951234567", "8 495 123-45-67", outcome, None, f"2026-12-0{n}T00:00:00Z")


def run(outcomes: list[str], after: int = 2) -> tuple[LineState, list[str]]:
    alerts = Alerts(after_failures=after)
    state, raised = LineState("+74951234567"), []
    for n, outcome in enumerate(outcomes, 1):
        state, kind = advance(state, facts(n, outcome), is_failure(alerts, outcome, None), after)
        if kind:
            raised.append(kind)
    return state, raised


def test_down_once_after_n_failures_then_recovered_once() -> None:
    state, raised = run(["busy"])
    assert raised == [] and state.consecutive == 1 and not state.down
    state, raised = run(["busy", "no_answer", "busy", "busy"])
    assert raised == ["line_down"] and state.down and state.consecutive == 4
    assert state.first_failure_at == "2026-12-01T00:00:00Z" and state.last_calls == ("c1", "c2", "c3", "c4")
    state, raised = run(["busy", "busy", "answered", "answered", "busy"])
    assert raised == ["line_down", "line_recovered"] and not state.down and state.consecutive == 1
    _, raised = run(["busy", "answered", "busy"])
    assert raised == []


def test_failure_by_outcome_list_and_score() -> None:
    alerts = Alerts(on=["busy"], score_below=50)
    assert is_failure(alerts, "busy", None) and not is_failure(alerts, "no_answer", None)
    assert is_failure(alerts, "answered", 40.0) and not is_failure(alerts, "answered", 60.0)
    assert not is_failure(Alerts(), "answered", 10.0)


def test_state_round_trips_through_its_row() -> None:
    state, _ = run(["busy", "busy"])
    assert LineState.from_row({**state.to_row()}, state.number) == state
    assert LineState.from_row(None, "x") == LineState("x")


def result(status: int | None, outcome: str = "rejected", reason: str | None = None, transport: bool = False):
    events = [Event(t_s=0.1, event="transport_error")] if transport else []
    return CallResult(call_id="x", target="t", started_at="2026-12-01T00:00:00Z", outcome=outcome,  # type: ignore[arg-type]
                      sip_status=status, sip_reason=reason, events=events)  # fmt: skip


def test_trunk_causes() -> None:
    assert trunk_cause(result(403)) == "403 on our account"
    assert trunk_cause(result(407, "failed")) == "407 on our account"
    assert trunk_cause(result(503, "unreachable")) == "503 from our proxy"
    assert trunk_cause(result(None, "failed", "registration with sip:x failed: 403 Forbidden")) == "registration lost"
    assert trunk_cause(result(None, "unreachable", transport=True)) == "transport error"
    for busy_like in (result(486, "busy"), result(480, "unreachable"), result(404, "invalid_number"),
                      result(None, "no_answer"), result(200, "answered")):  # fmt: skip
        assert trunk_cause(busy_like) is None


def test_breaker_needs_k_same_causes_across_two_clients() -> None:
    cause = "403 on our account"
    mixed = [Sample("A", cause), Sample("B", cause), Sample("A", cause)]
    assert breaker_trips(mixed, 3) == cause
    assert breaker_trips(mixed[:2], 3) is None  # fewer than K calls
    assert breaker_trips([Sample("A", cause)] * 10, 3) is None  # one client's line never trips it
    assert breaker_trips([Sample("A", None), Sample("B", None), Sample("C", None)], 3) is None
    assert breaker_trips([Sample("A", cause), Sample("B", "transport error"), Sample("C", cause)], 3) is None
    assert breaker_trips([Sample("A", cause), Sample("B", None), *mixed], 3) == cause  # only the last K count


CAMPAIGN = """\
name: guard
attempts: {max: 2, retry_after_s: 0}
guard: {breaker_calls: 3}
targets:
  - client: A
    numbers: ["sip:a@127.0.0.1:5999"]
  - client: B
    numbers: ["sip:b@127.0.0.1:5999"]
"""


def test_a_trip_excludes_the_calls_from_attempts_caps_and_alerts(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(CAMPAIGN)
    loaded = load_campaign(path)
    released: list[int] = []
    with Store(tmp_path / "db.sqlite") as store:
        assert store.schema_version == len(MIGRATIONS) >= 3 and "line_state" in MIGRATIONS[2]
        store.begin_sweep("s1", loaded.name, loaded.file_hash, datetime(2026, 12, 1, tzinfo=UTC))
        guard = SweepGuard(loaded, store, "s1", pool=None, release=lambda c: released.append(c.id),  # type: ignore[arg-type]
                           recheck=lambda: "canary still fails")  # fmt: skip
        finished: dict[tuple[str, str], list[Attempt]] = {}
        today: Counter[str] = Counter()
        stored = []
        for n, (target, attempt, status) in enumerate([(0, 1, 486), (0, 2, 403), (1, 1, 403), (0, 3, 403)]):
            spec = loaded.targets[target]
            job = CallJob(job_id=f"s1:{target}:{attempt}", target=spec.number, attempt=attempt)
            assert store.begin_attempt(job, client=spec.client, sweep_id="s1")
            outcome = "busy" if status == 486 else "rejected"
            res = CallResult(call_id=f"r{n}", target=spec.number, started_at="2026-12-01T00:00:00Z", outcome=outcome,  # type: ignore[arg-type]
                             sip_status=status)  # fmt: skip
            row = store.add_result(res, client=spec.client, sweep_id="s1", attempt=attempt, job=job)
            call = store.call(row)
            assert call is not None
            stored.append(call)
            finished.setdefault(spec.key, []).append(Attempt(attempt, outcome, call.ended))
            today[spec.cap_key] += 1
            guard.after_call(call, finished, today)
        assert released == [stored[0].id]  # the busy call counts for alerts; the 403s are held, then excluded
        assert guard.tripped == "403 on our account" and guard.excluded == 3
        assert [a.attempt for a in finished[loaded.targets[0].key]] == [1] and finished[loaded.targets[1].key] == []
        assert store.excluded_calls("s1") == {c.id for c in stored[1:]}
        assert [c.id for c in store.sweep_calls("s1")] == [stored[0].id]  # out of figures and attempts
        assert sum(store.calls_since(datetime(2000, 1, 1, tzinfo=UTC)).values()) == 1  # out of caps
        excluded = store.call(stored[2].id)
        assert excluded is not None and excluded.outcome == "failed" and excluded.result.sip_reason == TRUNK_FAILURE
        again = CallJob(job_id="s1:1:1", target=loaded.targets[1].number)
        assert store.begin_attempt(again, client="B", sweep_id="s1")  # the next run dials it again
        assert guard.gate(True, in_flight=True) is None  # paused while calls are in flight
        refused = guard.gate(True, in_flight=False)
        assert refused is not None and "canary still fails" in refused and guard.stage == "breaker"


def test_held_calls_are_released_when_the_run_breaks_and_a_passing_recheck_resumes(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(CAMPAIGN)
    loaded = load_campaign(path)
    released: list[str] = []
    with Store(tmp_path / "db.sqlite") as store:
        store.begin_sweep("s1", loaded.name, loaded.file_hash, datetime(2026, 12, 1, tzinfo=UTC))
        guard = SweepGuard(loaded, store, "s1", pool=None, release=lambda c: released.append(c.result.call_id),  # type: ignore[arg-type]
                           check=lambda: None, recheck=lambda: None)  # fmt: skip

        def feed(n: int, target: int, status: int) -> None:
            spec = loaded.targets[target]
            res = CallResult(call_id=f"r{n}", target=spec.number, started_at="2026-12-01T00:00:00Z",
                             outcome="rejected" if status == 403 else "busy", sip_status=status)  # fmt: skip
            call = store.call(store.add_result(res, client=spec.client, sweep_id="s1"))
            assert call is not None
            guard.after_call(call, {}, Counter())

        assert guard.gate(True, in_flight=False) is None and guard.checked
        feed(1, 0, 403)
        feed(2, 1, 403)
        assert released == []  # held: may still be a trunk failure
        feed(3, 0, 486)
        assert released == ["r1", "r2", "r3"] and guard.tripped is None
        feed(4, 1, 403)
        feed(5, 0, 403)
        feed(6, 1, 403)
        assert guard.tripped is not None and guard.excluded == 3
        assert guard.gate(True, in_flight=False) is None and guard.tripped is None  # the canary answers again
