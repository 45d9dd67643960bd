"""Sending events in the background: one thread per channel, retries with backoff, logged.

:meth:`Dispatcher.send` only queues, so a slow or dead receiver never stops or slows the
sweep; :meth:`Dispatcher.close` gives the queued deliveries a bounded time to finish.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from robot.campaigns.alerts.channels import Channel, DeliveryError

log = logging.getLogger(__name__)

Note = Callable[[int | None, str, str], None]  # (alert id, channel name, status)


@dataclass(frozen=True)
class Retry:
    attempts: int = 4  # deliveries tried per event and channel
    backoff_s: float = 0.5  # before the second try; doubles each time


def deliver_with_retry(channel: Channel, event: dict[str, Any], retry: Retry, stop: threading.Event) -> str:
    """Deliver ``event``; ``"sent"`` or ``"failed: REASON"`` (after ``retry.attempts`` tries)."""
    reason = "not tried"
    for attempt in range(1, retry.attempts + 1):
        try:
            channel.deliver(event)
        except DeliveryError as exc:
            reason = str(exc)
            log.warning("alert %s to %s: try %d/%d failed: %s", event.get("event"), channel.name, attempt,
                        retry.attempts, reason)  # fmt: skip
        except Exception as exc:  # noqa: BLE001 - a channel must never take the sender down
            reason = f"{type(exc).__name__}"
            log.warning("alert %s to %s: try %d/%d failed: %s", event.get("event"), channel.name, attempt,
                        retry.attempts, reason)  # fmt: skip
        else:
            log.info("alert %s sent to %s", event.get("event"), channel.name)
            return "sent"
        if attempt < retry.attempts and stop.wait(retry.backoff_s * 2 ** (attempt - 1)):
            break
    log.error("alert %s to %s not delivered: %s", event.get("event"), channel.name, reason)
    return f"failed: {reason}"


class Dispatcher:
    """Queues events for every channel; ``note(alert_id, channel, status)`` hears each outcome."""

    def __init__(self, channels: Sequence[Channel], note: Note | None = None, retry: Retry | None = None):
        self.channels = list(channels)
        self.retry = retry or Retry()
        self._note = note
        self._stop = threading.Event()
        self._queues: list[queue.Queue[tuple[int | None, dict[str, Any]] | None]] = []
        self._threads: list[threading.Thread] = []
        for channel in self.channels:
            q: queue.Queue[tuple[int | None, dict[str, Any]] | None] = queue.Queue()
            thread = threading.Thread(target=self._run, args=(channel, q), name="alerts", daemon=True)
            self._queues.append(q)
            self._threads.append(thread)
            thread.start()

    def send(self, event: dict[str, Any], alert_id: int | None = None) -> None:
        """Queue ``event`` for every channel (returns at once)."""
        for q in self._queues:
            q.put((alert_id, event))

    def _run(self, channel: Channel, q: queue.Queue[tuple[int | None, dict[str, Any]] | None]) -> None:
        while (item := q.get()) is not None:
            alert_id, event = item
            status = deliver_with_retry(channel, event, self.retry, self._stop)
            if self._note is not None:
                try:
                    self._note(alert_id, channel.name, status)
                except Exception:  # noqa: BLE001 - noting must not stop the sender
                    log.exception("noting the delivery of alert %s", alert_id)

    def close(self, timeout_s: float = 30.0) -> bool:
        """Let the queued deliveries finish within ``timeout_s`` (then stop retrying); True if all did."""
        for q in self._queues:
            q.put(None)
        deadline = time.monotonic() + timeout_s
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        self._stop.set()
        return not any(t.is_alive() for t in self._threads)
