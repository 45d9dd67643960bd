"""Sweep planning as pure functions: which calls start now, what is settled, when to look again.

Nothing here reads a clock or a database: the runner passes the finished attempts of the
sweep, the calls in flight, today's call counts per number and ``now``. Numbers are counted
by their cap key (:attr:`TargetSpec.cap_key`: the canonical destination), so two spellings
of one number share its daily cap and are never dialled at once; targets the dialling
policy forbids are ``blocked`` (settled, never dialled). :class:`RateLimiter` spaces call
starts to ``limits.max_cps``.
"""

from __future__ import annotations

import math
from collections import Counter, deque
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Literal

from robot.campaigns.campaign import WEEKDAYS, LoadedCampaign, TargetSpec, Window

TargetKey = tuple[str, str]  # (client, number)
State = Literal["pending", "waiting_retry", "in_flight", "done", "exhausted", "capped", "blocked"]
SETTLED: frozenset[str] = frozenset({"done", "exhausted", "capped", "blocked"})


# -- the calling window ---------------------------------------------------------------------


def occurrences(window: Window, around: datetime) -> list[tuple[datetime, datetime]]:
    """Window occurrences (open, close) from the day before ``around`` to a week after."""
    zone = window.zone
    local_day = around.astimezone(zone).date()
    result = []
    for offset in range(-1, 9):
        day = local_day + timedelta(days=offset)
        if WEEKDAYS[day.weekday()] in window.days:
            opens = datetime.combine(day, window.start, tzinfo=zone)
            result.append((opens, opens + window.length))
    return result


def current_or_next(window: Window, now: datetime) -> tuple[datetime, datetime]:
    """The occurrence containing ``now``, else the next one."""
    for opens, closes in occurrences(window, now):
        if closes > now:
            return opens, closes
    raise AssertionError("a window with at least one weekday opens within a week")


def in_window(window: Window, now: datetime) -> bool:
    opens, _ = current_or_next(window, now)
    return opens <= now


def calling_day(window: Window, now: datetime) -> date:
    """The date (in the window's zone) on which the current or next occurrence opens."""
    opens, _ = current_or_next(window, now)
    return opens.date()


def day_start(window: Window, day: date) -> datetime:
    """When the calling day's window opens (daily caps count calls from there)."""
    return datetime.combine(day, window.start, tzinfo=window.zone)


# -- one planning step ----------------------------------------------------------------------


@dataclass(frozen=True)
class Attempt:
    """A finished attempt of one target in the sweep."""

    attempt: int
    outcome: str
    ended_at: datetime


@dataclass(frozen=True)
class PlannedCall:
    target: TargetSpec
    attempt: int
    at: datetime


@dataclass(frozen=True)
class TargetStatus:
    target: TargetSpec
    state: State
    attempts: int
    last_outcome: str | None
    due: datetime | None = None  # when the next attempt may start (pending / waiting_retry)

    @property
    def settled(self) -> bool:
        return self.state in SETTLED


@dataclass(frozen=True)
class Step:
    """What the runner should do now."""

    start: list[PlannedCall]
    statuses: list[TargetStatus]
    window_open: bool
    window: tuple[datetime, datetime]  # current or next occurrence
    next_at: datetime | None  # when something may become startable (None: only completions)
    counts: Mapping[str, int] = field(default_factory=dict)  # targets per state

    @property
    def finished(self) -> bool:
        """Every target settled and nothing in flight."""
        return all(s.settled for s in self.statuses)

    @property
    def left(self) -> int:
        return sum(1 for s in self.statuses if not s.settled)


def target_status(
    target: TargetSpec,
    attempts: Sequence[Attempt],
    campaign: LoadedCampaign,
    in_flight: bool,
    calls_today: int,
) -> TargetStatus:
    """Where one target stands: settled, in flight or due at some time."""
    policy = campaign.campaign.attempts
    done = len(attempts)
    last = max(attempts, key=lambda a: a.attempt) if attempts else None
    outcome = last.outcome if last else None
    if in_flight:
        return TargetStatus(target, "in_flight", done, outcome)
    if target.blocked is not None:
        return TargetStatus(target, "blocked", done, outcome)
    if last is not None and last.outcome not in policy.retry_on:
        return TargetStatus(target, "done", done, outcome)
    if done >= policy.max:
        return TargetStatus(target, "exhausted", done, outcome)
    if target.daily_cap is not None and calls_today >= target.daily_cap:
        return TargetStatus(target, "capped", done, outcome)
    if last is None:
        return TargetStatus(target, "pending", 0, None, due=None)
    due = last.ended_at + timedelta(seconds=policy.retry_after_s)
    return TargetStatus(target, "waiting_retry", done, outcome, due=due)


def plan_step(
    campaign: LoadedCampaign,
    finished: Mapping[TargetKey, Sequence[Attempt]],
    in_flight: Collection[TargetKey],
    calls_today: Mapping[str, int],
    now: datetime,
    capacity: int | None = None,
) -> Step:
    """The calls to start now and when to look again.

    ``finished``: this sweep's finished attempts per target; ``in_flight``: targets being
    called; ``calls_today``: calls per cap key (:func:`count_by_key`) since the calling day's
    window opened (all sweeps, retests and ``call``, for daily caps); ``capacity``: the worker
    pool's limit, if lower than the campaign's.
    """
    statuses = [
        target_status(t, finished.get(t.key, ()), campaign, t.key in in_flight, calls_today.get(t.cap_key, 0))
        for t in campaign.targets
    ]
    window = current_or_next(campaign.campaign.window, now)
    open_now = window[0] <= now
    start: list[PlannedCall] = []
    waiting = [s for s in statuses if s.state in ("pending", "waiting_retry")]
    if open_now:
        start = _pick(campaign, statuses, waiting, in_flight, calls_today, now, capacity)
    started = {c.target.key for c in start}
    later = [s.due for s in waiting if s.target.key not in started and s.due is not None and s.due > now]
    if not open_now and waiting:
        next_at: datetime | None = window[0]
    else:
        next_at = min(later, default=None)
    statuses = [
        TargetStatus(s.target, "in_flight", s.attempts, s.last_outcome) if s.target.key in started else s
        for s in statuses
    ]
    counts = Counter(s.state for s in statuses)
    return Step(start, statuses, open_now, window, next_at, {str(state): n for state, n in counts.items()})


def _pick(
    campaign: LoadedCampaign,
    statuses: Sequence[TargetStatus],
    waiting: Sequence[TargetStatus],
    in_flight: Collection[TargetKey],
    calls_today: Mapping[str, int],
    now: datetime,
    capacity: int | None,
) -> list[PlannedCall]:
    limit = campaign.campaign.concurrency if capacity is None else min(capacity, campaign.campaign.concurrency)
    free = limit - len(in_flight)
    per_client = Counter(client for client, _ in in_flight)
    keys = {t.key: t.cap_key for t in campaign.targets}
    busy_numbers = {keys.get((client, number), number) for client, number in in_flight}
    today = Counter(calls_today)
    start: list[PlannedCall] = []
    due_now = [s for s in waiting if s.due is None or s.due <= now]
    due_now.sort(key=lambda s: (s.due or datetime.min.replace(tzinfo=now.tzinfo), s.target.index))
    for status in due_now:
        if free <= 0:
            break
        target = status.target
        if per_client[target.client] >= campaign.client_limits.get(target.client, 1):
            continue
        if target.blocked is not None or target.cap_key in busy_numbers:
            continue
        if target.daily_cap is not None and today[target.cap_key] >= target.daily_cap:
            continue
        start.append(PlannedCall(target, status.attempts + 1, now))
        free -= 1
        per_client[target.client] += 1
        busy_numbers.add(target.cap_key)
        today[target.cap_key] += 1
    return start


# -- the dry-run plan -------------------------------------------------------------------------


def dry_run(
    campaign: LoadedCampaign,
    now: datetime,
    calls_today: Mapping[str, int] | None = None,
    capacity: int | None = None,
    call_s: float = 60.0,
) -> list[PlannedCall]:
    """Who is dialed when, assuming every call lasts ``call_s`` and needs no retry.

    Starts are spaced by the campaign's ``max_cps``. Stops at the end of the calling day's
    window: targets not reached then are left out.
    """
    today: Counter[str] = Counter(calls_today or {})
    finished: dict[TargetKey, list[Attempt]] = {}
    running: dict[TargetKey, datetime] = {}  # key -> when the call ends
    plan: list[PlannedCall] = []
    _, closes = current_or_next(campaign.campaign.window, now)
    spacing = timedelta(seconds=1.0 / campaign.max_cps) if campaign.max_cps else timedelta(0)
    last: datetime | None = None
    t = now
    for _ in range(10 * len(campaign.targets) + 10):
        step = plan_step(campaign, finished, running.keys(), today, t, capacity)
        for call in step.start:
            at = t if last is None else max(t, last + spacing)
            last = at
            plan.append(PlannedCall(call.target, call.attempt, at))
            running[call.target.key] = at + timedelta(seconds=call_s)
            today[call.target.cap_key] += 1
        if step.finished and not step.start and not running:
            break
        candidates = [*running.values(), *([step.next_at] if step.next_at else [])]
        if not candidates:
            break
        t = min(candidates)
        if t >= closes and not running:
            break
        for key, ends in list(running.items()):
            if ends <= t:
                del running[key]
                finished[key] = [Attempt(1, "answered", ends)]
    return plan


# -- counting by canonical destination, and the calls-per-second limit -----------------------


def count_by_key(counts: Mapping[str, int], key: Callable[[str], str]) -> Counter[str]:
    """Stored call counts per written target summed per cap key (e.g. ``LoadedCampaign.cap_key``):
    ``8 (495) 123-45-67`` and ``+74951234567`` are one number."""
    total: Counter[str] = Counter()
    for target, n in counts.items():
        total[key(target)] += n
    return total


class RateLimiter:
    """At most ``max_per_s`` call starts in any one-second window, spaced at least
    ``1 / max_per_s`` apart (so no burst at the start of a second).

    Pure: the caller passes the time (seconds on any monotonic scale), so tests need no sleep.
    """

    _EPSILON = 1e-6  # float rounding never lets one more start into a second

    def __init__(self, max_per_s: float):
        if max_per_s <= 0:
            raise ValueError("max_per_s must be positive")
        self.interval = 1.0 / max_per_s
        self.per_second = max(1, math.floor(max_per_s))
        self._starts: deque[float] = deque()

    def next_at(self, now: float) -> float:
        """When the next start is allowed (``now`` if it is already)."""
        while self._starts and self._starts[0] <= now - 1.0 - self._EPSILON:
            self._starts.popleft()
        if not self._starts:
            return now
        at = self._starts[-1] + self.interval
        if len(self._starts) >= self.per_second:
            at = max(at, self._starts[-self.per_second] + 1.0 + self._EPSILON)
        return max(now, at)

    def try_acquire(self, now: float) -> bool:
        """Take a start slot now if one is free."""
        if self.next_at(now) > now:
            return False
        self._starts.append(now)
        return True
