"""Owner-only files for personal data: store, reports, results, recordings.

Files are created 0600 and the folders this module creates 0700, whatever the umask: the
mode is given to ``open``/``mkdir`` and set again with ``chmod`` (a umask can only take bits
away, and a file that already existed keeps whatever mode it had, so both are tightened).
Folders that already exist are left as they are: they may be shared on purpose.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: str | Path) -> Path:
    """Create ``path`` and its missing parents owner-only (0700); an existing folder is kept as is."""
    path = Path(path)
    missing: list[Path] = []
    current = path
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:
            continue  # created meanwhile by another process
        os.chmod(folder, DIR_MODE)
    return path


def make_private(path: str | Path) -> None:
    """Set an existing file owner-only (0600); one that is not there (or not ours) is skipped."""
    with contextlib.suppress(FileNotFoundError, PermissionError):
        os.chmod(path, FILE_MODE)


def private_open_fd(path: str | Path, flags: int = os.O_WRONLY | os.O_CREAT | os.O_TRUNC) -> int:
    """``os.open`` creating the file 0600 (its folder 0700 when missing); the mode is forced
    with ``fchmod``, so neither the umask nor an older mode of the file matters."""
    path = Path(path)
    private_dir(path.parent)
    fd = os.open(path, flags | os.O_CLOEXEC, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
    except OSError:
        os.close(fd)
        raise
    return fd


def write_private_bytes(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path``, owner-only."""
    with os.fdopen(private_open_fd(path), "wb") as handle:
        handle.write(data)
    return Path(path)


def write_private_text(path: str | Path, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path``, owner-only."""
    return write_private_bytes(path, text.encode(encoding))


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Everything created inside is at most owner-only (for files a library creates itself,
    e.g. SQLite's ``-wal`` and ``-shm``). The umask is process-wide: keep the block short."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


__all__ = [
    "DIR_MODE",
    "FILE_MODE",
    "make_private",
    "private_dir",
    "private_open_fd",
    "private_umask",
    "write_private_bytes",
    "write_private_text",
]
