"""Shared fixtures: the simulated phone in its own process, and the robot's softphone."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from robot.config.settings import Config, Limits, Sip
from robot.sip.softphone import Softphone
from tests.conftest_sipp import rtp_sink, sipp_peer, skip_sipp_tests_without_sipp
from tests.phone_process import PhoneProcess

# the first run of `mysterycall` on a terminal tries to download speech models: never in tests
os.environ.setdefault("MYSTERYCALL_MODELS_AUTO", "0")

__all__ = ["rtp_sink", "sipp_peer"]

# Tests that use these fixtures place real calls; modules that start peers or the CLI in
# processes say so themselves (``pytestmark = pytest.mark.calls``).
CALL_FIXTURES = frozenset({"phone", "softphone", "sipp_peer", "rtp_sink"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark real-call tests ``calls`` (``pytest -m "not calls"`` is the fast lane); skip SIPp tests without SIPp."""
    for item in items:
        if CALL_FIXTURES.intersection(getattr(item, "fixturenames", ())) or "sipp" in item.keywords:
            item.add_marker(pytest.mark.calls)
    skip_sipp_tests_without_sipp(items)


@pytest.fixture(scope="session")
def phone() -> Iterator[PhoneProcess]:
    """The simulated client phone, one process for the whole session."""
    proc = PhoneProcess()
    yield proc
    assert proc.stop() == 0, "the simulated phone did not exit cleanly"


@pytest.fixture(scope="session")
def softphone() -> Iterator[Softphone]:
    """The robot's softphone in the test process (one Endpoint per process)."""
    config = Config(sip=Sip(bind_address="127.0.0.1"), limits=Limits(media_timeout_s=2.0))
    phone = Softphone(config, media_timeout_s=2.0).start()
    yield phone
    phone.stop()


@pytest.fixture
def limits() -> Limits:
    """Short limits so that every outcome is reached within seconds."""
    return Limits(max_ring_s=3.0, max_call_s=6.0, media_timeout_s=2.0, stay_s=1.5)


@pytest.fixture
def recordings(tmp_path: Path) -> Path:
    return tmp_path / "recordings"
