"""Scheduling: cron and systemd timer text, installed into temp places only."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from sweepfakes import FakePool, campaign_yaml, mixed_targets

from robot.campaigns.schedule import FileCrontab, SweepCommand, cron_entry, merge_cron, parse_at, systemd_units
from robot.cli.sweeps import schedule, sweep, validate_campaign_file


@pytest.fixture
def campaign(tmp_path: Path) -> Path:
    path = tmp_path / "nightly.yaml"
    path.write_text(campaign_yaml({"Acme": ["sip:answer-1@127.0.0.1:5080"]}), encoding="utf-8")
    return path


def test_cron_entry(campaign: Path) -> None:
    command = SweepCommand(campaign, Path("/var/lib/mc/results.db"), executable="/usr/local/bin/mysterycall")
    line = cron_entry("nightly-lines", command, "02:05")
    assert line.startswith("5 2 * * * cd ")
    assert f"/usr/local/bin/mysterycall sweep {campaign} --db /var/lib/mc/results.db" in line
    assert line.endswith("2>&1 # mysterycall:nightly-lines")
    assert merge_cron("MAILTO=x\n" + line + "\n", "nightly-lines", line) == "MAILTO=x\n" + line + "\n"
    with pytest.raises(ValueError):
        parse_at("25:00")


def test_systemd_units(campaign: Path) -> None:
    units = systemd_units("nightly-lines", SweepCommand(campaign, executable="/usr/bin/mysterycall"), "02:00")
    service, timer = (
        units["mysterycall-sweep-nightly-lines.service"],
        units["mysterycall-sweep-nightly-lines.timer"],
    )
    assert f"ExecStart=/usr/bin/mysterycall sweep {campaign}" in service and "Type=oneshot" in service
    assert "OnCalendar=*-*-* 02:00:00" in timer and "Persistent=true" in timer and "WantedBy=timers.target" in timer


def test_schedule_command_prints_and_installs_into_temp_places(campaign: Path, tmp_path: Path) -> None:
    console = Console(file=io.StringIO(), width=400)
    assert schedule(campaign, "02:00", kind="cron", console=console) == 0
    assert "0 2 * * *" in console.file.getvalue()  # type: ignore[attr-defined]
    crontab = FileCrontab(tmp_path / "crontab")
    crontab.write("MAILTO=ops@example.com\n")
    for _ in range(2):  # re-installing replaces the line
        assert schedule(campaign, "03:30", install=True, kind="cron", console=console, crontab=crontab) == 0
    lines = crontab.read().splitlines()
    assert lines[0] == "MAILTO=ops@example.com" and len(lines) == 2 and lines[1].startswith("30 3 * * *")
    calls: list[list[str]] = []
    units = tmp_path / "units"
    assert schedule(campaign, "02:00", install=True, kind="systemd", console=console, unit_dir=units,
                    systemctl=lambda argv: calls.append(list(argv))) == 0  # fmt: skip
    assert sorted(p.name for p in units.iterdir()) == [
        "mysterycall-sweep-nightly-lines.service",
        "mysterycall-sweep-nightly-lines.timer",
    ]
    assert calls[-1] == ["systemctl", "--user", "enable", "--now", "mysterycall-sweep-nightly-lines.timer"]
    assert schedule(campaign, "2am", kind="cron", console=console) == 2


def test_sweep_and_validate_commands(campaign: Path, tmp_path: Path) -> None:
    console = Console(file=io.StringIO(), width=200)
    db = tmp_path / "r.db"
    assert sweep(campaign, db=db, dry_run=True, console=console) == 0
    assert sweep(campaign, db=db, console=console, pool_factory=lambda n: FakePool()) == 0
    assert validate_campaign_file(campaign, console=console) == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text(campaign_yaml(mixed_targets(), concurrency=0), encoding="utf-8")
    assert validate_campaign_file(bad) == 2
    assert sweep(bad, db=db, console=console) == 2
