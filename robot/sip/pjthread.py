"""The thread that owns the pjsua2 Endpoint, and the work queue other threads feed it through.

pjsua2 objects are touched from one thread only: the one that created the Endpoint. Other
threads hand it functions (:meth:`PjsuaThread.run`) and get the result through a future.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, TypeVar

import pjsua2 as pj

T = TypeVar("T")


@dataclass
class _Work:
    fn: Callable[[], Any]
    future: Future[Any]


class Every:
    """A repeating deadline on the monotonic clock: due at the first check, then every
    ``interval_s`` counted from the check that found it due (pure: testable without pjsua)."""

    def __init__(self, interval_s: float):
        self.interval_s = interval_s
        self._next = float("-inf")

    def due(self, now: float) -> bool:
        if now < self._next:
            return False
        self._next = now + self.interval_s
        return True


class PjsuaThread:
    """Runs the pjsua2 event loop on one thread: set-up, a ``libHandleEvents(poll_ms)`` poll
    followed by the queued work and ``on_poll(now)``, until stopped, then teardown.

    Keeps the rule "one thread owns the Endpoint and polls ``libHandleEvents`` every 10 ms
    (``sip.poll_interval_ms``); other threads never touch pjsua2 objects": ``setup``,
    ``on_poll``, ``teardown`` and every function given to :meth:`run` run on this thread,
    and nowhere else.
    """

    def __init__(
        self,
        name: str,
        poll_ms: int,
        setup: Callable[[], pj.Endpoint],
        on_poll: Callable[[float], None],
        teardown: Callable[[bool], None],
    ):
        """``setup`` creates and returns the started Endpoint; ``teardown(failed)`` destroys it
        (``failed``: ``setup`` raised, and its exception is re-raised by :meth:`start`)."""
        self.name = name
        self.poll_ms = poll_ms
        self._setup = setup
        self._on_poll = on_poll
        self._teardown = teardown
        self._work: queue.Queue[_Work] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stop = threading.Event()
        self._startup_error: BaseException | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        """Start the thread; returns once ``setup`` is done, raising what it raised."""
        self._thread = threading.Thread(target=self._main, name=self.name, daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._startup_error is not None:
            self._thread.join(timeout=5)
            self._thread = None
            raise self._startup_error

    def stop(self) -> None:
        """Ask the loop to end (teardown follows on the thread) and join it."""
        if self._thread is None:
            return
        self._stop.set()
        self._thread.join(timeout=15)
        self._thread = None

    # -- any thread ---------------------------------------------------------------
    def run(self, fn: Callable[[], T]) -> Future[T]:
        """Run ``fn`` on the owning thread; the future carries its result or exception."""
        future: Future[T] = Future()
        if self._stop.is_set() or self._thread is None:
            future.set_exception(RuntimeError("softphone is not running"))
            return future
        self._work.put(_Work(fn, future))
        return future

    def call(self, fn: Callable[[], T], timeout: float = 10.0) -> T:
        """Run ``fn`` on the owning thread and wait for its result."""
        return self.run(fn).result(timeout=timeout)

    # -- owning thread --------------------------------------------------------------
    def drain(self) -> None:
        """Run the queued work (owning thread only)."""
        while True:
            try:
                work = self._work.get_nowait()
            except queue.Empty:
                return
            if not work.future.set_running_or_notify_cancel():
                continue
            try:
                work.future.set_result(work.fn())
            except BaseException as exc:
                work.future.set_exception(exc)

    def _main(self) -> None:
        try:
            ep = self._setup()
        except BaseException as exc:  # report any start-up failure to the caller
            self._startup_error = exc
            self._teardown(True)
            self._ready.set()
            return
        self._ready.set()
        while not self._stop.is_set():
            ep.libHandleEvents(self.poll_ms)
            self.drain()
            self._on_poll(time.monotonic())
        self._teardown(False)
