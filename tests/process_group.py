"""Processes of a process group (a CLI run with its call workers), for tests and benchmarks."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path


def group_members(pgid: int) -> list[int]:
    """Live (non-zombie) processes of a process group."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(entry.name))
    return members


def reap_group(pgid: int, timeout: float = 15.0) -> list[int]:
    """Wait for a process group to be gone; SIGKILL whatever is left after ``timeout``.

    Returns the processes that had to be killed (empty: the group ended by itself).
    """
    deadline = time.monotonic() + timeout
    while (left := group_members(pgid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    for pid in left:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return left
