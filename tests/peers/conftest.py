"""Fixtures starting independent SIP peers from Debian on loopback, each in the test's
temp dir and stopped after the test: ``baresip(users, audio)``, ``linphonec(audio)``,
``kamailio(phone_port)``. A test whose peer is not installed is skipped."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

import pytest

from tests.peers.baresip import Baresip, baresip_binary
from tests.peers.kamailio import Kamailio, kamailio_binary
from tests.peers.linphone import Linphonec, linphonec_binary


class _Closable(Protocol):
    def close(self) -> None: ...


@pytest.fixture
def peers() -> Iterator[list[_Closable]]:
    """Everything a test started; closed (in reverse order) after it."""
    started: list[_Closable] = []
    yield started
    for peer in reversed(started):
        peer.close()


@pytest.fixture
def baresip(tmp_path: Path, peers: list[_Closable]) -> Callable[..., Baresip]:
    """Factory: ``baresip(["alice", "bob"], audio=WAV) -> Baresip`` (started)."""

    def start(users: list[str], audio: Path) -> Baresip:
        if baresip_binary() is None:
            pytest.skip("baresip not installed (apt-get install baresip-core)")
        ua = Baresip(tmp_path / f"baresip{len(peers)}", users, audio)
        peers.append(ua)
        return ua.start()

    return start


@pytest.fixture
def linphonec(tmp_path: Path, peers: list[_Closable]) -> Callable[..., Linphonec]:
    """Factory: ``linphonec(audio=WAV) -> Linphonec`` (started, sending early media)."""

    def start(audio: Path) -> Linphonec:
        if linphonec_binary() is None:
            pytest.skip("linphonec not installed (apt-get install linphone-cli)")
        ua = Linphonec(tmp_path / f"linphone{len(peers)}", audio)
        peers.append(ua)
        return ua.start()

    return start


@pytest.fixture
def kamailio(tmp_path: Path, peers: list[_Closable]) -> Callable[..., Kamailio]:
    """Factory: ``kamailio(phone_port) -> Kamailio`` (started, relaying to the phone)."""

    def start(phone_port: int) -> Kamailio:
        if kamailio_binary() is None:
            pytest.skip("kamailio not installed (apt-get install kamailio)")
        proxy = Kamailio(tmp_path / f"kamailio{len(peers)}", phone_port)
        peers.append(proxy)
        return proxy.start()

    return start
