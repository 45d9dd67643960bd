"""Alerts during a sweep: each released call updates its number's stored state; the events
it raises are recorded in the store and handed to the background dispatcher."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from robot.campaigns.alerts import events
from robot.campaigns.alerts.channels import channels
from robot.campaigns.alerts.dispatcher import Dispatcher, Retry
from robot.campaigns.alerts.state import CallFacts, LineState, advance, is_failure
from robot.campaigns.campaign import LoadedCampaign
from robot.campaigns.store import Store, StoredCall, note_delivery

if TYPE_CHECKING:
    from robot.campaigns.guard import SweepGuard
    from robot.campaigns.sweep import SweepSummary

CLOSE_TIMEOUT_S = 30.0  # at the end of a sweep, how long queued alerts may still take


class AlertWatch:
    """The alert side of one sweep (a no-op without an ``alerts:`` section)."""

    def __init__(
        self,
        loaded: LoadedCampaign,
        store: Store,
        db_path: str | Path,
        sweep_id: str,
        retry: Retry | None = None,
    ):
        self.loaded = loaded
        self.store = store
        self.sweep_id = sweep_id
        self.alerts = loaded.campaign.alerts
        self.sent: list[dict[str, Any]] = []

        def note(alert_id: int | None, channel: str, status: str) -> None:
            if alert_id is not None:
                note_delivery(db_path, alert_id, channel, status)

        self.dispatcher = Dispatcher(channels(self.alerts), note, retry)

    def on_call(self, stored: StoredCall) -> None:
        """A call of this sweep that counts (not a trunk failure): update its number, alert if it must."""
        if self.alerts is None:
            return
        number = self.loaded.cap_key(stored.target)
        call = CallFacts(stored.result.call_id, stored.client, number, stored.target, stored.outcome,
                         stored.result.sip_status, stored.started_at, stored.score_percent)  # fmt: skip
        before = LineState.from_row(self.store.line_state(number), number)
        failed = is_failure(self.alerts, stored.outcome, stored.score_percent)
        after, kind = advance(before, call, failed, self.alerts.after_failures)
        self.store.save_line_state(after.to_row())
        if kind is not None:
            self.emit(events.line_event(kind, before, after, call, self.loaded.name, self.sweep_id))

    def emit(self, event: dict[str, Any]) -> None:
        """Record the alert in the store and queue it for every channel."""
        if self.alerts is None:
            return
        alert_id = self.store.add_alert(event, self.loaded.name, self.sweep_id)
        self.sent.append(event)
        self.dispatcher.send(event, alert_id)

    def aborted(self, reason: str, stage: str) -> None:
        self.emit(events.sweep_aborted(self.loaded.name, self.sweep_id, reason, stage))

    def finished(self, status: str, calls: int, outcomes: Mapping[str, int], targets: Mapping[str, int],
                 trunk_failures: int) -> None:  # fmt: skip
        if self.alerts is None:
            return
        down = sorted({t.cap_key for t in self.loaded.targets if (self.store.line_state(t.cap_key) or {}).get("down")})
        self.emit(events.sweep_finished(self.loaded.name, self.sweep_id, status, calls, outcomes, targets, down,
                                        trunk_failures))  # fmt: skip

    def close(self, timeout_s: float = CLOSE_TIMEOUT_S) -> bool:
        return self.dispatcher.close(timeout_s)


def report_alerts(watch: AlertWatch, guard: SweepGuard, summary: SweepSummary) -> None:
    """At the end of a sweep: release the calls the breaker held, send ``sweep_aborted`` or
    ``sweep_finished``, and give queued alerts a bounded time to go out."""
    guard.flush()
    if summary.status == "aborted":
        watch.aborted(summary.message, guard.stage)
    elif summary.status in ("done", "window_closed"):
        watch.finished(summary.status, summary.calls, summary.outcomes, summary.targets, guard.excluded)
    watch.close()
