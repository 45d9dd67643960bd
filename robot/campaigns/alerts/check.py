"""``mysterycall alerts test``: a sample event through every channel, once each, and what happened."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from robot.campaigns.alerts import events
from robot.campaigns.alerts.channels import channels
from robot.campaigns.alerts.dispatcher import Retry, deliver_with_retry
from robot.campaigns.campaign import LoadedCampaign


@dataclass(frozen=True)
class ChannelCheck:
    channel: str  # masked: never holds a secret
    status: str  # "sent" or "failed: REASON"

    @property
    def ok(self) -> bool:
        return self.status == "sent"


def check_channels(loaded: LoadedCampaign, retry: Retry | None = None) -> list[ChannelCheck]:
    """Send the sample event to each channel of the campaign (in parallel); one check per channel."""
    event = events.sample(loaded.name)
    found = channels(loaded.campaign.alerts)
    statuses: list[str] = ["failed: not tried"] * len(found)
    stop = threading.Event()
    retry = retry or Retry(attempts=2, backoff_s=0.5)

    def run(index: int) -> None:
        statuses[index] = deliver_with_retry(found[index], event, retry, stop)

    threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(len(found))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [ChannelCheck(channel.name, status) for channel, status in zip(found, statuses, strict=True)]
