"""Scheduling sweeps with what the system has: a cron entry or a systemd user timer.

Text generation is pure; installing writes the crontab through ``crontab -`` (or a file,
for tests) or the unit files into ``~/.config/systemd/user`` and enables the timer.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

Kind = Literal["cron", "systemd"]
KINDS: dict[str, Kind] = {"cron": "cron", "systemd": "systemd"}  # what ``--kind`` accepts
_AT = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
MARK = "# mysterycall:"


@dataclass(frozen=True)
class SweepCommand:
    """What the scheduled job runs."""

    campaign: Path
    db: Path | None = None
    executable: str | None = None  # the mysterycall script (default: found on PATH, else python -m)
    workdir: Path | None = None

    def argv(self) -> list[str]:
        exe = self.executable or shutil.which("mysterycall")
        head = [exe] if exe else [sys.executable, "-m", "robot.cli"]
        argv = [*head, "sweep", str(self.campaign.resolve())]
        if self.db is not None:
            argv += ["--db", str(self.db.resolve())]
        return argv

    @property
    def directory(self) -> Path:
        return (self.workdir or self.campaign.resolve().parent).resolve()


def parse_at(at: str) -> tuple[int, int]:
    """``HH:MM`` -> (hour, minute)."""
    match = _AT.match(at.strip())
    if not match:
        raise ValueError(f"--at: expected HH:MM (24-hour), got {at!r}")
    return int(match.group(1)), int(match.group(2))


def unit_name(campaign_name: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", campaign_name).strip("-") or "campaign"
    return f"mysterycall-sweep-{slug}"


def cron_entry(name: str, command: SweepCommand, at: str, log: Path | None = None) -> str:
    """One crontab line (system local time), marked so a re-install replaces it."""
    hour, minute = parse_at(at)
    log = log or command.directory / f"{unit_name(name)}.log"
    cd = f"cd {shlex.quote(str(command.directory))}"
    shell = f"{cd} && {shlex.join(command.argv())} >> {shlex.quote(str(log))} 2>&1"
    shell = shell.replace("%", "\\%")  # cron turns a bare % into a newline
    return f"{minute} {hour} * * * {shell} {MARK}{name}"


def systemd_units(name: str, command: SweepCommand, at: str) -> dict[str, str]:
    """``{file name: content}`` for a oneshot service and its daily timer (user units)."""
    hour, minute = parse_at(at)
    unit = unit_name(name)
    service = (
        "[Unit]\n"
        f"Description=mysterycall sweep {name}\n"
        "Wants=network-online.target\nAfter=network-online.target\n\n"
        "[Service]\nType=oneshot\n"
        f"WorkingDirectory={command.directory}\n"
        f"ExecStart={' '.join(_systemd_quote(a) for a in command.argv())}\n"
    )
    timer = (
        "[Unit]\n"
        f"Description=nightly mysterycall sweep {name}\n\n"
        "[Timer]\n"
        f"OnCalendar=*-*-* {hour:02d}:{minute:02d}:00\n"
        "Persistent=true\n"
        f"Unit={unit}.service\n\n"
        "[Install]\nWantedBy=timers.target\n"
    )
    return {f"{unit}.service": service, f"{unit}.timer": timer}


def _systemd_quote(arg: str) -> str:
    if re.fullmatch(r"[A-Za-z0-9_@%+=:,./-]+", arg):
        return arg
    return '"' + arg.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(kind: Kind, name: str, command: SweepCommand, at: str) -> str:
    """The text printed by ``mysterycall schedule``."""
    if kind == "cron":
        return cron_entry(name, command, at) + "\n"
    return "".join(f"# {file}\n{text}\n" for file, text in systemd_units(name, command, at).items())


def default_kind() -> Kind:
    """systemd when a user manager is available, else cron."""
    if shutil.which("systemctl") and Path("/run/systemd/system").is_dir():
        return "systemd"
    return "cron"


# -- installing -------------------------------------------------------------------------------


class Crontab(Protocol):
    def read(self) -> str: ...

    def write(self, text: str) -> None: ...


class UserCrontab:
    """The user's crontab through the ``crontab`` command."""

    def read(self) -> str:
        done = subprocess.run(["crontab", "-l"], capture_output=True, text=True, check=False)
        return done.stdout if done.returncode == 0 else ""  # 1: "no crontab for user"

    def write(self, text: str) -> None:
        subprocess.run(["crontab", "-"], input=text, text=True, check=True)


@dataclass
class FileCrontab:
    """A crontab kept in a plain file (tests, or /etc/cron.d-style setups)."""

    path: Path

    def read(self) -> str:
        return self.path.read_text(encoding="utf-8") if self.path.exists() else ""

    def write(self, text: str) -> None:
        self.path.write_text(text, encoding="utf-8")


def merge_cron(existing: str, name: str, entry: str) -> str:
    """The crontab with this campaign's line replaced (or appended)."""
    lines = [line for line in existing.splitlines() if not line.rstrip().endswith(f"{MARK}{name}")]
    return "\n".join([*lines, entry]) + "\n"


def install_cron(name: str, entry: str, crontab: Crontab | None = None) -> str:
    crontab = crontab or UserCrontab()
    crontab.write(merge_cron(crontab.read(), name, entry))
    return "crontab updated"


Runner = Callable[[Sequence[str]], object]


def _run(argv: Sequence[str]) -> object:
    return subprocess.run(list(argv), check=True)


def install_systemd(units: dict[str, str], unit_dir: Path | None = None, run: Runner | None = _run) -> list[Path]:
    """Write the unit files and enable the timer (``run=None`` only writes them)."""
    unit_dir = unit_dir or Path.home() / ".config" / "systemd" / "user"
    unit_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for file, text in units.items():
        (unit_dir / file).write_text(text, encoding="utf-8")
        written.append(unit_dir / file)
    if run is not None:
        timer = next(f for f in units if f.endswith(".timer"))
        run(["systemctl", "--user", "daemon-reload"])
        run(["systemctl", "--user", "enable", "--now", timer])
    return written
