"""SIPp fixtures, as a plugin module (imported by conftest.py).

``sipp_peer(scenario, **kwargs)`` starts a :class:`~tests.sipp_peer.SippPeer` (same keyword
arguments), already listening, with its logs under the test's ``tmp_path``; every peer
still running at the end of the test is stopped, so no SIPp process outlives a test::

    @pytest.mark.sipp
    def test_busy(sipp_peer, softphone):
        peer = sipp_peer("uas_busy")
        ...dial peer.uri("busy")...
        assert peer.wait(5).ok

``rtp_sink()`` gives a started :class:`~tests.sipp_peer.RtpSink` closed after the test.
Tests marked ``sipp`` are skipped when the ``sipp`` binary is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.sipp_peer import RtpSink, SippPeer, sipp_binary

__all__ = ["rtp_sink", "sipp_peer", "skip_sipp_tests_without_sipp"]


def skip_sipp_tests_without_sipp(items: list[pytest.Item]) -> None:
    """Skip ``@pytest.mark.sipp`` tests when SIPp is not installed (called by conftest.py's collection hook)."""
    if sipp_binary():
        return
    skip = pytest.mark.skip(reason="sipp not installed (apt-get install sip-tester)")
    for item in items:
        if "sipp" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def sipp_peer(tmp_path: Path) -> Iterator[Callable[..., SippPeer]]:
    """Factory: ``sipp_peer("uas_answer", variables={"ring_ms": 1500}) -> SippPeer`` (started)."""
    peers: list[SippPeer] = []

    def start(scenario: str, **kwargs: object) -> SippPeer:
        if not sipp_binary():
            pytest.skip("sipp not installed (apt-get install sip-tester)")
        kwargs.setdefault("workdir", tmp_path / f"sipp{len(peers)}-{Path(scenario).stem}")
        peer = SippPeer(scenario, **kwargs)  # type: ignore[arg-type]
        peers.append(peer)
        return peer.start()

    yield start
    for peer in reversed(peers):
        peer.close()


@pytest.fixture
def rtp_sink() -> Iterator[Callable[..., RtpSink]]:
    """Factory: ``rtp_sink(echo=False) -> RtpSink`` (receiving), closed after the test."""
    sinks: list[RtpSink] = []

    def make(**kwargs: object) -> RtpSink:
        sink = RtpSink(**kwargs)  # type: ignore[arg-type]
        sinks.append(sink)
        return sink

    yield make
    for sink in sinks:
        sink.close()
