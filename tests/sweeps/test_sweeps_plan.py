"""The sweep planner: windows, attempts, retry delays, concurrency, daily caps, dry run."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from robot.campaigns.campaign import Campaign, LoadedCampaign, flatten
from robot.campaigns.plan import Attempt, calling_day, current_or_next, dry_run, in_window, plan_step

MSK = ZoneInfo("Europe/Moscow")


def make(**fields: Any) -> LoadedCampaign:
    data = {
        "name": "test",
        "concurrency": 4,
        "attempts": {"max": 3, "retry_after_s": 60},
        "targets": [
            {"client": "A", "numbers": ["+74950000001", "+74950000002"]},
            {"client": "B", "numbers": ["+74950000003"]},
        ],
    }
    data.update(fields)
    campaign = Campaign.model_validate(data)
    targets, limits = flatten(campaign, Path("/campaigns"))
    return LoadedCampaign(Path("/campaigns/c.yaml"), "0" * 64, campaign, targets, limits, None)


def at(text: str, tz: ZoneInfo = MSK) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=tz)


# 2024-06-03 is a Monday
MONDAY_NOON = at("2024-06-03 12:00")


def test_window_weekdays_and_time_zone() -> None:
    office = make(window={"days": ["mon", "tue", "wed", "thu", "fri"], "from": "09:00", "to": "18:00",
                          "tz": "Europe/Moscow"}).campaign.window  # fmt: skip
    assert in_window(office, MONDAY_NOON)
    assert in_window(office, at("2024-06-03 06:30", UTC))  # 09:30 in Moscow
    assert not in_window(office, at("2024-06-03 08:59"))
    assert not in_window(office, at("2024-06-03 18:00"))
    saturday = at("2024-06-08 12:00")
    assert not in_window(office, saturday)
    assert current_or_next(office, saturday)[0] == at("2024-06-10 09:00")
    assert calling_day(office, saturday).isoformat() == "2024-06-10"


def test_window_across_midnight_belongs_to_the_day_it_opens() -> None:
    night = make(window={"days": ["mon"], "from": "22:00", "to": "06:00", "tz": "Europe/Moscow"}).campaign.window
    assert in_window(night, at("2024-06-04 02:00"))  # Tuesday 02:00: Monday's window
    assert calling_day(night, at("2024-06-04 02:00")).isoformat() == "2024-06-03"
    assert not in_window(night, at("2024-06-04 22:30"))  # Tuesday night: not listed
    opens, closes = current_or_next(night, at("2024-06-04 07:00"))
    assert (opens, closes) == (at("2024-06-10 22:00"), at("2024-06-11 06:00"))


def test_whole_day_windows() -> None:
    assert make(window={"from": "00:00", "to": "24:00"}).campaign.window.length == timedelta(hours=24)
    assert make(window={"from": "08:00", "to": "08:00"}).campaign.window.length == timedelta(hours=24)


def test_first_step_respects_client_concurrency_and_order() -> None:
    loaded = make()
    step = plan_step(loaded, {}, (), {}, MONDAY_NOON)
    assert [(c.target.number, c.attempt) for c in step.start] == [("+74950000001", 1), ("+74950000003", 1)]
    assert step.counts == {"in_flight": 2, "pending": 1}
    assert not step.finished and step.left == 3


def test_client_concurrency_can_be_raised_per_client() -> None:
    loaded = make(client_concurrency=2)
    assert len(plan_step(loaded, {}, (), {}, MONDAY_NOON).start) == 3
    targets = [{"client": "A", "concurrency": 2, "numbers": ["+74950000001", "+74950000002", "+74950000004"]}]
    assert len(plan_step(make(targets=targets), {}, (), {}, MONDAY_NOON).start) == 2


def test_overall_concurrency_and_pool_capacity() -> None:
    loaded = make(concurrency=1)
    assert len(plan_step(loaded, {}, (), {}, MONDAY_NOON).start) == 1
    assert len(plan_step(make(), {}, (), {}, MONDAY_NOON, capacity=1).start) == 1
    in_flight = {("A", "+74950000001")}
    assert plan_step(loaded, {}, in_flight, {}, MONDAY_NOON).start == []


def test_retry_waits_for_the_delay_and_stops_at_max() -> None:
    loaded = make()
    key = ("B", "+74950000003")
    busy = [Attempt(1, "busy", MONDAY_NOON)]
    step = plan_step(loaded, {key: busy}, {("A", "+74950000001")}, {}, MONDAY_NOON + timedelta(seconds=30))
    assert [c.target.number for c in step.start] == []  # A's other line waits for A's call; B waits
    assert step.next_at == MONDAY_NOON + timedelta(seconds=60)
    step = plan_step(loaded, {key: busy}, {("A", "+74950000001")}, {}, MONDAY_NOON + timedelta(seconds=60))
    assert [(c.target.number, c.attempt) for c in step.start] == [("+74950000003", 2)]
    exhausted = busy + [Attempt(2, "no_answer", MONDAY_NOON), Attempt(3, "busy", MONDAY_NOON)]
    step = plan_step(loaded, {key: exhausted}, (), {}, MONDAY_NOON + timedelta(hours=1))
    statuses = {s.target.number: s.state for s in step.statuses}
    assert statuses["+74950000003"] == "exhausted"


def test_outcomes_not_retried_settle_the_target() -> None:
    loaded = make()
    finished = {
        ("A", "+74950000001"): [Attempt(1, "answered", MONDAY_NOON)],
        ("A", "+74950000002"): [Attempt(1, "rejected", MONDAY_NOON)],
        ("B", "+74950000003"): [Attempt(1, "busy", MONDAY_NOON), Attempt(2, "dropped", MONDAY_NOON)],
    }
    step = plan_step(loaded, finished, (), {}, MONDAY_NOON)
    assert step.finished and step.start == [] and step.next_at is None
    assert step.counts == {"done": 3}


def test_daily_cap_counts_calls_today_and_in_this_step() -> None:
    targets = [{"client": "A", "numbers": ["+74950000001"]}, {"client": "B", "numbers": ["+74950000001"]}]
    loaded = make(targets=targets, daily_cap=1)
    step = plan_step(loaded, {}, (), {}, MONDAY_NOON)
    assert len(step.start) == 1  # same number under two clients: never two calls at once, cap 1
    step = plan_step(loaded, {}, (), {"+74950000001": 1}, MONDAY_NOON)
    assert step.start == [] and step.counts == {"capped": 2} and step.finished


def test_outside_window_nothing_starts_and_next_at_is_the_opening() -> None:
    loaded = make(window={"days": ["mon"], "from": "22:00", "to": "06:00", "tz": "Europe/Moscow"})
    step = plan_step(loaded, {}, (), {}, MONDAY_NOON)
    assert step.start == [] and not step.window_open
    assert step.next_at == at("2024-06-03 22:00")


def test_dry_run_spreads_calls_by_concurrency() -> None:
    loaded = make(concurrency=1, window={"from": "12:00", "to": "12:02", "tz": "Europe/Moscow"})
    plan = dry_run(loaded, MONDAY_NOON, call_s=60)
    assert [(c.target.number, c.at) for c in plan] == [
        ("+74950000001", MONDAY_NOON),
        ("+74950000002", MONDAY_NOON + timedelta(seconds=60)),
    ]  # the third would start at 12:02, when the window closes
    assert len(dry_run(make(), MONDAY_NOON)) == 3
