"""Broker URLs: ``redis://HOST:PORT/DB`` checked before anything is dialled."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from robot.errors import InputError

if TYPE_CHECKING:
    import redis

SCHEMES = ("redis", "rediss")


def check_url(url: str, where: str = "--broker") -> str:
    """The URL if well formed (``redis://[:PASSWORD@]HOST[:PORT][/DB]``), else InputError (one line)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise InputError(f"{where}: malformed broker URL {url!r} ({exc})") from None
    if parts.scheme not in SCHEMES:
        raise InputError(f"{where}: broker URL must start with redis:// (got {url!r})")
    if not parts.hostname:
        raise InputError(f"{where}: broker URL {url!r} has no host (redis://HOST:PORT/DB)")
    if port == 0:
        raise InputError(f"{where}: broker URL {url!r}: port must be 1-65535")
    db = parts.path.strip("/")
    if db and not db.isdigit():
        raise InputError(f"{where}: broker URL {url!r}: the database must be a number (redis://HOST:PORT/0)")
    if parts.query or parts.fragment:
        raise InputError(f"{where}: broker URL {url!r}: no query or fragment allowed")
    return url.strip()


def connect(url: str, where: str = "--broker", timeout_s: float = 3.0) -> redis.Redis:
    """A Redis client for a checked URL, after a PING (unreachable: InputError, one line)."""
    import redis

    client = redis.Redis.from_url(
        check_url(url, where), socket_connect_timeout=timeout_s, socket_timeout=timeout_s + 30, health_check_interval=30
    )
    try:
        client.ping()
    except redis.RedisError as exc:
        client.close()
        raise InputError(f"{where}: cannot reach the broker at {safe_url(url)}: {exc}") from None
    return client


def safe_url(url: str) -> str:
    """The URL without its password (for messages and logs)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username or ''}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return parts._replace(netloc=netloc).geturl()
