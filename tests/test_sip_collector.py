"""Garbage collection while a softphone runs: off automatically, full every 30 s, young
otherwise (a stand-in gc module: the real one is left alone)."""

from __future__ import annotations

import pytest

from robot.sip import collector as collector_module
from robot.sip.collector import Collector


class FakeGc:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.collections: list[int] = []

    def isenabled(self) -> bool:
        return self.enabled

    def disable(self) -> None:
        self.enabled = False

    def enable(self) -> None:
        self.enabled = True

    def collect(self, generation: int = 2) -> int:
        self.collections.append(generation)
        return 0


@pytest.mark.parametrize("was_enabled", [True, False])
def test_pause_and_resume_restore_what_was_there(monkeypatch: pytest.MonkeyPatch, was_enabled: bool) -> None:
    fake = FakeGc(was_enabled)
    monkeypatch.setattr(collector_module, "gc", fake)
    c = Collector()
    c.pause()
    assert not fake.enabled
    c.resume()
    assert fake.enabled is was_enabled


def test_young_collections_and_a_full_one_every_interval(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeGc(True)
    monkeypatch.setattr(collector_module, "gc", fake)
    monkeypatch.setattr(collector_module.time, "monotonic", lambda: 1000.0)
    c = Collector(full_interval_s=30.0)
    c.pause()
    for now in (1001.0, 1002.0, 1029.9, 1030.0, 1031.0, 1059.9, 1060.0):
        c.collect(now)
    assert fake.collections == [1, 1, 1, 2, 1, 1, 2]
