"""A report bundle: the page plus copies of its recordings under relative links (zip it and send it)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from pathlib import Path

from robot.campaigns.store import StoredCall
from robot.config.private import private_dir, private_open_fd

RECORDINGS = "recordings"


def bundle_name(call: StoredCall) -> str:
    """The recording's file name inside the bundle: the call id, made safe, with the original suffix."""
    suffix = Path(call.recording or "").suffix.lower() or ".wav"
    return re.sub(r"[^\w.\-]+", "_", call.result.call_id).strip("._") + (
        suffix if re.fullmatch(r"\.\w{1,5}", suffix) else ".wav"
    )


def copy_recordings(calls: Sequence[StoredCall], folder: Path) -> dict[int, str]:
    """Copy every call's recording into ``folder/recordings/`` (files 0600, folders 0700).

    Returns the relative link (POSIX, from ``folder``) per stored call row id; calls whose
    recording is missing get no link.
    """
    links: dict[int, str] = {}
    target = None
    for call in calls:
        source = Path(call.recording) if call.recording else None
        if source is None or not source.is_file():
            continue
        if target is None:
            target = private_dir(folder / RECORDINGS)
        name = bundle_name(call)
        fd = private_open_fd(target / name)
        with open(fd, "wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out, 1 << 20)
        links[call.id] = f"{RECORDINGS}/{name}"
    return links
