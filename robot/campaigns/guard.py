"""The trunk guard: our own side is checked before clients are dialled, and a circuit breaker
stops a sweep that would otherwise blame every client for our trunk's failure.

:func:`trunk_cause` (which failures can be ours) and :func:`breaker_trips` (the breaker's
decision) are pure. :class:`SweepGuard` applies them during a sweep: calls in a run of
trunk-side failures are held back from the alert logic; when the breaker trips they are
stored as ``failed`` (reason ``trunk failure``), excluded from figures, attempts and caps,
and dialled again later. :func:`check_own_side` dials the ``canary:`` (or, without one,
registers the configured account in a separate process) before the clients and after a trip.
"""

from __future__ import annotations

import multiprocessing as mp
import uuid
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from robot.call.result import CallResult
from robot.campaigns.campaign import LoadedCampaign
from robot.campaigns.job import CallJob
from robot.campaigns.plan import Attempt, TargetKey
from robot.campaigns.store import Store, StoredCall

if TYPE_CHECKING:
    from robot.campaigns.sweep import Pool

TRUNK_FAILURE = "trunk failure"  # the reason stored for calls the breaker took out of the figures
TRUNK_STATUSES = {401: "401 on our account", 403: "403 on our account", 407: "407 on our account",
                  503: "503 from our proxy"}  # fmt: skip
CONNECTED = frozenset({"answered", "dropped"})
CANARY_TIMEOUT_S = 180.0
MAX_TRIPS = 2  # a third trip in one sweep aborts without re-checking (the canary passes, the clients fail)


def trunk_cause(result: CallResult) -> str | None:
    """The local or trunk-side cause a failed call may have (None: the far end's doing, or no failure)."""
    if result.outcome in CONNECTED:
        return None
    reason = (result.sip_reason or "").lower()
    if "registration" in reason:
        return "registration lost"
    if any(event.event == "transport_error" for event in result.events):
        return "transport error"
    if result.sip_status is not None:
        return TRUNK_STATUSES.get(result.sip_status)
    return None


@dataclass(frozen=True)
class Sample:
    """One finished call as the breaker sees it."""

    client: str
    cause: str | None


def breaker_trips(recent: Sequence[Sample], k: int) -> str | None:
    """The cause when the last ``k`` calls all failed with the same trunk-side cause across at
    least two clients; else None (a single client's line never trips it)."""
    if k < 1 or len(recent) < k:
        return None
    window = recent[-k:]
    causes = {sample.cause for sample in window}
    if len(causes) != 1 or None in causes:
        return None
    if len({sample.client for sample in window}) < 2:
        return None
    return causes.pop()


# -- checking our own side -----------------------------------------------------------------------


def describe(result: CallResult) -> str:
    status = f" {result.sip_status}" if result.sip_status is not None else ""
    reason = f" ({result.sip_reason})" if result.sip_reason else ""
    return f"{result.outcome}{status}{reason}"


def dial_canary(loaded: LoadedCampaign, pool: Pool, sweep_id: str) -> str | None:
    """Dial the canary as a job on the pool; None when it answered, else why not."""
    canary = loaded.campaign.canary
    assert canary is not None
    job = CallJob(
        job_id=f"{sweep_id}:canary:{uuid.uuid4().hex[:8]}",
        target=canary,
        config=loaded.config,
        max_ring_s=loaded.campaign.max_ring_s,
        meta={"campaign": loaded.name, "sweep_id": sweep_id, "canary": True},
    )
    try:
        result = pool.submit(job).result(timeout=CANARY_TIMEOUT_S)
    except Exception as exc:  # noqa: BLE001 - a canary that cannot be dialled is a failed canary
        return f"canary {canary}: {type(exc).__name__}: {exc}"
    return None if result.outcome in CONNECTED else f"canary {canary}: {describe(result)}"


def _registration_probe(config_path: str | None) -> str | None:
    """In a fresh process: register the configured account once (None: registered)."""
    from robot.call.place import open_softphone
    from robot.config.settings import load_config
    from robot.errors import MysterycallError

    try:
        phone = open_softphone(load_config(config_path), register=True)
    except MysterycallError as exc:
        return str(exc)
    phone.stop()
    return None


def check_registration(config_path: str | None) -> str | None:
    """Register the account of ``config_path`` in a separate process (never two pjsua2 in one)."""
    with mp.get_context("spawn").Pool(1) as probe:
        return probe.apply(_registration_probe, (config_path,))


def needs_registration(config_path: str | None) -> bool:
    """Whether the calls' config has an account that registers."""
    from robot.config.settings import load_config

    account = load_config(config_path).sip.account
    return account is not None and account.registrar is not None and account.register_


def check_own_side(loaded: LoadedCampaign, pool: Pool, sweep_id: str) -> str | None:
    """Why our own side is not fit to dial clients (None: fit): the canary is dialled when there is
    one (which registers the account on the way), else the account registers when configured."""
    if loaded.campaign.canary is not None:
        return dial_canary(loaded, pool, sweep_id)
    if needs_registration(loaded.config):
        reason = check_registration(loaded.config)
        return None if reason is None else f"registration: {reason}"
    return None


def recheck_own_side(loaded: LoadedCampaign, pool: Pool, sweep_id: str) -> str | None:
    """:func:`check_own_side` after the breaker tripped: with nothing to check, our side is not known fit."""
    if loaded.campaign.canary is None and not needs_registration(loaded.config):
        return "no canary: line to re-check (set canary: in the campaign)"
    return check_own_side(loaded, pool, sweep_id)


# -- the breaker during a sweep ------------------------------------------------------------------


class SweepGuard:
    """Feeds each stored call to the breaker; releases calls to ``release`` (the alert logic)
    once they are known not to be part of a trunk failure."""

    def __init__(
        self,
        loaded: LoadedCampaign,
        store: Store,
        sweep_id: str,
        pool: Pool,
        release: Callable[[StoredCall], None] | None = None,
        check: Callable[[], str | None] | None = None,
        recheck: Callable[[], str | None] | None = None,
    ):
        self.loaded = loaded
        self.store = store
        self.k = loaded.campaign.guard.breaker_calls
        self.release = release or (lambda stored: None)
        self.check = check or (lambda: check_own_side(loaded, pool, sweep_id))
        self.recheck_side = recheck or (lambda: recheck_own_side(loaded, pool, sweep_id))
        self.recent: deque[Sample] = deque(maxlen=self.k)
        self.held: list[StoredCall] = []
        self.tripped: str | None = None  # the cause while paused
        self.trips = 0
        self.excluded = 0
        self.checked = False  # our side was checked before the first client
        self.stage = "before"  # where an abort happened: "before" any client, or the "breaker"

    def gate(self, wants_to_start: bool, in_flight: bool) -> str | None:
        """Called before calls start: why the sweep must abort now, else None (``tripped``: paused)."""
        if self.tripped is not None:
            if in_flight:
                return None
            cause, self.stage = self.tripped, "breaker"
            if self.trips > MAX_TRIPS:
                return f"trunk failure: {cause} on the last {self.k} calls, {self.trips} times in this sweep"
            reason = self.recheck()
            if reason is None:
                return None
            return f"trunk failure: {cause} on the last {self.k} calls, across clients; re-check: {reason}"
        if wants_to_start and not self.checked:
            self.checked = True
            reason = self.check()
            if reason is not None:
                return f"our own side failed before any client was dialled: {reason}"
        return None

    def after_call(self, stored: StoredCall, finished: dict[TargetKey, list[Attempt]], today: Counter[str]) -> None:
        """A call was stored: hold, release or exclude it; trip the breaker when it must."""
        cause = trunk_cause(stored.result)
        if self.tripped is not None:  # paused: calls still ending belong to the incident if they failed alike
            if cause is not None:
                self._exclude(stored, finished, today)
            else:
                self.release(stored)
            return
        self.recent.append(Sample(stored.client or "", cause))
        if cause is None:
            self.flush()
            self.release(stored)
            return
        self.held.append(stored)
        tripped = breaker_trips(list(self.recent), self.k)
        if tripped is not None:
            self.tripped = tripped
            self.trips += 1
            for held in self.held:
                self._exclude(held, finished, today)
            self.held.clear()

    def _exclude(self, stored: StoredCall, finished: dict[TargetKey, list[Attempt]], today: Counter[str]) -> None:
        self.store.exclude_call(stored.id, TRUNK_FAILURE)
        key = (stored.client or "", stored.target)
        finished[key] = [a for a in finished.get(key, []) if a.attempt != stored.attempt]
        today[self.loaded.cap_key(stored.target)] -= 1
        self.excluded += 1

    def recheck(self) -> str | None:
        """After a trip, with no call in flight: check our side again; None (and the breaker reset) if fit."""
        reason = self.recheck_side()
        if reason is None:
            self.tripped = None
            self.recent.clear()
        return reason

    def flush(self) -> None:
        """Release the held calls (they were not a trunk failure after all)."""
        for held in self.held:
            self.release(held)
        self.held.clear()
