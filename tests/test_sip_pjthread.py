"""The owning thread and its work queue, around a stand-in Endpoint (no pjsua), and the
poll schedule."""

from __future__ import annotations

import threading
import time

import pytest

from robot.sip.pjthread import Every, PjsuaThread


class FakeEndpoint:
    def __init__(self) -> None:
        self.polls = 0
        self.threads: set[str] = set()

    def libHandleEvents(self, ms: int) -> int:  # noqa: N802
        self.threads.add(threading.current_thread().name)
        self.polls += 1
        time.sleep(ms / 1000)
        return 0


class Recorder:
    def __init__(self, fail: BaseException | None = None) -> None:
        self.ep = FakeEndpoint()
        self.fail = fail
        self.polled: list[float] = []
        self.teardowns: list[tuple[bool, str]] = []

    def setup(self) -> FakeEndpoint:
        if self.fail is not None:
            raise self.fail
        return self.ep

    def on_poll(self, now: float) -> None:
        self.polled.append(now)

    def teardown(self, failed: bool) -> None:
        self.teardowns.append((failed, threading.current_thread().name))

    def thread(self) -> PjsuaThread:
        return PjsuaThread("pj-test", 10, self.setup, self.on_poll, self.teardown)


def test_work_runs_on_the_owning_thread_between_polls() -> None:
    r = Recorder()
    t = r.thread()
    t.start()
    try:
        assert t.running
        assert t.call(lambda: threading.current_thread().name) == "pj-test"
        with pytest.raises(ZeroDivisionError):
            t.call(lambda: 1 / 0)
        time.sleep(0.05)
        assert r.ep.polls >= 2 and r.polled and r.ep.threads == {"pj-test"}
    finally:
        t.stop()
    assert not t.running
    assert r.teardowns == [(False, "pj-test")]


def test_work_runs_in_the_order_it_was_handed_over() -> None:
    r = Recorder()
    t = r.thread()
    ran: list[int] = []
    t.start()
    futures = [t.run(lambda i=i: ran.append(i)) for i in range(5)]
    for f in futures:
        f.result(timeout=2)
    t.stop()
    assert ran == [0, 1, 2, 3, 4]


def test_a_set_up_failure_is_raised_by_start_after_teardown() -> None:
    r = Recorder(fail=OSError("port in use"))
    t = r.thread()
    with pytest.raises(OSError, match="port in use"):
        t.start()
    assert not t.running
    assert r.teardowns == [(True, "pj-test")]
    t.stop()  # a no-op


def test_work_handed_over_when_not_running_fails_at_once() -> None:
    r = Recorder()
    t = r.thread()
    with pytest.raises(RuntimeError, match="softphone is not running"):
        t.run(lambda: 1).result(timeout=1)
    t.start()
    t.stop()
    with pytest.raises(RuntimeError, match="softphone is not running"):
        t.call(lambda: 1)


def test_every_is_due_at_once_then_each_interval_from_the_check_that_found_it_due() -> None:
    every = Every(0.2)
    assert every.due(100.0)
    assert not every.due(100.1)
    assert every.due(100.25)
    assert not every.due(100.44)
    assert every.due(100.45)
