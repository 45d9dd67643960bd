"""Recordings served by call id only: the stored path must be a WAV file inside the recordings folder.

The URL's call id is only ever a key in the store, never part of a path; the stored path is
resolved (symbolic links and ``..`` included) and must lie inside the resolved recordings
folder. A relative stored path is relative to the working folder, as the robot wrote it.
"""

from __future__ import annotations

from pathlib import Path


def safe_recording(stored: str | None, recordings_dir: Path) -> Path | None:
    """The recording file to serve, or None (none stored, missing, not a WAV, or outside the folder)."""
    if not stored or "\x00" in stored:
        return None
    try:
        real = Path(stored).resolve(strict=True)
        root = Path(recordings_dir).resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if real.suffix.lower() != ".wav" or not real.is_relative_to(root) or not real.is_file():
        return None
    return real
