"""A WAV writer that stays playable if the process dies mid-call.

The RIFF and data sizes in the header are rewritten every ``header_every_s`` seconds of
audio, so a crash loses at most that much of the tail and the file still opens in any
player. Files are created owner-readable only: recordings hold personal data.
"""

from __future__ import annotations

import os
import struct
import threading
from pathlib import Path

from robot.config.private import private_dir as config_private_dir

HEADER_SIZE = 44


def _header(data_bytes: int, rate: int, channels: int, bits: int = 16) -> bytes:
    block = channels * bits // 8
    return struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + data_bytes,
        b"WAVE",
        b"fmt ",
        16,
        1,  # PCM
        channels,
        rate,
        rate * block,
        block,
        bits,
        b"data",
        data_bytes,
    )


def private_dir(path: Path) -> Path:
    """Create ``path`` and any missing parents (mode 0700, whatever the umask) and return it."""
    return config_private_dir(path)


class WavWriter:
    """16-bit PCM WAV, written incrementally with a periodically refreshed header."""

    def __init__(self, path: Path, rate: int, channels: int, header_every_s: float = 1.0, lead_silence_s: float = 0.0):
        """``lead_silence_s``: silence written first, so the file's time 0 is an earlier moment
        (the call's INVITE) than its first frame of audio."""
        self.path = path
        self.rate = rate
        self.channels = channels
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        self._data_bytes = 0
        self._since_header = 0
        self._header_every = int(header_every_s * rate * channels * 2)
        self._lock = threading.Lock()
        os.write(self._fd, _header(0, rate, channels))
        if lead_silence_s > 0:
            self.write(bytes(int(lead_silence_s * rate) * channels * 2))

    def write(self, pcm: bytes) -> None:
        """Append interleaved little-endian 16-bit samples."""
        with self._lock:
            if self._fd < 0:
                return
            os.write(self._fd, pcm)
            self._data_bytes += len(pcm)
            self._since_header += len(pcm)
            if self._since_header >= self._header_every:
                self._refresh_header()

    def _refresh_header(self) -> None:
        os.pwrite(self._fd, _header(self._data_bytes, self.rate, self.channels), 0)
        self._since_header = 0

    @property
    def duration_s(self) -> float:
        return self._data_bytes / (self.rate * self.channels * 2)

    def close(self) -> None:
        with self._lock:
            if self._fd < 0:
                return
            self._refresh_header()
            os.close(self._fd)
            self._fd = -1
