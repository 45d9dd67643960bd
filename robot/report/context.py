"""What a report is about: campaign name(s), period, time zone and allowed attempts of the selected calls.

The campaign's time zone and attempts are read from the campaign file each sweep recorded;
when that file is gone or no longer valid the report says so and uses UTC.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from robot.call.resultview import parse_time
from robot.campaigns.campaign import Campaign
from robot.campaigns.store import Store, StoredCall
from robot.config.yamlfile import load_yaml, validate_data
from robot.errors import MysterycallError


@dataclass(frozen=True)
class ReportContext:
    campaigns: tuple[str, ...]
    time_zone: str  # an IANA name, "UTC" when unknown
    time_zone_note: str | None  # why UTC was used, if it was a fallback
    max_attempts: int | None  # attempts allowed per number per sweep (None: not known)
    period: tuple[str, str] | None  # first and last call start, ISO in the time zone

    @property
    def zone(self) -> tzinfo:
        return UTC if self.time_zone == "UTC" else ZoneInfo(self.time_zone)

    @property
    def time_zone_label(self) -> str:
        return self.time_zone + (f" ({self.time_zone_note})" if self.time_zone_note else "")

    def local(self, iso: str) -> datetime:
        return parse_time(iso).astimezone(self.zone)

    def local_text(self, iso: str, seconds: bool = True) -> str:
        return self.local(iso).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")

    def as_dict(self) -> dict[str, object]:
        return {
            "campaigns": list(self.campaigns),
            "time_zone": self.time_zone,
            "time_zone_note": self.time_zone_note,
            "max_attempts": self.max_attempts,
            "period": {"from": self.period[0], "to": self.period[1]} if self.period else None,
        }


def _campaign_file(path: str | None) -> Campaign | None:
    if not path or not Path(path).is_file():
        return None
    try:
        return validate_data(Campaign, load_yaml(path), path)
    except (MysterycallError, OSError, ValueError):
        return None


def report_context(store: Store, calls: Sequence[StoredCall]) -> ReportContext:
    """The campaigns behind the calls, their common time zone (else UTC, with a note) and period."""
    sweep_ids = {c.sweep_id for c in calls if c.sweep_id}
    sweeps = [s for s in store.sweeps() if s.id in sweep_ids]
    names = tuple(dict.fromkeys(s.campaign for s in sweeps))
    files = {path: _campaign_file(path) for path in {s.campaign_path for s in sweeps}}
    loaded = [files[s.campaign_path] for s in sweeps]
    zones = {c.window.tz for c in loaded if c is not None}
    attempts = {c.attempts.max for c in loaded if c is not None}
    note: str | None = None
    if len(zones) == 1 and None not in loaded:
        zone = zones.pop()
    else:
        zone = "UTC"
        if not sweeps:
            note = "no campaign: calls outside sweeps"
        elif len(zones) > 1:
            note = "campaigns in several time zones"
        else:
            note = "campaign file not found"
    period = None
    if calls:
        tz: tzinfo = UTC if zone == "UTC" else ZoneInfo(zone)
        first, last = min(c.started_at for c in calls), max(c.started_at for c in calls)
        period = (parse_time(first).astimezone(tz).isoformat(), parse_time(last).astimezone(tz).isoformat())
    return ReportContext(
        campaigns=names,
        time_zone=zone,
        time_zone_note=note,
        max_attempts=attempts.pop() if len(attempts) == 1 else (max(attempts) if attempts else None),
        period=period,
    )
