"""What ``sweep``/``retest --broker`` do before dialling: check the broker, collect an earlier run's results."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from robot.campaigns.broker.url import check_url, connect, safe_url
from robot.campaigns.store import Store

if TYPE_CHECKING:
    from robot.campaigns.broker.pool import BrokerPool

NO_WORKER_EXIT = 3


class NoWorker(Exception):
    """No worker serves the broker and the caller asked not to wait (exit 3)."""


def broker_for(option: str | None, config: str | Path | None) -> str | None:
    """``--broker``, else ``queue.broker`` of the config (None: run locally)."""
    if option is not None:
        return check_url(option)
    from robot.config.settings import load_config

    configured = load_config(config).queue.broker
    return check_url(configured, "queue.broker") if configured else None


def prepare(
    url: str, db_path: str | Path, wait: bool, console: Console
) -> Callable[[int], AbstractContextManager[BrokerPool]]:
    """Reach the broker (InputError if not), refuse to start without a worker under ``--no-wait``
    (:class:`NoWorker`), store what an earlier run left there; the pool factory for the run."""
    from robot.campaigns.broker import claims
    from robot.campaigns.broker.pool import BrokerPool
    from robot.campaigns.broker.recover import recover

    client = connect(url)
    try:
        workers = claims.live_workers(client)
    finally:
        client.close()
    if not workers and not wait:
        raise NoWorker(f"no worker serves {safe_url(url)} (start one: mysterycall worker --broker {safe_url(url)})")
    if Path(db_path).exists():
        with Store(db_path) as store:
            recover(store, db_path, url, console)

    def factory(processes: int) -> AbstractContextManager[BrokerPool]:
        return BrokerPool(url, 4 * processes, db_path)

    return factory


def pool_factory_for(
    option: str | None, config: str | Path | None, db_path: str | Path, wait: bool, console: Console
) -> Callable[[int], AbstractContextManager[BrokerPool]] | None:
    """The broker pool factory for ``--broker`` (else ``queue.broker`` of ``config``); None: run locally."""
    url = broker_for(option, config)
    return None if url is None else prepare(url, db_path, wait, console)
